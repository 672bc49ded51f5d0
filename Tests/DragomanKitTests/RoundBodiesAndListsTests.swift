import Testing
@testable import DragomanKit

/// Meetings that are not rounds (a working group the talks set up), lists of venues that name one
/// round each, and a year in a clause a participle opens.
@Suite struct RoundBodiesAndListsTests {
    /// An earlier round in Oslo on 10 April 2025, and a report of 20 March 2026 on a round in
    /// Seattle the day before, in one language.
    static func seattleAfterOslo(_ id: String, _ language: String, _ sentences: [String]) throws
        -> (analysis: RoundAnalysis, oslo: Int, seattle: Int, rounds: [[Int]]) {
        let oslo = RoundFixture.article("oslo", "en", published: "2025-04-11", [
            "Diplomats met in Oslo on 10 April 2025 for a round of talks on the work of their embassies.",
        ])
        let report = RoundFixture.article(id, language, published: "2026-03-20", sentences)
        let analysis = try RoundFixture.analyze([oslo, report], withSeeds: false)
        let first = try #require(RoundNumberingTests.dated(analysis, 2025, 4, 10), "\(analysis.rounds)")
        let seattle = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 19), "\(analysis.rounds)")
        return (analysis, first.number, seattle.number, RoundFixture.rounds(analysis, id))
    }

    /// Rounds 3 to 5 of 2025, in Moscow, Riyadh and Washington, one sentence each.
    static let laterRounds = RoundFixture.article("recap", "en", published: "2026-01-15", [
        "The third round was held in Moscow on 26 June 2025.",
        "The fourth round was held in Riyadh on 14 October 2025.",
        "The fifth round took place in Washington on 9 December 2025.",
    ])

    /// "…a working group, which is to meet for the first time in April": the April of a report
    /// written in March is no round's date, though a round was held in an earlier April, and the
    /// sentence and those after it stay with the report's round. A working group meeting at a
    /// venue is no round there either.
    @Test(arguments: [
        ("en", ["Russian and U.S. diplomats met in Seattle on 19 March 2026 for a new round of talks on their embassies.",
                "The two sides also set up a working group on bank accounts for diplomats, which is to meet for the first time in April.",
                "\"We have moved from words to deeds,\" the ambassador told reporters after the talks.",
                "The working group will meet in Oslo in April."]),
        ("de", ["Russische und US-Diplomaten trafen sich am 19. März 2026 in Seattle zu einer neuen Runde über ihre Botschaften.",
                "Beide Seiten setzten zudem eine Arbeitsgruppe zu Bankkonten für Diplomaten ein, die im April erstmals zusammenkommen soll.",
                "„Wir sind von Worten zu Taten übergegangen“, sagte der Botschafter nach den Gesprächen.",
                "Die Arbeitsgruppe soll im April in Oslo tagen."]),
        ("nl", ["Russische en Amerikaanse diplomaten ontmoetten elkaar op 19 maart 2026 in Seattle voor een nieuwe ronde over hun ambassades.",
                "Beide partijen richtten ook een werkgroep over bankrekeningen voor diplomaten op, die in april voor het eerst bijeenkomt.",
                "\"We zijn van woorden naar daden gegaan\", zei de ambassadeur na het overleg.",
                "De werkgroep zal in april in Oslo vergaderen."]),
        ("nb", ["Russiske og amerikanske diplomater møttes i Seattle 19. mars 2026 til en ny runde om ambassadene.",
                "Partene opprettet også en arbeidsgruppe om bankkontoer for diplomater, som skal møtes første gang i april.",
                "– Vi har gått fra ord til handling, sa ambassadøren etter samtalene.",
                "Arbeidsgruppen skal møtes i Oslo i april."]),
    ])
    func aWorkingGroupsMeetingIsNoRound(language: String, sentences: [String]) throws {
        let (analysis, oslo, seattle, rounds) = try Self.seattleAfterOslo("group-\(language)", language, sentences)
        #expect(analysis.rounds.count == 2, "\(analysis.rounds)")
        #expect(rounds[0] == [seattle])
        #expect(rounds[1] == [seattle], "\(analysis.assignments.map(\.evidence))")
        #expect(rounds[2] == [seattle], "\(analysis.assignments.map(\.evidence))")
        #expect(!rounds[3].contains(oslo), "\(analysis.assignments.map(\.evidence))")
    }

    /// The body's scope ends before a round: "set up a working group at the new round in Seattle
    /// on 19 March" still dates and places the round.
    @Test func aRoundAfterTheBodyKeepsItsDateAndVenue() throws {
        let report = RoundFixture.article("after-body", "en", published: "2026-03-20", [
            "Russian and U.S. diplomats agreed to set up a working group at the new round of talks in Seattle on 19 March 2026.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let seattle = try #require(RoundNumberingTests.dated(analysis, 2026, 3, 19), "\(analysis.rounds)")
        #expect(seattle.venueEntityID == "loc-seattle")
        #expect(RoundFixture.rounds(analysis, report.id) == [[seattle.number]])
    }

    /// "Later rounds took the delegations to Moscow on June 26, Riyadh on October 14 and
    /// Washington on December 9": no locative, yet each place right before a meeting date is that
    /// round's venue.
    @Test(arguments: [
        ("en", "Later rounds took the delegations to Moscow on June 26, Riyadh on October 14 and Washington on December 9."),
        ("de", "Spätere Runden führten die Delegationen nach Moskau am 26. Juni, Riad am 14. Oktober und Washington am 9. Dezember."),
        ("nl", "Latere rondes brachten de delegaties naar Moskou op 26 juni, Riyad op 14 oktober en Washington op 9 december."),
        ("nb", "Senere runder førte delegasjonene til Moskva 26. juni, Riyadh 14. oktober og Washington 9. desember."),
    ])
    func eachPlaceOfADatedListIsItsRoundsVenue(language: String, sentence: String) throws {
        let report = RoundFixture.article("recap-\(language)", language, published: "2026-01-15", [sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let venues = [(6, 26), (10, 14), (12, 9)].map { RoundNumberingTests.dated(analysis, 2025, $0.0, $0.1)?.venueEntityID }
        #expect(venues == ["loc-moscow", "loc-riyadh", "loc-washington"], "\(analysis.rounds)")
    }

    /// One place before a date is no list: "said in Moscow on Tuesday" places the statement.
    @Test func aSinglePlaceBeforeADateNeedsItsLocative() throws {
        let report = RoundFixture.article("single", "en", published: "2026-01-15", [
            "Later rounds took the delegations to Moscow on June 26 and to a third city on October 14.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundNumberingTests.dated(analysis, 2025, 6, 26)?.venueEntityID == nil, "\(analysis.rounds)")
    }

    /// "Since then the delegations have met in Moscow, Riyadh and Washington": a list joined by a
    /// conjunction names one meeting at each venue, so the sentence is about the three rounds
    /// held there; it is a recap, so the next sentence does not go on about all three. "In
    /// Istanbul, Turkey" (no conjunction) stays one venue.
    @Test(arguments: [
        ("en", "Since then the delegations have met in Moscow, Riyadh and Washington.", "The ministry declined to comment."),
        ("de", "Seitdem trafen sich die Delegationen in Moskau, Riad und Washington.", "Das Ministerium wollte sich nicht äußern."),
        ("nl", "Sindsdien kwamen de delegaties bijeen in Moskou, Riyad en Washington.", "Het ministerie wilde niet reageren."),
        ("nb", "Siden da har delegasjonene møttes i Moskva, Riyadh og Washington.", "Departementet ville ikke kommentere."),
    ])
    func aListOfVenuesNamesARoundAtEach(language: String, listed: String, next: String) throws {
        let recap = Self.laterRounds
        let report = RoundFixture.article("list-\(language)", language, published: "2026-03-20", [
            RoundFixtureSentences.lead[language]!, listed, next,
        ])
        let analysis = try RoundFixture.analyze([recap, report], withSeeds: false)
        let held = [(6, 26), (10, 14), (12, 9)].compactMap { RoundNumberingTests.dated(analysis, 2025, $0.0, $0.1)?.number }
        #expect(held.count == 3, "\(analysis.rounds)")
        let rounds = RoundFixture.rounds(analysis, report.id)
        #expect(Set(rounds[1]) == Set(held), "\(analysis.assignments.map(\.evidence))")
        #expect(Set(rounds[2]) != Set(held), "\(analysis.assignments.map(\.evidence))")
    }

    /// A list of venues in a clause apart from a dated round adds the rounds held there: "The
    /// second round was held in Istanbul on 10 April 2025, and since then the delegations have met
    /// in Moscow, Riyadh and Washington".
    @Test(arguments: [
        ("en", "The second round was held in Istanbul on 10 April 2025, and since then the delegations have met in Moscow, Riyadh and Washington."),
        ("nb", "Den andre runden ble holdt i Istanbul 10. april 2025, og senere har partene møttes i Moskva, Riyadh og Washington."),
    ])
    func aListBesideADatedRoundAddsItsRounds(language: String, sentence: String) throws {
        let recap = Self.laterRounds
        let report = RoundFixture.article("apart-\(language)", language, published: "2026-03-20", [RoundFixtureSentences.lead[language]!, sentence])
        let analysis = try RoundFixture.analyze([recap, report], withSeeds: false)
        let held = [(4, 10), (6, 26), (10, 14), (12, 9)].compactMap { RoundNumberingTests.dated(analysis, 2025, $0.0, $0.1)?.number }
        #expect(held.count == 4, "\(analysis.rounds)")
        #expect(Set(RoundFixture.rounds(analysis, report.id)[1]) == Set(held), "\(analysis.assignments.map(\.evidence))")
    }

    /// "The Russian side also raised direct flights" after a sentence of background speaks of a
    /// party to the talks, as "the delegation" does: the report's round. "Both sides" is no
    /// party: their standing complaints stay background.
    @Test(arguments: [
        ("en", "Diplomats met in Seattle on 17 September 2026 for a third round of talks on their embassies.",
         "Washington seized six Russian properties between 2016 and 2018.", "The Russian side also raised the resumption of direct flights.",
         "Both sides complained about visas."),
        ("de", "Diplomaten trafen sich am 17. September 2026 in Seattle zu einer dritten Runde über ihre Botschaften.",
         "Washington beschlagnahmte zwischen 2016 und 2018 sechs russische Immobilien.",
         "Die russische Seite sprach auch die Wiederaufnahme direkter Flüge an.", "Beide Seiten beklagten sich über Visa."),
        ("nl", "Diplomaten ontmoetten elkaar op 17 september 2026 in Seattle voor een derde ronde over hun ambassades.",
         "Washington nam tussen 2016 en 2018 zes Russische eigendommen in beslag.",
         "De Russische kant bracht ook de hervatting van directe vluchten ter sprake.", "Beide partijen klaagden over visa."),
        ("nb", "Diplomater møttes i Seattle 17. september 2026 til en tredje runde om ambassadene.",
         "Washington beslagla seks russiske eiendommer mellom 2016 og 2018.",
         "Den russiske siden tok også opp gjenopptakelse av direkte flyvninger.", "Begge sider klaget over visum."),
    ])
    func aPartyToTheTalksIsTheReportsRound(language: String, lead: String, background: String, side: String, both: String) throws {
        let (analysis, seattle, rounds) = try RoundNumberingTests.seattleReport("side-\(language)", language, [lead, background, side, background, both])
        #expect(rounds[1].isEmpty, "\(analysis.assignments[1].evidence)")
        #expect(rounds[2] == [seattle], "\(analysis.assignments[2].evidence)")
        #expect(rounds[4].isEmpty, "\(analysis.assignments[4].evidence)")
    }

    /// A recap that opens with the first round and goes on to the second: "There the Russian
    /// side handed over a list of demands" is about the second, the round just told and held,
    /// not the report's first round.
    @Test(arguments: [
        ("en", ["The first round took place in Oslo on 12 March 2026, at the residence of the ambassador.",
                "The second round followed on 9 April 2026, also in Oslo.", "There the Russian side handed over a list of demands."]),
        ("de", ["Die erste Runde fand am 12. März 2026 in Oslo statt, in der Residenz des Botschafters.",
                "Die zweite Runde folgte am 9. April 2026, ebenfalls in Oslo.", "Dabei übergab die russische Seite eine Liste mit Forderungen."]),
    ])
    func aPartyAfterALaterHeldRoundIsAtThatRound(language: String, sentences: [String]) throws {
        let report = RoundFixture.article("recap-\(language)", language, published: "2026-05-02", sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        let second = try #require(RoundNumberingTests.dated(analysis, 2026, 4, 9), "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, report.id)[2] == [second.number], "\(analysis.assignments.map(\.evidence))")
    }

    /// "…the compound in Maryland, seized in 2016, but Washington did not budge": the year stands
    /// in a clause a participle opens, so the sentence goes on about the report's round; a main
    /// clause dated 2016 is about 2016.
    @Test func aYearInAParticipleClauseKeepsTheRound() throws {
        let (analysis, seattle, rounds) = try RoundNumberingTests.seattleReport("participle", "en", [
            "Diplomats met in Seattle on 17 September 2026 for a third round of talks on their embassies.",
            "Russia again demanded the return of the compound in Maryland, seized in 2016, but Washington did not budge.",
            "The compound was seized in 2016.",
        ])
        #expect(rounds[1] == [seattle], "\(analysis.assignments[1].evidence)")
        #expect(rounds[2].isEmpty, "\(analysis.assignments[2].evidence)")
    }
}

/// A lead on a round in Vienna on 19 March 2026, per language.
enum RoundFixtureSentences {
    static let lead: [String: String] = [
        "en": "Russian and U.S. diplomats met in Vienna on 19 March 2026 for a new round of talks on their embassies.",
        "de": "Russische und US-Diplomaten trafen sich am 19. März 2026 in Wien zu einer neuen Runde über ihre Botschaften.",
        "nl": "Russische en Amerikaanse diplomaten ontmoetten elkaar op 19 maart 2026 in Wenen voor een nieuwe ronde over hun ambassades.",
        "nb": "Russiske og amerikanske diplomater møttes i Wien 19. mars 2026 til en ny runde om ambassadene.",
    ]
}
