import Foundation

/// Combines links into statements and applies the user's decisions.
///
/// Links are merged best first (confirmed, then parallel, then same-fact by score) with a
/// union-find. A merge is refused when the joined group would hold two sentences of one report
/// (unless a parallel or confirmed link brings in a sentence adjacent to one already there: a
/// 1-2 bead), a rejected pair, or (for a same-fact link) too few links between the two groups
/// (`mergeSupport`). Refused links stay in `links` (the pair-level evidence: one
/// sentence can say what two sentences of another report say); every statement is consistent,
/// so it is one row in every view and export. Statements have at least two members; a sentence
/// in none is unmatched.
public enum AlignmentStatements {
    /// - Parameter mergeThreshold: a proposed same-fact link joins statements only from this
    ///   score; weaker ones stay pair-level links. Parallel and confirmed links always join.
    /// - Parameter mergeSupport: a proposed same-fact link joins two groups only when at least
    ///   this share of the pairs between them (sentences of different reports) are links too:
    ///   one strong link from a broad sentence does not make two facts one statement.
    public static func build(links proposed: [SentenceLink], documents: [CorpusAlignDocument], decisions: AlignmentDecisions,
                             mergeThreshold: Double = 0, mergeSupport: Double = 0, implied: Bool = false) -> AlignmentGraph {
        let valid = Set(documents.flatMap { d in d.sentences.indices.map { d.ref($0) } })
        let rejected = Set(decisions.rejected.map(\.pairKey))
        var links: [String: SentenceLink] = [:]
        for link in proposed where !rejected.contains("\(link.a)|\(link.b)") { links["\(link.a)|\(link.b)"] = link }
        for decision in decisions.confirmed where valid.contains(decision.a) && valid.contains(decision.b) {
            links[decision.pairKey] = SentenceLink(decision.a, decision.b, kind: decision.kind, score: 1, status: .confirmed)
        }
        // The links of a bead of several sentences (one sentence with parallel links to two of
        // one report: a merged or split sentence) come last. Such a sentence states two facts,
        // and a statement holds one: joined first, the bead would put both facts' sentences
        // into one group, which the other reports' separate sentences of the two facts can no
        // longer join. Last, the merged sentence joins the statement its other links chose.
        var parallelPartners: [String: Set<SentenceRef>] = [:]
        for link in links.values where link.kind == .parallel && link.status != .confirmed {
            parallelPartners["\(link.a)>\(link.b.articleID)", default: []].insert(link.b)
            parallelPartners["\(link.b)>\(link.a.articleID)", default: []].insert(link.a)
        }
        func inBead(_ l: SentenceLink) -> Bool {
            l.kind == .parallel && l.status != .confirmed
                && ((parallelPartners["\(l.a)>\(l.b.articleID)"]?.count ?? 0) > 1 || (parallelPartners["\(l.b)>\(l.a.articleID)"]?.count ?? 0) > 1)
        }
        let ordered = links.values.sorted { x, y in
            func rank(_ l: SentenceLink) -> Int { l.status == .confirmed ? 0 : inBead(l) ? 3 : l.kind == .parallel ? 1 : 2 }
            return (rank(x), -x.score, x.a, x.b) < (rank(y), -y.score, y.a, y.b)
        }
        // Union-find over sentences, with the members of each root.
        var parent: [SentenceRef: SentenceRef] = [:]
        var members: [SentenceRef: [SentenceRef]] = [:]
        func find(_ x: SentenceRef) -> SentenceRef {
            var root = x
            while let p = parent[root], p != root { root = p }
            var node = x
            while let p = parent[node], p != root { parent[node] = root; node = p }
            return root
        }
        var roundsOf: [SentenceRef: Set<Int>] = [:]
        for document in documents {
            for (i, rounds) in document.rounds.enumerated() where !rounds.isEmpty { roundsOf[document.ref(i)] = Set(rounds) }
        }
        func makeSet(_ x: SentenceRef) { if parent[x] == nil { parent[x] = x; members[x] = [x] } }
        // Who is linked to whom, for the support a merge needs.
        var neighbours: [SentenceRef: Set<SentenceRef>] = [:]
        if mergeSupport > 0 {
            for link in links.values { neighbours[link.a, default: []].insert(link.b); neighbours[link.b, default: []].insert(link.a) }
        }
        var rejectedWith: [SentenceRef: Set<SentenceRef>] = [:]
        for decision in decisions.rejected { rejectedWith[decision.a, default: []].insert(decision.b); rejectedWith[decision.b, default: []].insert(decision.a) }
        for link in ordered {
            if link.kind == .sameFact && link.status != .confirmed && link.score < mergeThreshold { continue }
            makeSet(link.a); makeSet(link.b)
            let x = find(link.a), y = find(link.b)
            if x == y { continue }
            let left = members[x]!, right = members[y]!
            if left.contains(where: { m in !(rejectedWith[m] ?? []).isDisjoint(with: right) }) { continue }
            let joined = left + right
            guard reportsTwice(link, left, right).isEmpty else { continue }
            // One statement, one fact, one round: a sentence about both rounds must not bridge a
            // round-1 sentence into a round-2 statement. Sentences with no round take any.
            if link.status != .confirmed, commonRounds(joined, roundsOf)?.isEmpty == true { continue }
            if link.kind == .sameFact, link.status != .confirmed, mergeSupport > 0 {
                let (linked, pairs) = support(left, right, neighbours)
                if Double(linked) < mergeSupport * Double(pairs) { continue }
            }
            let (root, child) = left.count >= right.count ? (x, y) : (y, x)
            parent[child] = root
            members[root] = joined
            members[child] = nil
        }
        let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        func position(_ r: SentenceRef) -> (Int, Int) { (order[r.articleID] ?? Int.max, r.index) }
        let groups = members.values.filter { $0.count >= 2 }
            .map { $0.sorted { position($0) < position($1) } }
            .sorted { position($0[0]) < position($1[0]) }
        let statements = groups.enumerated().map { Statement(id: String(format: "S%04d", $0.offset + 1), members: $0.element) }
        if implied {
            // Off by default: on the seed gold it added as many wrong pairs as right ones.
            // A statement says its members state the same fact, so every two of its sentences
            // from different reports are linked; an implied link scores as its statement's
            // weakest direct link.
            for group in groups {
                let direct = group.flatMap { m in group.compactMap { n in m < n ? links["\(m)|\(n)"] : nil } }
                let score = direct.map(\.score).min() ?? 0
                for (x, m) in group.enumerated() {
                    for n in group[(x + 1)...] where m.articleID != n.articleID {
                        let link = SentenceLink(m, n, kind: .sameFact, score: score)
                        let key = "\(link.a)|\(link.b)"
                        if links[key] == nil && !rejected.contains(key) { links[key] = link }
                    }
                }
            }
        }
        return AlignmentGraph(links: links.values.sorted { ($0.a, $0.b) < ($1.a, $1.b) }, statements: statements)
    }
}

