import Foundation
import Testing
@testable import DragomanKit

/// A sentence the rounds' cues leave about no round takes the rounds of the sentences it
/// translates (`RoundAnalyzer.placedByTranslations`), in memory and through the workspace.
@Suite("Rounds placed by translations")
struct RoundTranslationTests {
    static func ref(_ name: String) -> SentenceRef {
        let parts = name.split(separator: "#")
        return SentenceRef(articleID: String(parts[0]), index: Int(parts[1])!)
    }
    static func assignment(_ name: String, _ rounds: [Int]) -> RoundAssignment {
        RoundAssignment(sentence: ref(name), rounds: rounds, evidence: rounds.isEmpty ? "no round cue" : "date")
    }
    static func parallel(_ a: String, _ b: String, status: SentenceLink.Status = .proposed, kind: SentenceLink.Kind = .parallel) -> SentenceLink {
        SentenceLink(ref(a), ref(b), kind: kind, score: 0.9, status: status)
    }
    static func rounds(_ assignments: [RoundAssignment]) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: assignments.map { ($0.sentence.description, $0.rounds) })
    }

    /// Source "nl" tells round 9 in every sentence; its translation "en" lost the cues of two.
    static let given = [
        assignment("nl#0", [9]), assignment("nl#1", [9]), assignment("nl#2", [9]), assignment("nl#3", [2]),
        assignment("en#0", [9]), assignment("en#1", []), assignment("en#2", []), assignment("en#3", []),
    ]
    static let uncued: Set<SentenceRef> = [ref("en#1"), ref("en#2"), ref("en#3")]

    @Test func anUncuedSentenceTakesTheRoundsOfWhatItTranslates() {
        let placed = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued,
                                                        links: [Self.parallel("en#1", "nl#1"), Self.parallel("en#3", "nl#3")])
        let rounds = Self.rounds(placed)
        #expect(rounds["en#1"] == [9] && rounds["en#3"] == [2])
        #expect(rounds["en#2"] == [], "no translation link: nothing to take")
        #expect(placed.first { $0.sentence == Self.ref("en#1") }?.evidence.contains("nl#1") == true)
        // The other sentences are untouched, and so is the order of the assignments.
        #expect(placed.map(\.sentence) == Self.given.map(\.sentence))
        #expect(zip(placed, Self.given).filter { !["en#1", "en#3"].contains($0.0.sentence.description) }.allSatisfy { $0.0 == $0.1 })
    }

    /// A 1-2 bead: the sentence translates both halves, which must agree.
    @Test func bothHalvesOfAMergedSentenceMustAgree() {
        let agree = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued,
                                                       links: [Self.parallel("en#1", "nl#1"), Self.parallel("en#1", "nl#2")])
        #expect(Self.rounds(agree)["en#1"] == [9])
        let disagree = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued,
                                                          links: [Self.parallel("en#1", "nl#2"), Self.parallel("en#1", "nl#3")])
        #expect(Self.rounds(disagree)["en#1"] == [], "round 9 and round 2: no reading wins")
    }

    /// Only uncued sentences, only parallel links not rejected, and only the cues' own rounds.
    @Test func whatDoesNotPlaceASentence() {
        // Read as background (not uncued): keeps its reading.
        let background = RoundAnalyzer.placedByTranslations(Self.given, uncued: [], links: [Self.parallel("en#1", "nl#1")])
        #expect(Self.rounds(background)["en#1"] == [])
        // A same-fact link is no translation; a rejected parallel link is none either; a
        // confirmed one is.
        let sameFact = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued, links: [Self.parallel("en#1", "nl#1", kind: .sameFact)])
        #expect(Self.rounds(sameFact)["en#1"] == [])
        let rejected = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued, links: [Self.parallel("en#1", "nl#1", status: .rejected)])
        #expect(Self.rounds(rejected)["en#1"] == [])
        let confirmed = RoundAnalyzer.placedByTranslations(Self.given, uncued: Self.uncued, links: [Self.parallel("nl#1", "en#1", status: .confirmed)])
        #expect(Self.rounds(confirmed)["en#1"] == [9])
        // A sentence placed by its translation places nothing in turn (en#2 ← en#1 ← nl#1 is
        // not a chain): the result does not depend on the order of the links.
        let chained = [Self.parallel("en#1", "nl#1"), Self.parallel("en#2", "xx#0")]
        let withOther = Self.given + [Self.assignment("xx#0", [])]
        let once = RoundAnalyzer.placedByTranslations(withOther, uncued: Self.uncued.union([Self.ref("xx#0")]), links: chained)
        let reversed = RoundAnalyzer.placedByTranslations(withOther, uncued: Self.uncued.union([Self.ref("xx#0")]), links: chained.reversed())
        #expect(once == reversed && Self.rounds(once)["en#2"] == [] && Self.rounds(once)["xx#0"] == [])
    }
}

