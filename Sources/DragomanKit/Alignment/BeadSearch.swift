import Foundation

/// Token matches between every source and target sentence pair inside the band, as bit masks
/// (bit k: token k of the sentence found a counterpart in the other sentence) plus the summed
/// weights for the 1-1 case. A bead of several sentences is scored from these by OR-ing the
/// masks of its pairs, so no bead ever re-reads tokens.
struct BitextCells {
    var columnStart: [Int] = []
    var columnEnd: [Int] = []
    var rowOffset: [Int] = [0]
    var sourceMask: [UInt64] = []
    var targetMask: [UInt64] = []
    var sourceWeight: [Float] = []
    var targetWeight: [Float] = []

    init(source: BitextSide, target: BitextSide, band: BitextBand, maxSide: Int) {
        let n = source.count
        columnStart.reserveCapacity(n); columnEnd.reserveCapacity(n)
        for i in 0..<n {
            // Beads covering source sentence i start in rows i-maxSide+1...i and end in rows
            // i+1...i+maxSide; their target sentences lie in this range.
            let start = band.lo[max(0, i - maxSide + 1)]
            let end = max(start, band.hi[min(n, i + maxSide)])
            columnStart.append(start); columnEnd.append(end)
            rowOffset.append(rowOffset[i] + end - start)
        }
        let total = rowOffset[n]
        sourceMask = [UInt64](repeating: 0, count: total)
        targetMask = [UInt64](repeating: 0, count: total)
        sourceWeight = [Float](repeating: 0, count: total)
        targetWeight = [Float](repeating: 0, count: total)
        source.keys.withUnsafeBufferPointer { sourceKeys in
        source.keyTokens.withUnsafeBufferPointer { sourceTokens in
        target.keys.withUnsafeBufferPointer { targetKeys in
        target.keyTokens.withUnsafeBufferPointer { targetTokens in
        source.tokenWeights.withUnsafeBufferPointer { sourceWeights in
        target.tokenWeights.withUnsafeBufferPointer { targetWeights in
            for i in 0..<n {
                let aStart = source.keyStart[i], aEnd = source.keyStart[i + 1]
                guard aStart < aEnd else { continue }
                for j in columnStart[i]..<columnEnd[i] {
                    var x = aStart, y = target.keyStart[j]
                    let yEnd = target.keyStart[j + 1]
                    var sMask: UInt64 = 0, tMask: UInt64 = 0
                    // Merge join of two sorted key lists; equal keys may repeat on both sides.
                    while x < aEnd && y < yEnd {
                        let a = sourceKeys[x], b = targetKeys[y]
                        if a < b { x += 1 } else if a > b { y += 1 } else {
                            while x < aEnd && sourceKeys[x] == a { sMask |= 1 << UInt64(sourceTokens[x]); x += 1 }
                            while y < yEnd && targetKeys[y] == a { tMask |= 1 << UInt64(targetTokens[y]); y += 1 }
                        }
                    }
                    guard sMask != 0 else { continue }
                    let cell = rowOffset[i] + j - columnStart[i]
                    sourceMask[cell] = sMask; targetMask[cell] = tMask
                    sourceWeight[cell] = Self.sum(sourceWeights, from: source.tokenStart[i], mask: sMask)
                    targetWeight[cell] = Self.sum(targetWeights, from: target.tokenStart[j], mask: tMask)
                }
            }
        }}}}}}
    }

    @inline(__always)
    static func sum(_ weights: UnsafeBufferPointer<Float>, from start: Int, mask: UInt64) -> Float {
        var mask = mask, total: Float = 0
        while mask != 0 {
            total += weights[start + mask.trailingZeroBitCount]
            mask &= mask &- 1
        }
        return total
    }

    @inline(__always)
    func cell(_ i: Int, _ j: Int) -> Int? {
        guard j >= columnStart[i], j < columnEnd[i] else { return nil }
        return rowOffset[i] + j - columnStart[i]
    }
}

/// The scoring model of a bead: log prior of its shape, lexical evidence (weighted matched
/// tokens, see `BitextFeatureBuilder.side`), and the Gale–Church length term.
struct BeadModel {
    var shapes: [(source: Int, target: Int)]
    var logPrior: [Double]
    /// Expected target length per source character, and the variance per character.
    var lengthRatio: Double
    var lengthVariance: Double
    var lengthWeight: Double = 1

    /// log P(|δ| ≥ observed) under Gale and Church's normal model of length differences.
    @inline(__always)
    func lengthScore(_ sourceLength: Int, _ targetLength: Int) -> Double {
        let mean = (Double(sourceLength) + Double(targetLength) / lengthRatio) / 2
        let delta = (Double(targetLength) - Double(sourceLength) * lengthRatio) / (max(mean, 1) * lengthVariance).squareRoot()
        return log(max(erfc(abs(delta) / 2.squareRoot()), 1e-12))
    }
}

/// Dynamic programming over the band: Viterbi for the best bead sequence, forward–backward for
/// each chosen bead's posterior probability, which is the calibrated score every bead carries.
struct BeadSearch {
    let source: BitextSide
    let target: BitextSide
    let cells: BitextCells
    let band: BitextBand
    let model: BeadModel

    struct Result {
        var beads: [Bead]
        /// Lexical evidence of each bead (nats), for picking confident beads to learn from.
        var evidence: [Double]
    }

