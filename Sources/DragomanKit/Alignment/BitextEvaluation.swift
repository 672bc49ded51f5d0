import Foundation

/// Strict and lax precision, recall and F1 of a sentence alignment, computed exactly as
/// Bleualign's evaluation (`bleualign/utils.py`: `precision`, `recall`, `finalevaluation`),
/// which Vecalign's and Bertalign's published Text+Berg figures also use:
/// - precision runs over every predicted bead, deletions included: a predicted bead is a strict
///   hit when it equals a gold bead (a predicted 0-1 bead equal to a gold 0-1 bead counts), a lax
///   hit when it shares a source and a target sentence with some gold bead (impossible for a
///   deletion);
/// - recall runs over the gold beads with sentences on both sides only: gold deletions are
///   skipped.
/// `nonEmpty*` repeats precision without predicted deletions, the stricter reading in which an
/// aligner gains nothing by reproducing the gold file's unaligned sentences.
public struct BitextEvaluation: Sendable {
    public var strictPrecision = 0.0, strictRecall = 0.0, laxPrecision = 0.0, laxRecall = 0.0
    public var nonEmptyStrictPrecision = 0.0, nonEmptyLaxPrecision = 0.0

    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }
    public var nonEmptyStrictF1: Double { Self.f1(nonEmptyStrictPrecision, strictRecall) }
    public var nonEmptyLaxF1: Double { Self.f1(nonEmptyLaxPrecision, laxRecall) }

    public init(gold: [Bead], test: [Bead]) {
        let goldSet = Set(gold.map { Key(source: $0.source, target: $0.target) })
        let testSet = Set(test.map { Key(source: $0.source, target: $0.target) })
        let goldLinks = Self.links(gold), testLinks = Self.links(test)

        func precision(_ beads: [Bead]) -> (strict: Double, lax: Double) {
            var strictHits = 0, laxHits = 0, counted = 0
            for bead in beads where !(bead.source.isEmpty && bead.target.isEmpty) {
                counted += 1
                if goldSet.contains(Key(source: bead.source, target: bead.target)) { strictHits += 1; laxHits += 1 }
                else if Self.overlaps(bead, goldLinks) { laxHits += 1 }
            }
            return counted == 0 ? (0, 0) : (Double(strictHits) / Double(counted), Double(laxHits) / Double(counted))
        }
        (strictPrecision, laxPrecision) = precision(test)
        (nonEmptyStrictPrecision, nonEmptyLaxPrecision) = precision(test.filter { !$0.source.isEmpty && !$0.target.isEmpty })

        var strictHits = 0, laxHits = 0, counted = 0
        for bead in gold where !bead.source.isEmpty && !bead.target.isEmpty {
            counted += 1
            if testSet.contains(Key(source: bead.source, target: bead.target)) { strictHits += 1; laxHits += 1 }
            else if Self.overlaps(bead, testLinks) { laxHits += 1 }
        }
        if counted > 0 { strictRecall = Double(strictHits) / Double(counted); laxRecall = Double(laxHits) / Double(counted) }
    }

    public var report: String {
        String(format: """
            Bleualign scoring: strict P %.4f R %.4f F1 %.4f | lax P %.4f R %.4f F1 %.4f
            without predicted deletions in precision: strict F1 %.4f | lax F1 %.4f
            """, strictPrecision, strictRecall, strictF1, laxPrecision, laxRecall, laxF1, nonEmptyStrictF1, nonEmptyLaxF1)
    }

    /// Reads the Bleualign gold format, one bead a line: `[0, 1]:[0]`, `[]:[16]` (0-based).
    public static func readBeads(_ path: String) throws -> [Bead] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DragomanError("cannot read alignment", file: path) }
        return try text.split(separator: "\n").compactMap { line -> Bead? in
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
                throw DragomanError("bad bead line '\(line)'", file: path)
            }
            func numbers(_ side: Substring) -> [Int] {
                side.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            }
            return Bead(source: numbers(sides[0]), target: numbers(sides[1]), score: 1)
        }
    }

    /// Beads grouped by how well their score predicted exact correctness.
    public static func calibration(gold: [Bead], test: [Bead]) -> String {
        let goldSet = Set(gold.map { Key(source: $0.source, target: $0.target) })
        let edges = [0.0, 0.5, 0.9, 0.99, 1.0001]
        var parts: [String] = []
        for index in 0..<(edges.count - 1) {
            let inBin = test.filter { $0.score >= edges[index] && $0.score < edges[index + 1] }
            let correct = inBin.filter { goldSet.contains(Key(source: $0.source, target: $0.target)) }.count
            parts.append(String(format: "[%.2f,%.2f): %d, %.2f", edges[index], min(1, edges[index + 1]), inBin.count,
                                inBin.isEmpty ? 0 : Double(correct) / Double(inBin.count)))
        }
        return parts.joined(separator: "; ")
    }

    private struct Key: Hashable { var source: [Int]; var target: [Int] }

    /// Source sentence → target sentences it is aligned with.
    private static func links(_ beads: [Bead]) -> [Int: Set<Int>] {
        var result: [Int: Set<Int>] = [:]
        for bead in beads { for s in bead.source { result[s, default: []].formUnion(bead.target) } }
        return result
    }

    /// Bleualign's lax condition: the bead and some bead of the other alignment share a source
    /// and a target sentence. Beads are contiguous and monotonic, so a shared source sentence
    /// with a shared target sentence means one bead links them.
    private static func overlaps(_ bead: Bead, _ links: [Int: Set<Int>]) -> Bool {
        bead.source.contains { links[$0].map { !$0.isDisjoint(with: bead.target) } ?? false }
    }

    private static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}