extension AlignmentStatements {
    /// Why a link joins no statement: the rules of `build`, checked against the statements as
    /// they came out, so `align view` can say which rule kept two linked sentences apart.
    public enum Hold: Hashable, Sendable, CustomStringConvertible {
        /// A same-fact link below the score from which links join statements.
        case belowThreshold(Double)
        /// Joining would put two sentences of these reports into one statement.
        case oneReport([String])
        /// The two sides are about different rounds (the rounds of each side's statement).
        case differentRounds([Int], [Int])
        /// Too few of the pairs between the two statements are links (`mergeSupport`).
        case support(linked: Int, pairs: Int)

        /// Short, for one line per link (`AlignmentTextView.holdLegend` spells them out).
        public var description: String {
            switch self {
            case .belowThreshold(let threshold): return String(format: "weak (under %.2f)", threshold)
            case .oneReport(let articles): return "two sentences of " + articles.joined(separator: ", ")
            case .differentRounds(let a, let b):
                func list(_ rounds: [Int]) -> String { rounds.map(String.init).joined(separator: "+") }
                return "rounds \(list(a)) vs \(list(b))"
            case .support(let linked, let pairs): return "\(linked) of \(pairs) pairs linked"
            }
        }
    }

    /// The reports that joining `left` and `right` through `link` would give two sentences,
    /// except the report whose two neighbouring sentences a parallel or confirmed link's bead
    /// holds (two neighbouring sentences of a third report stating the two facts separately stay
    /// apart). A confirmed link is a decision: none.
    static func reportsTwice(_ link: SentenceLink, _ left: [SentenceRef], _ right: [SentenceRef]) -> [String] {
        guard link.status != .confirmed else { return [] }
        let joined = left + right
        return Set(left.map(\.articleID)).intersection(right.map(\.articleID)).sorted().filter { article in
            let indices = joined.filter { $0.articleID == article }.map(\.index).sorted()
            let beadLike = link.kind == .parallel && indices.count <= 2 && indices.last! - indices.first! == 1
                && (article == link.a.articleID || article == link.b.articleID)
            return !beadLike
        }
    }

