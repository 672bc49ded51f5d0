import Foundation
import Testing
@testable import DragomanKit

/// The atomic-write helper every writer uses: a failure names the file the user asked for (not
/// the hidden temporary file) and the problem; content that is already there is reported as
/// unchanged, never as written.
@Suite("Atomic file writes")
struct AtomicFileTests {
    /// A folder no file can be created in, even by root: the temporary file cannot be written.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "needs Linux /proc"))
    func anUnwritableFolderNamesTheDestination() throws {
        let target = URL(fileURLWithPath: "/proc/self/round-5.txt")
        do {
            try AtomicFile.write(Data("brief".utf8), to: target)
            Issue.record("the write succeeded")
        } catch let error as DragomanError {
            #expect(error.file == target.path, "\(error)")
            #expect(!error.description.contains(".tmp"), "\(error)")
            #expect(error.message.contains("cannot write"), "\(error)")
        }
    }

    /// A folder path that is a file: the folder cannot be made. The error is a DragomanError
    /// naming the destination, so the command line prints one line and exits non-zero.
    @Test func aFolderThatIsAFileNamesTheDestination() throws {
        let root = try TestPaths.temporaryFolder("atomic-file")
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("Exports")
        try Data("not a folder".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("round-2.xml")
        do {
            try AtomicFile.write(Data("brief".utf8), to: target)
            Issue.record("the write succeeded")
        } catch let error as DragomanError {
            #expect(error.file == target.path, "\(error)")
        }
        // Through the exporter, as `export --all` runs it: an error, not a silent success.
        #expect(throws: DragomanError.self) { try BriefExporter(folder: blocker).export([ExportBriefTests.nastyBrief()], formats: [.text]) }
        #expect(try Data(contentsOf: blocker) == Data("not a folder".utf8))
    }

    /// Exporting the same briefs again writes nothing and says so; a changed file is rewritten.
    @Test func unchangedExportsAreReportedAsUnchanged() throws {
        let folder = try TestPaths.temporaryFolder("atomic-unchanged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exporter = BriefExporter(folder: folder)
        let first = try exporter.export([ExportBriefTests.nastyBrief()], formats: [.xml, .text])
        #expect(first.allSatisfy { $0.outcome == .written })
        try Data("edited".utf8).write(to: exporter.url(round: 2, format: .text))
        let second = try exporter.export([ExportBriefTests.nastyBrief()], formats: [.xml, .text])
        #expect(Dictionary(uniqueKeysWithValues: second.map { ($0.url.lastPathComponent, $0.outcome) })
                == ["round-2.xml": .unchanged, "round-2.txt": .written, "dragoman-brief.xsd": .unchanged])
        #expect(try AtomicFile.update(Data("x".utf8), at: folder.appendingPathComponent("n.txt")) == .written)
        #expect(try AtomicFile.update(Data("x".utf8), at: folder.appendingPathComponent("n.txt")) == .unchanged)
    }
}
