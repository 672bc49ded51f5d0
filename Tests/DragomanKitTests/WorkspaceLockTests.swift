import Foundation
import Testing
@testable import DragomanKit

/// Commands on one workspace take turns (`WorkspaceLock`), so no edit that reports success is
/// lost to another command writing the same file, and what a killed write left is cleared.
@Suite("One command at a time per workspace", .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
struct WorkspaceLockTests {
    static func run(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = DragomanBinary.url
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func concurrentGlossaryAddsAreAllKept() throws {
        let workspace = try makeGlossaryWorkspace()
        let processes = try (1...8).map { index in
            try Self.run(["glossary", "add", "--workspace", workspace.root.path, "--id", "race-\(index)",
                          "--term", "en=race concept \(index)", "--term", "de=Wettlauf\(index)"])
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let glossary = try GlossaryRepository(workspace: workspace).glossary
        #expect(Set(glossary.concepts.map(\.id)).isSuperset(of: Set((1...8).map { "race-\($0)" })))
    }

    @Test func aCommandWaitsForTheProcessHoldingTheLockAndSaysSo() throws {
        let workspace = try makeGlossaryWorkspace()
        let lockFile = workspace.root.appendingPathComponent(WorkspaceLock.fileName).path
        // Another process holds the lock (a POSIX record lock, as lockf takes it) for 1.5 s.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import fcntl, os, sys, time
            fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
            fcntl.lockf(fd, fcntl.LOCK_EX)
            print("locked", flush=True)
            time.sleep(1.5)
            """, lockFile]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        _ = ready.fileHandleForReading.readData(ofLength: 7)

        let started = Date()
        let process = Process()
        process.executableURL = DragomanBinary.url
        process.arguments = ["glossary", "add", "--workspace", workspace.root.path, "--id", "waited", "--term", "en=waited concept"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        holder.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(message.contains("waiting for another dragoman command"), "\(message)")
        #expect(Date().timeIntervalSince(started) >= 1.0, "it waited for the holder")
        #expect(try GlossaryRepository(workspace: workspace).concept(id: "waited") != nil)
    }

    @Test func leftoversOfKilledWritesAreRemovedAndNothingElse() throws {
        let workspace = try makeGlossaryWorkspace()
        let leftover = workspace.glossary.appendingPathComponent(".diplomacy.tbx.\(UUID().uuidString).tmp")
        let export = workspace.exports.appendingPathComponent(".round-1.xml.\(UUID().uuidString).tmp")
        let mine = workspace.glossary.appendingPathComponent(".notes.tmp")
        for url in [leftover, export, mine] { try Data("half".utf8).write(to: url) }
        let process = try Self.run(["list", "--workspace", workspace.root.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(!FileManager.default.fileExists(atPath: export.path))
        #expect(FileManager.default.fileExists(atPath: mine.path), "a hidden file Dragoman did not write stays")
    }

    @Test func temporaryNamesAreRecognised() {
        #expect(AtomicFile.isTemporaryName(AtomicFile.temporaryName(for: "diplomacy.tbx")))
        #expect(!AtomicFile.isTemporaryName(".notes.tmp"))
        #expect(!AtomicFile.isTemporaryName("diplomacy.tbx"))
        #expect(!AtomicFile.isTemporaryName(".\(UUID().uuidString).tmp"))
    }
}
