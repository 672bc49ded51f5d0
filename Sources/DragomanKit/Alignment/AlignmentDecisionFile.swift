import Foundation

/// A user's decision on one sentence pair: confirmed (always a link, with this kind) or rejected
/// (never proposed again, never in one statement).
public struct AlignmentDecision: Hashable, Codable, Sendable {
    public enum Verdict: String, Codable, Sendable { case confirmed, rejected }
    public var a: SentenceRef
    public var b: SentenceRef
    public var verdict: Verdict
    public var kind: SentenceLink.Kind

    public init(_ first: SentenceRef, _ second: SentenceRef, verdict: Verdict, kind: SentenceLink.Kind = .sameFact) {
        (a, b) = first < second ? (first, second) : (second, first)
        self.verdict = verdict; self.kind = kind
    }
    var pairKey: String { "\(a)|\(b)" }
}

/// The decisions of a workspace, kept in `Alignments/decisions.tsv`: one decision per line,
/// sorted, tab separated (`confirmed  002_…#7  003_…#6  parallel`), so the file diffs well,
/// is editable by hand and survives a database rebuild. The latest decision on a pair wins.
public struct AlignmentDecisions: Hashable, Sendable {
    public private(set) var decisions: [AlignmentDecision] = []
    public init(_ decisions: [AlignmentDecision] = []) { for decision in decisions { record(decision) } }

    public static let fileName = "decisions.tsv"
    static let header = "# Dragoman alignment decisions: verdict<TAB>sentence<TAB>sentence<TAB>kind. One pair a line; edit with dragoman align link|unlink|confirm."

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
        ([Self.header] + decisions.map { "\($0.verdict.rawValue)\t\($0.a)\t\($0.b)\t\($0.kind.rawValue)" }).joined(separator: "\n") + "\n"
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
            result.record(AlignmentDecision(a, b, verdict: verdict, kind: kind))
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
