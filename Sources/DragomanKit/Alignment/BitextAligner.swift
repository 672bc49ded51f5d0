import Foundation

/// One step of a sentence alignment: consecutive source sentences `source` translate the
/// consecutive target sentences `target` (either may be empty: a sentence with no counterpart).
/// `score` is the bead's posterior probability under the aligner's model, in [0, 1].
public struct Bead: Hashable, Sendable {
    public var source: [Int]
    public var target: [Int]
    public var score: Double

    public init(source: [Int], target: [Int], score: Double) {
        self.source = source; self.target = target; self.score = score
    }
}

/// Aligns the sentences of a text with those of its translation (a parallel bitext), without
/// a neural model.
///
/// Evidence, per bead of up to three sentences a side:
/// - lexical: a source token is matched when a dictionary translation of its Snowball stem, the
///   token itself (numbers, names), or a word with the same four-letter prefix (cognates)
///   occurs in the target side, and vice versa. A match is worth log(q/p) nats, p being the
///   chance that the token matches a random sentence, so rare words weigh most and function
///   words almost nothing; a bead of k sentences charges log k per match for its extra chances;
/// - length: Gale and Church's normal model of character-length differences;
/// - shape: a prior per bead shape (1-1, 1-2, 0-1…).
///
/// A first pass aligns with the dictionary alone. As hunalign's `-realign` does, a second pass
/// then learns word translations from that pass's confident beads (stems that co-occur
/// repeatedly across beads), re-estimates the shape priors and the length model from the
/// bitext itself, and aligns again.
///
/// Search is dynamic programming over a band of the lattice, never the full n × m matrix once
/// the texts are long: the band comes from a coarse-to-fine block search (`BitextCoarseSearch`),
/// so time and memory grow linearly with the length of the texts. Every bead's score is its
/// posterior probability from forward–backward over the same band.
public struct BitextAligner: Sendable {
    public struct Options: Sendable {
        /// Largest number of sentences on one side of a bead. Shapes with at most maxBeadSide + 1
        /// sentences in all are searched, plus 2-2: with 4, 1-4, 4-1, 2-3, 3-2, 1-3, 3-1, 2-2…
        public var maxBeadSide = 4
        /// Learn translations, shape priors and length model from a first pass, then realign.
        public var realign = true
        /// Texts whose lattice has at most this many states are searched in full.
        public var fullSearchLimit = 1_500_000
        /// Half-width, in sentences, of the first pass's band around the coarse block path.
        public var coarseFinalWidth = 8
        /// Half-width, in sentences, of the second pass's band around the first pass's path.
        public var bandWidth = 6
        /// Half-width, in blocks, of the bands at the coarse levels.
        public var coarseBandWidth = 3

        public init() {}
    }

    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    public let options: Options
    /// Source stem → target stems.
    private let translations: [String: [String]]

