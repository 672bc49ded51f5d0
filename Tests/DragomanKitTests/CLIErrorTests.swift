import Foundation
import Testing
@testable import DragomanKit

/// The command line's answers to a broken workspace, through the real executable.
@Suite("Command-line errors", .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
struct CLIErrorTests {
    /// Runs the binary; (exit status, stdout, stderr).
    static func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = DragomanBinary.url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// `reindex` rebuilds the database from the workspace's files, the glossary among them: a
    /// hand edit that broke the TBX is reported there (one line naming the file, non-zero
    /// exit), and the file is left exactly as the user wrote it.
    @Test func reindexReportsABrokenGlossary() throws {
        let root = try TestPaths.temporaryFolder("cli-reindex")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.create(at: root)
        try "Die Delegationen trafen sich am Donnerstag in Istanbul zu Gesprächen über die Arbeit der Botschaften.\n"
            .write(to: workspace.corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let broken = "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"x\"><langSec xml:lang=\"en\"><termSec><term>visa</trem></termSec></langSec></conceptEntry></body></text></tbx>\n"
        let file = workspace.glossary.appendingPathComponent("mine.tbx")
        try broken.write(to: file, atomically: true, encoding: .utf8)

        let (status, output, errors) = try Self.run(["reindex", "--workspace", root.path])
        #expect(status != 0)
        let lines = errors.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 && lines[0].contains("mine.tbx"), "\(errors)")
        // Refused before anything is rebuilt: no "indexed" line beside the error, no article.
        #expect(!output.contains("indexed"), "\(output)")
        #expect(try workspace.openStore().articleSummaries().isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == broken, "the user's file is untouched")

        // Repaired, the same command succeeds.
        try broken.replacingOccurrences(of: "</trem>", with: "</term>").write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.run(["reindex", "--workspace", root.path]).0 == 0)
    }

    /// A bad `--date`, `--lang` or `--encoding` value names the file it was given for, quotes
    /// the value (an empty one shows), exits non-zero and adds nothing.
    @Test(arguments: [["--date", "2026-13-45"], ["--date", ""], ["--lang", "sv"], ["--encoding", "ebcdic"]])
    func badAddOptionsNameTheFile(option: [String]) throws {
        let root = try TestPaths.temporaryFolder("cli-add-options")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Workspace.create(at: root.appendingPathComponent("ws"))
        let file = root.appendingPathComponent("bericht.txt")
        try "Die Delegationen trafen sich am Donnerstag in Istanbul.\n".write(to: file, atomically: true, encoding: .utf8)
        let (status, _, errors) = try Self.run(["add", "--workspace", root.appendingPathComponent("ws").path] + option + [file.path])
        #expect(status != 0)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("bericht.txt") && lines[0].contains("'\(option[1])'"), "\(errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("ws/Corpus").path).filter { !$0.hasPrefix(".") }.isEmpty)
    }

    /// A glossary term in a language Dragoman does not read would never match: `glossary add`
    /// and `glossary edit` refuse it in one line and leave the glossary file as it was.
    @Test(arguments: [["add", "--term", "fr=ambassade", "--term", "en=embassy office"], ["edit", "embassy", "--term", "sv=ambassad"]])
    func aTermInAnUnsupportedLanguageIsRefused(arguments: [String]) throws {
        let workspace = try makeGlossaryWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let file = workspace.glossary.appendingPathComponent("diplomacy.tbx")
        let before = try Data(contentsOf: file)
        let (status, _, errors) = try Self.run(["glossary"] + arguments + ["--workspace", workspace.root.path])
        #expect(status != 0)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("de, nl, nb, en"), "\(errors)")
        #expect(try Data(contentsOf: file) == before)
    }
}
