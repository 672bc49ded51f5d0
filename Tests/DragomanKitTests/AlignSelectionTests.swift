import Foundation
import Testing
@testable import DragomanKit

/// Aligning some reports (a pair, a round) is a look at those reports: it writes its own files
/// and leaves the corpus alignment that views, rounds and briefs use as it was. Naming one
/// report twice is an error of one line, not a crash.
@Suite("Aligning a selection", .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
struct AlignSelectionTests {
    @Test func aPairIsAlignedIntoItsOwnFilesAndTheCorpusAlignmentStays() throws {
        let workspace = try makeGlossaryWorkspace()
        let path = workspace.root.path
        #expect(try CLIErrorTests.run(["reindex", "--workspace", path]).0 == 0)
        #expect(try CLIErrorTests.run(["align", "--workspace", path]).0 == 0)
        let corpusTMX = workspace.alignments.appendingPathComponent("alignment.tmx")
        let before = try Data(contentsOf: corpusTMX)
        let storedBefore = try AlignmentService.storedGraph(store: workspace.openStore())

        let (status, output, errors) = try CLIErrorTests.run(["align", "run", "002", "003", "--workspace", path])
        #expect(status == 0, "\(errors)")
        let pairTMX = workspace.alignments.appendingPathComponent("alignment-002_75526c63fca82549-003_38f1f85eb9aef9f1.tmx")
        #expect(output.contains(pairTMX.lastPathComponent))
        let pair = try String(contentsOf: pairTMX, encoding: .utf8)
        #expect(pair.contains("<tu") && !pair.contains("000_5bde82b7ff01abba"), "only the two reports")
        #expect(try Data(contentsOf: corpusTMX) == before)
        #expect(try AlignmentService.storedGraph(store: workspace.openStore()).links == storedBefore.links)
        #expect(try AlignmentService.isCurrent(store: workspace.openStore(), workspace: workspace))
    }

    @Test(arguments: [["align", "run", "002", "002_75526c63fca82549"], ["align", "view", "003", "003"], ["align", "run", "004"]])
    func oneReportNamedTwiceIsAnErrorOfOneLine(arguments: [String]) throws {
        let workspace = try makeGlossaryWorkspace()
        _ = try CLIErrorTests.run(["reindex", "--workspace", workspace.root.path])
        if arguments[1] == "view" { _ = try CLIErrorTests.run(["align", "--workspace", workspace.root.path]) }
        let (status, _, errors) = try CLIErrorTests.run(arguments + ["--workspace", workspace.root.path])
        #expect(status == 1)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("two or more different"), "\(errors)")
    }
}
