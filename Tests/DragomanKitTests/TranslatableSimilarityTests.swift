import Foundation
import Testing
@testable import DragomanKit

/// A translation between two languages whose dictionary is thin (English–Norwegian) matches only
/// a third of its words, and its chain of close sentences used to sit among the independent
/// reports told in the same order. `AlignmentFeatures.translatable` counts only the words the
/// dictionaries could translate at all.
struct TranslatableSimilarityTests {
    /// A Norwegian→English dictionary that knows two of the sentences' words, and "personale".
    static let lexicon: AlignmentLexicon = {
        let pairs = [("delegasjon", "delegation"), ("ambassade", "embassy"), ("personale", "staff")]
        let dictionary = BilingualLexicon(sourceLanguage: .norwegian, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: [english, norwegian]))
    }()
    static let english = CorpusAlignDocument(id: "en", language: .english, sentences: [
        "The delegations exchanged lists of personnel at their embassies.",
        "The delegations met at their embassies.",
    ])
    static let norwegian = CorpusAlignDocument(id: "nb", language: .norwegian, sentences: [
        "Delegasjonene utvekslet lister over personalet ved ambassadene.",
    ])

    static func features(_ i: Int) -> AlignmentFeatures {
        let evidence = CorpusEvidence(documents: [english, norwegian], lexicon: lexicon)
        return evidence.features(evidence.sentences[0][i], evidence.sentences[1][0])
    }

    @Test func wordsNoDictionaryTranslatesDoNotCount() {
        let translation = Self.features(0)
        // "exchanged", "lists", "utvekslet", "lister": the dictionary knows none of them, so they
        // count against `lexical` and not against `translatable`.
        #expect(translation.lexical < 0.7, "\(translation)")
        #expect(translation.translatable > translation.lexical + 0.15, "\(translation)")
        // The dictionary does know "personale" (staff), and the shorter sentence lacks it: a
        // word that could have been matched and was not still counts against it.
        let shorter = Self.features(1)
        #expect(shorter.translatable < translation.translatable, "\(shorter) vs \(translation)")
        #expect(shorter.translatable < 0.95, "\(shorter)")
    }

    /// Between two reports of one language every word could match, so nothing is left out.
    @Test func withinOneLanguageItIsTheLexicalSimilarity() {
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: ["The delegations exchanged lists of personnel at the embassies."])
        let b = CorpusAlignDocument(id: "b", language: .english, sentences: ["Lists of personnel were exchanged, the ministry said."])
        let evidence = CorpusEvidence(documents: [a, b], lexicon: .empty)
        let f = evidence.features(evidence.sentences[0][0], evidence.sentences[1][0])
        #expect(f.lexical > 0 && f.lexical < 1)
        #expect(abs(f.translatable - f.lexical) < 1e-9, "\(f)")
    }

    /// A chain under the faithfulness bar next to one above it (within the join gap on both
    /// sides, in the same direction) is the same translation broken by a split sentence; one
    /// further away, or off the diagonal's direction, is not.
    @Test func aLooseChainNextToAFaithfulOneIsPartOfTheTranslation() {
        func chain(_ rows: ClosedRange<Int>, _ columns: ClosedRange<Int>, _ score: Double) -> CorpusAligner.Chain {
            let cell = CorpusAligner.Candidate(d1: 0, i1: rows.lowerBound, d2: 1, i2: columns.lowerBound,
                                               features: AlignmentFeatures(lexical: score, anchors: 0, dates: 0, lengthDifference: 0), probability: 0)
            return (rows, columns, [cell])
        }
        func faithful(_ chains: [CorpusAligner.Chain], gap: Int = 2) -> [Bool] {
            CorpusAligner.faithfulChains(chains, bar: 1, gap: gap) { $0[0].features.lexical }
        }
        let strong = chain(5...9, 6...10, 1.5)
        #expect(faithful([strong, chain(0...3, 0...3, 0.5)]) == [true, true])
        #expect(faithful([strong, chain(12...14, 13...15, 0.5)]) == [true, true])
        // Three sentences apart on one side: too far.
        #expect(faithful([strong, chain(0...3, 0...2, 0.5)]) == [true, false])
        // Before on one side and after on the other: not one diagonal.
        #expect(faithful([strong, chain(11...13, 0...3, 0.5)]) == [true, false])
        // No anchor: two loose chains stay loose, and no join gap means none joins.
        #expect(faithful([chain(5...9, 6...10, 0.9), chain(0...3, 0...3, 0.5)]) == [false, false])
        #expect(faithful([strong, chain(0...3, 0...3, 0.5)], gap: 0) == [true, false])
    }

    /// A plan the report tells in the past is no future for the tense veto: its translation
    /// ("Runden hadde vært ventet …") is told in the past, and the veto split the chain there.
    @Test(arguments: [
        (LanguageCode.english, "The round had been expected in Washington in the autumn; Moscow said it was moved.",
         "The round is expected in Washington in the autumn."),
        (.german, "Die Runde war im Herbst in Washington erwartet worden; Moskau sagte, sie sei verlegt worden.",
         "Die Runde wird im Herbst in Washington erwartet."),
        // Dutch and Norwegian say "is expected" without a future auxiliary ("wordt verwacht",
        // "forventes"); "ventet" alone is also "waited" and is left out.
        (.dutch, "De ronde was in het najaar in Washington verwacht; Moskou zei dat ze was verplaatst.",
         "De ronde wordt in het najaar in Washington verwacht."),
        (.norwegian, "Runden hadde vært forventet i Washington til høsten; Moskva sa at den ble flyttet.",
         "Runden forventes i Washington til høsten."),
    ])
    func aPlanToldInThePastIsNoFuture(language: LanguageCode, former: String, plan: String) {
        let tenses = CorpusAligner.tenses(CorpusAlignDocument(id: "x", language: language, sentences: [former, plan]))
        #expect(tenses[0] != .future, "\(former): \(tenses[0])")
        // The same expectation told as standing is future: the test depends on the past auxiliary.
        #expect(tenses[1] == .future, "\(plan): \(tenses[1])")
    }
}

