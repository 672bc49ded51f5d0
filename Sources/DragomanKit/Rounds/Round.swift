/// A round of the negotiations: an event discovered from the corpus, never configured.
public struct Round: Hashable, Codable, Sendable, Identifiable {
    /// held: took place; announced: still to come; cancelled: called off, or reported never to
    /// have taken place, and told by no report as held.
    public enum Status: String, Codable, Sendable { case held, announced, cancelled }

    /// 1-based, in chronological order (the ordinal: first, second, …).
    public var number: Int
    public var id: Int { number }
    /// Day or month precision (a year for a round only announced for a year), or nil when no
    /// report dates it yet.
    public var date: CalendarDate?
    /// The venue's canonical entity id (e.g. "loc-istanbul") and English name.
    public var venueEntityID: String?
    public var venueName: String?
    public var status: Status
    /// Articles that say something about this round.
    public var articleIDs: [String]
    public var sentenceCount: Int

    public init(number: Int, date: CalendarDate?, venueEntityID: String?, venueName: String?, status: Status,
                articleIDs: [String], sentenceCount: Int) {
        self.number = number; self.date = date; self.venueEntityID = venueEntityID; self.venueName = venueName
        self.status = status; self.articleIDs = articleIDs; self.sentenceCount = sentenceCount
    }
}

/// Which rounds one sentence is about: none (background), one, or several.
public struct RoundAssignment: Hashable, Codable, Sendable {
    public var sentence: SentenceRef
    public var rounds: [Int]
    /// Why, in a few words ("date 10 April", "ordinal: zweite Runde", "follows the lead sentence").
    public var evidence: String
    public init(sentence: SentenceRef, rounds: [Int], evidence: String) {
        self.sentence = sentence; self.rounds = rounds.sorted(); self.evidence = evidence
    }
}

/// Rounds and the per-sentence assignments, as the rounds stage produces them.
public struct RoundAnalysis: Hashable, Codable, Sendable {
    public var rounds: [Round]
    public var assignments: [RoundAssignment]
    public init(rounds: [Round], assignments: [RoundAssignment]) { self.rounds = rounds; self.assignments = assignments }

    public func rounds(of sentence: SentenceRef) -> [Int] {
        assignments.first { $0.sentence == sentence }?.rounds ?? []
    }
}
