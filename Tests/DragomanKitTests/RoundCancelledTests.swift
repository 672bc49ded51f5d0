import Foundation
import Testing
@testable import DragomanKit

/// Rounds announced and then called off, put off, or dated only by a year, from reports written
/// for these tests (Vienna and Doha, 2026–2027: places and days no seed mentions).
@Suite struct RoundCancelledTests {
    /// The announcement every test starts from: a report on a round in Doha that names the next
    /// one, in Vienna, without a date.
    static func announcement() -> Article {
        RoundFixture.article("doha-report", "en", published: "2026-03-13", [
            "The delegations met in Doha on 12 March 2026 for talks on the work of the embassies.",
            "The next round of consultations will take place in Vienna.",
        ])
    }

    static func vienna(_ analysis: RoundAnalysis) -> Round? {
        analysis.rounds.first { $0.venueEntityID == "loc-vienna" }
    }

    /// A later report says the announced meeting never took place: the round is cancelled,
    /// whether the sentence names it as "the next round" or only by its venue.
    @Test(arguments: [
        ("de", "Im März kündigte die Botschaft eine nächste Runde in Wien an, aber dieses Treffen kam nie zustande."),
        ("de", "Die für Wien geplante Runde wurde abgesagt."),
        ("nl", "In maart kondigde de ambassade een volgende ronde in Wenen aan, maar die bijeenkomst kwam er nooit."),
        ("nl", "De ronde in Wenen is afgelast."),
        ("nb", "Et møte i Wien, som ble kunngjort i mars, ble aldri holdt."),
        ("nb", "Runden i Wien ble avlyst."),
        ("en", "A meeting in Vienna, announced in March, never took place."),
        ("en", "The round in Vienna was cancelled."),
        // "planned for": a venue only beside a word of planning.
        ("nl", "De voor Wenen geplande ronde is afgelast."),
        ("nb", "Møtet som var planlagt til Wien, ble avlyst."),
        ("en", "The meeting planned for Vienna was called off."),
    ])
    func aRoundCalledOffIsCancelled(language: String, sentence: String) throws {
        let later = RoundFixture.article("called-off-\(language)", language, published: "2026-09-01", [sentence])
        let analysis = try RoundFixture.analyze([Self.announcement(), later], withSeeds: false)
        let round = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(round.status == .cancelled, "\(analysis.rounds)")
        // The round held before it keeps its status, and the sentence is about the Vienna round.
        #expect(RoundNumberingTests.dated(analysis, 2026, 3, 12)?.status == .held)
        #expect(RoundFixture.rounds(analysis, later.id) == [[round.number]])
    }

    /// Put off is not called off: the round is still to come.
    @Test(arguments: [
        ("de", "Die Runde in Wien wurde verschoben."),
        ("nl", "De ronde in Wenen is uitgesteld."),
        ("nb", "Runden i Wien er utsatt."),
        ("en", "The round in Vienna has been postponed."),
    ])
    func aRoundPutOffStaysAnnounced(language: String, sentence: String) throws {
        let later = RoundFixture.article("put-off-\(language)", language, published: "2026-04-01", [sentence])
        let analysis = try RoundFixture.analyze([Self.announcement(), later], withSeeds: false)
        let round = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(round.status == .announced)
    }

