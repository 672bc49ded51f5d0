import Foundation
import Testing
@testable import DragomanKit

/// The `dragoman` executable built beside the test bundle, if it is there.
enum DragomanBinary {
    static var url: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("dragoman")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}

@Suite("A killed ingest leaves a consistent store", .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
struct CrashConsistencyTests {
    /// A new workspace and `count` distinct articles made from the seeds (a numbered line added
    /// to each), enough for an `add` to be stopped in the middle.
    static func workspaceAndInbox(_ name: String, count: Int) throws -> (Workspace, [String]) {
        let root = try TestPaths.temporaryFolder(name)
        let workspace = try Workspace.create(at: root.appendingPathComponent("ws"))
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .map { try String(contentsOf: $0, encoding: .utf8) }
        let paths = try (0..<count).map { index -> String in
            let url = inbox.appendingPathComponent(String(format: "a%04d.txt", index))
            try (seeds[index % seeds.count] + "\n\nNummer \(index).").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        return (workspace, paths)
    }

    @Test func killingAddMidwayLosesNothingAndDuplicatesNothing() throws {
        let (workspace, paths) = try Self.workspaceAndInbox("dragoman-kill", count: 600)

        let process = Process()
        process.executableURL = DragomanBinary.url
        process.arguments = ["add", "--workspace", workspace.root.path] + paths
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 2.0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let store = try workspace.openStore()
        #expect(try store.database.query("PRAGMA integrity_check") { $0.text(0) } == ["ok"])
        // All or nothing per article: no article without sentences, no sentence without article,
        // the full-text index in step with the sentences.
        #expect(try store.database.scalarInt("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM sentence_fts") == store.database.scalarInt("SELECT count(*) FROM sentences"))
        let indexed = try store.articleSummaries().count

        // Adding the same files again completes the corpus: each file exactly once.
        let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load())
        let outcomes = try ingestor.add(filesAt: paths)
        let added = outcomes.filter { if case .added = $0 { true } else { false } }.count
        let skipped = outcomes.filter { if case .alreadyPresent = $0 { true } else { false } }.count
        #expect(added + skipped == paths.count)
        #expect(skipped == indexed)
        #expect(try store.articleSummaries().count == paths.count)
        #expect(try workspace.corpusFiles().count == paths.count, "no second copy of a file left by the killed run")
    }

    /// Ctrl-C stops `add` between files: the batch in progress is rolled back and its copies and
    /// staged files leave Corpus/, so every file of Corpus/ is an article of the store and the
    /// other way round; one line on stderr says so, and the exit status is 130.
    @Test func interruptingAddLeavesCorpusAndStoreInStep() throws {
        let (workspace, paths) = try Self.workspaceAndInbox("dragoman-interrupt", count: 1200)
        let process = Process()
        process.executableURL = DragomanBinary.url
        process.arguments = ["add", "--workspace", workspace.root.path] + paths
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        Thread.sleep(forTimeInterval: 3.0)
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message.hasPrefix("dragoman: interrupted: ") && message.split(separator: "\n").count == 1, "\(message)")
        let store = try workspace.openStore()
        let files = try workspace.corpusFiles().map(\.lastPathComponent).sorted()
        let articles = try store.articleSummaries().map(\.fileName).sorted()
        #expect(files == articles)
        #expect(files.count < paths.count, "stopped before the end")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path).filter { $0.hasPrefix(".staged-") }
        #expect(hidden.isEmpty)
    }
}
