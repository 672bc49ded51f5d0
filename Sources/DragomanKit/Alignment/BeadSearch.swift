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
        // Rows are independent: each writes its own cells, rows spread over the cores.
        let sourceMasks = SharedBuffer<UInt64>(repeating: 0, count: total), targetMasks = SharedBuffer<UInt64>(repeating: 0, count: total)
        let sourceWeights = SharedBuffer<Float>(repeating: 0, count: total), targetWeights = SharedBuffer<Float>(repeating: 0, count: total)
        let sourceKeys = SharedBuffer(source.keys), sourceTokens = SharedBuffer(source.keyTokens)
        let targetKeys = SharedBuffer(target.keys), targetTokens = SharedBuffer(target.keyTokens)
        let sourceTokenWeights = SharedBuffer(source.tokenWeights), targetTokenWeights = SharedBuffer(target.tokenWeights)
        defer {
            for buffer in [sourceMasks, targetMasks] { buffer.deallocate() }
            for buffer in [sourceWeights, targetWeights, sourceTokenWeights, targetTokenWeights] { buffer.deallocate() }
            for buffer in [sourceKeys, targetKeys] { buffer.deallocate() }
            sourceTokens.deallocate(); targetTokens.deallocate()
        }
        let columnStart = self.columnStart, columnEnd = self.columnEnd, rowOffset = self.rowOffset
        // A source sentence's keys include every dictionary translation of its words, so they
        // far outnumber a target sentence's: the row's keys go into a table indexed by key
        // (stamped with the row, so it is never cleared) and each target key is looked up.
        let keySpace = Int(max(source.keys.max() ?? 0, target.keys.max() ?? 0)) + 1
        ParallelRows.forEach(n) { rows in
            var stamp = [Int32](repeating: -1, count: keySpace)
            var tokensOfKey = [UInt64](repeating: 0, count: keySpace)
            for i in rows {
                let aStart = source.keyStart[i], aEnd = source.keyStart[i + 1]
                guard aStart < aEnd else { continue }
                for x in aStart..<aEnd {
                    let key = Int(sourceKeys[x])
                    if stamp[key] != Int32(i) { stamp[key] = Int32(i); tokensOfKey[key] = 0 }
                    tokensOfKey[key] |= 1 << UInt64(sourceTokens[x])
                }
                for j in columnStart[i]..<columnEnd[i] {
                    var sMask: UInt64 = 0, tMask: UInt64 = 0
                    for y in target.keyStart[j]..<target.keyStart[j + 1] {
                        let key = Int(targetKeys[y])
                        if stamp[key] == Int32(i) { sMask |= tokensOfKey[key]; tMask |= 1 << UInt64(targetTokens[y]) }
                    }
                    guard sMask != 0 else { continue }
                    let cell = rowOffset[i] + j - columnStart[i]
                    sourceMasks[cell] = sMask; targetMasks[cell] = tMask
                    sourceWeights[cell] = Self.sum(UnsafeBufferPointer(start: sourceTokenWeights.base, count: sourceTokenWeights.count),
                                                   from: source.tokenStart[i], mask: sMask)
                    targetWeights[cell] = Self.sum(UnsafeBufferPointer(start: targetTokenWeights.base, count: targetTokenWeights.count),
                                                   from: target.tokenStart[j], mask: tMask)
                }
            }
        }
        sourceMask = sourceMasks.array; targetMask = targetMasks.array
        sourceWeight = sourceWeights.array; targetWeight = targetWeights.array
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
    /// Log probability that a deletion continues a run of deletions on the same side.
    var logExtend: Double = log(0.5)
    /// Source and target tokens both count a match, so one link is counted twice; halving the
    /// lexical evidence keeps it on the scale of the length and shape terms.
    static let lexicalWeight = 0.5
    /// Share of log(bead side size) a matched token pays in a many-sentence bead.
    static let mergeCost = 0.5
    /// Lexical evidence (before `lexicalWeight`) a sentence of a many-sentence side loses
    /// when none of its tokens matches the other side: otherwise an unrelated sentence (a
    /// caption) joins a bead for free, its unmatched words costing nothing.
    static let unmatchedMemberCost: Float = 4

    /// log erfc(x) for x ≥ 0 by Abramowitz and Stegun 7.1.26 (absolute error < 1.5e-7 on
    /// erfc): erfc(x) ≈ t·P(t)·exp(-x²), t = 1/(1 + 0.3275911x), so its log needs one log and
    /// no exp; libm's erfc was a tenth of the search time. Floored at log(1e-12) like before.
    @inline(__always)
    static func logErfc(_ x: Double) -> Double {
        let t = 1 / (1 + 0.3275911 * x)
        let polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
        return max(log(polynomial) - x * x, -27.631)
    }

    /// log P(|δ| ≥ observed) under Gale and Church's normal model of length differences.
    @inline(__always)
    func lengthScore(_ sourceLength: Int, _ targetLength: Int) -> Double {
        let mean = (Double(sourceLength) + Double(targetLength) / lengthRatio) / 2
        let delta = (Double(targetLength) - Double(sourceLength) * lengthRatio) / (max(mean, 1) * lengthVariance).squareRoot()
        return Self.logErfc(abs(delta) / 2.squareRoot())
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

    /// Raw copies of the arrays `beadScore` reads, so the innermost loop does no bounds checks
    /// and no reference counting: it runs some ten million times on a 50,000-sentence text.
    private struct Tables: @unchecked Sendable {  // read-only once built; freed after the passes
        let sourceMask, targetMask: UnsafeMutableBufferPointer<UInt64>
        let sourceWeight, targetWeight, sourceTokenWeights, targetTokenWeights: UnsafeMutableBufferPointer<Float>
        let columnStart, columnEnd, cellRow, sourceTokenStart, targetTokenStart, sourceChars, targetChars: UnsafeMutableBufferPointer<Int>
        let shapeSource, shapeTarget: UnsafeMutableBufferPointer<Int>
        let logPrior, logSize: UnsafeMutableBufferPointer<Double>

        init(_ search: BeadSearch) {
            func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
                let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
                _ = buffer.initialize(from: array)
                return buffer
            }
            func prefixSums(_ lengths: [Int]) -> [Int] {
                var sums = [0]; sums.reserveCapacity(lengths.count + 1)
                for length in lengths { sums.append(sums.last! + length) }
                return sums
            }
            let cells = search.cells
            sourceMask = copy(cells.sourceMask); targetMask = copy(cells.targetMask)
            sourceWeight = copy(cells.sourceWeight); targetWeight = copy(cells.targetWeight)
            sourceTokenWeights = copy(search.source.tokenWeights); targetTokenWeights = copy(search.target.tokenWeights)
            columnStart = copy(cells.columnStart); columnEnd = copy(cells.columnEnd); cellRow = copy(cells.rowOffset)
            sourceTokenStart = copy(search.source.tokenStart); targetTokenStart = copy(search.target.tokenStart)
            sourceChars = copy(prefixSums(search.source.charLengths)); targetChars = copy(prefixSums(search.target.charLengths))
            shapeSource = copy(search.model.shapes.map(\.source)); shapeTarget = copy(search.model.shapes.map(\.target))
            logPrior = copy(search.model.logPrior)
            logSize = copy((0...8).map { $0 == 0 ? 0 : log(Double($0)) })
        }

        func deallocate() {
            for buffer in [sourceMask, targetMask] { buffer.deallocate() }
            for buffer in [sourceWeight, targetWeight, sourceTokenWeights, targetTokenWeights] { buffer.deallocate() }
            for buffer in [columnStart, columnEnd, cellRow, sourceTokenStart, targetTokenStart, sourceChars, targetChars, shapeSource, shapeTarget] { buffer.deallocate() }
            logPrior.deallocate(); logSize.deallocate()
        }

        @inline(__always)
        func cell(_ i: Int, _ j: Int) -> Int {
            j >= columnStart[i] && j < columnEnd[i] ? cellRow[i] + j - columnStart[i] : -1
        }
    }

    /// The bead of `shape` ending after source sentence i and target sentence j: its score when
    /// it opens (or is not) a deletion run, and when it extends one.
    @inline(__always)
    private func beadScore(_ i: Int, _ j: Int, _ shape: Int, _ tables: Tables) -> (open: Double, extend: Double) {
        let a = tables.shapeSource[shape], b = tables.shapeTarget[shape]
        // Gale and Church score a deletion like any bead, with the other side's length 0:
        // dropping a long sentence costs more than dropping a heading.
        let length = model.lengthScore(tables.sourceChars[i] - tables.sourceChars[i - a],
                                       tables.targetChars[j] - tables.targetChars[j - b]) * model.lengthWeight
        if a == 0 || b == 0 { return (tables.logPrior[shape] + length, model.logExtend + length / 2) }
        var lexical: Float = 0
        if a == 1 && b == 1 {
            let cell = tables.cell(i - 1, j - 1)
            if cell >= 0 { lexical = tables.sourceWeight[cell] + tables.targetWeight[cell] }
        } else {
            // Every matched token pays a share of log(size of the other side): in a bigger bead
            // a chance match is likelier. Half, because a true match is likelier too: the
            // token's counterpart is somewhere in the bead.
            let logA = Float(tables.logSize[a] * BeadModel.mergeCost), logB = Float(tables.logSize[b] * BeadModel.mergeCost)
            for s in (i - a)..<i {
                var mask: UInt64 = 0
                for t in (j - b)..<j { let cell = tables.cell(s, t); if cell >= 0 { mask |= tables.sourceMask[cell] } }
                if mask != 0 {
                    lexical += BitextCells.sum(UnsafeBufferPointer(tables.sourceTokenWeights), from: tables.sourceTokenStart[s], mask: mask)
                        - Float(mask.nonzeroBitCount) * logB
                } else if a > 1 {
                    lexical -= BeadModel.unmatchedMemberCost
                }
            }
            for t in (j - b)..<j {
                var mask: UInt64 = 0
                for s in (i - a)..<i { let cell = tables.cell(s, t); if cell >= 0 { mask |= tables.targetMask[cell] } }
                if mask != 0 {
                    lexical += BitextCells.sum(UnsafeBufferPointer(tables.targetTokenWeights), from: tables.targetTokenStart[t], mask: mask)
                        - Float(mask.nonzeroBitCount) * logA
                } else if b > 1 {
                    lexical -= BeadModel.unmatchedMemberCost
                }
            }
        }
        let score = tables.logPrior[shape] + Double(lexical) * BeadModel.lexicalWeight + length
        return (score, score)
    }

    /// `posteriors: false` runs Viterbi only (every bead then scores 1): the first pass of
    /// `BitextAligner` needs the path, not the probabilities.
    ///
    /// A bead's score depends on its two spans only, not on the path into it, so every bead of
    /// the band is scored first, rows spread over the cores; the forward (Viterbi and sums) and
    /// backward passes then only read those scores and run side by side.
    func run(posteriors: Bool) -> [Bead] {
        let n = band.rows
        var offsets = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offsets[i + 1] = offsets[i] + band.hi[i] - band.lo[i] + 1 }
        let rowOffset = offsets
        let states = rowOffset[n + 1], shapeCount = model.shapes.count
        // Layer a shape leads into: 1 for 0-1, 2 for 1-0, 0 otherwise.
        let layerOf = model.shapes.map { $0.source == 0 ? 1 : ($0.target == 0 ? 2 : 0) }
        let layers = 3
        let tables = Tables(self)
        // Transition scores into each state (opening score for deletions) and the extension
        // score of the deletion shape leading into it.
        let incoming = SharedBuffer<Float>(repeating: -.infinity, count: states * shapeCount)
        let extend = SharedBuffer<Float>(repeating: -.infinity, count: states * shapeCount)
        defer { tables.deallocate(); incoming.deallocate(); extend.deallocate() }
        ParallelRows.forEach(n + 1) { [self] rows in
            for i in rows {
                for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                    let state = rowOffset[i] + j - band.lo[i]
                    for shape in 0..<shapeCount {
                        let (a, b) = model.shapes[shape]
                        let pi = i - a, pj = j - b
                        guard pi >= 0, pj >= 0, pj >= band.lo[pi], pj <= band.hi[pi] else { continue }
                        let (open, extended) = beadScore(i, j, shape, tables)
                        incoming[state * shapeCount + shape] = Float(open)
                        if layerOf[shape] != 0 { extend[state * shapeCount + shape] = Float(extended) }
                    }
                }
            }
        }

        let viterbi = SharedBuffer<Double>(repeating: -.infinity, count: states * layers)
        let forward = SharedBuffer<Double>(repeating: -.infinity, count: posteriors ? states * layers : 0)
        // Best (shape, previous layer) into each state and layer, packed as shape * 3 + layer.
        let back = SharedBuffer<UInt8>(repeating: 0, count: states * layers)
        // Over all layers of a finished state: best Viterbi score and its layer, forward sum.
        // An aligned bead scores the same whatever layer it leaves from, so it reads these.
        let bestAll = SharedBuffer<Double>(repeating: -.infinity, count: states)
        let bestLayer = SharedBuffer<UInt8>(repeating: 0, count: states)
        let forwardAll = SharedBuffer<Double>(repeating: -.infinity, count: posteriors ? states : 0)
        let backward = SharedBuffer<Double>(repeating: -.infinity, count: posteriors ? states * layers : 0)
        defer { for buffer in [viterbi, forward, bestAll, forwardAll, backward] { buffer.deallocate() }; back.deallocate(); bestLayer.deallocate() }

        let forwardPass: @Sendable () -> Void = { [self] in
            viterbi[0] = 0; bestAll[0] = 0
            if posteriors { forward[0] = 0; forwardAll[0] = 0 }
            for i in 0...n {
                for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                    let state = rowOffset[i] + j - band.lo[i]
                    for shape in 0..<shapeCount {
                        // The scoring pass set a score for exactly the transitions from inside
                        // the band (and none can score −∞ and matter).
                        let score = incoming[state * shapeCount + shape]
                        guard score > -.infinity else { continue }
                        let (a, b) = model.shapes[shape]
                        let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
                        guard bestAll[previous] > -.infinity else { continue }
                        let open = Double(score)
                        let layer = layerOf[shape], into = state * layers + layer
                        if layer == 0 {
                            let value = bestAll[previous] + open
                            if value > viterbi[into] { viterbi[into] = value; back[into] = UInt8(shape * 3) + bestLayer[previous] }
                            if posteriors { forward[into] = Self.logAdd(forward[into], forwardAll[previous] + open) }
                        } else {
                            let extended = Double(extend[state * shapeCount + shape])
                            for from in 0..<layers {
                                let value = viterbi[previous * layers + from] + (from == layer ? extended : open)
                                if value > viterbi[into] { viterbi[into] = value; back[into] = UInt8(shape * 3 + from) }
                            }
                            if posteriors {
                                let others = Self.logAdd(forward[previous * layers], forward[previous * layers + 3 - layer])
                                forward[into] = Self.logAdd(forward[into], Self.logAdd(forward[previous * layers + layer] + extended, others + open))
                            }
                        }
                    }
                    for layer in 0..<layers where viterbi[state * layers + layer] > bestAll[state] {
                        bestAll[state] = viterbi[state * layers + layer]; bestLayer[state] = UInt8(layer)
                    }
                    if posteriors {
                        forwardAll[state] = Self.logAdd(forward[state * layers], Self.logAdd(forward[state * layers + 1], forward[state * layers + 2]))
                    }
                }
            }
        }
        // Backward sums, pulled from each state's successors. A transition out of a state no
        // path reaches gets a sum too; it never meets a finite forward sum, so no posterior
        // reads it.
        let backwardPass: @Sendable () -> Void = { [self] in
            for layer in 0..<layers { backward[(states - 1) * layers + layer] = 0 }
            for i in stride(from: n, through: 0, by: -1) {
                for j in stride(from: band.hi[i], through: band.lo[i], by: -1) where i < n || j < band.hi[n] {
                    let state = rowOffset[i] + j - band.lo[i]
                    var aligned = -Double.infinity
                    var open1 = -Double.infinity, open2 = -Double.infinity, extended1 = -Double.infinity, extended2 = -Double.infinity
                    for shape in 0..<shapeCount {
                        let (a, b) = model.shapes[shape]
                        let ni = i + a, nj = j + b
                        guard ni <= n, nj >= band.lo[ni], nj <= band.hi[ni] else { continue }
                        let next = rowOffset[ni] + nj - band.lo[ni]
                        let score = incoming[next * shapeCount + shape]
                        guard score > -.infinity else { continue }
                        let layer = layerOf[shape]
                        let after = backward[next * layers + layer]
                        switch layer {
                        case 0: aligned = Self.logAdd(aligned, after + Double(score))
                        case 1:
                            open1 = Self.logAdd(open1, after + Double(score))
                            extended1 = Self.logAdd(extended1, after + Double(extend[next * shapeCount + shape]))
                        default:
                            open2 = Self.logAdd(open2, after + Double(score))
                            extended2 = Self.logAdd(extended2, after + Double(extend[next * shapeCount + shape]))
                        }
                    }
                    backward[state * layers] = Self.logAdd(aligned, Self.logAdd(open1, open2))
                    backward[state * layers + 1] = Self.logAdd(aligned, Self.logAdd(extended1, open2))
                    backward[state * layers + 2] = Self.logAdd(aligned, Self.logAdd(open1, extended2))
                }
            }
        }
        if posteriors { ParallelRows.both(forwardPass, backwardPass) } else { forwardPass() }

        let total = posteriors ? forwardAll[states - 1] : 0
        var layer = Int(bestLayer[states - 1])
        var beads: [Bead] = []
        var i = n, j = band.hi[n]
        while i > 0 || j > 0 {
            let state = rowOffset[i] + j - band.lo[i]
            let packed = Int(back[state * layers + layer])
            let shape = packed / 3, from = packed % 3
            let (a, b) = model.shapes[shape]
            var posterior = 1.0
            if posteriors {
                let previous = rowOffset[i - a] + (j - b) - band.lo[i - a]
                let score = Double(layer != 0 && from == layer ? extend[state * shapeCount + shape] : incoming[state * shapeCount + shape])
                posterior = exp(forward[previous * layers + from] + score + backward[state * layers + layer] - total)
            }
            beads.append(Bead(source: Array((i - a)..<i), target: Array((j - b)..<j), score: min(1, max(0, posterior))))
            i -= a; j -= b; layer = from
        }
        return beads.reversed()
    }

    @inline(__always)
    static func logAdd(_ x: Double, _ y: Double) -> Double {
        // Past a difference of 40 the smaller term changes the sum by under e^-40: most sums
        // on a long text are such, and skip exp and log1p.
        let difference = x - y
        if difference > 40 || y == -.infinity { return x }
        if difference < -40 || x == -.infinity { return y }
        return x > y ? x + log1p(exp(-difference)) : y + log1p(exp(difference))
    }
}
