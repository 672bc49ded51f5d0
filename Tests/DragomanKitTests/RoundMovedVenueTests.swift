import Foundation
import Testing
@testable import DragomanKit

/// A round moved to another city, and an ordinal that counts a person's presence: reports
/// written for these tests (a fictional round in Geneva, 2026), in the four languages.
@Suite struct RoundMovedVenueTests {
    /// The round takes place "not in Washington but in Geneva", and a later sentence tells the
    /// plan that changed: one round, in Geneva, which both sentences are about.
    @Test(arguments: [
        ("de", "Die achte Runde der Konsultationen über die Arbeit der Botschaften findet am 5. November 2026 nicht in Washington, sondern in Genf statt.",
         "Eigentlich war die Runde für den Herbst in Washington geplant gewesen."),
        ("nl", "De achtste ronde van het overleg over de werking van de ambassades vindt op 5 november 2026 niet in Washington maar in Genève plaats.",
         "De ronde was eigenlijk voor de herfst in Washington gepland."),
        ("nb", "Den åttende runden av konsultasjonene om ambassadenes arbeid finner sted 5. november 2026, ikke i Washington, men i Genève.",
         "Runden hadde vært ventet i Washington i høsten."),
        ("en", "The eighth round of consultations on the work of the embassies takes place on 5 November 2026 not in Washington but in Geneva.",
         "The round had been expected in Washington in the autumn."),
    ])
    func aRoundMovedAwayIsWhereItWentTo(language: String, lead: String, plan: String) throws {
        let report = RoundFixture.article("moved-\(language)", language, published: "2026-10-30", [lead, plan])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 11, 5), "\(analysis.rounds)")
        #expect(round.venueEntityID == "loc-geneva", "\(analysis.rounds)")
        #expect(!analysis.rounds.contains { $0.venueEntityID == "loc-washington" }, "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[round.number], [round.number]])
    }

    /// Without the changed plan, a round announced for the city stays a round there (control:
    /// the plan's sentence is what the rule reads, not the city).
    @Test func aRoundAnnouncedForACityIsARoundThere() throws {
        let report = RoundFixture.article("announced", "en", published: "2026-10-30", [
            "The eighth round of consultations on the work of the embassies took place in Geneva on 5 November 2026.",
            "The next round will be held in Washington.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(analysis.rounds.contains { $0.venueEntityID == "loc-washington" }, "\(analysis.rounds)")
    }

    /// Without "next" or "new", a future meeting at another city in a report on a round of its
    /// own is that round (a plan that changed or a clumsy translation of one), not a new round;
    /// the same sentence in a report that names no round announces one there.
    @Test(arguments: [
        ("de", "Die Gespräche sollen in Washington stattfinden."),
        ("nl", "De gesprekken zouden in Washington plaatsvinden."),
        ("nb", "Samtalene skulle finne sted i Washington."),
        ("en", "The talks should take place in Washington."),
    ])
    func aFutureMeetingElsewhereInAReportOnItsOwnRoundIsNoNewRound(language: String, sentence: String) throws {
        let leads = RoundArrangedStepsTests.leads
        let report = RoundFixture.article("own-\(language)", language, published: "2026-11-06", [leads[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(!analysis.rounds.contains { $0.venueEntityID == "loc-washington" }, "\(analysis.rounds)")
        let alone = RoundFixture.article("alone-\(language)", language, published: "2026-11-06", [sentence])
        let announced = try RoundFixture.analyze([alone], withSeeds: false)
        #expect(announced.rounds.contains { $0.venueEntityID == "loc-washington" }, "\(announced.rounds)")
    }

    /// "She attended for the first time": the ordinal counts her presence, not round 1.
    @Test(arguments: [
        ("de", "Die fünfte Runde der Konsultationen über die Arbeit der Botschaften fand am 12. März 2026 in Doha statt.",
         "Jewgenija Moltschanowa war zum ersten Mal als Stellvertreterin des Botschafters dabei."),
        ("nl", "De vijfde ronde van het overleg over de werking van de ambassades vond op 12 maart 2026 in Doha plaats.",
         "Jevgenia Moltsjanova was voor de eerste keer aanwezig als plaatsvervanger van de ambassadeur."),
        ("nb", "Den femte runden av konsultasjonene om ambassadenes arbeid fant sted i Doha 12. mars 2026.",
         "Jevgenija Moltsjanova deltok for første gang som ambassadørens stedfortreder."),
        ("en", "The fifth round of consultations on the work of the embassies took place in Doha on 12 March 2026.",
         "Yevgenia Molchanova attended for the first time as the ambassador's deputy."),
    ])
    func aFirstAttendanceIsNoFirstRound(language: String, lead: String, sentence: String) throws {
        // With the seed reports, a first round exists for the ordinal to claim.
        let report = RoundFixture.article("first-\(language)", language, published: "2026-03-12", [lead, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        #expect(RoundFixture.rounds(analysis, report.id) == [[5], [5]], "\(analysis.rounds)")
    }

    /// The delegations meeting "for the second time" still numbers the round.
    @Test func meetingForTheSecondTimeIsTheSecondRound() throws {
        let report = RoundFixture.article("second", "en", published: "2026-03-12", [
            "The delegations met in Doha on 12 March 2026 for the second time to discuss the work of the embassies.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[2]], "\(analysis.rounds)")
    }
}