/// The held-out sets with round gold (`Tests/Fixtures/UnseenRound4`…`9`): every report through
/// the pipeline, aligned with the Debian dictionaries; the rounds with and without the
/// alignment's translations against the gold.
@Suite(.enabled(if: !BriefFixture.debianLexicons.isEmpty, "the Debian dictionaries are not installed"))
struct RoundTranslationGoldTests {
    struct Gold: Decodable {
        struct Entry: Decodable { var quote: String; var rounds: [String] }
        struct FileRounds: Decodable { var sentences: [Entry] }
        var rounds: [String: FileRounds]?
    }

    static func articles(_ directory: URL) throws -> [Article] {
        let builder = ArticleBuilder(identifier: try LanguageIdentifier(profileDirectory: LanguageIdentifier.defaultProfileDirectory))
        return try FileManager.default.contentsOfDirectory(at: directory.appendingPathComponent("articles"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { try builder.build(text: String(contentsOf: $0, encoding: .utf8), fileName: $0.lastPathComponent,
                                     id: $0.deletingPathExtension().lastPathComponent) }
    }

    /// Per set: sentences right with the cues alone, right with the translations, and how many
    /// sentences the translations placed and how many of those the gold agrees with.
    @Test func translationsPlaceSentencesAsTheGoldDoes() throws {
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        var placedTotal = 0, placedRight = 0
        for n in 4...9 {
            let directory = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/UnseenRound\(n)")
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent("gold.json")))
            guard let goldRounds = gold.rounds else { continue }
            let articles = try Self.articles(directory)
            let index = EntityIndex.build(articles: articles, recognizer: recognizer)
            let alone = RoundAnalyzer.analyze(articles: articles, mentions: index.mentions, entities: index.entities)
            let documents = CorpusAlignDocument.documents(articles: articles, mentions: index.mentions, matcher: GlossaryMatcher(glossary: glossary),
                                                          rounds: alone)
            let lexicon = AlignmentLexicon.build(lexicons: BriefFixture.debianLexicons, vocabulary: AlignmentLexicon.vocabulary(of: documents))
            let links = CorpusAligner(lexicon: lexicon).align(documents).links
            let withTranslations = RoundAnalyzer.analyze(articles: articles, mentions: index.mentions, entities: index.entities, translations: links)
            #expect(withTranslations.rounds.map(\.number) == alone.rounds.map(\.number), "the rounds themselves come from the cues")

            let labels = RoundGoldLabels(goldValues: goldRounds.values.flatMap { $0.sentences.flatMap(\.rounds) })
            var rightAlone = 0, rightWith = 0
            let byFile = Dictionary(uniqueKeysWithValues: articles.map { ($0.fileName, $0) })
            for (file, entry) in goldRounds {
                guard let article = byFile[file] else { continue }
                for sentence in entry.sentences {
                    guard let found = article.sentences.first(where: { $0.text.contains(sentence.quote) }) else { continue }
                    let ref = SentenceRef(articleID: article.id, index: found.index)
                    let expected = Set(sentence.rounds.map(RoundGoldLabels.label(gold:)))
                    let before = labels.labels(of: ref, in: alone)
                    let after = labels.labels(of: ref, in: withTranslations)
                    if before == expected { rightAlone += 1 }
                    if after == expected { rightWith += 1 }
                    if before != after {
                        placedTotal += 1
                        if after == expected { placedRight += 1 }
                        #expect(before.isEmpty, "\(ref): only sentences about no round are placed (\(before) → \(after))")
                    }
                }
            }
            #expect(rightWith >= rightAlone, "UnseenRound\(n): \(rightAlone) right with the cues alone, \(rightWith) with the translations")
        }
        // The sets hold machine translations whose garbled word order hides the cues.
        #expect(placedTotal >= 3, "sentences placed by a translation: \(placedTotal)")
        #expect(Double(placedRight) >= 0.8 * Double(placedTotal), "\(placedRight) of \(placedTotal) placed as the gold has them")
    }
}

