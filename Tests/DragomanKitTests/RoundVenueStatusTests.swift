import Foundation
import Testing
@testable import DragomanKit

/// Rounds found from reports written for these tests (2026, places no seed mentions): a place
/// a sentence is about makes no round, the perfect makes a round held and a cancelled one is
/// not, one meeting spelt in several languages is one round, "meet again" is a new round, and
/// "the previous round" is the latest one before, whatever the numbers between.
@Suite struct RoundVenueStatusTests {
    static let dohaLead = [
        "de": "Die Delegationen trafen sich am 12. März 2026 in Doha zu Gesprächen über die Arbeit der Botschaften.",
        "nl": "De delegaties kwamen op 12 maart 2026 in Doha bijeen voor overleg over de werking van de ambassades.",
        "nb": "Delegasjonene møttes i Doha 12. mars 2026 for samtaler om ambassadenes arbeid.",
        "en": "The delegations met in Doha on 12 March 2026 for talks on the work of the embassies.",
    ]

    /// "The consulates in San Francisco … shall be treated in a later round": no round in San
    /// Francisco, and "a later round" is no new round.
    @Test(arguments: [
        ("de", "Die Konsulate in San Francisco und Seattle, die 2017 und 2018 geschlossen wurden, sollen in einer späteren Runde behandelt werden."),
        ("en", "The consulates in San Francisco and Seattle, which were closed 2017 and 2018, shall be treated in a later round."),
        ("nl", "De consulaten in San Francisco en Seattle, die in 2017 en 2018 werden gesloten, komen in een latere ronde aan bod."),
        ("nb", "Konsulatene i San Francisco og Seattle, som ble stengt i 2017 og 2018, skal tas opp i en senere runde."),
    ])
    func aPlaceTheSentenceIsAboutMakesNoRound(language: String, sentence: String) throws {
        let report = RoundFixture.article("topic-\(language)", language, published: "2026-03-13", [Self.dohaLead[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        #expect(!analysis.rounds.contains { $0.venueEntityID == "loc-san-francisco" }, "\(analysis.rounds)")
    }

    /// A report on the day of the meeting tells it in the perfect: the round is held.
    @Test(arguments: [
        ("de", "Die Delegationen haben am 14. Oktober 2026 in Doha über die Arbeit der Botschaften gesprochen."),
        ("nl", "De delegaties hebben op 14 oktober 2026 in Doha over de werking van de ambassades gesproken."),
        ("nb", "Delegasjonene har møttes i Doha 14. oktober 2026 for samtaler om ambassadene."),
        ("en", "The delegations have met in Doha on 14 October 2026 for talks on the embassies."),
    ])
    func aRoundToldInThePerfectIsHeld(language: String, sentence: String) throws {
        let report = RoundFixture.article("perfect-\(language)", language, published: "2026-10-14", [sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 10, 14), "\(analysis.rounds)")
        #expect(round.status == .held)
    }

    /// A round announced for a day, then called off: a later report does not make it held.
    @Test(arguments: [
        ("de", "Die für den 20. März 2026 geplante Runde in Doha wurde abgesagt."),
        ("nl", "De ronde die op 20 maart 2026 in Doha zou plaatsvinden, is afgelast."),
        ("nb", "Runden som skulle holdes i Doha 20. mars 2026, ble avlyst."),
        ("en", "The round that was to take place in Doha on 20 March 2026 was called off."),
    ])
    func aCancelledRoundIsNotHeld(language: String, sentence: String) throws {
        let announcement = RoundFixture.article("planned", "en", published: "2026-03-01", [
            "The next round of consultations on the embassies will take place in Doha on 20 March 2026.",
        ])
        let report = RoundFixture.article("cancelled-\(language)", language, published: "2026-03-25", [sentence])
        let analysis = try RoundFixture.analyze([announcement, report], withSeeds: false)
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 20), "\(analysis.rounds)")
        #expect(round.status != .held)
    }

    /// One meeting in Vienna, as four reports spell it (Vienna, Wien, Wenen): one round, known
    /// by the glossary's place; and two spellings the glossary does not know (Lisbon, Lissabon)
    /// on one day are one round too.
    @Test func oneMeetingSpeltInSeveralLanguagesIsOneRound() throws {
        let reports = [
            RoundFixture.article("vienna-en", "en", published: "2026-05-06", ["Diplomats met in Vienna on 5 May 2026 for consultations on their embassies."]),
            RoundFixture.article("vienna-de", "de", published: "2026-05-06", ["Die Delegationen trafen sich am 5. Mai 2026 in Wien zu Gesprächen über die Botschaften."]),
            RoundFixture.article("vienna-nl", "nl", published: "2026-05-06", ["De delegaties kwamen op 5 mei 2026 in Wenen bijeen voor overleg over de ambassades."]),
            RoundFixture.article("vienna-nb", "nb", published: "2026-05-06", ["Diplomater møttes i Wien 5. mai 2026 til konsultasjoner om ambassadene."]),
        ]
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        let round = try #require(RoundNumberingTests.dated(analysis, 2026, 5, 5), "\(analysis.rounds)")
        #expect(round.venueEntityID == "loc-vienna")
        #expect(round.articleIDs.count == 4)

        let unknown = [
            RoundFixture.article("lisbon-en", "en", published: "2026-06-10", ["Diplomats met in Lisbon on 9 June 2026 for consultations on their embassies."]),
            RoundFixture.article("lisbon-nb", "nb", published: "2026-06-10", ["Diplomater møttes i Lissabon 9. juni 2026 til konsultasjoner om ambassadene."]),
            RoundFixture.article("lisbon-nl", "nl", published: "2026-06-10", ["De delegaties kwamen op 9 juni 2026 in Lissabon bijeen voor overleg over de ambassades."]),
        ]
        let merged = try RoundFixture.analyze(unknown, withSeeds: false)
        #expect(merged.rounds.count == 1, "\(merged.rounds)")
    }

    /// The glossary knows the usual meeting cities under their names in each language.
    @Test(arguments: [
        ("loc-vienna", ["de": "Wien", "en": "Vienna", "nl": "Wenen", "nb": "Wien"]),
        ("loc-geneva", ["de": "Genf", "en": "Geneva", "nl": "Genève", "nb": "Genève"]),
        ("loc-beijing", ["de": "Peking", "en": "Beijing", "nl": "Peking", "nb": "Beijing"]),
        ("loc-warsaw", ["de": "Warschau", "en": "Warsaw", "nl": "Warschau", "nb": "Warszawa"]),
        ("loc-cairo", ["de": "Kairo", "en": "Cairo", "nl": "Caïro", "nb": "Kairo"]),
        ("loc-the-hague", ["de": "Den Haag", "en": "The Hague", "nl": "Den Haag", "nb": "Haag"]),
        ("loc-berlin", ["de": "Berlin", "en": "Berlin", "nl": "Berlijn", "nb": "Berlin"]),
    ])
    func theGlossaryKnowsMeetingCities(id: String, names: [String: String]) throws {
        var reports: [Article] = []
        for (language, name) in names.sorted(by: { $0.key < $1.key }) {
            let sentence = [
                "de": "Die Delegationen trafen sich am 5. Mai 2026 in \(name) zu Gesprächen.",
                "en": "The delegations met in \(name) on 5 May 2026 for talks.",
                "nl": "De delegaties kwamen op 5 mei 2026 in \(name) bijeen voor overleg.",
                "nb": "Delegasjonene møttes i \(name) 5. mai 2026 til samtaler.",
            ][language]!
            reports.append(RoundFixture.article("\(id)-\(language)", language, published: "2026-05-06", [sentence]))
        }
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        #expect(analysis.rounds.map(\.venueEntityID) == [id], "\(analysis.rounds)")
        #expect(analysis.rounds.first?.articleIDs.count == 4, "\(analysis.rounds)")
    }

    /// "The delegations will meet again in Doha", after a round held there: a new round.
    @Test(arguments: [
        ("de", "Die Delegationen wollen sich erneut in Doha treffen."),
        ("nl", "De delegaties komen opnieuw in Doha bijeen."),
        ("nb", "Delegasjonene skal møtes igjen i Doha."),
        ("en", "The delegations will meet again in Doha."),
    ])
    func meetingAgainIsANewRound(language: String, sentence: String) throws {
        let held = RoundFixture.article("held", "en", published: "2026-03-13", [Self.dohaLead["en"]!])
        let later = RoundFixture.article("again-\(language)", language, published: "2026-04-01", [sentence])
        let analysis = try RoundFixture.analyze([held, later], withSeeds: false)
        let first = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 12), "\(analysis.rounds)")
        let next = try #require(analysis.rounds.first { $0.number > first.number && $0.venueEntityID == "loc-doha" }, "\(analysis.rounds)")
        #expect(next.status == .announced)
        #expect(RoundFixture.rounds(analysis, later.id) == [[next.number]])
    }

    /// "The previous round" in a report on round 4 when no report knows a round 3: round 2.
    @Test(arguments: [
        ("de", "Die vorige Runde hatte vier Stunden gedauert."),
        ("nl", "De vorige ronde had vier uur geduurd."),
        ("nb", "Den forrige runden varte i fire timer."),
        ("en", "The previous round had lasted four hours."),
        ("en", "An earlier round had lasted four hours."),
    ])
    func thePreviousRoundSkipsMissingNumbers(language: String, sentence: String) throws {
        let reports = [
            RoundFixture.article("r1", "en", published: "2026-03-13", ["Diplomats met in Doha on 12 March 2026 for a first round of consultations."]),
            RoundFixture.article("r2", "en", published: "2026-04-10", ["Diplomats met in Doha on 9 April 2026 for a second round of consultations."]),
            RoundFixture.article("r4", "en", published: "2026-09-18", ["Diplomats met in Doha on 17 September 2026 for a fourth round of consultations."]),
            RoundFixture.article("prev-\(language)", language, published: "2026-09-18", [
                ["de": "Die vierte Runde fand am 17. September 2026 in Doha statt.", "nl": "De vierde ronde vond op 17 september 2026 plaats in Doha.",
                 "nb": "Den fjerde runden fant sted i Doha 17. september 2026.", "en": "The fourth round took place in Doha on 17 September 2026."][language]!,
                sentence,
            ]),
        ]
        let analysis = try RoundFixture.analyze(reports, withSeeds: false)
        #expect(analysis.rounds.map(\.number) == [1, 2, 4], "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, "prev-\(language)")[1] == [2], "\(analysis.assignments.last!.evidence)")
    }
}
