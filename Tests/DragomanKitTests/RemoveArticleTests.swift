import Foundation
import Testing
@testable import DragomanKit

/// Made-up reports of one round in three languages; the Dutch one is taken back out.
enum RemovalTexts {
    static let german = "Delegationen beider Länder trafen sich am 12. März 2025 in Vendora zur zweiten Runde der Gespräche. "
        + "Dabei ging es um neue Verträge über die Arbeit der Botschaften. Die nächste Runde soll im Mai in Vendora stattfinden."
    static let english = "Delegations of both countries met in Wendora on 12 March 2025 for the second round of talks. "
        + "They discussed new treaties on the work of the embassies. The next round is to take place in Vendora in May."
    static let dutch = "Delegaties van beide landen kwamen op 12 maart 2025 in Vendora bijeen voor de tweede ronde van de gesprekken. "
        + "Er werd gesproken over nieuwe verdragen over het werk van de ambassades. De volgende ronde moet in mei in Vendora plaatsvinden."

    /// A workspace with the German and English reports, and the Dutch one unless `dutch` is false.
    static func workspace(dutch: Bool = true) throws -> SearchFixture {
        let fixture = try SearchFixture()
        try fixture.add("de.txt", .german, german, date: "2025-03-13")
        try fixture.add("en.txt", .english, english, date: "2025-03-13")
        if dutch { try fixture.add("nl.txt", .dutch, Self.dutch, date: "2025-03-13") }
        return fixture
    }

    /// What the workspace's files say (`Corpus/` and its overrides) and what the later stages
    /// make of it: entities, rounds, alignment graph, a search.
    struct Stages: Equatable {
        var files: [String]
        var overrides: [String]
        var entities: [CanonicalEntity]
        var rounds: RoundAnalysis
        var graph: AlignmentGraph
        var search: [CorpusStore.SearchHit]
    }

    static func stages(_ fixture: SearchFixture) throws -> Stages {
        let glossary = try EntityIndex.ensureCurrent(store: fixture.store, workspace: fixture.workspace)
        let rounds = try RoundService.analyze(store: fixture.store, workspace: fixture.workspace)
        let graph = try AlignmentService.alignCorpus(store: fixture.store, workspace: fixture.workspace, glossary: glossary)
        return Stages(files: try fixture.workspace.corpusFiles().map(\.lastPathComponent),
                      overrides: try IngestOverrides.load(from: fixture.workspace).entries.keys.sorted(),
                      entities: try EntityIndex.storedEntities(in: fixture.store), rounds: rounds, graph: graph,
                      search: try fixture.search("Vendora"))
    }
}

