import Foundation
import Testing
@testable import DragomanKit

/// "Led for the first time by" counts a person's turns at the head of a delegation, not the
/// rounds; and an intention ("plan to continue … on 12 May", "wollen … am 12. Mai fortsetzen")
/// points ahead, so its day is the coming one.
@Suite(.enabled(if: TestPaths.hasShared)) struct RoundFirstTimeAndIntentTests {
    @Test(arguments: [
        ("de", "Die fünfte Runde der Gespräche über die Arbeit der Botschaften fand am 17. März in Wien statt.",
         "Die amerikanische Delegation wurde zum ersten Mal von Rebecca Langhorne geleitet."),
        ("nl", "De vijfde ronde van de gesprekken over de werking van de ambassades vond op 17 maart plaats in Wenen.",
         "De Amerikaanse delegatie werd voor de eerste keer geleid door Rebecca Langhorne."),
        ("nb", "Den femte runden med samtaler om driften av ambassadene fant sted i Wien 17. mars.",
         "Den amerikanske delegasjonen ble for første gang ledet av Rebecca Langhorne."),
        ("en", "The fifth round of talks on the work of the embassies took place in Vienna on March 17.",
         "The U.S. delegation was led for the first time by Rebecca Langhorne."),
    ])
    func ledForTheFirstTimeIsNoFirstRound(language: String, round: String, leader: String) throws {
        let report = RoundFixture.article("vienna-\(language)", language, published: "2026-03-18", [round, leader])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let vienna = try #require(analysis.rounds.first { $0.date == CalendarDate(year: 2026, month: 3, day: 17) })
        let assigned = RoundFixture.rounds(analysis, report.id)
        #expect(assigned[1] == [vienna.number], "the leader's sentence belongs to the Vienna round, not round 1: \(assigned)")
        #expect(analysis.round(1)?.articleIDs.contains(report.id) != true)
    }

    @Test(arguments: [
        ("de", "Russland und die USA wollen ihre Gespräche über die Arbeit der Botschaften am 12. Mai in Genf fortsetzen, teilte das Außenministerium am Donnerstag mit."),
        ("nl", "Rusland en de VS willen hun gesprekken over de werking van de ambassades op 12 mei in Genève voortzetten, meldde het ministerie donderdag."),
        ("nb", "Russland og USA planlegger å fortsette samtalene om driften av ambassadene i Genève 12. mai, opplyste departementet torsdag."),
        ("en", "The United States and Russia plan to continue their talks on the work of their embassies in Geneva on May 12, the ministry said on Thursday."),
    ])
    func anIntentionDatesTheComingDay(language: String, sentence: String) throws {
        let recognizer = DateRecognizer()
        let dates = recognizer.recognize(sentences: [sentence], language: LanguageCode(language),
                                         context: DateRecognizer.Context(publicationDate: CalendarDate(parsing: "2026-03-19")))
        #expect(dates.contains { $0.value == CalendarDate(parsing: "2026-05-12") }, "\(dates.map { "\($0.text)=\(String(describing: $0.value))" })")
        #expect(!dates.contains { $0.value == CalendarDate(parsing: "2025-05-12") })
    }
}

/// An undated report with only the corpus year to go by: a month it announces does not end
/// before the first day another report of that year was published.
@Suite struct UndatedAnnouncementTests {
    @Test func anAnnouncedMonthIsNotBeforeTheCorpusFirstPublication() {
        let sentence = ["USA og Russland skal møtes i Washington i februar til en fjerde runde med samtaler om ambassadene, opplyste departementet mandag."]
        func february(_ context: DateRecognizer.Context) -> CalendarDate? {
            DateRecognizer().recognize(sentences: sentence, language: .norwegian, context: context).first { $0.text == "februar" }?.value
        }
        #expect(february(.init(corpusYear: 2025)) == CalendarDate(year: 2025, month: 2), "the corpus year alone")
        #expect(february(.init(corpusYear: 2025, firstPublishedDays: [2025: 1110])) == CalendarDate(year: 2026, month: 2))
        #expect(february(.init(corpusYear: 2025, firstPublishedDays: [2025: 115])) == CalendarDate(year: 2025, month: 2),
                "a corpus that reached January already may announce this February")
    }
}
