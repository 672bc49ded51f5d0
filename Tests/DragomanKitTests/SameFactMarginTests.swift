import Foundation
import Testing
@testable import DragomanKit

/// A same-fact link must come near the best pair its sentences make with the other report
/// (`CorpusAligner.Options.sameFactMargin`): a lead that names the round, the place, the
/// countries and the consultations otherwise links with every sentence of another report of
/// that round, each just above the threshold, while one of them says what it says.
@Suite struct SameFactMarginTests {
    static func report(_ id: String, _ language: LanguageCode, _ rows: [(String, [String], [String])]) -> CorpusAlignDocument {
        CorpusAlignDocument(id: id, language: language, sentences: rows.map(\.0), entities: rows.map(\.1),
                            concepts: rows.map(\.2), rounds: rows.map { _ in [3] })
    }
    static let place = ["loc-russia", "loc-usa", "loc-moscow"]
    static let topic = ["consultations", "embassy", "round-of-talks"]
    // Two English reports of one round (the same language keeps the test free of dictionaries).
    static let first = report("a", .english, [
        ("Russian and US diplomats met in Moscow on Tuesday for a third round of consultations on the work of their embassies.",
         place, topic),
        ("The Russian side demanded the return of six diplomatic properties that Washington seized in 2016.",
         ["loc-russia", "loc-washington"], ["diplomatic-property"]),
    ])
    static let second = report("b", .english, [
        ("Diplomats of Russia and the US met in Moscow on Tuesday for the third round of consultations on the work of the embassies, officials said.",
         place, topic),
        ("Russia again demanded the return of six diplomatic properties seized by Washington in 2016.",
         ["loc-russia", "loc-washington"], ["diplomatic-property"]),
        ("The Russian diplomats in Moscow asked for more staff at their embassies.",
         ["loc-russia", "loc-moscow"], ["diplomat", "embassy"]),
        ("A US official said the consultations in Moscow would go on.",
         ["loc-usa", "loc-moscow"], ["consultations"]),
    ])

    static func sameFact(margin: Double) -> Set<String> {
        var options = CorpusAligner.Options(); options.sameFactMargin = margin
        return Set(CorpusAligner(options: options).align([first, second]).links.map { "\($0.a.index)-\($0.b.index)" })
    }

    @Test func aLeadLinksWithWhatItSaysNotWithEverySentenceOfTheRound() {
        let unbounded = Self.sameFact(margin: .infinity)
        // Without the margin the lead passes the threshold with other sentences of the round too.
        #expect(unbounded.filter { $0.hasPrefix("0-") }.count >= 2, "\(unbounded.sorted())")
        let links = Self.sameFact(margin: CorpusAligner.Options().sameFactMargin)
        #expect(links.filter { $0.hasPrefix("0-") } == ["0-0"], "\(links.sorted())")
        // The property sentences keep their link.
        #expect(links.contains("1-1"), "\(links.sorted())")
    }

    @Test func nearTheBestIsPerRowAndPerColumn() {
        func cell(_ i: Int, _ j: Int, _ p: Double) -> CorpusAligner.Candidate {
            .init(d1: 0, i1: i, d2: 1, i2: j, features: AlignmentFeatures(lexical: 0, anchors: 0, dates: 0, lengthDifference: 0), probability: p)
        }
        // Row 0: 0.999 (log-odds 6.9) and 0.9 (2.2); row 1: only 0.9, but its column's best is 0.999.
        let cells = [cell(0, 0, 0.999), cell(0, 1, 0.9), cell(1, 2, 0.9), cell(2, 2, 0.999), cell(3, 3, 0.6)]
        let near = CorpusAligner.nearTheBest(cells, margin: 4) { $0.probability }
        #expect(near == [true, false, false, true, true])
        #expect(CorpusAligner.nearTheBest(cells, margin: 5) { $0.probability } == [true, true, true, true, true])
        // A cell that may not be a link sets no best and is never near one.
        let gated = CorpusAligner.nearTheBest(cells, margin: 4) { $0.probability > 0.99 ? nil : $0.probability }
        #expect(gated == [false, true, true, false, true])
    }
}
