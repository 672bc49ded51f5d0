/// The part of the alignment lattice the search visits: after consuming `i` source sentences
/// the search may have consumed `lo[i]...hi[i]` target sentences. Both bounds are
/// non-decreasing, `lo[0] == 0` and `hi[n] == m`, so a monotonic path from (0, 0) to (n, m)
/// always exists inside. Cost and memory are proportional to the band's area, which for a
/// banded search is linear in the text length.
struct BitextBand: Equatable {
    var lo: [Int]
    var hi: [Int]

    var rows: Int { lo.count - 1 }
    var columns: Int { hi.last ?? 0 }
    var area: Int { zip(lo, hi).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

    static func full(_ n: Int, _ m: Int) -> BitextBand {
        BitextBand(lo: Array(repeating: 0, count: n + 1), hi: Array(repeating: m, count: n + 1))
    }

    func contains(_ i: Int, _ j: Int) -> Bool { i >= 0 && i < lo.count && j >= lo[i] && j <= hi[i] }

    /// The band of half-width `width` around a monotonic corner path of a lattice whose rows and
    /// columns are `scale` times coarser than this one (scale 1: the same lattice).
    static func around(path: [(Int, Int)], scale: Int, rows n: Int, columns m: Int, width: Int) -> BitextBand {
        let coarseRows = (path.last?.0 ?? 0)
        var minColumn = Array(repeating: Int.max, count: coarseRows + 1)
        var maxColumn = Array(repeating: Int.min, count: coarseRows + 1)
        for (row, column) in path {
            minColumn[row] = min(minColumn[row], column)
            maxColumn[row] = max(maxColumn[row], column)
        }
        // Rows the path jumps over (inside a 2-1 bead) lie between their neighbours.
        for row in 0...coarseRows where minColumn[row] == Int.max {
            minColumn[row] = row > 0 ? maxColumn[row - 1] : 0
            maxColumn[row] = minColumn[row]
        }
        if coarseRows > 0 {
            for row in stride(from: coarseRows - 1, through: 0, by: -1) { maxColumn[row] = max(maxColumn[row], minColumn[row + 1]) }
        }
        var lo = Array(repeating: 0, count: n + 1), hi = Array(repeating: m, count: n + 1)
        for i in 0...n {
            // Fine row i lies between coarse rows floor(i/scale) and ceil(i/scale).
            let below = min(coarseRows, i / scale), above = min(coarseRows, (i + scale - 1) / scale)
            lo[i] = max(0, minColumn[below] * scale - width)
            hi[i] = min(m, (maxColumn[above] + 1) * scale - 1 + width)
        }
        // Anchored at both corners, monotone, and connected: every row must reach the next one
        // (lo[i] <= hi[i-1]), otherwise no path would cross it.
        lo[0] = 0; hi[n] = m
        if n > 0 {
            for i in 1...n { lo[i] = max(lo[i], lo[i - 1]); hi[i] = max(hi[i], hi[i - 1]) }
        }
        for i in 0...n { hi[i] = max(hi[i], lo[i]) }
        if n > 0 { for i in 1...n { lo[i] = min(lo[i], hi[i - 1]) } }
        return BitextBand(lo: lo, hi: hi)
    }
}

/// Finds a band for long texts without looking at the whole n × m lattice, as Vecalign does:
/// both texts are repeatedly halved into blocks of 2, 4, 8… sentences until the block lattice
/// is small; the block path is found there with a full search and then refined level by level,
/// each time searching only a narrow band around the coarser path. Blocks are compared by the
/// overlap of their match keys (cosine over key sets, minus the overlap of unrelated blocks).
enum BitextCoarseSearch {
    static func band(source: BitextSide, target: BitextSide, keyCount: Int, topSize: Int, width: Int, finalWidth: Int) -> BitextBand {
        var sourceLevels = [blocks(of: source, keyCount: keyCount)]
        var targetLevels = [blocks(of: target, keyCount: keyCount)]
        while max(sourceLevels.last!.count, targetLevels.last!.count) > topSize {
            sourceLevels.append(halve(sourceLevels.last!))
            targetLevels.append(halve(targetLevels.last!))
        }
        let top = sourceLevels.count - 1
        if top == 0 { return .full(source.count, target.count) }
        var band = BitextBand.full(sourceLevels[top].count, targetLevels[top].count)
        var level = top
        while true {
            let path = blockPath(sourceLevels[level], targetLevels[level], band: band)
            if level == 1 {
                return .around(path: path, scale: 2, rows: source.count, columns: target.count, width: finalWidth)
            }
            level -= 1
            band = .around(path: path, scale: 2, rows: sourceLevels[level].count, columns: targetLevels[level].count, width: width)
        }
    }

