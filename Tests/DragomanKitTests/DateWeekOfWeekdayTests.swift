import Testing
@testable import DragomanKit

/// A weekday of a named week ("last week on Tuesday", "Dienstag letzter Woche", "vorige week
/// dinsdag", "tirsdag forrige uke") is one date: that weekday in that week. A weekday whose own
/// clause has a past (reporting) verb lies back, even after a future quote. Calendar: Monday
/// 16 March 2026, Tuesday 17 March 2026.
@Suite("Weekdays of a named week, and past clauses")
struct DateWeekOfWeekdayTests {
    func dates(_ sentence: String, _ language: LanguageCode, pub: String) -> [String] {
        DateRecognizer().recognize(sentences: [sentence], language: language,
                                   context: .init(publicationDate: CalendarDate(parsing: pub)))
            .map { "\($0.text)=\($0.value?.description ?? "-")" }
    }

    @Test(arguments: [
        ("Vorige week dinsdag spraken de ministers in Genève.", LanguageCode.dutch, "Vorige week dinsdag=2026-03-10"),
        ("De ministers spraken dinsdag vorige week in Genève.", .dutch, "dinsdag vorige week=2026-03-10"),
        ("Vorige week op donderdag spraken de ministers in Genève.", .dutch, "Vorige week op donderdag=2026-03-12"),
        ("Volgende week dinsdag praten de gezanten verder.", .dutch, "Volgende week dinsdag=2026-03-24"),
        ("Letzte Woche Dienstag sprachen die Minister in Genf.", .german, "Letzte Woche Dienstag=2026-03-10"),
        ("Die Minister sprachen am Dienstag letzter Woche in Genf.", .german, "Dienstag letzter Woche=2026-03-10"),
        ("Die Minister sprachen am Donnerstag der vergangenen Woche in Genf.", .german, "Donnerstag der vergangenen Woche=2026-03-12"),
        ("Nächste Woche Dienstag verhandeln die Gesandten weiter.", .german, "Nächste Woche Dienstag=2026-03-24"),
        ("Forrige uke tirsdag snakket ministrene i Genève.", .norwegian, "Forrige uke tirsdag=2026-03-10"),
        ("Ministrene snakket i Genève tirsdag forrige uke.", .norwegian, "tirsdag forrige uke=2026-03-10"),
        ("Ministrene snakket i Genève torsdag i forrige uke.", .norwegian, "torsdag i forrige uke=2026-03-12"),
        ("Neste uke tirsdag forhandler utsendingene videre.", .norwegian, "Neste uke tirsdag=2026-03-24"),
        ("Last week on Tuesday the ministers spoke in Geneva.", .english, "Last week on Tuesday=2026-03-10"),
        ("The ministers spoke in Geneva on Tuesday last week.", .english, "Tuesday last week=2026-03-10"),
        ("The ministers spoke in Geneva on Thursday of last week.", .english, "Thursday of last week=2026-03-12"),
        ("Next week Tuesday the envoys will talk again.", .english, "Next week Tuesday=2026-03-24"),
    ])
    func aWeekdayOfANamedWeekIsOneDate(sentence: String, language: LanguageCode, expected: String) {
        // Published on a Tuesday: the same weekday as the one named, the trap of "nearest".
        #expect(dates(sentence, language, pub: "2026-03-17") == [expected])
    }

    /// "…, said the ambassador to the agency on Wednesday" after a future quote: the weekday's
    /// own clause is past, so it is last Wednesday, not next (report of Monday 16 March 2026).
    @Test(arguments: [
        ("We will raise the visa question, the ambassador told the news agency on Wednesday.", LanguageCode.english, "Wednesday=2026-03-11"),
        ("Russland wird die Frage der Visa ansprechen, sagte der Botschafter der Agentur am Mittwoch.", .german, "Mittwoch=2026-03-11"),
        ("Rusland zal de kwestie van de visa aankaarten, zei de ambassadeur tegen het persbureau op woensdag.", .dutch, "woensdag=2026-03-11"),
        ("Vi vil reise spørsmålet om visumene, sa ambassadøren til avisen onsdag.", .norwegian, "onsdag=2026-03-11"),
    ])
    func aWeekdayInAPastClauseLiesBack(sentence: String, language: LanguageCode, expected: String) {
        #expect(dates(sentence, language, pub: "2026-03-16") == [expected])
    }

    /// The future of the weekday's own clause still looks ahead, whatever verb reports it.
    @Test(arguments: [
        ("The ambassador said the envoys will meet again on Wednesday.", LanguageCode.english, "Wednesday=2026-03-18"),
        ("The next round will be held on Wednesday, the ministry said.", .english, "Wednesday=2026-03-18"),
        ("Die Runde soll am Mittwoch stattfinden, sagte der Botschafter.", .german, "Mittwoch=2026-03-18"),
        ("De ronde zal woensdag plaatsvinden, zei de ambassadeur.", .dutch, "woensdag=2026-03-18"),
        ("Runden skal holdes onsdag, sa ambassadøren.", .norwegian, "onsdag=2026-03-18"),
    ])
    func aWeekdayInAFutureClauseLooksAhead(sentence: String, language: LanguageCode, expected: String) {
        #expect(dates(sentence, language, pub: "2026-03-16") == [expected])
    }
}