@Suite("Removing an article")
struct RemoveArticleTests {
    /// The article's file, its override and every row derived from it leave the workspace;
    /// the stages built with it are emptied; the user's decision on it is kept and reported.
    @Test func removalLeavesNoFileAndNoRow() throws {
        let fixture = try RemovalTexts.workspace()
        _ = try RemovalTexts.stages(fixture)
        let decision = AlignmentDecision(SentenceRef(articleID: "de", index: 0), SentenceRef(articleID: "nl", index: 0), verdict: .confirmed, kind: .parallel)
        try AlignmentDecisions([decision]).save(to: fixture.workspace)
        let db = fixture.store.database
        #expect(try db.scalarInt("SELECT count(*) FROM alignment_links WHERE a_article = 'nl' OR b_article = 'nl'") ?? 0 > 0)
        #expect(try db.scalarInt("SELECT count(*) FROM entity_mentions WHERE article_id = 'nl'") ?? 0 > 0)

        let report = try CorpusRemoval.remove(articleIDs: ["nl"], store: fixture.store, workspace: fixture.workspace)
        #expect(report.removed == [.init(id: "nl", fileName: "nl.txt")])
        #expect(report.decisions == [decision] && !report.decisionsDropped && report.alignmentDropped)

        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.workspace.corpus.path).sorted() == [".dragoman-overrides.json", "de.txt", "en.txt"])
        #expect(try IngestOverrides.load(from: fixture.workspace).entries.keys.sorted() == ["de.txt", "en.txt"])
        #expect(try fixture.store.articleIDs() == ["de", "en"])
        for (table, column) in [("sentences", "article_id"), ("removed_spans", "article_id"), ("entity_mentions", "article_id"),
                                ("round_assignments", "article_id"), ("round_articles", "article_id"), ("alignment_links", "a_article"),
                                ("alignment_links", "b_article"), ("alignment_members", "article_id")] {
            #expect(try db.scalarInt("SELECT count(*) FROM \(table) WHERE \(column) = 'nl'") == 0, "\(table)")
        }
        #expect(try db.scalarInt("SELECT count(*) FROM sentence_fts") == db.scalarInt("SELECT count(*) FROM sentences"))
        #expect(try fixture.store.search("verdragen").isEmpty, "nothing of it in the search index")
        // Built with the article: stale now, rebuilt by the next command that needs them.
        #expect(try EntityIndex.isStale(store: fixture.store, glossaryDigest: Glossary.loadMerged(from: fixture.workspace.glossary).digest))
        #expect(try RoundService.isStale(store: fixture.store, workspace: fixture.workspace))
        #expect(try !AlignmentService.hasStoredGraph(store: fixture.store))
        // The user's decision is still in the file, orphaned.
        #expect(try AlignmentDecisions.load(from: fixture.workspace).decisions == [decision])
        #expect(try AlignmentDecisions.load(from: fixture.workspace).orphaned(in: fixture.store) == [decision])
    }

    /// Entities, rounds, alignment and search after the removal are those of a workspace the
    /// article was never added to.
    @Test func afterRemovalTheStagesAreAsIfTheArticleWasNeverAdded() throws {
        let never = try RemovalTexts.stages(try RemovalTexts.workspace(dutch: false))
        let fixture = try RemovalTexts.workspace()
        let before = try RemovalTexts.stages(fixture)
        #expect(before.graph != never.graph && before.search != never.search, "the Dutch report counted")
        #expect(before.rounds.rounds.contains { $0.articleIDs.contains("nl") })

        _ = try CorpusRemoval.remove(articleIDs: ["nl"], store: fixture.store, workspace: fixture.workspace)
        let after = try RemovalTexts.stages(fixture)
        #expect(after == never)
    }

    /// --drop-decisions deletes the decisions naming the article, and only those.
    @Test func decisionsAreDeletedOnlyWhenAsked() throws {
        let fixture = try RemovalTexts.workspace()
        let onRemoved = AlignmentDecision(SentenceRef(articleID: "de", index: 0), SentenceRef(articleID: "nl", index: 0), verdict: .rejected)
        let kept = AlignmentDecision(SentenceRef(articleID: "de", index: 1), SentenceRef(articleID: "en", index: 1), verdict: .confirmed)
        try AlignmentDecisions([onRemoved, kept]).save(to: fixture.workspace)
        let report = try CorpusRemoval.remove(articleIDs: ["nl"], store: fixture.store, workspace: fixture.workspace, dropDecisions: true)
        #expect(report.decisions == [onRemoved] && report.decisionsDropped)
        #expect(try AlignmentDecisions.load(from: fixture.workspace).decisions == [kept])
        #expect(!report.alignmentDropped, "nothing was aligned")
    }

    /// A removal that fails at any step leaves the files, the overrides, the decisions and the
    /// store as they were.
    @Test(arguments: [CorpusRemoval.Step.store, .files, .decisions])
    func aFailedRemovalChangesNothing(step: CorpusRemoval.Step) throws {
        let fixture = try RemovalTexts.workspace()
        let before = try RemovalTexts.stages(fixture)
        try AlignmentDecisions([AlignmentDecision(SentenceRef(articleID: "de", index: 0), SentenceRef(articleID: "nl", index: 0), verdict: .rejected)])
            .save(to: fixture.workspace)
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for folder in [fixture.workspace.corpus, fixture.workspace.alignments] {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                    files[folder.lastPathComponent + "/" + name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                }
            }
            return files
        }
        func counts() throws -> [Int] {
            try ["articles", "sentences", "sentence_fts", "entity_mentions", "entity_entities", "round_assignments", "round_rounds", "alignment_links"]
                .map { try fixture.store.database.scalarInt("SELECT count(*) FROM \($0)") ?? -1 }
        }
        let files = try snapshot(), rows = try counts()

        #expect(throws: DragomanError.self) {
            try CorpusRemoval.remove(articleIDs: ["nl"], store: fixture.store, workspace: fixture.workspace, dropDecisions: true) { reached in
                if reached == step { throw DragomanError("disk full") }
            }
        }
        #expect(try snapshot() == files)
        #expect(try counts() == rows)
        #expect(try AlignmentService.storedGraph(store: fixture.store) == before.graph)
        #expect(try !RoundService.isStale(store: fixture.store, workspace: fixture.workspace))
    }

    /// Through the command line: an unknown article is one line on stderr and a non-zero exit,
    /// and nothing is removed, not even the articles named before it.
    @Test(.enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
    func theCommandRefusesAnUnknownArticle() throws {
        let fixture = try RemovalTexts.workspace()
        let path = fixture.workspace.root.path
        let (status, _, errors) = try CLIErrorTests.run(["remove", "--workspace", path, "de", "no-such-report"])
        #expect(status != 0)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("no-such-report"), "\(errors)")
        #expect(try fixture.store.articleIDs() == ["de", "en", "nl"])
        #expect(FileManager.default.fileExists(atPath: fixture.workspace.corpus.appendingPathComponent("de.txt").path))

        let (removed, output, _) = try CLIErrorTests.run(["remove", "--workspace", path, "nl.txt"])
        #expect(removed == 0)
        #expect(output.contains("removed nl (Corpus/nl.txt)"))
        #expect(try fixture.store.articleIDs() == ["de", "en"])
    }
}