    /// Sorted distinct keys per sentence, leaving out keys found in more than 5% of sentences:
    /// they are in every block and only add cost and noise.
    private static func blocks(of side: BitextSide, keyCount: Int) -> [[UInt32]] {
        var frequency = [Int32](repeating: 0, count: keyCount)
        var result: [[UInt32]] = []
        result.reserveCapacity(side.count)
        for sentence in 0..<side.count {
            var keys: [UInt32] = []
            var previous: UInt32? = nil
            for index in side.keyStart[sentence]..<side.keyStart[sentence + 1] where side.keys[index] != previous {
                previous = side.keys[index]
                keys.append(side.keys[index])
                frequency[Int(side.keys[index])] += 1
            }
            result.append(keys)
        }
        let limit = Int32(max(3, side.count / 20))
        return result.map { $0.filter { frequency[Int($0)] <= limit } }
    }

    private static func halve(_ level: [[UInt32]]) -> [[UInt32]] {
        stride(from: 0, to: level.count, by: 2).map { index in
            index + 1 < level.count ? union(level[index], level[index + 1]) : level[index]
        }
    }

    private static func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(a.count + b.count)
        var x = 0, y = 0
        while x < a.count && y < b.count {
            if a[x] < b[y] { result.append(a[x]); x += 1 } else if a[x] > b[y] { result.append(b[y]); y += 1 } else { result.append(a[x]); x += 1; y += 1 }
        }
        result.append(contentsOf: a[x...]); result.append(contentsOf: b[y...])
        return result
    }

    private static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var x = 0, y = 0, common = 0
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                while x < a.count && y < b.count {
                    if a[x] < b[y] { x += 1 } else if a[x] > b[y] { y += 1 } else { common += 1; x += 1; y += 1 }
                }
            }
        }
        return Double(common) / Double(a.count * b.count).squareRoot()
    }

    /// Best monotonic corner path through the band: a diagonal step aligns two blocks and earns
    /// their similarity above chance; a horizontal or vertical step skips a block at a small cost.
    private static func blockPath(_ source: [[UInt32]], _ target: [[UInt32]], band: BitextBand) -> [(Int, Int)] {
        let n = source.count, m = target.count
        // Chance similarity: blocks far apart on the diagonal are unrelated.
        var chance = 0.0, samples = 0
        var generator = SplitMix64(seed: UInt64(n * 31 + m))
        for _ in 0..<min(200, n * m) {
            let i = Int(generator.next() % UInt64(n)), j = Int(generator.next() % UInt64(m))
            chance += similarity(source[i], target[j]); samples += 1
        }
        chance = samples > 0 ? chance / Double(samples) : 0
        let gap = 0.02
        var rowOffset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowOffset[i + 1] = rowOffset[i] + band.hi[i] - band.lo[i] + 1 }
        // The similarities of the diagonal steps do not depend on the path: computed first,
        // rows spread over the cores.
        let offsets = rowOffset
        let diagonal = SharedBuffer<Double>(repeating: 0, count: rowOffset[n + 1])
        defer { diagonal.deallocate() }
        ParallelRows.forEach(n + 1, minimumChunk: 64) { rows in
            for i in rows where i > 0 {
                for j in band.lo[i]...band.hi[i] where j > 0 && band.contains(i - 1, j - 1) {
                    diagonal[offsets[i] + j - band.lo[i]] = similarity(source[i - 1], target[j - 1])
                }
            }
        }
        var score = [Double](repeating: -.infinity, count: rowOffset[n + 1])
        var move = [UInt8](repeating: 0, count: rowOffset[n + 1])
        score[0] = 0
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                var best = -Double.infinity, bestMove: UInt8 = 0
                if i > 0, j > 0, band.contains(i - 1, j - 1) {
                    let value = score[rowOffset[i - 1] + j - 1 - band.lo[i - 1]] + diagonal[rowOffset[i] + j - band.lo[i]] - chance
                    if value > best { best = value; bestMove = 1 }
                }
                if i > 0, band.contains(i - 1, j) {
                    let value = score[rowOffset[i - 1] + j - band.lo[i - 1]] - gap
                    if value > best { best = value; bestMove = 2 }
                }
                if j > 0, j - 1 >= band.lo[i] {
                    let value = score[rowOffset[i] + j - 1 - band.lo[i]] - gap
                    if value > best { best = value; bestMove = 3 }
                }
                score[rowOffset[i] + j - band.lo[i]] = best
                move[rowOffset[i] + j - band.lo[i]] = bestMove
            }
        }
        var path: [(Int, Int)] = [(n, m)]
        var i = n, j = m
        while i > 0 || j > 0 {
            switch move[rowOffset[i] + j - band.lo[i]] {
            case 1: i -= 1; j -= 1
            case 2: i -= 1
            default: j -= 1
            }
            path.append((i, j))
        }
        return path.reversed()
    }
}
