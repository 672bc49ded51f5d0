import Foundation
import Testing
@testable import DragomanKit

/// A stored alignment graph is reused (by `export`, and shown by `align view` and `rounds show`)
/// only while it matches what it was aligned from; the lexicon it translates with is imported
/// the first time it is needed.
@Suite("Stored alignment freshness and the lexicon import")
struct AlignmentFreshnessTests {
    /// A made-up German–English dictionary in Ding format.
    static func tinyLexicon() throws -> LexiconSource {
        let folder = try TestPaths.temporaryFolder("dragoman-freshness-lexicon")
        let ding = folder.appendingPathComponent("de-en")
        try "Vertrag {m} | Verträge {pl} :: treaty | treaties\nFrühling {m} :: spring\n".write(to: ding, atomically: true, encoding: .utf8)
        return LexiconSource(name: "tiny-de-en", format: .ding, path: ding.path, sourceLanguage: .german, targetLanguage: .english)
    }

    /// Each input the graph is aligned from makes it stale when it changes, and aligning again
    /// makes it current: the reports (all of them, not a subset), a report added since, the
    /// user's decisions, the imported lexicon, the glossary.
    @Test func aStoredGraphIsCurrentOnlyForTheInputsItWasAlignedFrom() throws {
        let fixture = try RemovalTexts.workspace(dutch: false)
        let store = fixture.store, workspace = fixture.workspace
        func realign() throws {
            let glossary = try EntityIndex.ensureCurrent(store: store, workspace: workspace)
            try AlignmentService.alignCorpus(store: store, workspace: workspace, glossary: glossary)
        }
        func current() throws -> Bool {
            try EntityIndex.ensureCurrent(store: store, workspace: workspace)
            return try AlignmentService.isCurrent(store: store, workspace: workspace)
        }
        #expect(try !current(), "nothing aligned yet")
        try realign()
        #expect(try current())

        try fixture.add("nl.txt", .dutch, RemovalTexts.dutch, date: "2025-03-13")
        #expect(try !current(), "a report added since the alignment")
        let glossary = try EntityIndex.ensureCurrent(store: store, workspace: workspace)
        try AlignmentService.alignCorpus(store: store, workspace: workspace, articleIDs: ["de", "en"], glossary: glossary)
        #expect(try !current(), "aligned two of the three reports")
        try realign()
        #expect(try current())

        let decision = AlignmentDecision(SentenceRef(articleID: "de", index: 1), SentenceRef(articleID: "nl", index: 1), verdict: .rejected, kind: .sameFact)
        try AlignmentDecisions([decision]).save(to: workspace)
        #expect(try !current(), "a decision recorded without realigning")
        try realign()
        #expect(try current())

        try LexiconCache(store: store).importSources([try Self.tinyLexicon()])
        #expect(try !current(), "a lexicon imported after the alignment")
        try realign()
        #expect(try current())

        let concept = Concept(id: "next-round", subjectField: "diplomacy", terms: [
            Term(language: .german, text: "nächste Runde", partOfSpeech: "noun"), Term(language: .english, text: "next round", partOfSpeech: "noun"),
        ])
        try TBXWriter.data(Glossary(concepts: [concept])).write(to: workspace.glossary.appendingPathComponent("more.tbx"))
        #expect(try !current(), "a glossary edit")
        try realign()
        #expect(try current())
    }

    /// The first call imports (telling the caller first); later calls find the lexicon there
    /// and neither import nor call back.
    @Test func theLexiconIsImportedTheFirstTimeOnly() throws {
        let fixture = try RemovalTexts.workspace(dutch: false)
        let cache = LexiconCache(store: fixture.store)
        let source = try Self.tinyLexicon()
        var told = 0
        let first = try cache.ensureImported([source]) { told += 1 }
        #expect(first?.map(\.outcome) == ["imported"] && told == 1)
        #expect(try cache.translations(of: "Verträge", from: .german, to: .english).map(\.term) == ["treaties"])
        let second = try cache.ensureImported([source]) { told += 1 }
        #expect(second == nil && told == 1)
    }
}

/// The same through the real executable: `init`, `add`, `align` on a new workspace aligns with
/// the Debian dictionaries (before, only `export` imported them, so `align` ran on the glossary
/// alone and `export` then reused that poorer graph), and `export` realigns when a report was
/// added after `align`.
@Suite("Aligning a new workspace from the command line",
       .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"),
       .enabled(if: FileManager.default.fileExists(atPath: LexiconSource.debian[0].path), "the Debian dictionaries are not installed"))
struct AlignmentCLIFreshnessTests {
    @Test func alignImportsTheLexiconAndExportRealignsAfterAnAdd() throws {
        let root = try TestPaths.temporaryFolder("cli-align-fresh")
        defer { try? FileManager.default.removeItem(at: root) }
        let ws = root.appendingPathComponent("ws").path
        #expect(try CLIErrorTests.run(["init", ws]).0 == 0)
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for (name, text) in [("de.txt", RemovalTexts.german), ("en.txt", RemovalTexts.english), ("nl.txt", RemovalTexts.dutch)] {
            try text.write(to: inbox.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try CLIErrorTests.run(["add", "--workspace", ws, inbox.appendingPathComponent("de.txt").path,
                                       inbox.appendingPathComponent("en.txt").path]).0 == 0)
        let (status, _, errors) = try CLIErrorTests.run(["align", "--workspace", ws])
        #expect(status == 0, "\(errors)")

        let store = try Workspace.open(at: URL(fileURLWithPath: ws)).openStore()
        #expect(try !LexiconCache(store: store).sizes().isEmpty, "align imported the lexicon")
        func alignedReports() throws -> Set<String> {
            Set(try store.database.query("SELECT DISTINCT article_id FROM alignment_members") { $0.text(0) })
        }
        #expect(try alignedReports() == ["de", "en"])

        #expect(try CLIErrorTests.run(["add", "--workspace", ws, inbox.appendingPathComponent("nl.txt").path]).0 == 0)
        let (viewStatus, _, viewErrors) = try CLIErrorTests.run(["align", "view", "--workspace", ws, "de", "en"])
        #expect(viewStatus == 0 && viewErrors.contains("stored alignment predates"), "\(viewErrors)")
        // The reports name it the second round (12 March 2025), so it is round 2.
        let (roundsStatus, roundsOutput, _) = try CLIErrorTests.run(["rounds", "show", "2", "--workspace", ws])
        #expect(roundsStatus == 0 && roundsOutput.contains("stored alignment predates"), "\(roundsOutput)")
        let (exportStatus, _, exportErrors) = try CLIErrorTests.run(["export", "--all", "--workspace", ws])
        #expect(exportStatus == 0, "\(exportErrors)")
        #expect(try alignedReports() == ["de", "en", "nl"], "export aligned the report added after align")
        let (_, _, quiet) = try CLIErrorTests.run(["align", "view", "--workspace", ws, "de", "nl"])
        #expect(!quiet.contains("predates"))
        #expect(try !CLIErrorTests.run(["rounds", "show", "2", "--workspace", ws]).1.contains("predates"))
    }
}
