import Foundation

/// A user's decision on one sentence pair: confirmed (always a link, with this kind) or rejected
/// (never proposed again, never in one statement).
public struct AlignmentDecision: Hashable, Codable, Sendable {
    public enum Verdict: String, Codable, Sendable { case confirmed, rejected }
    public var a: SentenceRef
    public var b: SentenceRef
    public var verdict: Verdict
    public var kind: SentenceLink.Kind
    /// What the sentences said when the user decided (`AlignmentDecisions.sentenceKey` of their
    /// texts): a decision is about two sentences, not about two numbers, so one whose sentence
    /// now says something else (the report was replaced by a version with a sentence inserted
    /// above) is not applied. Nil in lines written before keys were kept.
    public var keyA: String?
    public var keyB: String?

    public init(_ first: SentenceRef, _ second: SentenceRef, verdict: Verdict, kind: SentenceLink.Kind = .sameFact,
                keys: (first: String?, second: String?) = (nil, nil)) {
        (a, b) = first < second ? (first, second) : (second, first)
        (keyA, keyB) = first < second ? (keys.first, keys.second) : (keys.second, keys.first)
        self.verdict = verdict; self.kind = kind
    }
    var pairKey: String { "\(a)|\(b)" }
}

/// The decisions of a workspace, kept in `Alignments/decisions.tsv`: one decision per line,
/// sorted, tab separated (`confirmed  002_…#7  003_…#6  parallel  5f1c09ab  77d2e410`, the last
/// two the sentences' keys), so the file diffs well, is editable by hand and survives a database
/// rebuild. The latest decision on a pair wins.
public struct AlignmentDecisions: Hashable, Sendable {
    public private(set) var decisions: [AlignmentDecision] = []
    public init(_ decisions: [AlignmentDecision] = []) { for decision in decisions { record(decision) } }

    public static let fileName = "decisions.tsv"
    static let header = "# Dragoman alignment decisions: verdict<TAB>sentence<TAB>sentence<TAB>kind<TAB>key<TAB>key (the keys: what each sentence said, optional). One pair a line; edit with dragoman align link|unlink|confirm."

    /// Eight hex digits of the SHA-256 of a sentence's text with its white space folded.
    public static func sentenceKey(_ text: String) -> String {
        String(SHA256.hex(Array(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").utf8)).prefix(8))
    }

    public mutating func record(_ decision: AlignmentDecision) {
        decisions.removeAll { $0.pairKey == decision.pairKey }
        decisions.append(decision)
        decisions.sort { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    public var confirmed: [AlignmentDecision] { decisions.filter { $0.verdict == .confirmed } }
    public var rejected: [AlignmentDecision] { decisions.filter { $0.verdict == .rejected } }
    public func verdict(_ a: SentenceRef, _ b: SentenceRef) -> AlignmentDecision.Verdict? {
        let key = a < b ? "\(a)|\(b)" : "\(b)|\(a)"
        return decisions.first { $0.pairKey == key }?.verdict
    }

    public var text: String {
        ([Self.header] + decisions.map { decision in
            let keys = decision.keyA != nil || decision.keyB != nil ? "\t\(decision.keyA ?? "-")\t\(decision.keyB ?? "-")" : ""
            return "\(decision.verdict.rawValue)\t\(decision.a)\t\(decision.b)\t\(decision.kind.rawValue)" + keys
        }).joined(separator: "\n") + "\n"
    }

    public static func parse(_ text: String, file: String? = nil) throws -> AlignmentDecisions {
        var result = AlignmentDecisions()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            guard fields.count >= 3, let verdict = AlignmentDecision.Verdict(rawValue: fields[0]),
                  let a = parseRef(fields[1]), let b = parseRef(fields[2]) else {
                throw DragomanError("line \(number + 1): expected 'confirmed|rejected A#i B#j [kind]'", file: file)
            }
            let kind = fields.count > 3 ? SentenceLink.Kind(rawValue: fields[3]) ?? .sameFact : .sameFact
            func key(_ i: Int) -> String? { fields.count > i && fields[i] != "-" ? fields[i] : nil }
            var decision = AlignmentDecision(a, b, verdict: verdict, kind: kind)
            (decision.keyA, decision.keyB) = (key(4), key(5))   // a and b are in file order already
            result.record(decision)
        }
        return result
    }

    /// "002_75526c63fca82549#7" → SentenceRef.
    public static func parseRef(_ text: String) -> SentenceRef? {
        guard let hash = text.lastIndex(of: "#"), let index = Int(text[text.index(after: hash)...]), index >= 0 else { return nil }
        let article = String(text[..<hash])
        return article.isEmpty ? nil : SentenceRef(articleID: article, index: index)
    }

    /// The decisions naming a sentence the corpus does not have (its article was removed, or
    /// not added yet). Kept in the file, they apply to nothing until such a sentence is there.
    public func orphaned(in store: CorpusStore) throws -> [AlignmentDecision] {
        var present: [SentenceRef: Bool] = [:]
        func has(_ ref: SentenceRef) throws -> Bool {
            if let known = present[ref] { return known }
            let found = try store.database.scalarInt("SELECT count(*) FROM sentences WHERE article_id = ? AND idx = ?",
                                                     [.text(ref.articleID), .int(ref.index)]) ?? 0 > 0
            present[ref] = found
            return found
        }
        return try decisions.filter { try !has($0.a) || !has($0.b) }
    }

    /// The decisions whose sentence says something else now than when the user decided (its
    /// key differs): not applied, and reported, until the user decides again. `texts` gives the
    /// sentences of the reports at hand; a decision on reports not given is not judged here.
    public func stale(texts: [String: [String]]) -> [AlignmentDecision] {
        decisions.filter { decision in
            [(decision.a, decision.keyA), (decision.b, decision.keyB)].contains { ref, key in
                guard let key, let sentences = texts[ref.articleID], sentences.indices.contains(ref.index) else { return false }
                return Self.sentenceKey(sentences[ref.index]) != key
            }
        }
    }

    /// Without the given decisions.
    public func removing(_ unwanted: [AlignmentDecision]) -> AlignmentDecisions {
        let keys = Set(unwanted.map(\.pairKey))
        return AlignmentDecisions(decisions.filter { !keys.contains($0.pairKey) })
    }

    public static func url(in workspace: Workspace) -> URL { workspace.alignments.appendingPathComponent(fileName) }

    /// The workspace's decisions (none when the file does not exist yet).
    public static func load(from workspace: Workspace) throws -> AlignmentDecisions {
        let url = url(in: workspace)
        guard FileManager.default.fileExists(atPath: url.path) else { return AlignmentDecisions() }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw DragomanError("cannot read the decisions", file: url.path) }
        return try parse(text, file: url.path)
    }

    /// Written atomically: a crash leaves the old file or the new one, never half of one.
    public func save(to workspace: Workspace) throws {
        try FileManager.default.createDirectory(at: workspace.alignments, withIntermediateDirectories: true)
        try AtomicFile.write(text, to: Self.url(in: workspace))
    }
}