/// The workspace's rounds stage reads the stored alignment's translations while that alignment
/// is current, and stands on the cues alone once it is not.
@Suite(.enabled(if: !BriefFixture.debianLexicons.isEmpty, "the Debian dictionaries are not installed"))
struct RoundServiceTranslationTests {
    @Test func theRoundTablesFollowTheCurrentAlignment() throws {
        let root = try TestPaths.temporaryFolder("dragoman-round-translations")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.create(at: root)
        let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/UnseenRound9/articles")
        for file in try FileManager.default.contentsOfDirectory(at: fixture, includingPropertiesForKeys: nil) where file.pathExtension == "txt" {
            try FileManager.default.copyItem(at: file, to: workspace.corpus.appendingPathComponent(file.lastPathComponent))
        }
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx"),
                                         to: workspace.glossary.appendingPathComponent("diplomacy.tbx"))
        let store = try workspace.openStore()
        _ = try CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load()).reindex()
        let glossary = try EntityIndex.ensureCurrent(store: store, workspace: workspace)
        func translated(_ analysis: RoundAnalysis) -> [RoundAssignment] { analysis.assignments.filter { $0.evidence.hasPrefix("translates ") } }

        let alone = try RoundService.analyze(store: store, workspace: workspace)
        #expect(translated(alone).isEmpty, "not aligned yet")

        let documents = CorpusAlignDocument.documents(articles: try store.allArticles(), mentions: [], matcher: nil)
        let lexicon = AlignmentLexicon.build(lexicons: BriefFixture.debianLexicons, vocabulary: AlignmentLexicon.vocabulary(of: documents))
        let graph = try AlignmentService.alignCorpus(store: store, workspace: workspace, glossary: glossary, lexicon: lexicon)
        #expect(try RoundService.isStale(store: store, workspace: workspace), "a new alignment makes the round tables stale")
        let aligned = try RoundService.analyze(store: store, workspace: workspace)
        #expect(!translated(aligned).isEmpty)
        #expect(try !RoundService.isStale(store: store, workspace: workspace))
        #expect(try RoundService.stored(store: store) == aligned)
        let parallel = graph.links.filter { $0.kind == .parallel }
        for assignment in translated(aligned) {
            #expect(alone.rounds(of: assignment.sentence).isEmpty)
            #expect(parallel.contains { $0.a == assignment.sentence || $0.b == assignment.sentence }, "\(assignment.sentence) has no translation")
        }

        // A user's decision the stored graph does not reflect yet: that alignment is no longer
        // current, and the rounds do not read it.
        let link = parallel[0]
        try AlignmentService.decide(AlignmentDecision(link.a, link.b, verdict: .rejected, kind: .parallel), workspace: workspace, store: store)
        #expect(try RoundService.isStale(store: store, workspace: workspace))
        #expect(try RoundService.analyze(store: store, workspace: workspace) == alone)
    }
}
