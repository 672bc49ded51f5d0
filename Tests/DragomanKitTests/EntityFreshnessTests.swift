import Foundation
import Testing
@testable import DragomanKit

/// The entity tables, once rebuilt, are fresh until the corpus or the glossary changes: every
/// command that reads them (search among them) would otherwise recognise the whole corpus again.
@Suite("Entity tables stay fresh after a rebuild")
struct EntityFreshnessTests {
    @Test func rebuiltTablesAreNotStale() throws {
        let root = try TestPaths.temporaryFolder("dragoman-entity-fresh")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.create(at: root)
        try "Die Delegationen trafen sich am Donnerstag in Vendora zu Gesprächen über die Arbeit der Botschaften.\n"
            .write(to: workspace.corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let store = try workspace.openStore()
        _ = try CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load()).reindex()
        let digest = try Glossary.loadMerged(from: workspace.glossary).digest
        #expect(try EntityIndex.isStale(store: store, glossaryDigest: digest))

        try EntityIndex.ensureCurrent(store: store, workspace: workspace)
        #expect(try !EntityIndex.isStale(store: store, glossaryDigest: digest))
        var rebuilt = false
        try EntityIndex.ensureCurrent(store: store, workspace: workspace) { rebuilt = true }
        #expect(!rebuilt, "a second command finds the tables fresh")

        // A change to the corpus makes them stale again.
        try "The delegations met in Vendora on Thursday.\n".write(to: workspace.corpus.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        _ = try CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load()).add(fileAt: workspace.corpus.appendingPathComponent("b.txt").path)
        #expect(try EntityIndex.isStale(store: store, glossaryDigest: digest))
    }
}
