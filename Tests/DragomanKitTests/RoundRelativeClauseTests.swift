import Testing
@testable import DragomanKit

/// A date, a year or a time span inside a relative clause dates what the clause says of its noun,
/// not what the sentence tells; and in a preview, what the report expects to happen is the
/// business of its round even after a sentence of background.
@Suite struct RoundRelativeClauseTests {
    /// "Russia wants the estates back, which were seized in 2016" goes on about the round the
    /// report is telling; "the estates were seized in 2016" is about 2016.
    @Test(arguments: [
        ("en", "Diplomats met in Seattle on 17 September 2026 for a third round of talks on their embassies.",
         "Russia wants the estates back, which were seized in December 2016.", "The estates were seized in December 2016."),
        ("de", "Diplomaten trafen sich am 17. September 2026 in Seattle zu einer dritten Runde über ihre Botschaften.",
         "Russland will die Anwesen zurück, die im Dezember 2016 beschlagnahmt wurden.", "Die Anwesen wurden im Dezember 2016 beschlagnahmt."),
        ("nl", "Diplomaten ontmoetten elkaar op 17 september 2026 in Seattle voor een derde ronde over hun ambassades.",
         "Rusland wil de landgoederen terug, die in december 2016 in beslag werden genomen.", "De landgoederen werden in december 2016 in beslag genomen."),
        ("nb", "Diplomater møttes i Seattle 17. september 2026 til en tredje runde om ambassadene.",
         "Russland vil ha eiendommene tilbake, som ble beslaglagt i desember 2016.", "Eiendommene ble beslaglagt i desember 2016."),
    ])
    func aYearInARelativeClauseKeepsTheRound(language: String, lead: String, relative: String, main: String) throws {
        let (analysis, seattle, rounds) = try RoundNumberingTests.seattleReport("relative-\(language)", language, [lead, relative, main])
        #expect(rounds[1] == [seattle], "\(analysis.assignments[1].evidence)")
        #expect(rounds[2].isEmpty, "\(analysis.assignments[2].evidence)")
    }

    /// A year inside a noun phrase ("die 2016 beschlagnahmten Anwesen", "the 2016 seizures") dates
    /// what was done to the noun, as a relative clause does: the sentence goes on about the round.
    /// The same year as the time of the sentence's own verb makes it background.
    @Test(arguments: [
        ("en", "Diplomats met in Seattle on 17 September 2026 for a third round of talks on their embassies.",
         "Russia wants the 2016 seizures of its estates reversed.", "The estates were seized in 2016 by the Obama administration."),
        ("de", "Diplomaten trafen sich am 17. September 2026 in Seattle zu einer dritten Runde über ihre Botschaften.",
         "Russland will die 2016 beschlagnahmten Anwesen zurück.", "Die Anwesen wurden 2016 beschlagnahmt."),
        ("nl", "Diplomaten ontmoetten elkaar op 17 september 2026 in Seattle voor een derde ronde over hun ambassades.",
         "Rusland wil de in 2016 gesloten landgoederen terug.", "De landgoederen werden in 2016 gesloten."),
        ("nb", "Diplomater møttes i Seattle 17. september 2026 til en tredje runde om ambassadene.",
         "Russland vil ha tilbake de i 2016 beslaglagte eiendommene.", "Eiendommene ble beslaglagt i 2016."),
    ])
    func aYearInsideANounPhraseKeepsTheRound(language: String, lead: String, attributive: String, main: String) throws {
        let (analysis, seattle, rounds) = try RoundNumberingTests.seattleReport("attributive-\(language)", language, [lead, attributive, main])
        #expect(rounds[1] == [seattle], "\(analysis.assignments[1].evidence)")
        #expect(rounds[2].isEmpty, "\(analysis.assignments[2].evidence)")
    }

    /// A preview that expects something after a sentence of background, or after one whose time
    /// span stands in a relative clause, is about its round.
    @Test(arguments: [
        ("en", "Diplomats will meet in Seattle on 17 September 2026 for a third round of talks on their embassies.",
         "Both sides have complained about visas for years.", "Russia will also raise direct flights.",
         "Russia will also ask about the bank accounts of its missions, which banks closed in recent years."),
        ("de", "Diplomaten werden sich am 17. September 2026 in Seattle zu einer dritten Runde über ihre Botschaften treffen.",
         "Beide Seiten beklagen seit Jahren Probleme mit Visa.", "Russland wird auch Direktflüge ansprechen.",
         "Russland wird auch nach den Bankkonten seiner Vertretungen fragen, die Banken in den letzten Jahren geschlossen haben."),
        ("nl", "Diplomaten zullen elkaar op 17 september 2026 in Seattle ontmoeten voor een derde ronde over hun ambassades.",
         "Beide partijen klagen al jaren over visa.", "Rusland zal ook rechtstreekse vluchten aankaarten.",
         "Rusland zal ook vragen naar de bankrekeningen van zijn vertegenwoordigingen, die banken de afgelopen jaren hebben gesloten."),
        ("nb", "Diplomater skal møtes i Seattle 17. september 2026 til en tredje runde om ambassadene.",
         "Begge sider har klaget over visum i mange år.", "Russland vil også ta opp direkteflyvninger.",
         "Russland vil også spørre om bankkontoene til sine representasjoner, som bankene har stengt de siste årene."),
    ])
    func aPreviewsExpectationsAreAboutItsRound(language: String, lead: String, background: String, expected: String, relative: String) throws {
        let (analysis, seattle, rounds) = try RoundNumberingTests.seattleReport("preview-\(language)", language, published: "2026-09-10",
                                                                                [lead, background, expected, background, relative])
        #expect(rounds[1].isEmpty, "\(analysis.assignments[1].evidence)")
        #expect(rounds[2] == [seattle], "\(analysis.assignments[2].evidence)")
        #expect(rounds[4] == [seattle], "\(analysis.assignments[4].evidence)")
    }

