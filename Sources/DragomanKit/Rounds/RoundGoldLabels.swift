/// How a round annotation names rounds, and ours in its terms, so the bench and the tests score
/// sentence rounds alike. A gold names a round by its day (ISO date), or by a month or season
/// when the round was undated: "undated". Our round is its day; a round the reports date only
/// by its month is the gold's round of that month when the gold has exactly one day in it (the
/// corpus never gave its day, but it is the same round); else "undated".
public struct RoundGoldLabels: Sendable {
    private let goldDays: [CalendarDate]

    /// `goldValues`: every round value the gold uses.
    public init(goldValues: some Sequence<String>) {
        goldDays = Set(goldValues).compactMap { CalendarDate(parsing: $0) }.filter { $0.granularity == .day }
    }

    /// The gold's value as a label: its day, or "undated".
    public static func label(gold value: String) -> String { CalendarDate(parsing: value)?.granularity == .day ? value : "undated" }

    /// Our round's date as a label.
    public func label(ours date: CalendarDate?) -> String {
        guard let date else { return "undated" }
        if date.granularity == .day { return date.description }
        let within = goldDays.filter { date.contains($0) }
        return within.count == 1 ? within[0].description : "undated"
    }

    /// The labels of a sentence's rounds in `analysis`.
    public func labels(of sentence: SentenceRef, in analysis: RoundAnalysis) -> Set<String> {
        Set(analysis.rounds(of: sentence).map { label(ours: analysis.round($0)?.date) })
    }
}
