import Foundation
import Testing
@testable import DragomanKit

/// What recaps and translated reports say about rounds, on reports written for these tests (a
/// meeting in Doha in 2026 that no seed mentions): an embassy's owner or a country adjective is
/// no venue, a country on the day of a city meeting is that meeting, a dated past statement about
/// a numbered round dates it, a sentence about all the rounds is about none, and a round the
/// reports number keeps their number.
@Suite struct RoundRecapTests {
    static let dohaLead = RoundVenueStatusTests.dohaLead

    /// "met on 12 March in the Russian embassy": the embassy's owner is no venue, and a city in
    /// the same phrase ("in de Russische ambassade in Doha") is. One round, in Doha.
    @Test(arguments: [
        ("en", "The delegations met on 12 March 2026 in the Russian embassy."),
        ("en", "The delegations met on 12 March 2026 in the Russian capital."),
        ("en", "The delegations met on 12 March 2026 in the US embassy."),
        ("nl", "De delegaties kwamen op 12 maart 2026 bijeen in de Russische ambassade in Doha."),
        ("nl", "De delegaties kwamen op 12 maart 2026 bijeen in de Russische ambassade."),
        ("de", "Die Delegationen trafen sich am 12. März 2026 in der Russischen Botschaft."),
        ("nb", "Delegasjonene møttes 12. mars 2026 i den russiske ambassaden."),
    ])
    func anEmbassysOwnerIsNoVenue(language: String, sentence: String) throws {
        let lead = RoundFixture.article("doha-en", "en", published: "2026-03-13", [Self.dohaLead["en"]!])
        let report = RoundFixture.article("owner-\(language)", language, published: "2026-03-13", [sentence])
        let analysis = try RoundFixture.analyze([lead, report], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        let round = try #require(analysis.rounds.first)
        #expect(round.venueEntityID == "loc-doha", "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[round.number]])
    }

    /// A report that places the meeting only in a country, on the day another report places it
    /// in a city, is about the same meeting: no second round "in Russia" on that day.
    @Test(arguments: [
        ("en", "The delegations met in Russia on 12 March 2026, the Russian side said."),
        ("nb", "Delegasjonene møttes i Russland 12. mars 2026, opplyste det russiske utenriksdepartementet."),
        ("de", "Die Delegationen trafen sich am 12. März 2026 in Russland, teilte das russische Außenministerium mit."),
    ])
    func aCountryOnTheDayOfACityMeetingIsThatMeeting(language: String, sentence: String) throws {
        let lead = RoundFixture.article("doha-en", "en", published: "2026-03-13", [Self.dohaLead["en"]!])
        let report = RoundFixture.article("country-\(language)", language, published: "2026-03-13", [sentence])
        let analysis = try RoundFixture.analyze([lead, report], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        #expect(analysis.rounds.first?.venueEntityID == "loc-doha", "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[1]])
    }

    /// A recap tells a numbered round in the past with its venue and date, and a future only in
    /// a clause of its own ("…, after the ambassador had announced that the talks would move"):
    /// the round announced earlier for that venue gets the date and is held.
    @Test(arguments: [
        ("en", "The first round took place in Doha on 12 March 2026, after the ambassador had announced that the talks would move to the capitals."),
        ("nb", "Den første runden fant sted i Doha 12. mars 2026, etter at ambassadøren hadde kunngjort at samtalene skulle flyttes til hovedstedene."),
        ("de", "Die erste Runde fand am 12. März 2026 in Doha statt, nachdem der Botschafter angekündigt hatte, dass die Gespräche in die Hauptstädte verlegt werden sollen."),
        ("nl", "De eerste ronde vond op 12 maart 2026 plaats in Doha, nadat de ambassadeur had aangekondigd dat de gesprekken naar de hoofdsteden zouden verhuizen."),
    ])
    func aDatedPastStatementAboutARoundDatesIt(language: String, sentence: String) throws {
        let announcement = RoundFixture.article("announce", "en", published: "2026-03-01", [
            "The next round of consultations on the embassies will take place in Doha.",
        ])
        let recap = RoundFixture.article("recap-\(language)", language, published: "2026-06-01", [sentence])
        let analysis = try RoundFixture.analyze([announcement, recap], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        let round = try #require(analysis.rounds.first)
        #expect(round.date == CalendarDate(year: 2026, month: 3, day: 12), "\(analysis.rounds)")
        #expect(round.venueEntityID == "loc-doha")
        #expect(round.status == .held)
        #expect(RoundFixture.rounds(analysis, recap.id) == [[round.number]])
        #expect(RoundFixture.rounds(analysis, announcement.id) == [[round.number]])
    }

    /// "All the rounds have been led by …": about the talks as a whole, no one round.
    @Test(arguments: [
        ("en", "All the rounds have been led by the two ambassadors."),
        ("nb", "Alle rundene har vært ledet av de to ambassadørene."),
        ("de", "Alle Runden wurden von den beiden Botschaftern geleitet."),
        ("nl", "Alle rondes werden geleid door de twee ambassadeurs."),
    ])
    func aSentenceAboutAllTheRoundsIsBackground(language: String, sentence: String) throws {
        let report = RoundFixture.article("all-\(language)", language, published: "2026-03-13", [Self.dohaLead[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id) == [[1], []], "\(analysis.assignments.map(\.evidence))")
    }

    /// A report calls its round "the fifth" while the corpus knows of only one earlier round:
    /// the round is the fifth, as every report and reader calls it; the gap says the corpus has
    /// no report on rounds 2 to 4 (renumbering it 2 would contradict its own sources).
    @Test(arguments: [
        ("de", "Die fünfte Runde fand am 14. Oktober 2026 in Doha statt."),
        ("nl", "De vijfde ronde vond op 14 oktober 2026 plaats in Doha."),
        ("nb", "Den femte runden fant sted i Doha 14. oktober 2026."),
        ("en", "The fifth round took place in Doha on 14 October 2026."),
    ])
    func aRoundKeepsTheNumberItsReportsGiveIt(language: String, sentence: String) throws {
        let first = RoundFixture.article("first", "en", published: "2026-03-13", [
            "Diplomats met in Doha on 12 March 2026 for a first round of consultations on their embassies.",
        ])
        let fifth = RoundFixture.article("fifth-\(language)", language, published: "2026-10-15", [sentence])
        let analysis = try RoundFixture.analyze([first, fifth], withSeeds: false)
        #expect(analysis.rounds.map(\.number) == [1, 5], "\(analysis.rounds)")
        let october = try #require(RoundNumberingTests.dated(analysis, 2026, 10, 14), "\(analysis.rounds)")
        #expect(october.number == 5)
        #expect(RoundFixture.rounds(analysis, fifth.id) == [[5]])
    }

    /// A report on a held round that also looks ahead: "the working group will hold its first
    /// meeting" names no first round of the talks, and "the two sides also agreed…", told in
    /// the past after a sentence about what is to come, is back on the report's own round.
    @Test func aLookAheadNamesNoEarlierRoundAndThePastReturnsToTheReportsRound() throws {
        let first = RoundFixture.article("istanbul", "en", published: "2025-02-28", [
            "Diplomats met in Istanbul on 27 February 2025 for a first round of consultations on their embassies.",
        ])
        let report = RoundFixture.article("geneva", "en", published: "2026-03-03", [
            "Russian and U.S. diplomats agreed on 2 March 2026 to set up a working group at a new round of consultations on their embassies in Geneva.",
            "The working group will hold its first meeting in Washington within a month, an official said.",
            "The two sides also agreed that diplomatic visas would be issued within 21 days.",
            "The next round of consultations will take place in Washington in May.",
        ])
        let analysis = try RoundFixture.analyze([first, report], withSeeds: false)
        let istanbul = try #require(RoundNumberingTests.dated(analysis, 2025, 2, 27), "\(analysis.rounds)")
        let geneva = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 2), "\(analysis.rounds)")
        let rounds = RoundFixture.rounds(analysis, report.id)
        #expect(rounds[0] == [geneva.number])
        #expect(!rounds[1].contains(istanbul.number), "\(analysis.assignments.map(\.evidence))")
        #expect(rounds[2] == [geneva.number], "\(analysis.assignments.map(\.evidence))")
    }

    /// A recap that tells round after round: "back then", right after the sentence on the first
    /// round, is about that round, whichever round the report counts as its own.
    @Test(arguments: [
        ("en", ["The first round took place in Doha on 12 March 2026.", "Back then the delegations spoke mostly about visas for diplomats.",
                "The second round followed in Oslo on 20 May 2026."]),
        ("de", ["Die erste Runde fand am 12. März 2026 in Doha statt.", "Damals ging es vor allem um Visa für Diplomaten.",
                "Die zweite Runde folgte am 20. Mai 2026 in Oslo."]),
        ("nl", ["De eerste ronde vond op 12 maart 2026 plaats in Doha.", "Destijds ging het vooral over visa voor diplomaten.",
                "De tweede ronde volgde op 20 mei 2026 in Oslo."]),
        ("nb", ["Den første runden fant sted i Doha 12. mars 2026.", "Den gang handlet det mest om visum for diplomater.",
                "Den andre runden fulgte i Oslo 20. mai 2026."]),
    ])
    func backThenInARecapIsTheRoundTheSentenceBeforeTold(language: String, sentences: [String]) throws {
        let recap = RoundFixture.article("recap-\(language)", language, published: "2026-06-01", sentences)
        let analysis = try RoundFixture.analyze([recap], withSeeds: false)
        let doha = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 12), "\(analysis.rounds)")
        let oslo = try #require(RoundNumberingTests.dated(analysis, 2026, 5, 20), "\(analysis.rounds)")
        let rounds = RoundFixture.rounds(analysis, recap.id)
        #expect(rounds == [[doha.number], [doha.number], [oslo.number]], "\(analysis.assignments.map(\.evidence))")
    }
}
