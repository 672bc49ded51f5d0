import Foundation
import Testing
@testable import DragomanKit

/// Derived tables are deleted with their articles; a reindex re-inserts the same texts. The
/// stages must then rebuild, not read their emptied tables as fresh.
@Suite("Derived stages survive a reindex")
struct StageFreshnessTests {
    @Test func roundsAndEntitiesAreRebuiltAfterReindex() throws {
        let root = try TestPaths.temporaryFolder("dragoman-fresh")
        let workspace = try Workspace.create(at: root)
        for file in try FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil) where file.pathExtension == "txt" {
            try FileManager.default.copyItem(at: file, to: workspace.corpus.appendingPathComponent(file.lastPathComponent))
        }
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx"),
                                         to: workspace.glossary.appendingPathComponent("diplomacy.tbx"))
        let store = try workspace.openStore()
        let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load())
        _ = try ingestor.reindex()
        let generation = try store.corpusGeneration()
        let before = try RoundService.analyze(store: store, workspace: workspace)
        #expect(!before.rounds.isEmpty)
        #expect(before.rounds.allSatisfy { !$0.articleIDs.isEmpty })

        _ = try ingestor.reindex()
        #expect(try store.corpusGeneration() > generation)
        #expect(try RoundService.isStale(store: store, workspace: workspace))
        let after = try RoundService.analyze(store: store, workspace: workspace)
        #expect(after.rounds == before.rounds)
        #expect(after.assignments.count == before.assignments.count)
        #expect(try store.database.scalarInt("SELECT count(*) FROM round_articles") ?? 0 > 0)
    }
}