    /// "It is the first time since the meeting in Oslo in May that the delegations meet": May is a
    /// point in time, the sentence and the ones after it are about the report's own round.
    @Test(arguments: [
        ("en", "Diplomats met in Seattle on 17 September 2026 for a third round of talks on their embassies.",
         "It is the first time since the meeting in Oslo in May that the two delegations meet.",
         "The Russian delegation was led by the ambassador."),
        ("de", "Diplomaten trafen sich am 17. September 2026 in Seattle zu einer dritten Runde über ihre Botschaften.",
         "Es ist das erste Mal seit dem Treffen in Oslo im Mai, dass die beiden Delegationen zusammenkommen.",
         "Die russische Delegation wurde vom Botschafter geleitet."),
        ("nl", "Diplomaten ontmoetten elkaar op 17 september 2026 in Seattle voor een derde ronde over hun ambassades.",
         "Het is de eerste keer sinds de bijeenkomst in Oslo in mei dat de twee delegaties elkaar ontmoeten.",
         "De Russische delegatie werd geleid door de ambassadeur."),
        ("nb", "Diplomater møttes i Seattle 17. september 2026 til en tredje runde om ambassadene.",
         "Det er første gang siden møtet i Oslo i mai at de to delegasjonene møtes.",
         "Den russiske delegasjonen ble ledet av ambassadøren."),
    ])
    func anEarlierMeetingAsAPointInTime(language: String, lead: String, since: String, delegation: String) throws {
        let may = RoundFixture.article("may", "en", published: "2026-05-06", [
            "The second round of talks on the embassies was held in Oslo on 5 May 2026."])
        let report = RoundFixture.article("since-\(language)", language, published: "2026-09-19", [lead, since, delegation])
        let analysis = try RoundFixture.analyze([may, report], withSeeds: false)
        let seattle = try #require(RoundNumberingTests.dated(analysis, 2026, 9, 17), "\(analysis.rounds)")
        #expect(RoundNumberingTests.dated(analysis, 2026, 5, 5) != nil, "\(analysis.rounds)")
        let rounds = RoundFixture.rounds(analysis, report.id)
        #expect(rounds[1] == [seattle.number], "\(analysis.assignments.map(\.evidence))")
        #expect(rounds[2] == [seattle.number], "\(analysis.assignments.map(\.evidence))")
    }

    /// A report with no publication date whose dateline gives a day without a year ("OSLO, 4.
    /// desember (NTB) – …"): the day is when it was filed, so "Tuesday" in a preview is the next
    /// Tuesday, and the filing day makes no round of its own.
    @Test(arguments: [
        ("nb", "SEATTLE, 14. september (NTB) – Delegasjonene skal møtes i Seattle torsdag for en ny runde om ambassadene."),
        ("de", "SEATTLE, 14. September (dpa) – Die Delegationen werden sich am Donnerstag in Seattle zu einer neuen Runde über die Botschaften treffen."),
        ("nl", "SEATTLE, 14 september (ANP) – De delegaties zullen donderdag in Seattle bijeenkomen voor een nieuwe ronde over de ambassades."),
        ("en", "SEATTLE, Sept 14 (Reuters) – The delegations will meet in Seattle on Thursday for a new round of talks on the embassies."),
    ])
    func aYearlessDatelineDatesThePreview(language: String, lead: String) throws {
        let held = RoundFixture.article("held", "en", published: "2026-09-18", [
            "Diplomats met in Seattle on 17 September 2026 for talks on the work of their embassies."])
        let preview = RoundFixture.article("dateline-\(language)", language, published: nil, [lead])
        let analysis = try RoundFixture.analyze([held, preview], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        let seattle = try #require(RoundNumberingTests.dated(analysis, 2026, 9, 17), "\(analysis.rounds)")
        #expect(RoundFixture.rounds(analysis, preview.id) == [[seattle.number]], "\(analysis.assignments.map(\.evidence))")
    }
}
