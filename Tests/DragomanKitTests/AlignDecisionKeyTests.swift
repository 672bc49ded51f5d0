import Foundation
import Testing
@testable import DragomanKit

/// A link decision is about two sentences, not two numbers: it keeps what each said, and when a
/// report is replaced by a version whose sentences moved, it is not applied to the sentences now
/// at those numbers, and `align` says so.
@Suite("Decisions keep their sentences")
struct AlignDecisionKeyTests {
    let a = SentenceRef(articleID: "en-report", index: 5)
    let b = SentenceRef(articleID: "nb-report", index: 6)

    @Test func keysRoundTripAndOldLinesStillRead() throws {
        let keyed = AlignmentDecision(b, a, verdict: .confirmed, kind: .parallel, keys: ("bbbbbbbb", "aaaaaaaa"))
        #expect(keyed.a == a && keyed.keyA == "aaaaaaaa" && keyed.keyB == "bbbbbbbb", "keys follow their sentences when the pair is ordered")
        let decisions = AlignmentDecisions([keyed])
        let parsed = try AlignmentDecisions.parse(decisions.text)
        #expect(parsed == decisions)
        let old = try AlignmentDecisions.parse("confirmed\ten-report#5\tnb-report#6\tparallel\n")
        #expect(old.decisions.first?.keyA == nil && old.decisions.first?.keyB == nil)
        #expect(old.stale(texts: ["en-report": Array(repeating: "x", count: 9), "nb-report": Array(repeating: "y", count: 9)]).isEmpty,
                "a decision without keys is applied as before")
    }

    @Test func aDecisionWhoseSentenceChangedIsStale() {
        var english = (0..<8).map { "English sentence \($0)." }
        var norwegian = (0..<8).map { "Norsk setning \($0)." }
        let decision = AlignmentDecision(a, b, verdict: .confirmed, kind: .parallel,
                                         keys: (AlignmentDecisions.sentenceKey(english[5]), AlignmentDecisions.sentenceKey(norwegian[6])))
        let decisions = AlignmentDecisions([decision])
        #expect(decisions.stale(texts: ["en-report": english, "nb-report": norwegian]).isEmpty)
        // White space does not matter; words do.
        english[5] = "English  sentence\n5."
        #expect(decisions.stale(texts: ["en-report": english, "nb-report": norwegian]).isEmpty)
        norwegian.insert("En ny første setning.", at: 0)
        #expect(decisions.stale(texts: ["en-report": english, "nb-report": norwegian]) == [decision])
        #expect(decisions.removing([decision]).decisions.isEmpty)
    }

    @Test(.enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
    func replacingAReportLeavesItsOldDecisionsUnapplied() throws {
        let workspace = try makeGlossaryWorkspace()
        let path = workspace.root.path
        #expect(try CLIErrorTests.run(["reindex", "--workspace", path]).0 == 0)
        #expect(try CLIErrorTests.run(["align", "--workspace", path]).0 == 0)
        #expect(try CLIErrorTests.run(["align", "link", "002#5", "003#7", "--kind", "same-fact", "--workspace", path]).0 == 0)
        let line = try String(contentsOf: AlignmentDecisions.url(in: workspace), encoding: .utf8).split(separator: "\n").last!
        #expect(line.split(separator: "\t").count == 6, "the decision keeps both sentences' keys: \(line)")

        // The same report again, a sentence inserted at the top: sentence 7 is another one now.
        let file = workspace.corpus.appendingPathComponent("003_38f1f85eb9aef9f1.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let inbox = workspace.root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let edited = inbox.appendingPathComponent("003_38f1f85eb9aef9f1.txt")
        let lines = text.components(separatedBy: "\n")
        let firstBody = lines.firstIndex { $0.count > 80 }!
        try (lines[..<firstBody] + ["The envoys of both countries met again in Istanbul on Thursday, officials said.", ""] + lines[firstBody...])
            .joined(separator: "\n").write(to: edited, atomically: true, encoding: .utf8)
        #expect(try CLIErrorTests.run(["remove", "003", "--workspace", path]).0 == 0)
        #expect(try CLIErrorTests.run(["add", edited.path, "--workspace", path]).0 == 0)
        let (status, _, errors) = try CLIErrorTests.run(["align", "--workspace", path])
        #expect(status == 0)
        #expect(errors.contains("say something else now"), "\(errors)")
        let graph = try AlignmentService.storedGraph(store: workspace.openStore())
        #expect(!graph.links.contains { $0.status == .confirmed }, "the old decision is applied to no pair")
    }
}
