/// One sentence of one article: the unit every link, statement and brief sentence refers to.
public struct SentenceRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var articleID: String
    public var index: Int
    public init(articleID: String, index: Int) { self.articleID = articleID; self.index = index }
    public static func < (a: SentenceRef, b: SentenceRef) -> Bool { (a.articleID, a.index) < (b.articleID, b.index) }
    /// "001_2320f2ca084baa4e#3"
    public var description: String { "\(articleID)#\(index)" }
}

/// A link between two sentences of different reports (or, for beads, groups of sentences).
public struct SentenceLink: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case parallel, sameFact = "same-fact" }
    /// Proposed by the aligner, or a user's decision (kept in `Alignments/` and never lost).
    public enum Status: String, Codable, Sendable { case proposed, confirmed, rejected }

    /// Ordered so that `a < b` (the link is undirected).
    public var a: SentenceRef
    public var b: SentenceRef
    public var kind: Kind
    /// Calibrated probability that the link is right, 0…1.
    public var score: Double
    public var status: Status

    public init(_ first: SentenceRef, _ second: SentenceRef, kind: Kind, score: Double, status: Status = .proposed) {
        (a, b) = first < second ? (first, second) : (second, first)
        self.kind = kind; self.score = score; self.status = status
    }
}

/// A group of sentences across reports and languages that say the same thing: one row in every
/// view and export. At most one sentence per article unless a bead joins adjacent sentences.
public struct Statement: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var members: [SentenceRef]
    public init(id: String, members: [SentenceRef]) { self.id = id; self.members = members.sorted() }
    public var articleIDs: Set<String> { Set(members.map(\.articleID)) }
}

/// The corpus-level result of alignment: every link with its kind, score and status, and the
/// statements they combine into.
public struct AlignmentGraph: Hashable, Codable, Sendable {
    public var links: [SentenceLink]
    public var statements: [Statement]
    public init(links: [SentenceLink] = [], statements: [Statement] = []) { self.links = links; self.statements = statements }

    /// The statement holding a sentence, if any.
    public func statement(containing sentence: SentenceRef) -> Statement? {
        statements.first { $0.members.contains(sentence) }
    }
}
