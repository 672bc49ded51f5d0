import Foundation
import Testing
@testable import DragomanKit

/// What a report on a round says the round decided, on reports written for these tests (a
/// meeting in Doha on 12 March 2026 that no seed mentions): a step that takes effect on a later
/// day is the round's outcome, not a time of its own, and a meeting placed in a street or a
/// building the glossary does not know is still the round the report is telling.
@Suite struct RoundOutcomeTests {
    static let dohaLead = RoundVenueStatusTests.dohaLead
    static let agreed = [
        "en": "Both sides agreed to ease the rules for diplomatic visas.",
        "de": "Beide Seiten einigten sich auf einfachere Regeln für Diplomatenvisa.",
        "nl": "Beide partijen werden het eens over eenvoudigere regels voor diplomatenvisa.",
        "nb": "Partene ble enige om enklere regler for diplomatvisum.",
    ]

    /// "…visas again from 1 June": the day the round's decision takes effect, after the round.
    @Test(arguments: [
        ("en", "The consular sections are to issue visas again from 1 June."),
        ("de", "Die Konsularabteilungen sollen ab dem 1. Juni wieder Visa ausstellen."),
        ("nl", "Vanaf 1 juni moeten de consulaire afdelingen weer visa afgeven."),
        ("nb", "Konsulatavdelingene skal igjen utstede visum fra 1. juni."),
        // Start phrases of several words.
        ("nl", "Met ingang van 1 juni geven de consulaire afdelingen weer visa af."),
        ("nb", "Konsulatavdelingene utsteder igjen visum fra og med 1. juni."),
        ("de", "Die Konsularabteilungen stellen mit Wirkung vom 1. Juni wieder Visa aus."),
        ("en", "The consular sections issue visas again as of 1 June."),
    ])
    func aStepThatTakesEffectLaterIsTheRoundsOutcome(language: String, sentence: String) throws {
        let report = RoundFixture.article("effect-\(language)", language, published: "2026-03-13",
                                          [Self.dohaLead[language]!, Self.agreed[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(analysis.rounds.first { $0.venueEntityID == "loc-doha" }, "\(analysis.rounds)")
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[round.number], [round.number], [round.number]])
    }

    /// A day counted from before the round ("since 1 February") is the time the sentence tells,
    /// not the round's outcome; nor is the first day of a meeting ("from 9 to 11 June") a start.
    @Test func aStartBeforeTheRoundOrARangeIsNoOutcome() throws {
        let since = RoundFixture.article("since-de", "de", published: "2026-03-13", [
            Self.dohaLead["de"]!, Self.agreed["de"]!, "Seit dem 1. Februar stellen die Konsulate keine Visa mehr aus."])
        let analysis = try RoundFixture.analyze([since], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, since.id).last == [], "\(RoundFixture.rounds(analysis, since.id))")

        func features(_ text: String, date: String, on value: String) -> SentenceRoundFeatures {
            RoundCueTests.features(text, "en", mentions: [RoundCueTests.mention(date, in: text, kind: .date, id: "date", date: CalendarDate(parsing: value))])
        }
        let range = features("The delegations will meet from 9 to 11 June in Doha.", date: "9 to 11 June", on: "2026-06-09")
        #expect(range.dates.count == 1 && range.dates.allSatisfy { !$0.takesEffect }, "\(range.dates)")
        let start = features("Visas are to be issued again from 1 June.", date: "1 June", on: "2026-06-01")
        #expect(start.dates.count == 1 && start.dates.allSatisfy(\.takesEffect), "\(start.dates)")
        // A meeting word in the date's clause makes it the meeting's day.
        let resumed = features("The talks are to resume from 9 June in Geneva.", date: "9 June", on: "2026-06-09")
        #expect(resumed.dates.count == 1 && resumed.dates.allSatisfy { !$0.takesEffect }, "\(resumed.dates)")
    }

    /// "The meeting was held in the guest house on Spiridonovka street": a place the glossary does
    /// not know is no sign of another meeting; the meeting is the report's round.
    @Test(arguments: [
        ("nb", "Møtet ble holdt i gjestehuset i Spiridonovka-gaten og varte i seks timer."),
        ("de", "Das Treffen fand im Gästehaus in der Spiridonowka-Straße statt und dauerte sechs Stunden."),
    ])
    func aMeetingInAnUnknownStreetIsTheReportsRound(language: String, sentence: String) throws {
        let report = RoundFixture.article("street-\(language)", language, published: "2026-03-13", [Self.dohaLead[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(analysis.rounds.first { $0.venueEntityID == "loc-doha" }, "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[round.number], [round.number]])
    }

    /// A city the glossary does not know is another place: a meeting there is not the report's
    /// round.
    @Test func aMeetingInAnUnknownCityIsAnotherMeeting() throws {
        let report = RoundFixture.article("city-nb", "nb", published: "2026-03-13", [
            Self.dohaLead["nb"]!, "Møtet ble holdt i Tasjkent og varte i seks timer."])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id).last == [], "\(RoundFixture.rounds(analysis, report.id)) \(analysis.assignments.map(\.evidence))")
    }
}