    /// The rounds every member of `group` with a round shares (nil: no member has one; empty:
    /// they disagree).
    static func commonRounds(_ group: [SentenceRef], _ roundsOf: [SentenceRef: Set<Int>]) -> Set<Int>? {
        var common: Set<Int>?
        for member in group {
            guard let rounds = roundsOf[member], !rounds.isEmpty else { continue }
            common = common.map { $0.intersection(rounds) } ?? rounds
            if common!.isEmpty { return common }
        }
        return common
    }

    /// Of the pairs between `left` and `right` (sentences of different reports), how many are links.
    static func support(_ left: [SentenceRef], _ right: [SentenceRef], _ neighbours: [SentenceRef: Set<SentenceRef>]) -> (linked: Int, pairs: Int) {
        var pairs = 0, linked = 0
        for m in left {
            let linkedToM = neighbours[m] ?? []
            for n in right where m.articleID != n.articleID {
                pairs += 1
                if linkedToM.contains(n) { linked += 1 }
            }
        }
        return (linked, pairs)
    }

    /// Explains the links of one graph: the statements and the link neighbourhoods are indexed
    /// once, so a view can ask about every loose link.
    public struct HoldExplainer: Sendable {
        let graph: AlignmentGraph
        let rounds: [SentenceRef: Set<Int>]
        let mergeThreshold: Double
        let mergeSupport: Double
        let statementOf: [SentenceRef: [SentenceRef]]
        let neighbours: [SentenceRef: Set<SentenceRef>]

        /// `rounds`: the rounds the aligner saw per sentence (`CorpusAlignDocument.rounds`).
        public init(graph: AlignmentGraph, rounds: [SentenceRef: Set<Int>], mergeThreshold: Double, mergeSupport: Double) {
            self.graph = graph; self.rounds = rounds; self.mergeThreshold = mergeThreshold; self.mergeSupport = mergeSupport
            var statementOf: [SentenceRef: [SentenceRef]] = [:]
            for statement in graph.statements { for member in statement.members { statementOf[member] = statement.members } }
            self.statementOf = statementOf
            var neighbours: [SentenceRef: Set<SentenceRef>] = [:]
            for l in graph.links where l.status != .rejected { neighbours[l.a, default: []].insert(l.b); neighbours[l.b, default: []].insert(l.a) }
            self.neighbours = neighbours
        }

        /// Every rule of `build` that keeps `link` out of a statement now, checked against the
        /// statements as they came out (empty when none does: the link was refused while its
        /// statements were still growing, and a stronger link decided).
        public func holds(of link: SentenceLink) -> [Hold] {
            guard link.status != .rejected else { return [] }
            let confirmed = link.status == .confirmed
            var result: [Hold] = []
            if link.kind == .sameFact, !confirmed, link.score < mergeThreshold { result.append(.belowThreshold(mergeThreshold)) }
            let left = statementOf[link.a] ?? [link.a], right = statementOf[link.b] ?? [link.b]
            guard Set(left).isDisjoint(with: right) else { return result }
            let twice = AlignmentStatements.reportsTwice(link, left, right)
            if !twice.isEmpty { result.append(.oneReport(twice)) }
            if !confirmed, let a = AlignmentStatements.commonRounds(left, rounds), let b = AlignmentStatements.commonRounds(right, rounds),
               a.isDisjoint(with: b) {
                result.append(.differentRounds(a.sorted(), b.sorted()))
            }
            if link.kind == .sameFact, !confirmed, mergeSupport > 0 {
                let (linked, pairs) = AlignmentStatements.support(left, right, neighbours)
                if Double(linked) < mergeSupport * Double(pairs) { result.append(.support(linked: linked, pairs: pairs)) }
            }
            return result
        }
    }

    /// `HoldExplainer.holds` for one link.
    public static func holds(of link: SentenceLink, in graph: AlignmentGraph, rounds: [SentenceRef: Set<Int>],
                             mergeThreshold: Double, mergeSupport: Double) -> [Hold] {
        HoldExplainer(graph: graph, rounds: rounds, mergeThreshold: mergeThreshold, mergeSupport: mergeSupport).holds(of: link)
    }
}
