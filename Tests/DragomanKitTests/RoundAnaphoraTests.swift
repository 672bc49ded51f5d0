import Testing
@testable import DragomanKit

/// A sentence that opens by naming the event the one before it told ("That happened during the
/// fifth round …", "Dat gebeurde tijdens …", "Det skjedde under …", "Das geschah bei …")
/// numbers that event: the agreement reached "on Wednesday in Tirana", with no meeting word,
/// is the fifth round, on that Wednesday, in Tirana. Reports written for these tests.
@Suite struct RoundAnaphoraTests {
    static let reports: [(String, [String])] = [
        ("en", ["Russia and the United States agreed on Wednesday in Tirana to reopen their consulates.",
                "That happened during the fifth round of the consultations that began in Doha in March 2026."]),
        ("nl", ["Rusland en de VS hebben woensdag in Tirana afgesproken hun consulaten te heropenen.",
                "Dat gebeurde tijdens de vijfde ronde van het overleg dat in maart 2026 in Doha begon."]),
        ("nb", ["Russland og USA ble onsdag i Tirana enige om å gjenåpne konsulatene.",
                "Det skjedde under den femte runden av konsultasjonene som startet i Doha i mars 2026."]),
        ("de", ["Russland und die USA haben sich am Mittwoch in Tirana auf die Wiedereröffnung ihrer Konsulate geeinigt.",
                "Das geschah bei der fünften Runde der Konsultationen, die im März 2026 in Doha begannen."]),
    ]

    static func analyze(_ language: String, _ sentences: [String]) throws -> RoundAnalysis {
        let report = RoundFixture.article("report-\(language)", language, published: "2026-11-12", sentences)
        return try RoundFixture.analyze([RoundSeriesStartTests.firstRound, report], withSeeds: false)
    }

    @Test(arguments: reports)
    func theOpeningNumbersTheEventBefore(language: String, sentences: [String]) throws {
        let analysis = try Self.analyze(language, sentences)
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 11, 11), "\(analysis.rounds)")
        #expect(round.number == 5, "\(analysis.rounds)")
        #expect(round.venueName == "Tirana", "\(analysis.rounds)")
        #expect(RoundNumberingTests.dated(analysis, 2026, 3, 12)?.number == 1, "\(analysis.rounds)")
        // Both sentences are about it.
        let mine = analysis.assignments.filter { $0.sentence.articleID == "report-\(language)" && $0.rounds.contains(round.number) }
        #expect(mine.count == 2, "\(analysis.assignments)")
    }

    /// The same ordinal in a sentence that does not open on the event before dates nothing: the
    /// day of an agreement alone is no meeting.
    @Test(arguments: reports)
    func withoutTheOpeningTheDayIsNoRound(language: String, sentences: [String]) throws {
        let detached = [sentences[0], "Diplomats said the talks would go on."] + [sentences[1]]
        let analysis = try Self.analyze(language, detached)
        #expect(RoundNumberingTests.dated(analysis, 2026, 11, 11) == nil, "\(analysis.rounds)")
    }

    /// Only the ordinal the opening is said of takes the day: "the first two" of the series,
    /// after the semicolon, keep their own place and stay undated.
    @Test func onlyTheOrdinalOfTheOpeningTakesTheDay() throws {
        let analysis = try Self.analyze("nl", [
            "Diplomaten uit de Verenigde Staten en Rusland hebben woensdag in Tirana opnieuw afgesproken hun consulaten te heropenen.",
            "Het was de vijfde ronde van dat overleg; de eerste twee vonden eerder dit jaar plaats in Doha.",
        ])
        let onThatDay = analysis.rounds.filter { $0.date == CalendarDate(year: 2026, month: 11, day: 11) }
        #expect(onThatDay.map(\.number) == [5], "\(analysis.rounds)")
        #expect(onThatDay.first?.venueName == "Tirana", "\(analysis.rounds)")
    }
}