    /// `lexicon` may run in either direction (a German–French aligner can take fra-deu); `nil`
    /// aligns on cognates, names, numbers and lengths only. For a same-language pair identical
    /// stems match as if an identity dictionary were given.
    public init(lexicon: BilingualLexicon?, sourceLanguage: LanguageCode, targetLanguage: LanguageCode, options: Options = .init()) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.options = options
        var table: [String: [String]] = [:]
        if var lexicon {
            if lexicon.sourceLanguage == targetLanguage && lexicon.targetLanguage == sourceLanguage && sourceLanguage != targetLanguage {
                lexicon = lexicon.reversed()
            }
            let stemmed = lexicon.stemmed(source: SnowballStemmer(language: sourceLanguage), target: SnowballStemmer(language: targetLanguage))
            for entry in stemmed.entries { table[entry.source, default: []].append(entry.target) }
        }
        translations = table
    }

    public func align(source: [String], target: [String]) -> [Bead] {
        let n = source.count, m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: [$0], target: [], score: 1) } + (0..<m).map { Bead(source: [], target: [$0], score: 1) }
        }
        var builder = BitextFeatureBuilder(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                           translations: translations, sameLanguage: sourceLanguage == targetLanguage)
        let sourceTokens = builder.tokenize(source, language: sourceLanguage, asSource: true)
        let targetTokens = builder.tokenize(target, language: targetLanguage, asSource: false)
        let sourceKeys = BitextFeatureBuilder.typeKeys(sourceTokens, asSource: true)
        let targetKeys = BitextFeatureBuilder.typeKeys(targetTokens, asSource: false)
        let targetFrequency = BitextFeatureBuilder.documentFrequency(targetTokens, typeKeys: targetKeys, keyCount: builder.keys.count)
        let targetSide = BitextFeatureBuilder.side(targetTokens, typeKeys: targetKeys,
            otherDocumentFrequency: BitextFeatureBuilder.documentFrequency(sourceTokens, typeKeys: sourceKeys, keyCount: builder.keys.count), otherCount: n)
        var sourceSide = BitextFeatureBuilder.side(sourceTokens, typeKeys: sourceKeys, otherDocumentFrequency: targetFrequency, otherCount: m)

        let fullSearch = (n + 1) * (m + 1) <= options.fullSearchLimit
        var band = fullSearch ? BitextBand.full(n, m)
            : BitextCoarseSearch.band(source: sourceSide, target: targetSide, keyCount: builder.keys.count, topSize: 64,
                                      width: options.coarseBandWidth, finalWidth: options.coarseFinalWidth)
        let fullModel = Self.initialModel(maxSide: options.maxBeadSide, source: sourceSide, target: targetSide)
        guard options.realign else { return search(sourceSide, targetSide, band: band, model: fullModel, posteriors: true) }

        // First pass: dictionary evidence only, common shapes only, best path only.
        let firstModel = Self.initialModel(maxSide: min(2, options.maxBeadSide), source: sourceSide, target: targetSide)
        let first = search(sourceSide, targetSide, band: band, model: firstModel, posteriors: false)
        let learned = learnTranslations(from: first, source: sourceSide, target: targetSide, keys: &builder.keys)
        var finalTarget = targetSide
        if !learned.isEmpty {
            // Learned links change which keys the source side looks for, and so the chance
            // rates behind every token weight on both sides.
            let learnedKeys = BitextFeatureBuilder.typeKeys(sourceTokens, asSource: true, extra: learned)
            sourceSide = BitextFeatureBuilder.side(sourceTokens, typeKeys: learnedKeys, otherDocumentFrequency: targetFrequency, otherCount: m)
            finalTarget = BitextFeatureBuilder.side(targetTokens, typeKeys: targetKeys,
                otherDocumentFrequency: BitextFeatureBuilder.documentFrequency(sourceTokens, typeKeys: learnedKeys, keyCount: builder.keys.count), otherCount: n)
        }
        let model = Self.reestimate(fullModel, from: first, searched: firstModel.shapes, source: sourceSide, target: finalTarget)
        if !fullSearch {
            // The first pass's path is far more precise than the coarse one: narrow the band.
            var path: [(Int, Int)] = [(0, 0)]
            for bead in first { path.append((path.last!.0 + bead.source.count, path.last!.1 + bead.target.count)) }
            band = .around(path: path, scale: 1, rows: n, columns: m, width: options.bandWidth)
        }
        let result = search(sourceSide, finalTarget, band: band, model: model, posteriors: true)
        return result
    }

    private func search(_ source: BitextSide, _ target: BitextSide, band: BitextBand, model: BeadModel, posteriors: Bool) -> [Bead] {
        let maxSide = model.shapes.reduce(0) { max($0, $1.source, $1.target) }
        let cells = BitextCells(source: source, target: target, band: band, maxSide: maxSide)
        return BeadSearch(source: source, target: target, cells: cells, band: band, model: model).run(posteriors: posteriors)
    }

    // MARK: - Model

    static func shapes(maxSide: Int) -> [(source: Int, target: Int)] {
        var shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1)]
        for a in 1...max(1, maxSide) {
            for b in 1...max(1, maxSide) where (a, b) != (1, 1) && (a + b <= maxSide + 1 || (a == 2 && b == 2)) { shapes.append((a, b)) }
        }
        return shapes
    }

    /// Shape probabilities close to Gale and Church's (1-1 ≈ 0.89, 1-2/2-1 ≈ 0.09, 2-2 ≈ 0.01,
    /// deletions ≈ 0.01), with a little mass for 1-3/3-1; the second pass re-estimates them.
    static func prior(_ shape: (source: Int, target: Int)) -> Double {
        switch (shape.source, shape.target) {
        case (1, 1): return 0.85
        case (1, 0), (0, 1): return 0.01
        case (1, 2), (2, 1): return 0.045
        case (2, 2): return 0.01
        case (1, 3), (3, 1): return 0.005
        case (2, 3), (3, 2), (1, 4), (4, 1): return 0.002
        default: return 0.001
        }
    }

    static func initialModel(maxSide: Int, source: BitextSide, target: BitextSide) -> BeadModel {
        let shapes = shapes(maxSide: maxSide)
        let ratio = Double(max(1, target.charLengths.reduce(0, +))) / Double(max(1, source.charLengths.reduce(0, +)))
        // Gale and Church measured a variance of 6.8 per character.
        return BeadModel(shapes: shapes, logPrior: shapes.map { log(prior($0)) }, lengthRatio: ratio, lengthVariance: 6.8)
    }

    /// Shape priors from the first pass's bead counts (smoothed towards the initial priors) and
    /// the length model from its 1-1 beads. Shapes the first pass did not search keep their
    /// initial prior; the counted shapes share the rest of the mass.
    static func reestimate(_ model: BeadModel, from result: [Bead], searched: [(source: Int, target: Int)], source: BitextSide, target: BitextSide) -> BeadModel {
        var model = model
        let pseudo = 20.0
        let isSearched = model.shapes.map { shape in searched.contains { $0 == shape } }
        var counts = model.shapes.map { pseudo * prior($0) }
        var sourceTotal = 0.0, targetTotal = 0.0
        var pairs: [(Double, Double)] = []
        for bead in result {
            if let index = model.shapes.firstIndex(where: { $0.source == bead.source.count && $0.target == bead.target.count }) { counts[index] += 1 }
            if bead.source.count == 1, bead.target.count == 1 {
                let ls = Double(source.charLengths[bead.source[0]]), lt = Double(target.charLengths[bead.target[0]])
                pairs.append((ls, lt)); sourceTotal += ls; targetTotal += lt
            }
        }
        let initialTotal = model.shapes.reduce(0) { $0 + prior($1) }
        let unsearchedMass = zip(model.shapes, isSearched).reduce(0) { $0 + ($1.1 ? 0 : prior($1.0) / initialTotal) }
        let countedTotal = zip(counts, isSearched).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        model.logPrior = model.shapes.indices.map { index in
            isSearched[index] ? log(counts[index] / countedTotal * (1 - unsearchedMass)) : log(prior(model.shapes[index]) / initialTotal)
        }
        if pairs.count >= 20 {
            let ratio = targetTotal / sourceTotal
            var variance = 0.0
            for (ls, lt) in pairs {
                let mean = max(1, (ls + lt / ratio) / 2)
                variance += (lt - ls * ratio) * (lt - ls * ratio) / mean
            }
            model.lengthRatio = ratio
            model.lengthVariance = min(40, max(2, variance / Double(pairs.count)))
        }
        return model
    }

    // MARK: - Learning translations from the bitext

    /// Stems that keep appearing in the same 1-1 beads of the first pass are taken as translations of each
    /// other: Dice(s, t) = 2·c(s,t) / (c(s) + c(t)) over the beads, at least two co-occurrences,
    /// the three best partners per source stem. Returns source stem → extra target keys.
    func learnTranslations(from result: [Bead], source: BitextSide, target: BitextSide, keys: inout BitextKeys) -> [String: [UInt32]] {
        var confident = result.indices.filter { index in
            let bead = result[index]
            // 1-1 beads only: in a 1-2 bead half the co-occurrences are with the wrong sentence.
            return bead.source.count == 1 && bead.target.count == 1
        }
        // Learning cost is per bead; a few thousand beads spread over the text teach enough.
        let limit = 3000
        if confident.count > limit {
            let step = Double(confident.count) / Double(limit)
            confident = (0..<limit).map { confident[Int(Double($0) * step)] }
        }
        guard confident.count >= 5 else { return [:] }
        // Token types that share a stem ("Berg", "Berge") are one stem here; numbering stems in
        // order of first type keeps the result independent of hashing order.
        func stemNumbers(_ side: BitextSide) -> (ofType: [Int32], stems: [String]) {
            var number: [String: Int32] = [:], stems: [String] = []
            let ofType = side.stems.map { stem -> Int32 in
                if let known = number[stem] { return known }
                number[stem] = Int32(stems.count); stems.append(stem)
                return Int32(stems.count - 1)
            }
            return (ofType, stems)
        }
        let sourceStems = stemNumbers(source), targetStems = stemNumbers(target)
        func types(_ side: BitextSide, _ numbers: [Int32], _ sentences: [Int]) -> [Int32] {
            var set = Set<Int32>()
            for s in sentences { for t in side.tokenStart[s]..<side.tokenStart[s + 1] { set.insert(numbers[Int(side.tokenStems[t])]) } }
            return Array(set)
        }
        var sourceCount: [Int32: Int] = [:], targetCount: [Int32: Int] = [:]
        var beadTypes: [([Int32], [Int32])] = []
        for index in confident {
            let s = types(source, sourceStems.ofType, result[index].source), t = types(target, targetStems.ofType, result[index].target)
            for x in s { sourceCount[x, default: 0] += 1 }
            for y in t { targetCount[y, default: 0] += 1 }
            beadTypes.append((s, t))
        }
        var joint: [Int64: Int32] = [:]
        for (s, t) in beadTypes {
            let s = s.filter { sourceCount[$0]! >= 2 }, t = t.filter { targetCount[$0]! >= 2 }
            for x in s { for y in t { joint[Int64(x) << 32 | Int64(y), default: 0] += 1 } }
        }
        var partners: [Int32: [(Int32, Double)]] = [:]
        for (pair, count) in joint where count >= 2 {
            let x = Int32(pair >> 32), y = Int32(truncatingIfNeeded: pair)
            let dice = 2 * Double(count) / Double(sourceCount[x]! + targetCount[y]!)
            if dice >= 0.5 { partners[x, default: []].append((y, dice)) }
        }
        var learned: [String: [UInt32]] = [:]
        for (x, list) in partners.sorted(by: { $0.key < $1.key }) {
            let best = list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3)
            learned[sourceStems.stems[Int(x)]] = best.map { keys.id(.stem, targetStems.stems[Int($0.0)]) }
        }
        return learned
    }
}
