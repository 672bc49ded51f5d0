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
    var lengthWeight: Double = TUNE.length
    /// Log probability that a deletion continues a run of deletions on the same side.
    var logExtend: Double = log(TUNE.ext)

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
///
/// Deletions have affine costs, as gaps in sequence alignment: real bitexts leave out whole
/// blocks (captions, a paragraph) far more often than isolated sentences, so a 0-1 bead right
/// after a 0-1 bead (and 1-0 after 1-0) costs `logExtend` and half the length term instead of
/// the shape prior. The lattice therefore has three layers: after an aligned bead, inside a
/// run of target-only beads, inside a run of source-only beads.
struct BeadSearch {
    let source: BitextSide
    let target: BitextSide
    let cells: BitextCells
    let band: BitextBand
    let model: BeadModel

    func beadScore(_ i: Int, _ j: Int, _ shape: Int, sourceWeights: UnsafeBufferPointer<Float>, targetWeights: UnsafeBufferPointer<Float>) -> (open: Double, extend: Double) {
        let (a, b) = model.shapes[shape]
        var lexical: Double = 0
        var sourceLength = 0, targetLength = 0
        for s in (i - a)..<i { sourceLength += source.charLengths[s] }
        for t in (j - b)..<j { targetLength += target.charLengths[t] }
        // Gale and Church score a deletion like any bead, with the other side's length 0:
        // dropping a long sentence costs more than dropping a heading.
        let length = model.lengthScore(sourceLength, targetLength) * model.lengthWeight
        if a == 0 || b == 0 {
            return (model.logPrior[shape] + length, model.logExtend + length / 2)
        } else if a == 1 && b == 1 {
            if let cell = cells.cell(i - 1, j - 1) { lexical = Double(cells.sourceWeight[cell] + cells.targetWeight[cell]) }
        } else {
            // Every matched token pays log(size of the other side): in a bigger bead a chance
            // match is that much likelier.
            let logA = Float(log(Double(a)) * TUNE.merge), logB = Float(log(Double(b)) * TUNE.merge)
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
        let score = model.logPrior[shape] + lexical * TUNE.lex + length
        return (score, score)
    }

    func run() -> [Bead] {
        let n = band.rows
        var rowOffset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowOffset[i + 1] = rowOffset[i] + band.hi[i] - band.lo[i] + 1 }
        let states = rowOffset[n + 1], shapeCount = model.shapes.count
        // Layer a shape leads into: 1 for 0-1, 2 for 1-0, 0 otherwise.
        let layerOf = model.shapes.map { $0.source == 0 ? 1 : ($0.target == 0 ? 2 : 0) }
        let layers = 3
        var viterbi = [Double](repeating: -.infinity, count: states * layers)
        var forward = [Double](repeating: -.infinity, count: states * layers)
        // Best (shape, previous layer) into each state and layer, packed as shape * 3 + layer.
        var back = [UInt8](repeating: 0, count: states * layers)
        // Transition scores into each state (opening score for deletions), kept for the backward
        // pass, and the extension score of the deletion shape leading into it.
        var incoming = [Float](repeating: -.infinity, count: states * shapeCount)
        var extend = [Float](repeating: -.infinity, count: states * shapeCount)
        viterbi[0] = 0; forward[0] = 0
        source.tokenWeights.withUnsafeBufferPointer { sourceWeights in
        target.tokenWeights.withUnsafeBufferPointer { targetWeights in
            for i in 0...n {
                for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                    let state = rowOffset[i] + j - band.lo[i]
                    for shape in 0..<shapeCount {
                        let (a, b) = model.shapes[shape]
                        let pi = i - a, pj = j - b
                        guard pi >= 0, pj >= 0, pj >= band.lo[pi], pj <= band.hi[pi] else { continue }
                        let previous = rowOffset[pi] + pj - band.lo[pi]
                        let layer = layerOf[shape]
                        guard viterbi[previous * layers] > -.infinity || viterbi[previous * layers + 1] > -.infinity
                            || viterbi[previous * layers + 2] > -.infinity else { continue }
                        let (open, extended) = beadScore(i, j, shape, sourceWeights: sourceWeights, targetWeights: targetWeights)
                        incoming[state * shapeCount + shape] = Float(open)
                        extend[state * shapeCount + shape] = Float(extended)
                        let target = state * layers + layer
                        for from in 0..<layers {
                            let score = layer != 0 && from == layer ? extended : open
                            let value = viterbi[previous * layers + from] + score
                            if value > viterbi[target] { viterbi[target] = value; back[target] = UInt8(shape * 3 + from) }
                            forward[target] = Self.logAdd(forward[target], forward[previous * layers + from] + score)
                        }
                    }
                }
            }
        }}
        var backward = [Double](repeating: -.infinity, count: states * layers)
        for layer in 0..<layers { backward[(states - 1) * layers + layer] = 0 }
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) {
                let state = rowOffset[i] + j - band.lo[i]
                for shape in 0..<shapeCount {
                    let open = incoming[state * shapeCount + shape]
                    guard open > -.infinity else { continue }
                    let layer = layerOf[shape]
                    let here = backward[state * layers + layer]
                    guard here > -.infinity else { continue }
                    let (a, b) = model.shapes[shape]
                    let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
                    for from in 0..<layers {
                        let score = layer != 0 && from == layer ? extend[state * shapeCount + shape] : open
                        backward[previous * layers + from] = Self.logAdd(backward[previous * layers + from], here + Double(score))
                    }
                }
            }
        }
        let last = (states - 1) * layers
        var total = -Double.infinity, layer = 0
        for candidate in 0..<layers {
            total = Self.logAdd(total, forward[last + candidate])
            if viterbi[last + candidate] > viterbi[last + layer] { layer = candidate }
        }
        var beads: [Bead] = []
        var i = n, j = band.hi[n]
        while i > 0 || j > 0 {
            let state = rowOffset[i] + j - band.lo[i]
            let packed = Int(back[state * layers + layer])
            let shape = packed / 3, from = packed % 3
            let (a, b) = model.shapes[shape]
            let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
            let score = Double(layer != 0 && from == layer ? extend[state * shapeCount + shape] : incoming[state * shapeCount + shape])
            let posterior = exp(forward[previous * layers + from] + score + backward[state * layers + layer] - total)
            beads.append(Bead(source: Array((i - a)..<i), target: Array((j - b)..<j), score: min(1, max(0, posterior))))
            i -= a; j -= b; layer = from
        }
        return beads.reversed()
    }

    @inline(__always)
    static func logAdd(_ x: Double, _ y: Double) -> Double {
        if x == -.infinity { return y }
        if y == -.infinity { return x }
        return x > y ? x + log1p(exp(y - x)) : y + log1p(exp(x - y))
    }
}
