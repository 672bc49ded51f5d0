import Testing
@testable import DragomanKit

/// Two sentences that each name someone, and no one in common, report what different people
/// said or did: never the same fact, however much else they share (round, talks, the verb).
@Suite struct SameFactPersonsTests {
    static func ref(_ id: String, _ index: Int) -> SentenceRef { SentenceRef(articleID: id, index: index) }

    /// A German and an English report of one round; sentence 1 of each quotes a spokeswoman.
    /// `germanSpeaker` and `englishSpeaker` are the person ids the entity stage gave them.
    static func reports(germanSpeaker: String, englishSpeaker: String) -> [CorpusAlignDocument] {
        let german = CorpusAlignDocument(id: "de", language: .german, sentences: [
            "Russland und die USA haben sich in Budapest auf Bankkonten für ihre Botschaften geeinigt.",
            "Die Sprecherin Jelena Orlowa nannte die Einigung über die Konten einen ersten greifbaren Schritt."],
            entities: [["loc-russia", "loc-usa", "loc-budapest"], [germanSpeaker]], rounds: [[11], [11]],
            persons: [[], [germanSpeaker]])
        let english = CorpusAlignDocument(id: "en", language: .english, sentences: [
            "Russia and the United States agreed in Budapest on bank accounts for their embassies.",
            "Spokeswoman Maria Sakharova called the agreement on the accounts a first tangible step."],
            entities: [["loc-russia", "loc-usa", "loc-budapest"], [englishSpeaker]], rounds: [[11], [11]],
            persons: [[], [englishSpeaker]])
        return [german, english]
    }

    static func lexicon(_ documents: [CorpusAlignDocument]) -> AlignmentLexicon {
        let pairs = [("Einigung", "agreement"), ("Konten", "accounts"), ("Bankkonten", "bank accounts"), ("ersten", "first"),
                     ("greifbaren", "tangible"), ("Schritt", "step"), ("nannte", "called"), ("Sprecherin", "spokeswoman"),
                     ("geeinigt", "agreed"), ("Botschaften", "embassies"), ("Russland", "Russia")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: documents))
    }

    static func linked(_ documents: [CorpusAlignDocument], separatePersons: Bool = true) -> Bool {
        var options = CorpusAligner.Options()
        options.separatePersons = separatePersons
        let links = CorpusAligner(lexicon: lexicon(documents), options: options).align(documents).links
        return links.contains { Set([$0.a, $0.b]) == [ref("de", 1), ref("en", 1)] }
    }

    @Test func differentSpeakersAreNotOneFact() {
        let documents = Self.reports(germanSpeaker: "new-per-jelena-orlowa", englishSpeaker: "per-zakharova")
        #expect(!Self.linked(documents))
        // The words alone would link them: it is the persons that keep them apart.
        #expect(Self.linked(documents, separatePersons: false))
        // The leads, which name no one, still link.
        let links = CorpusAligner(lexicon: Self.lexicon(documents)).align(documents).links
        #expect(links.contains { Set([$0.a, $0.b]) == [Self.ref("de", 0), Self.ref("en", 0)] })
    }

    @Test func theSameSpeakerIsOneFact() {
        #expect(Self.linked(Self.reports(germanSpeaker: "per-zakharova", englishSpeaker: "per-zakharova")))
    }

    /// A sentence that names no one says nothing about who: it may state the fact another
    /// sentence attributes to someone.
    @Test func aSentenceNamingNoOneMayStillLink() {
        var documents = Self.reports(germanSpeaker: "per-zakharova", englishSpeaker: "per-zakharova")
        documents[0].persons[1] = []
        documents[0].entities[1] = []
        #expect(Self.linked(documents))
    }

    @Test func featureReadsPersonsOnly() {
        let documents = Self.reports(germanSpeaker: "new-per-jelena-orlowa", englishSpeaker: "per-zakharova")
        let evidence = CorpusEvidence(documents: documents, lexicon: Self.lexicon(documents))
        #expect(evidence.features(evidence.sentences[0][1], evidence.sentences[1][1]).persons == -1)
        #expect(evidence.features(evidence.sentences[0][0], evidence.sentences[1][0]).persons == 0)
        #expect(evidence.features(evidence.sentences[0][0], evidence.sentences[1][1]).persons == 0)
        let same = Self.reports(germanSpeaker: "per-zakharova", englishSpeaker: "per-zakharova")
        let sameEvidence = CorpusEvidence(documents: same, lexicon: Self.lexicon(same))
        #expect(sameEvidence.features(sameEvidence.sentences[0][1], sameEvidence.sentences[1][1]).persons == 1)
    }

    /// The documents built from the entity stage list the persons among each sentence's
    /// entities, and only them (not places, organisations or dates).
    @Test func documentsCarryThePersonMentions() {
        let sentences = ["Die Sprecherin Jelena Orlowa sagte in Budapest, die Gespräche seien konstruktiv gewesen.", "Russland bestätigte das."]
        let article = Article(id: "a", fileName: "a.txt", language: .german, publicationDate: nil, title: nil, titleSpan: nil,
                              text: sentences.joined(separator: " "),
                              sentences: sentences.enumerated().map { Sentence(index: $0.offset, text: $0.element, span: TextSpan(start: 0, end: 0),
                                                                               paragraph: 0, role: .body) },
                              removed: [], contentHash: "a")
        func mention(_ sentence: Int, _ words: String, _ kind: EntityKind, _ id: String) -> EntityMention {
            EntityMention(articleID: "a", language: .german, sentenceIndex: sentence, span: TextSpan(start: 0, end: 0), text: words, kind: kind,
                          nested: false, inCompound: false, entityID: id, linkConfidence: 1, evidence: .glossary, date: nil)
        }
        let mentions = [mention(0, "Jelena Orlowa", .person, "new-per-jelena-orlowa"), mention(0, "Budapest", .place, "loc-budapest"),
                        mention(1, "Russland", .place, "loc-russia")]
        let documents = CorpusAlignDocument.documents(articles: [article], mentions: mentions, matcher: nil)
        #expect(documents[0].persons == [["new-per-jelena-orlowa"], []])
        #expect(documents[0].entities == [["loc-budapest", "new-per-jelena-orlowa"], ["loc-russia"]])
    }
}