    func beadScore(_ i: Int, _ j: Int, _ shape: Int, sourceWeights: UnsafeBufferPointer<Float>, targetWeights: UnsafeBufferPointer<Float>) -> (total: Double, lexical: Double) {
        let (a, b) = model.shapes[shape]
        if a == 0 || b == 0 { return (model.logPrior[shape], 0) }
        var lexical: Double = 0
        if a == 1 && b == 1 {
            if let cell = cells.cell(i - 1, j - 1) { lexical = Double(cells.sourceWeight[cell] + cells.targetWeight[cell]) }
        } else {
            // Every matched token pays log(size of the other side): in a bigger bead a chance
            // match is that much likelier.
            let logA = Float(log(Double(a))), logB = Float(log(Double(b)))
            var total: Float = 0
            for s in (i - a)..<i {
                var mask: UInt64 = 0
                for t in (j - b)..<j { if let cell = cells.cell(s, t) { mask |= cells.sourceMask[cell] } }
                if mask != 0 { total += BitextCells.sum(sourceWeights, from: source.tokenStart[s], mask: mask) - Float(mask.nonzeroBitCount) * logB }
            }
            for t in (j - b)..<j {
                var mask: UInt64 = 0
                for s in (i - a)..<i { if let cell = cells.cell(s, t) { mask |= cells.targetMask[cell] } }
                if mask != 0 { total += BitextCells.sum(targetWeights, from: target.tokenStart[t], mask: mask) - Float(mask.nonzeroBitCount) * logA }
            }
            lexical = Double(total)
        }
        var sourceLength = 0, targetLength = 0
        for s in (i - a)..<i { sourceLength += source.charLengths[s] }
        for t in (j - b)..<j { targetLength += target.charLengths[t] }
        let length = model.lengthScore(sourceLength, targetLength) * model.lengthWeight
        return (model.logPrior[shape] + lexical + length, lexical)
    }

    func run() -> Result {
        let n = band.rows
        var rowOffset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowOffset[i + 1] = rowOffset[i] + band.hi[i] - band.lo[i] + 1 }
        let states = rowOffset[n + 1], shapeCount = model.shapes.count
        var viterbi = [Double](repeating: -.infinity, count: states)
        var forward = [Double](repeating: -.infinity, count: states)
        var back = [UInt8](repeating: 0, count: states)
        // Transition scores into each state, kept for the backward pass.
        var incoming = [Float](repeating: -.infinity, count: states * shapeCount)
        var lexicalOf = [Float](repeating: 0, count: states * shapeCount)
        viterbi[0] = 0; forward[0] = 0
        source.tokenWeights.withUnsafeBufferPointer { sourceWeights in
        target.tokenWeights.withUnsafeBufferPointer { targetWeights in
            for i in 0...n {
                for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                    let state = rowOffset[i] + j - band.lo[i]
                    var best = -Double.infinity, bestShape = 0
                    var logSum = -Double.infinity
                    for shape in 0..<shapeCount {
                        let (a, b) = model.shapes[shape]
                        let pi = i - a, pj = j - b
                        guard pi >= 0, pj >= 0, pj >= band.lo[pi], pj <= band.hi[pi] else { continue }
                        let previous = rowOffset[pi] + pj - band.lo[pi]
                        guard viterbi[previous] > -.infinity else { continue }
                        let (score, lexical) = beadScore(i, j, shape, sourceWeights: sourceWeights, targetWeights: targetWeights)
                        incoming[state * shapeCount + shape] = Float(score)
                        lexicalOf[state * shapeCount + shape] = Float(lexical)
                        let value = viterbi[previous] + score
                        if value > best { best = value; bestShape = shape }
                        logSum = Self.logAdd(logSum, forward[previous] + score)
                    }
                    viterbi[state] = best; back[state] = UInt8(bestShape); forward[state] = logSum
                }
            }
        }}
        // Backward pass over the stored transition scores.
        var backward = [Double](repeating: -.infinity, count: states)
        backward[states - 1] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) {
                let state = rowOffset[i] + j - band.lo[i]
                guard backward[state] > -.infinity else { continue }
                for shape in 0..<shapeCount {
                    let score = incoming[state * shapeCount + shape]
                    guard score > -.infinity else { continue }
                    let (a, b) = model.shapes[shape]
                    let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
                    backward[previous] = Self.logAdd(backward[previous], backward[state] + Double(score))
                }
            }
        }
        let total = forward[states - 1]
        var beads: [Bead] = [], evidence: [Double] = []
        var i = n, j = band.hi[n]
        while i > 0 || j > 0 {
            let state = rowOffset[i] + j - band.lo[i]
            let shape = Int(back[state])
            let (a, b) = model.shapes[shape]
            let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
            let score = Double(incoming[state * shapeCount + shape])
            let posterior = exp(forward[previous] + score + backward[state] - total)
            beads.append(Bead(source: Array((i - a)..<i), target: Array((j - b)..<j), score: min(1, max(0, posterior))))
            evidence.append(Double(lexicalOf[state * shapeCount + shape]))
            i -= a; j -= b
        }
        return Result(beads: beads.reversed(), evidence: evidence.reversed())
    }

    @inline(__always)
    static func logAdd(_ x: Double, _ y: Double) -> Double {
        if x == -.infinity { return y }
        if y == -.infinity { return x }
        return x > y ? x + log1p(exp(y - x)) : y + log1p(exp(x - y))
    }
}
