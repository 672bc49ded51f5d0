import Foundation
import Testing
@testable import DragomanKit

/// English rendering: English sources preferred (the cleanest), glossing marked and readable,
/// the translator command marked or refused.
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefRenderingTests {
    static func renderer() throws -> EnglishRenderer {
        EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: [])
    }

    @Test func englishMemberIsPreferredAndTheCleanestWins() throws {
        let renderer = try Self.renderer()
        let german = RenderInput(sentence: SentenceRef(articleID: "d", index: 0), language: .german, text: "Die Botschaften in Washington und Moskau.")
        let garbled = RenderInput(sentence: SentenceRef(articleID: "e1", index: 0), language: .english,
                                  text: "Washington restricted the Kirentworth estate and the Zorblax Pointe of Marylend.")
        let clean = RenderInput(sentence: SentenceRef(articleID: "e2", index: 4), language: .english,
                                text: "Washington restricted the Killenworth estate on Long Island and Pioneer Point in Maryland.")
        #expect(renderer.chooseMember([german, garbled, clean])?.sentence.articleID == "e2")
        #expect(renderer.chooseMember([german, garbled])?.sentence.articleID == "e1", "English wins over German even when garbled")
        #expect(renderer.chooseMember([german])?.language == .german)
    }

    /// Garbled names in a reporter's English are respelled from the glossary, word by word and
    /// only where the word is close to the name ("Ambassador" stays); an entity the glossary
    /// does not know keeps the reporter's spelling.
    @Test func garbledNamesInEnglishAreRespelledFromTheGlossary() throws {
        let text = "Ambassador Alexander Darchieff met Sonata Culter near the Kirentworth estate and Zed Quux."
        func mention(_ name: String, _ kind: EntityKind, _ id: String) -> EntityMention {
            RoundCueTests.mention(name, in: text, kind: kind, id: id)
        }
        let entities = [
            CanonicalEntity(id: "per-darchiev", kind: .person, displayName: "Alexander Darchiev", conceptID: "per-darchiev", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "per-coulter", kind: .person, displayName: "Sonata Coulter", conceptID: "per-coulter", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "fac-killenworth", kind: .property, displayName: "Killenworth", conceptID: "fac-killenworth", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "new-per-zed-quuz", kind: .person, displayName: "Zed Quuz", conceptID: nil, spellings: [:], mentionCount: 1, articleIDs: ["e"]),
        ]
        let renderer = EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: entities)
        let input = RenderInput(sentence: SentenceRef(articleID: "e", index: 0), language: .english, text: text, mentions: [
            mention("Ambassador Alexander Darchieff", .person, "per-darchiev"), mention("Sonata Culter", .person, "per-coulter"),
            mention("Kirentworth", .property, "fac-killenworth"), mention("Zed Quux", .person, "new-per-zed-quuz"),
        ])
        #expect(renderer.gloss(input) == "Ambassador Alexander Darchiev met Sonata Coulter near the Killenworth estate and Zed Quux.")
        // Without mentions nothing is touched.
        #expect(renderer.gloss(RenderInput(sentence: input.sentence, language: .english, text: text)) == text)
    }

    /// "next", "previous" and ordinals are closed-class words: glossed from the table in each
    /// language, never from a dictionary's odd senses ("volgende" → "hind").
    @Test(arguments: [
        (LanguageCode.dutch, "De volgende ronde zal in Riyad plaatsvinden.", "next"),
        (.german, "Die nächste Runde soll in Riad stattfinden.", "next"),
        (.norwegian, "Den forrige runden fant sted i Istanbul.", "previous"),
        (.german, "Die vierte Runde fand in Moskau statt.", "fourth"),
    ])
    func ordinalWordsGlossFromTheTable(language: LanguageCode, text: String, english: String) throws {
        let renderer = try Self.renderer()
        let gloss = renderer.gloss(RenderInput(sentence: SentenceRef(articleID: "x", index: 0), language: language, text: text))
        #expect(gloss.lowercased().contains(english), "\(gloss)")
    }

    @Test func glossingUsesGlossaryTermsAndKeepsUnknownWords() throws {
        let renderer = try Self.renderer()
        let input = RenderInput(sentence: SentenceRef(articleID: "d", index: 0), language: .german,
                                text: "Die Botschaften beider Länder werden sich in Istanbul treffen, sagte Lavrov.")
        let english = renderer.gloss(input)
        #expect(english.hasPrefix("The embassies"))
        #expect(english.contains("Istanbul"))
        #expect(english.contains("will meet"), "the clause-final verb moves up to its auxiliary: \(english)")
        #expect(english.contains("said Sergey Lavrov") || english.contains("said Lavrov"), "\(english)")
        #expect(!english.contains("sich"))
    }

    /// Prepositions of attribution take their closed-class reading ("volgens" is "according
    /// to"), not the dictionary's first sense.
    @Test(arguments: [("nl", "Volgens Washington was de sfeer goed."), ("de", "Laut Washington war die Stimmung gut."),
                      ("nb", "Ifølge Washington var stemningen god.")])
    func attributionReadsAccordingTo(language: String, text: String) throws {
        let english = try Self.renderer().gloss(RenderInput(sentence: SentenceRef(articleID: "x", index: 0), language: LanguageCode(language), text: text))
        #expect(english.hasPrefix("According to Washington"), "\(english)")
    }

    @Test func seedGlossesNormaliseDatesAndNames() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        let nb = try #require(builder.renderInput(SentenceRef(articleID: "004_1c6c789afd2de84b", index: 4)))
        let english = builder.renderer.gloss(nb)
        #expect(english.contains("27 February") && english.contains("10 April"), "\(english)")
        #expect(!english.contains("10. april"))
        let de = try #require(builder.renderInput(SentenceRef(articleID: "000_5bde82b7ff01abba", index: 14)))
        let glossed = builder.renderer.gloss(de)
        #expect(glossed.contains("Kremlin") && glossed.contains("Peskov") && glossed.contains("10 April"), "\(glossed)")
    }

    @Test func briefMarksItsMethods() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        let round2 = try builder.build(round: 2)
        let round3 = try builder.build(round: 3)
        #expect(round2.sentences.contains { $0.method == .sourceEnglish })
        for sentence in round2.sentences + round3.sentences {
            if sentence.originals.contains(where: { $0.language == .english }) {
                #expect(sentence.method == .sourceEnglish && sentence.language == .english)
                #expect(sentence.originals.contains { $0.sentence == sentence.renderedFrom && $0.language == .english })
            } else {
                #expect(sentence.method == .glossed && sentence.language != .english)
            }
            #expect(sentence.originals.contains { $0.sentence == sentence.renderedFrom })
        }
        #expect(round3.sentences.allSatisfy { $0.method == .glossed }, "round 3 has no English report")
    }

    @Test func translatorCommandIsUsedAndMarked() throws {
        let seeds = try BriefFixture.seeds()
        let brief = try BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon()).build(round: 2)
        let translated = try ExternalTranslator(command: "tr a-z A-Z").apply(to: [brief])[0]
        for (before, after) in zip(brief.sentences, translated.sentences) {
            if before.method == .glossed {
                #expect(after.method == .machineTranslated)
                let original = before.originals.first { $0.sentence == before.renderedFrom }!.text
                let asciiUpper = String(original.map { $0.isASCII ? Character($0.uppercased()) : $0 })
                #expect(after.english == asciiUpper)
            } else {
                #expect(after == before)
            }
        }
        #expect(BriefTextWriter.string(translated).contains("(machine-translated from"))
        #expect(try ExternalTranslator(command: "cat").translate(["eins", "zwei\ndrei"]) == ["eins", "zwei drei"])
    }

    @Test func failingOrMiscountingTranslatorIsAnError() throws {
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "exit 3").translate(["a", "b"]) }
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "head -n 1").translate(["a", "b"]) }
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "/nonexistent/translator").translate(["a"]) }
        do { _ = try ExternalTranslator(command: "echo boom >&2; exit 2").translate(["a"]) } catch let error as DragomanError {
            #expect(error.description.contains("status 2") && error.description.contains("boom") && !error.description.contains("\n"))
        }
    }
}
