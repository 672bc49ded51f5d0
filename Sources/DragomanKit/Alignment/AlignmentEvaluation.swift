import Foundation

/// Predicted links against gold sentence pairs (the seed gold's `pairs`, GOLD.md "Links").
///
/// - parallel: predicted `parallel` links vs gold pairs of kind parallel (kind must agree).
/// - same-fact (central): recall over the gold `central` pairs of kind same-fact, found by any
///   predicted link (a parallel link also claims the same fact); precision over all predicted
///   links, a link being right when its pair is anywhere in the gold (the allowed set: central
///   or not, either kind).
public struct AlignmentEvaluation: Sendable, CustomStringConvertible {
    public struct GoldPair: Hashable, Sendable {
        public var a: SentenceRef, b: SentenceRef
        public var parallel: Bool, central: Bool
        public init(_ x: SentenceRef, _ y: SentenceRef, parallel: Bool, central: Bool) {
            (a, b) = x < y ? (x, y) : (y, x); self.parallel = parallel; self.central = central
        }
    }

    public var parallelPrecision = 0.0, parallelRecall = 0.0
    public var centralRecall = 0.0, allowedPrecision = 0.0
    public var predicted = 0, correct = 0, centralFound = 0, centralTotal = 0
    public var missedCentral: [GoldPair] = []
    public var wrong: [SentenceLink] = []

    public var parallelF1: Double { Self.f1(parallelPrecision, parallelRecall) }
    public var centralF1: Double { Self.f1(allowedPrecision, centralRecall) }

    public init(links: [SentenceLink], gold: [GoldPair]) {
        let goldKeys = Dictionary(gold.map { ("\($0.a)|\($0.b)", $0) }, uniquingKeysWith: { x, _ in x })
        let predictedKeys = Set(links.map { "\($0.a)|\($0.b)" })
        let goldParallel = Set(gold.filter(\.parallel).map { "\($0.a)|\($0.b)" })
        let predictedParallel = Set(links.filter { $0.kind == .parallel }.map { "\($0.a)|\($0.b)" })
        let hitParallel = goldParallel.intersection(predictedParallel).count
        parallelPrecision = predictedParallel.isEmpty ? (goldParallel.isEmpty ? 1 : 0) : Double(hitParallel) / Double(predictedParallel.count)
        parallelRecall = goldParallel.isEmpty ? 1 : Double(hitParallel) / Double(goldParallel.count)
        let central = gold.filter { $0.central && !$0.parallel }
        centralTotal = central.count
        missedCentral = central.filter { !predictedKeys.contains("\($0.a)|\($0.b)") }
        centralFound = centralTotal - missedCentral.count
        centralRecall = centralTotal == 0 ? 1 : Double(centralFound) / Double(centralTotal)
        predicted = links.count
        wrong = links.filter { goldKeys["\($0.a)|\($0.b)"] == nil }
        correct = predicted - wrong.count
        allowedPrecision = predicted == 0 ? 1 : Double(correct) / Double(predicted)
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    public var description: String {
        String(format: "parallel P %.3f R %.3f F1 %.3f | central same-fact R %.3f (%d/%d), precision over allowed %.3f (%d/%d), F1 %.3f",
               parallelPrecision, parallelRecall, parallelF1, centralRecall, centralFound, centralTotal,
               allowedPrecision, correct, predicted, centralF1)
    }

    /// The gold pairs of `shared/seeds/gold.json`.
    public static func goldPairs(goldFile: URL) throws -> [GoldPair] {
        struct Member: Decodable { var doc: String; var index: Int }
        struct Pair: Decodable { var a: Member; var b: Member; var kind: String; var central: Bool }
        struct File: Decodable { var pairs: [Pair] }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: goldFile))
        return file.pairs.map {
            GoldPair(SentenceRef(articleID: $0.a.doc, index: $0.a.index), SentenceRef(articleID: $0.b.doc, index: $0.b.index),
                     parallel: $0.kind == "parallel", central: $0.central)
        }
    }
}

extension AlignmentEvaluation {
    /// Leave-one-document-out check of the calibration: for each report X, the weights are fitted
    /// on the candidate pairs not touching X and the links X opens (X first in the pair) are
    /// kept; the union is scored against the whole gold. Tells how much fitting on the seed
    /// gold flatters the in-sample figure.
    public static func leaveOneDocumentOut(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair],
                                           options: CorpusAligner.Options = .init()) -> (AlignmentEvaluation, [AlignmentCalibration]) {
        let examples = calibrationExamples(documents: documents, lexicon: lexicon, gold: gold)
        var links: [SentenceLink] = [], fits: [AlignmentCalibration] = []
        for document in documents {
            let fitted = AlignmentCalibration.fit(examples.filter { $0.a != document.id && $0.b != document.id }.map { ($0.features, $0.positive) })
            fits.append(fitted)
            var fold = options; fold.calibration = fitted
            links += CorpusAligner(lexicon: lexicon, options: fold).align(documents).links.filter { $0.a.articleID == document.id }
        }
        return (AlignmentEvaluation(links: links, gold: gold), fits)
    }

    /// Candidate pairs with labels: central gold pairs positive, pairs outside the gold negative,
    /// non-central gold pairs left out.
    public static func calibrationExamples(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair])
        -> [(features: AlignmentFeatures, positive: Bool, a: String, b: String)] {
        let aligner = CorpusAligner(lexicon: lexicon)
        let evidence = CorpusEvidence(documents: documents, lexicon: lexicon)
        let byKey = Dictionary(gold.map { ("\($0.a)|\($0.b)", $0) }, uniquingKeysWith: { x, _ in x })
        return aligner.candidates(documents, evidence: evidence).compactMap { c in
            let x = documents[c.d1].ref(c.i1), y = documents[c.d2].ref(c.i2)
            let key = x < y ? "\(x)|\(y)" : "\(y)|\(x)"
            if let pair = byKey[key] { return pair.central ? (c.features, true, x.articleID, y.articleID) : nil }
            return (c.features, false, x.articleID, y.articleID)
        }
    }
}
