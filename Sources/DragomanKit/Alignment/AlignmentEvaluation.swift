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
    /// on the candidate pairs not touching X, the threshold is the one with the best central F1
    /// on those training pairs, and the links X opens (X first in the pair) are kept; the union
    /// is scored against the whole gold. Tells how much fitting on the seed gold flatters the
    /// in-sample figure. Returns the fold calibrations and thresholds too.
    public static func leaveOneDocumentOut(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair],
                                           options: CorpusAligner.Options = .init()) -> (AlignmentEvaluation, [AlignmentCalibration]) {
        let (evaluation, folds) = leaveOneDocumentOutWithThresholds(documents: documents, lexicon: lexicon, gold: gold, options: options)
        return (evaluation, folds.map(\.calibration))
    }

    public static func leaveOneDocumentOutWithThresholds(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair],
                                                         options: CorpusAligner.Options = .init())
        -> (AlignmentEvaluation, [(calibration: AlignmentCalibration, threshold: Double)]) {
        let examples = labelledCandidates(documents: documents, lexicon: lexicon, gold: gold, options: options)
        var links: [SentenceLink] = [], folds: [(AlignmentCalibration, Double)] = []
        for document in documents {
            let training = examples.filter { $0.a != document.id && $0.b != document.id }
            let fitted = AlignmentCalibration.fit(training.compactMap { $0.label == .allowed ? nil : ($0.features, $0.label == .central) })
            let threshold = bestThreshold(training, calibration: fitted, options: options)
            folds.append((fitted, threshold))
            var fold = options; fold.calibration = fitted; fold.linkThreshold = threshold
            links += CorpusAligner(lexicon: lexicon, options: fold).align(documents).links.filter { $0.a.articleID == document.id }
        }
        return (AlignmentEvaluation(links: links, gold: gold), folds)
    }

    enum Label: String { case central, allowed, outside }

    /// A candidate pair of the aligner with its gold label.
    struct LabelledCandidate {
        var candidate: CorpusAligner.Candidate
        var label: Label
        var a: String, b: String
        var features: AlignmentFeatures { candidate.features }
    }

    /// The threshold (0.30…0.95 by 0.05) with the best central F1 over these candidate pairs.
    static func bestThreshold(_ examples: [LabelledCandidate], calibration: AlignmentCalibration,
                              options: CorpusAligner.Options) -> Double {
        let total = examples.filter { $0.label == .central }.count
        var best = (threshold: 0.6, f1: -1.0)
        // The aligner's margin rule, per pair of reports, under this calibration.
        var nearBest = [Bool](repeating: false, count: examples.count)
        let byPair = Dictionary(grouping: examples.indices) { Int64(examples[$0].candidate.d1) << 32 | Int64(examples[$0].candidate.d2) }
        for indices in byPair.values {
            let near = CorpusAligner.nearTheBest(indices.map { examples[$0].candidate }, margin: options.sameFactMargin) {
                options.allowsSameFact($0.features) ? calibration.probability($0.features) : nil
            }
            for (n, index) in indices.enumerated() { nearBest[index] = near[n] }
        }
        for step in 6...19 {
            let threshold = Double(step) * 0.05
            let kept = examples.indices.filter { nearBest[$0] && calibration.probability(examples[$0].features) >= threshold }.map { examples[$0] }
            let found = kept.filter { $0.label == .central }.count, right = kept.filter { $0.label != .outside }.count
            let f1 = Self.f1(kept.isEmpty ? 1 : Double(right) / Double(kept.count), total == 0 ? 1 : Double(found) / Double(total))
            if f1 > best.f1 { best = (threshold, f1) }
        }
        return best.threshold
    }

    /// Candidate pairs with their gold label (central same-fact, other gold pair, outside).
    static func labelledCandidates(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair], options: CorpusAligner.Options = .init())
        -> [LabelledCandidate] {
        let aligner = CorpusAligner(lexicon: lexicon, options: options)
        let evidence = CorpusEvidence(documents: documents, lexicon: lexicon)
        let byKey = Dictionary(gold.map { ("\($0.a)|\($0.b)", $0) }, uniquingKeysWith: { x, _ in x })
        return aligner.candidates(documents, evidence: evidence).map { c in
            let x = documents[c.d1].ref(c.i1), y = documents[c.d2].ref(c.i2)
            let key = x < y ? "\(x)|\(y)" : "\(y)|\(x)"
            let label: Label = byKey[key].map { $0.central && !$0.parallel ? .central : .allowed } ?? .outside
            return LabelledCandidate(candidate: c, label: label, a: x.articleID, b: y.articleID)
        }
    }

    /// Candidate pairs with labels: central gold pairs positive, pairs outside the gold negative,
    /// non-central gold pairs left out.
    public static func calibrationExamples(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair])
        -> [(features: AlignmentFeatures, positive: Bool, a: String, b: String)] {
        labelledCandidates(documents: documents, lexicon: lexicon, gold: gold).compactMap {
            $0.label == .allowed ? nil : ($0.features, $0.label == .central, $0.a, $0.b)
        }
    }

    /// The calibration fitted on all the gold and its best threshold (the in-sample figures).
    public static func fitted(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair],
                              options: CorpusAligner.Options = .init()) -> (calibration: AlignmentCalibration, threshold: Double) {
        let examples = labelledCandidates(documents: documents, lexicon: lexicon, gold: gold, options: options)
        let calibration = AlignmentCalibration.fit(examples.compactMap { $0.label == .allowed ? nil : ($0.features, $0.label == .central) })
        return (calibration, bestThreshold(examples, calibration: calibration, options: options))
    }
}

