import Foundation
import Testing
@testable import DragomanKit

/// An ordinal counts its round from the start of the series, and the date of that start is not
/// the round's: "the fourth round of consultations that began in Doha in March 2026" (a relative
/// clause without its comma), "den fjerde samtalerunden om ambassadenes arbeid siden …" ("since"
/// after a longer round phrase). Misread, the March meeting became round 4 and every later
/// round moved up. Reports written for these tests: rounds in Doha, Seattle and Budapest in 2026.
@Suite struct RoundSeriesStartTests {
    /// The first meeting, not called "first": nothing but its date stands against a misread "fourth".
    static let firstRound = RoundFixture.article("first-dated", "en", published: "2026-03-13", [
        "Diplomats met in Doha on 12 March 2026 for consultations on the work of their embassies.",
    ])
    static let fourthRound = RoundFixture.article("fourth-dated", "en", published: "2026-09-20", [
        "Diplomats met in Seattle on 17 September 2026 for a fourth round of consultations on their embassies.",
    ])

    static func numbers(_ reports: [Article]) throws -> (doha: Int?, seattle: Int?, all: [Round]) {
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        return (RoundNumberingTests.dated(analysis, 2026, 3, 12)?.number, RoundNumberingTests.dated(analysis, 2026, 9, 17)?.number, analysis.rounds)
    }

    @Test(arguments: [
        ("en", "It was the fourth round of consultations that began in Doha in March 2026."),
        ("nl", "Het was de vierde ronde van het overleg dat in maart 2026 in Doha begon."),
        ("nb", "Det var den fjerde samtalerunden om ambassadenes arbeid siden konsultasjonene startet i Doha i mars 2026."),
        ("nb", "Det var den fjerde runden av konsultasjonene som startet i Doha i mars 2026."),
        ("de", "Es war die vierte Runde der Konsultationen, die im März 2026 in Doha begannen."),
    ])
    func theStartOfTheSeriesDatesNoRound(language: String, sentence: String) throws {
        let wire = RoundFixture.article("wire-\(language)", language, published: "2026-09-18", [sentence])
        let result = try Self.numbers([Self.firstRound, Self.fourthRound, wire])
        #expect(result.doha == 1, "\(result.all)")
        #expect(result.seattle == 4, "\(result.all)")
    }

    /// A round that began on a day is that round's own start, with or without a pronoun.
    @Test(arguments: [
        ("en", "The second round, which began in Doha on 9 April 2026, lasted two days."),
        ("en", "The second round began in Doha on 9 April 2026."),
        ("de", "Die zweite Runde, die am 9. April 2026 in Doha begann, dauerte zwei Tage."),
    ])
    func aRoundThatBeganOnADayIsDatedByIt(language: String, sentence: String) throws {
        let wire = RoundFixture.article("second-\(language)", language, published: "2026-04-11", [sentence])
        let analysis = try RoundFixture.analyze([Self.firstRound, wire], withSeeds: false)
        #expect(RoundNumberingTests.dated(analysis, 2026, 4, 9)?.number == 2, "\(analysis.rounds)")
        #expect(RoundNumberingTests.dated(analysis, 2026, 3, 12)?.number == 1, "\(analysis.rounds)")
    }

    /// A preview of "a new round" that says elsewhere, without a date or another place, that it
    /// is the fifth round: the fifth is this meeting counted, not a round before it.
    @Test func aNewRoundCountedInTheSameReportIsThatRound() throws {
        let preview = RoundFixture.article("preview", "de", published: "2026-11-09", [
            "Diplomaten aus den USA und Russland kommen am Mittwoch in Budapest zu einer neuen Runde ihrer Gespräche zusammen.",
            "Es ist bereits die fünfte Runde seit März 2026.",
        ])
        let analysis = try RoundFixture.analyze([Self.firstRound, Self.fourthRound, preview], withSeeds: false)
        let budapest = try #require(RoundNumberingTests.dated(analysis, 2026, 11, 11), "\(analysis.rounds)")
        #expect(budapest.number == 5, "\(analysis.rounds)")
        #expect(analysis.rounds.map(\.number).sorted() == [1, 4, 5], "\(analysis.rounds)")
    }

    /// Dates and ordinals that contradict each other: three reports call a meeting in Seattle in
    /// September the fourth, one calls the March meeting in Doha the eleventh. Rounds meet in
    /// order, so the chain with more reports behind it stands: Doha keeps no ordinal of its own
    /// and is numbered by date, and Seattle is not pushed up to 12.
    @Test func anOrdinalAgainstTheOrderOfMeetingsIsDropped() throws {
        let doha = RoundFixture.article("doha-eleventh", "en", published: "2026-03-13", [
            "Diplomats met in Doha on 12 March 2026 for the eleventh round of consultations on their embassies.",
        ])
        let seattle = RoundFixture.article("seattle-fourth", "de", published: "2026-09-18", [
            "Die vierte Runde der Konsultationen fand am 17. September 2026 in Seattle statt.",
        ])
        let seattle2 = RoundFixture.article("seattle-fourth-2", "en", published: "2026-09-18", [
            "The fourth round of consultations took place in Seattle on 17 September 2026.",
        ])
        let result = try Self.numbers([doha, seattle, seattle2, Self.fourthRound])
        #expect(result.seattle == 4, "\(result.all)")
        #expect(result.doha == 1, "\(result.all)")
    }

    /// The place of a meeting's own clause is its venue however long the clause runs: "berieten
    /// am Mittwoch rund sieben Stunden lang in der russischen Botschaft in Budapest".
    @Test func aFarPlaceOfTheDatesClauseIsTheVenue() throws {
        let report = RoundFixture.article("far", "de", published: "2026-11-12", [
            "Die Delegationen berieten am Mittwoch rund sieben Stunden lang in der russischen Botschaft in Budapest über die Arbeit der Botschaften.",
        ])
        let analysis = try RoundFixture.analyze([Self.firstRound, report], withSeeds: false)
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 11, 11), "\(analysis.rounds)")
        #expect(round.venueName == "Budapest", "\(analysis.rounds)")
    }

    /// One next round announced for one month at a city the glossary does not know, spelt two
    /// ways ("Belgrado", "Beograd"), is one round.
    @Test func twoUnknownSpellingsOfOneMonthsVenueAreOneRound() throws {
        let nl = RoundFixture.article("nl-next", "nl", published: "2026-11-12", [
            "De volgende ronde is gepland voor juni 2027 in Belgrado.",
        ])
        let nb = RoundFixture.article("nb-next", "nb", published: "2026-11-12", [
            "Neste runde er planlagt i Beograd i juni 2027.",
        ])
        let analysis = try RoundFixture.analyze([Self.firstRound, nl, nb], withSeeds: false)
        let june = analysis.rounds.filter { $0.date == CalendarDate(year: 2027, month: 6) }
        #expect(june.count == 1, "\(analysis.rounds)")
        #expect(Set(june.flatMap(\.articleIDs)) == ["nl-next", "nb-next"], "\(analysis.rounds)")
    }
}
