/// Scores recognised and linked mentions against a reference annotation (the seed gold).
///
/// * **Flat mention scores**: reference mentions marked nested are dropped; a prediction matches
///   when document, sentence, span and type (PER/LOC/ORG/FAC/DATE) are all equal. Predicted
///   nested mentions are dropped too. Lenient scores count a prediction as right when it overlaps
///   a reference mention of the same type in the same sentence (each reference used once).
/// * **B-cubed**: over the reference mentions (nested ones included) that have a predicted mention
///   with exactly the same span; each such mention's reference cluster is its gold id, its
///   predicted cluster its canonical entity id. Precision of a mention = |pred ∩ gold| / |pred|,
///   recall = |pred ∩ gold| / |gold|, both restricted to the matched mentions, averaged over them.
public enum EntityEvaluation {
    public struct Item: Hashable, Sendable {
        public var document: String
        public var sentence: Int
        public var span: TextSpan
        public var tag: String
        /// Gold id or predicted entity id (for B-cubed); ignored by the mention scores.
        public var cluster: String
        public var nested: Bool
        public var language: String
        public init(document: String, sentence: Int, span: TextSpan, tag: String, cluster: String, nested: Bool, language: String) {
            self.document = document; self.sentence = sentence; self.span = span; self.tag = tag
            self.cluster = cluster; self.nested = nested; self.language = language
        }
        var key: String { "\(document)#\(sentence)@\(span.start)-\(span.end)" }
    }

    public struct Scores: Sendable, Equatable, CustomStringConvertible {
        public var truePositives: Int
        public var predicted: Int
        public var reference: Int
        public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        public var recall: Double { reference == 0 ? 1 : Double(truePositives) / Double(reference) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var description: String {
            func f(_ x: Double) -> String { String(Int((x * 1000).rounded())).leftPadded(4) }
            return "P \(f(precision))‰ R \(f(recall))‰ F1 \(f(f1))‰ (\(truePositives)/\(predicted)/\(reference))"
        }
    }

    public static func flat(predicted: [Item], reference: [Item], lenient: Bool = false) -> Scores {
        let p = predicted.filter { !$0.nested }, g = reference.filter { !$0.nested }
        if !lenient {
            let gold = Set(g.map { "\($0.key)|\($0.tag)" })
            let hits = Set(p.map { "\($0.key)|\($0.tag)" }).intersection(gold).count
            return Scores(truePositives: hits, predicted: p.count, reference: g.count)
        }
        var used = Set<Int>()
        var hits = 0
        for item in p {
            if let match = g.indices.first(where: { !used.contains($0) && g[$0].document == item.document && g[$0].sentence == item.sentence
                && g[$0].tag == item.tag && g[$0].span.start < item.span.end && item.span.start < g[$0].span.end }) {
                used.insert(match); hits += 1
            }
        }
        return Scores(truePositives: hits, predicted: p.count, reference: g.count)
    }

    public struct BCubed: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var matched: Int
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public static func bcubed(predicted: [Item], reference: [Item]) -> BCubed {
        var predictedBySpan: [String: String] = [:]
        for item in predicted { predictedBySpan[item.key] = item.cluster }
        let pairs: [(gold: String, pred: String)] = reference.compactMap { g in predictedBySpan[g.key].map { (g.cluster, $0) } }
        guard !pairs.isEmpty else { return BCubed(precision: 0, recall: 0, matched: 0) }
        var byGold: [String: [Int]] = [:], byPred: [String: [Int]] = [:]
        for (i, pair) in pairs.enumerated() { byGold[pair.gold, default: []].append(i); byPred[pair.pred, default: []].append(i) }
        var precision = 0.0, recall = 0.0
        for pair in pairs {
            let g = byGold[pair.gold]!, p = byPred[pair.pred]!
            let both = Double(p.filter { pairs[$0].gold == pair.gold }.count)
            precision += both / Double(p.count)
            recall += both / Double(g.count)
        }
        return BCubed(precision: precision / Double(pairs.count), recall: recall / Double(pairs.count), matched: pairs.count)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