    /// "The next round will be held in Vienna early in 2027": the round is dated by its year.
    @Test(arguments: [
        ("de", "Die nächste Runde soll Anfang 2027 in Wien stattfinden."),
        ("nl", "De volgende ronde staat begin 2027 gepland in Wenen."),
        ("nb", "Neste runde skal etter planen holdes i Wien tidlig i 2027."),
        ("en", "The next round is expected to be held in Vienna early in 2027."),
    ])
    func aNextRoundTakesTheYearItIsAnnouncedFor(language: String, sentence: String) throws {
        let report = RoundFixture.article("year-\(language)", language, published: "2026-03-13", [RoundVenueStatusTests.dohaLead[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(round.date == CalendarDate(year: 2027))
        #expect(round.status == .announced)
        #expect(round.number == 2)
        // The report is about the Doha round: the year of the next one does not take its
        // sentences over.
        #expect(RoundFixture.rounds(analysis, report.id) == [[1], [2]])
    }

    /// A year "since" which something lasts dates no meeting, and a year before the report
    /// appeared is no announcement's date.
    @Test(arguments: [
        "The next round will take place in Vienna; the dispute has lasted since 2016.",
        "In 2025 both sides agreed that the next round would take place in Vienna.",
    ])
    func aYearThatIsNoMeetingsDateDatesNothing(sentence: String) throws {
        let report = RoundFixture.article("no-year", "en", published: "2026-03-13", [
            "The delegations met in Doha on 12 March 2026 for talks on the work of the embassies.",
            sentence,
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(round.date == nil)
    }

    /// A round known only by its year orders nothing: a round announced for a day earlier that
    /// year is not thereby over.
    @Test func aYearDoesNotMakeAnEarlierRoundHeld() throws {
        let reports = [
            RoundFixture.article("doha-next", "en", published: "2026-03-01", [
                "The next round of consultations on the embassies will take place in Doha on 20 March 2026.",
            ]),
            RoundFixture.article("vienna-year", "en", published: "2026-03-02", [
                "A further round will be held in Vienna in 2027.",
            ]),
        ]
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        let doha = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 20), "\(analysis.rounds)")
        let vienna = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(vienna.date == CalendarDate(year: 2027))
        #expect(doha.status == .announced)
    }

    /// A round announced for a year is not over while that year lasts: neither a report of
    /// that year nor a round held early in it makes it held.
    @Test func aRoundDatedByAYearIsNotOverWithinIt() throws {
        let reports = [
            RoundFixture.article("vienna-next", "en", published: "2026-03-13", [
                "The delegations met in Doha on 12 March 2026 for talks on the work of the embassies.",
                "The next round is expected to be held in Vienna early in 2027.",
            ]),
            RoundFixture.article("doha-again", "en", published: "2027-02-02", [
                "Diplomats met in Doha on 1 February 2027 for consultations on their embassies.",
            ]),
        ]
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        let vienna = try #require(Self.vienna(analysis), "\(analysis.rounds)")
        #expect(vienna.date == CalendarDate(year: 2027))
        #expect(vienna.status == .announced, "\(analysis.rounds)")
        #expect(RoundNumberingTests.dated(analysis, 2027, 2, 1)?.status == .held)
    }

    /// The brief's schema knows the status, and the text export names it.
    @Test func aCancelledRoundExportsValidXMLAndText() throws {
        var brief = ExportBriefTests.nastyBrief()
        brief.round.status = .cancelled
        brief.round.date = nil
        #expect(try BriefXMLValidator.validate(try BriefXMLWriter.data(brief)) == [])
        #expect(try BriefXMLWriter.string(brief).contains("cancelled"))
        #expect(BriefTextWriter.string(brief).contains("(cancelled)"))
    }

    /// A round put off and held later is one round, dated the day it was held, whichever way
    /// the reports tie the two days: the same ordinal, one sentence telling both, or only the
    /// venue (the next meeting there). The reports that spoke of the planned day are about it.
    @Test(arguments: [
        // The same ordinal.
        ("en", "A third round of talks on the work of the embassies, scheduled for 7 May 2026 in Vienna, has been postponed.",
         "Diplomats met in Vienna on 2 June 2026 for a third round of talks on the work of the embassies."),
        ("de", "Die dritte Runde der Gespräche über die Arbeit der Botschaften, geplant für den 7. Mai 2026 in Wien, wurde verschoben.",
         "Die Diplomaten trafen sich am 2. Juni 2026 in Wien zur dritten Runde der Gespräche über die Arbeit der Botschaften."),
        // Only the venue: the next meeting there.
        ("nl", "Het overleg over de ambassades dat op 7 mei 2026 in Wenen zou plaatsvinden, is uitgesteld.",
         "De delegaties kwamen op 2 juni 2026 in Wenen bijeen voor overleg over de ambassades."),
        ("nb", "Samtalene om ambassadene, som skulle holdes i Wien 7. mai 2026, er utsatt.",
         "Delegasjonene møttes i Wien 2. juni 2026 til samtaler om ambassadene."),
    ])
    func aRoundPutOffAndHeldLaterIsOneRound(language: String, postponed: String, held: String) throws {
        let first = RoundFixture.article("first", "en", published: "2026-03-13", [
            "The delegations met in Doha on 12 March 2026 for a first round of talks on the work of the embassies.",
        ])
        let putOff = RoundFixture.article("put-off-\(language)", language, published: "2026-05-05", [postponed])
        let later = RoundFixture.article("held-\(language)", language, published: "2026-06-03", [held])
        let analysis = try RoundFixture.analyze([first, putOff, later], withSeeds: false)
        let vienna = analysis.rounds.filter { $0.venueEntityID == "loc-vienna" }
        #expect(vienna.count == 1, "\(analysis.rounds)")
        let round = try #require(vienna.first)
        #expect(round.date?.description == "2026-06-02")
        #expect(round.status == .held)
        #expect(RoundFixture.rounds(analysis, putOff.id) == [[round.number]], "\(analysis.assignments.map(\.evidence))")
        #expect(RoundFixture.rounds(analysis, later.id) == [[round.number]])
        // A meeting put off and another one held at another venue with another ordinal stay two.
        let elsewhere = RoundFixture.article("elsewhere", "en", published: "2026-06-03", [
            "Diplomats met in Oslo on 2 June 2026 for a fourth round of talks on the work of the embassies.",
        ])
        let two = try RoundFixture.analyze([first, putOff, elsewhere], withSeeds: false)
        let oslo = try #require(two.rounds.first { $0.venueEntityID == "loc-oslo" }, "\(two.rounds)")
        #expect(oslo.date?.description == "2026-06-02")
        #expect(RoundFixture.rounds(two, putOff.id).first?.contains(oslo.number) == false, "\(two.assignments.map(\.evidence))")
    }

    /// A report about something else whose only dated meeting is told once, at its end ("the
    /// previous one took place in February"), makes no round of it.
    @Test func aMeetingToldOnceLateInAReportAboutSomethingElseIsNoRound() throws {
        let first = RoundFixture.article("first", "en", published: "2026-03-13", [
            "The delegations met in Doha on 12 March 2026 for a first round of talks on the work of the embassies.",
        ])
        let exchange = RoundFixture.article("exchange", "nb", published: "2026-06-16", [
            "Russland og USA gjennomførte tirsdag en fangeutveksling i Abu Dhabi.",
            "To amerikanske statsborgere ble satt fri.",
            "Kreml ønsket ikke å kommentere saken.",
            "Det var den andre utvekslingen i år.",
            "Den forrige fant sted i februar.",
        ])
        let analysis = try RoundFixture.analyze([first, exchange], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
    }
}
