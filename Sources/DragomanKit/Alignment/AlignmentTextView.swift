import Foundation

/// Side-by-side text view of some reports: one column per report, one row per statement (its
/// members in those reports), sentences in no statement on rows of their own with gaps in the
/// other columns. Rows keep each report's sentence order as far as crossing links allow.
public struct AlignmentTextView: Sendable {
    public var graph: AlignmentGraph
    public var articles: [(id: String, language: LanguageCode, sentences: [String])]
    /// The rounds the aligner saw per sentence, so a link between sentences of different rounds
    /// is shown with that reason (empty: the reason is not given).
    public var rounds: [SentenceRef: Set<Int>]
    public var options: CorpusAligner.Options

    public init(graph: AlignmentGraph, articles: [(id: String, language: LanguageCode, sentences: [String])],
                rounds: [SentenceRef: Set<Int>] = [:], options: CorpusAligner.Options = .init()) {
        self.graph = graph; self.articles = articles; self.rounds = rounds; self.options = options
    }

    /// Rows: per column the sentence indices shown (empty = gap), plus the statement id.
    public func rows() -> [(statement: String?, cells: [[Int]])] {
        let column = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var rows: [(String?, [[Int]])] = []
        var rowOf: [SentenceRef: Int] = [:]
        for statement in graph.statements {
            var cells = Array(repeating: [Int](), count: articles.count)
            for member in statement.members { if let c = column[member.articleID] { cells[c].append(member.index) } }
            guard cells.filter({ !$0.isEmpty }).count >= 2 else { continue }
            for (c, indices) in cells.enumerated() { for i in indices { rowOf[SentenceRef(articleID: articles[c].id, index: i)] = rows.count } }
            rows.append((statement.id, cells))
        }
        for (c, article) in articles.enumerated() {
            for i in article.sentences.indices where rowOf[SentenceRef(articleID: article.id, index: i)] == nil {
                var cells = Array(repeating: [Int](), count: articles.count); cells[c] = [i]
                rowOf[SentenceRef(articleID: article.id, index: i)] = rows.count
                rows.append((nil, cells))
            }
        }
        // Merge order: emit a row when it is next in every column it occupies; when crossing
        // links block that, emit the row holding the leftmost column's next sentence.
        var next = Array(repeating: 0, count: articles.count)
        var done = Array(repeating: false, count: rows.count)
        var emitted: [(String?, [[Int]])] = []
        var doneSentences: Set<SentenceRef> = []
        func advance() {
            for c in articles.indices {
                while next[c] < articles[c].sentences.count, doneSentences.contains(SentenceRef(articleID: articles[c].id, index: next[c])) { next[c] += 1 }
            }
        }
        func emit(_ r: Int) {
            done[r] = true; emitted.append(rows[r])
            for (c, indices) in rows[r].1.enumerated() { for i in indices { doneSentences.insert(SentenceRef(articleID: articles[c].id, index: i)) } }
            advance()
        }
        while emitted.count < rows.count {
            let ready = rows.indices.first { r in
                !done[r] && rows[r].1.enumerated().allSatisfy { c, indices in indices.isEmpty || indices.min()! == next[c] }
            }
            if let ready { emit(ready); continue }
            guard let c = articles.indices.first(where: { next[$0] < articles[$0].sentences.count }),
                  let r = rowOf[SentenceRef(articleID: articles[c].id, index: next[c])], !done[r] else { break }
            emit(r)
        }
        return emitted
    }

    public func render(width: Int) -> String {
        let n = max(1, articles.count)
        let gutter = 3
        let columnWidth = max(12, (width - gutter * (n - 1)) / n)
        var out = ""
        func line(_ parts: [String]) -> String {
            parts.map { $0.padding(toLength: columnWidth, withPad: " ", startingAt: 0) }.joined(separator: String(repeating: " ", count: gutter))
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        out += line(articles.map { "\($0.id) [\($0.language.rawValue)]" })
        out += line(articles.map { _ in String(repeating: "─", count: columnWidth) })
        for (statement, cells) in rows() {
            let wrapped = cells.enumerated().map { c, indices -> [String] in
                guard !indices.isEmpty else { return ["·"] }
                let text = indices.map { "#\($0) " + articles[c].sentences[$0] }.joined(separator: " ")
                return Self.wrap(text, width: columnWidth)
            }
            let height = wrapped.map(\.count).max() ?? 1
            for k in 0..<height { out += line(wrapped.map { k < $0.count ? $0[k] : "" }) }
            out += statement.map { line([String(repeating: " ", count: max(0, columnWidth - $0.count - 2)) + "⟨" + $0 + "⟩"]) } ?? "\n"
        }
        let loose = looseLinks()
        if !loose.isEmpty {
            out += "\nLinks between these reports that join no statement, and what keeps them apart; "
                + "`dragoman align confirm A B` joins a pair, `unlink` drops it:\n" + Self.holdLegend(options)
            let explainer = AlignmentStatements.HoldExplainer(graph: graph, rounds: rounds, mergeThreshold: options.statementThreshold,
                                                              mergeSupport: options.statementSupport)
            for link in loose {
                let holds = explainer.holds(of: link)
                let reason = holds.isEmpty ? "a stronger link placed one of them first" : holds.map(\.description).joined(separator: "; ")
                out += String(format: "  %@  %@  %@ %.2f  %@\n", "\(link.a)", "\(link.b)", link.kind.rawValue, link.score, reason)
            }
        }
        return out
    }

    /// What the reasons after each loose link mean.
    static func holdLegend(_ options: CorpusAligner.Options) -> String {
        String(format: "  (weak: a same-fact link joins a statement from %.2f; two sentences of R: joining would put two "
               + "sentences of report R in one statement; rounds: the two sides are about different rounds; "
               + "k of n pairs linked: under %.0f%% of the pairs the join would make are links)\n",
               options.statementThreshold, options.statementSupport * 100)
    }

    /// Links between two of the shown reports whose sentences are not in one statement, best
    /// first: the weak same-fact evidence that the rows do not show.
    public func looseLinks() -> [SentenceLink] {
        let shown = Set(articles.map(\.id))
        var statementOf: [SentenceRef: String] = [:]
        for statement in graph.statements { for member in statement.members { statementOf[member] = statement.id } }
        return graph.links.filter { link in
            shown.contains(link.a.articleID) && shown.contains(link.b.articleID) && link.status != .rejected
                && (statementOf[link.a] == nil || statementOf[link.a] != statementOf[link.b])
        }.sorted { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
    }

    /// Greedy word wrap; words longer than the width are cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            var piece = String(word)
            while piece.count > width { if !current.isEmpty { lines.append(current); current = "" }; lines.append(String(piece.prefix(width))); piece = String(piece.dropFirst(width)) }
            if current.isEmpty { current = piece } else if current.count + 1 + piece.count <= width { current += " " + piece } else { lines.append(current); current = piece }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