extension AlignmentEvaluation {
    /// Every candidate pair as one tab-separated row (documents, sentence indices, gold label,
    /// probability, features), header first: for studying the calibration outside Swift.
    public static func candidateTable(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, gold: [GoldPair],
                                      options: CorpusAligner.Options = .init()) -> [String] {
        let header = (["a", "i", "b", "j", "label", "p"] + AlignmentFeatures.names.dropLast() + ["translatable", "anchorsA", "anchorsB"]).joined(separator: "\t")
        let evidence = CorpusEvidence(documents: documents, lexicon: lexicon)
        // Each sentence's anchors with their idf ("LOC:moskva=0.76 …"), for studying the anchor feature.
        func anchors(_ d: Int, _ i: Int) -> String {
            evidence.sentences[d][i].anchors.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.2f", $0.value))" }.joined(separator: " ")
        }
        // Each content word of x with its weight and whether y matches it ("m"), could have ("r",
        // the dictionaries reach y's language) or could not ("u"), for studying word evidence.
        func words(_ x: SentenceEvidence, against y: SentenceEvidence) -> String {
            let bit: UInt64 = y.languageIndex < 64 ? 1 << UInt64(y.languageIndex) : 0
            return x.words.map { word in
                let state = word.keys.contains(where: y.offered.contains) ? "m" : (bit == 0 || word.reachable & bit != 0) ? "r" : "u"
                return evidence.keyNames[Int(word.stemKey)] + "|" + String(format: "%.2f", word.weight) + "|" + state
            }.joined(separator: " ")
        }
        return [header + "\twordsA\twordsB"] + labelledCandidates(documents: documents, lexicon: lexicon, gold: gold, options: options).map { row in
            let c = row.candidate
            let x = evidence.sentences[c.d1][c.i1], y = evidence.sentences[c.d2][c.i2]
            return ([row.a, String(c.i1), row.b, String(c.i2), row.label.rawValue, String(format: "%.4f", c.probability)]
                + (c.features.vector.dropLast() + [c.features.translatable]).map { String(format: "%.4f", $0) } + [anchors(c.d1, c.i1), anchors(c.d2, c.i2)]
                + [words(x, against: y), words(y, against: x)]).joined(separator: "\t")
        }
    }
}

extension AlignmentEvaluation {
    /// Statements against the gold: of the pairs of sentences from different reports that a
    /// statement puts together (what the TMX and the brief present as saying the same), how
    /// many the gold allows (any gold pair).
    public static func statementPairs(_ graph: AlignmentGraph, gold: [GoldPair]) -> (right: Int, total: Int) {
        let allowed = Set(gold.map { "\($0.a)|\($0.b)" })
        var right = 0, total = 0
        for statement in graph.statements {
            for (n, x) in statement.members.enumerated() {
                for y in statement.members[(n + 1)...] where x.articleID != y.articleID {
                    total += 1
                    if allowed.contains(x < y ? "\(x)|\(y)" : "\(y)|\(x)") { right += 1 }
                }
            }
        }
        return (right, total)
    }
}

extension AlignmentEvaluation {
    /// Why two sentences score as they do: each content word with its weight and, after `=`, the
    /// keys of it that the other sentence offers (`s` stem, `c` cognate prefix, `p` English
    /// pivot, `n` number), or after `-` its English pivot keys, none of which matched. For
    /// studying missed and wrong links in the benchmarks.
    public static func explain(documents: [CorpusAlignDocument], lexicon: AlignmentLexicon, _ x: SentenceRef, _ y: SentenceRef) -> String {
        guard let d1 = documents.firstIndex(where: { $0.id == x.articleID }), let d2 = documents.firstIndex(where: { $0.id == y.articleID }),
              x.index < documents[d1].sentences.count, y.index < documents[d2].sentences.count else { return "unknown sentence" }
        let evidence = CorpusEvidence(documents: documents, lexicon: lexicon)
        let a = evidence.sentences[d1][x.index], b = evidence.sentences[d2][y.index]
        func words(_ s: SentenceEvidence, against other: SentenceEvidence) -> String {
            s.words.map { word in
                let name = evidence.keyNames[Int(word.stemKey)]
                let hits = word.keys.filter(other.offered.contains).map { evidence.keyNames[Int($0)] }
                let all = word.keys.map { evidence.keyNames[Int($0)] }.filter { $0.hasPrefix("p:") }
                return String(format: "%@(%.1f)%@", name, word.weight, hits.isEmpty ? "-" + all.joined(separator: "/") : "=" + hits.joined(separator: ","))
            }.joined(separator: " ")
        }
        let f = evidence.features(a, b)
        return "\(x): \(documents[d1].sentences[x.index])\n  \(words(a, against: b))\n\(y): \(documents[d2].sentences[y.index])\n  \(words(b, against: a))\n"
            + String(format: "  lexical %.2f containment %.2f anchors %.2f", f.lexical, f.containment, f.anchors)
            + " anchors \(a.anchors.keys.sorted()) | \(b.anchors.keys.sorted())"
    }
}