/// The held-out set `UnseenRound8`, whose nb1 is a clumsy English→Norwegian machine translation
/// of en1: the whole pipeline on its eight reports, with the Debian dictionaries.
@Suite(.enabled(if: !BriefFixture.debianLexicons.isEmpty, "the Debian dictionaries are not installed"))
struct ThinDictionaryTranslationTests {
    static let directory = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/UnseenRound8")

    struct Gold: Decodable {
        struct Member: Decodable { var file: String; var quote: String }
        struct Fact: Decodable { var kind: String; var members: [Member] }
        var facts: [Fact]
    }

    static let corpus: (documents: [CorpusAlignDocument], articles: [Article], lexicon: AlignmentLexicon) = {
        let builder = ArticleBuilder(identifier: try! LanguageIdentifier(profileDirectory: LanguageIdentifier.defaultProfileDirectory))
        let files = try! FileManager.default.contentsOfDirectory(at: directory.appendingPathComponent("articles"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let articles = files.map { file in
            try! builder.build(text: String(contentsOf: file, encoding: .utf8), fileName: file.lastPathComponent,
                               id: file.deletingPathExtension().lastPathComponent)
        }
        let glossary = try! EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let index = EntityIndex.build(articles: articles, recognizer: recognizer)
        let documents = CorpusAlignDocument.documents(articles: articles, mentions: index.mentions, matcher: GlossaryMatcher(glossary: glossary))
        let lexicon = AlignmentLexicon.build(lexicons: BriefFixture.debianLexicons, vocabulary: AlignmentLexicon.vocabulary(of: documents))
        return (documents, articles, lexicon)
    }()

    /// The gold's parallel pairs, each member placed by its quote (its first 25 characters when
    /// the segmenter split the quoted sentence).
    static func goldParallel() throws -> Set<String> {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent("gold.json")))
        let byFile = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.fileName, $0) })
        func place(_ member: Gold.Member) -> SentenceRef? {
            guard let article = byFile[member.file],
                  let sentence = article.sentences.first(where: { $0.text.contains(member.quote) })
                    ?? article.sentences.first(where: { $0.text.contains(String(member.quote.prefix(25))) }) else { return nil }
            return SentenceRef(articleID: article.id, index: sentence.index)
        }
        var pairs: Set<String> = []
        for fact in gold.facts where fact.kind == "parallel" {
            let members = fact.members.compactMap(place)
            for x in members { for y in members where x < y && x.articleID != y.articleID { pairs.insert("\(x)|\(y)") } }
        }
        return pairs
    }

    @Test func theEnglishToNorwegianTranslationIsParallel() throws {
        let gold = try Self.goldParallel().filter { $0.hasPrefix("en1#") && $0.contains("|nb1#") }
        #expect(gold.count >= 10, "the fixture's gold: \(gold.count) en1–nb1 parallel pairs")
        let links = CorpusAligner(lexicon: Self.corpus.lexicon).align(Self.corpus.documents).links
        let parallel = Set(links.filter { $0.kind == .parallel && $0.a.articleID == "en1" && $0.b.articleID == "nb1" }.map { "\($0.a)|\($0.b)" })
        let found = gold.intersection(parallel).count
        #expect(Double(found) >= 0.8 * Double(gold.count), "\(found) of \(gold.count): \(parallel.sorted())")
        // Monotone, one Norwegian sentence per English one or two (the split sentences).
        let pairs = parallel.map { $0.split(separator: "|").map { Int($0.split(separator: "#")[1])! } }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0[0] <= $1[0] && $0[1] < $1[1] }, "\(pairs)")
    }

    /// Translations learned from the parallel links sharpen those links only: the same-fact
    /// links are those of an aligner that learns nothing.
    @Test func learnedTranslationsLeaveTheSameFactLinksAlone() {
        var without = CorpusAligner.Options(); without.learnTranslations = false
        let learning = CorpusAligner(lexicon: Self.corpus.lexicon).align(Self.corpus.documents).links
        let plain = CorpusAligner(lexicon: Self.corpus.lexicon, options: without).align(Self.corpus.documents).links
        let parallel = Set((learning + plain).filter { $0.kind == .parallel }.map { "\($0.a)|\($0.b)" })
        func sameFact(_ links: [SentenceLink]) -> [String] {
            links.filter { $0.kind == .sameFact && !parallel.contains("\($0.a)|\($0.b)") }.map { "\($0.a)|\($0.b)" }.sorted()
        }
        #expect(sameFact(learning).count >= 50)
        #expect(sameFact(learning) == sameFact(plain))
    }
}
