import Testing
@testable import DragomanKit

/// Date forms per language, implicit years, weekday and relative resolution, and refusals.
/// Expected values are worked out by hand from a calendar (27 February 2025 is a Thursday,
/// 10 April 2025 a Thursday, 11 April 2025 a Friday).
@Suite struct DateRecognizerTests {
    let recognizer = DateRecognizer()

    func dates(_ sentences: [String], _ language: LanguageCode, pub: String? = nil, corpusYear: Int? = nil) -> [(String, String?, DateKind)] {
        recognizer.recognize(sentences: sentences, language: language,
                             context: .init(publicationDate: pub.flatMap(CalendarDate.init(parsing:)), corpusYear: corpusYear))
            .map { ($0.text, $0.value?.description, $0.kind) }
    }

    /// A yearless date in a past-tense sentence is the latest occurrence not after the report's
    /// date; in a future one a month before the publication month is next year's; with no tense
    /// marker the publication year unless the month is after the publication month.
    @Test func pastTenseKeepsYearlessDatesBeforePublication() {
        let past = dates(["Eerder vonden twee gespreksrondes plaats in Istanbul, op 27 februari en 10 april."], .dutch, pub: "2025-10-21")
        #expect(past.map(\.1) == ["2025-02-27", "2025-04-10"])
        let english = dates(["The two previous rounds were held in Istanbul on February 27 and April 10."], .english, pub: "2025-11-05")
        #expect(english.map(\.1) == ["2025-02-27", "2025-04-10"])
        let future = dates(["De volgende ronde zal op 27 februari plaatsvinden."], .dutch, pub: "2025-10-21")
        #expect(future.map(\.1) == ["2026-02-27"])
        // No tense marker: a January in a December report is this year's January.
        let neutral = dates(["Die Gespräche am 10. Januar."], .german, pub: "2025-12-20")
        #expect(neutral.map(\.1) == ["2025-01-10"])
    }

    /// The main clause's tense decides a weekday's direction: a future relative clause does
    /// not make "met on Thursday" next Thursday (report of Friday 19 September 2025).
    /// A year written once after coordinated days is the year of each, in every language; a
    /// yearless day that is not coordinated with the dated one keeps the usual reading (past
    /// tense in a March 2026 report: this year's February).
    @Test(arguments: [
        ("The previous rounds were held in Istanbul on February 27 and April 10, 2025.", LanguageCode.english),
        ("Die bisherigen Runden fanden am 27. Februar und am 10. April 2025 in Istanbul statt.", .german),
        ("De vorige rondes werden op 27 februari en 10 april 2025 in Istanbul gehouden.", .dutch),
        ("De forrige rundene ble holdt i Istanbul 27. februar og 10. april 2025.", .norwegian),
    ])
    func aYearWrittenOnceBelongsToEachCoordinatedDay(sentence: String, language: LanguageCode) {
        #expect(dates([sentence], language, pub: "2026-03-02").map(\.1) == ["2025-02-27", "2025-04-10"])
    }

    /// "is due to be held", "are set to meet" look ahead as "will" does; "due to" meaning
    /// "because of" does not.
    @Test func dueToBeHeldLooksAhead() {
        #expect(dates(["The next full round is due to be held in Washington in May."], .english, pub: "2026-03-03").map(\.1) == ["2026-05"])
        #expect(dates(["The delegations are set to meet again in May."], .english, pub: "2026-03-03").map(\.1) == ["2026-05"])
        #expect(dates(["The talks in May were cancelled due to sanctions."], .english, pub: "2026-03-03").map(\.1) == ["2025-05"])
    }

    @Test func aDayNotCoordinatedWithTheDatedOneKeepsItsOwnYear() {
        let found = dates(["The talks on February 27 were short; the agreement of April 10, 2025 still stands."], .english, pub: "2026-03-02")
        #expect(found.map(\.1) == ["2026-02-27", "2025-04-10"])
    }

    @Test(arguments: [
        ("Die Diplomaten trafen sich am Donnerstag in Washington, die erste Runde, die auf US-Boden abgehalten wird.", LanguageCode.german),
        ("The diplomats met on Thursday in Washington, which will host the talks again next year.", .english),
        ("De diplomaten ontmoetten elkaar donderdag in Washington, dat ook de volgende ronde zal ontvangen.", .dutch),
        ("Diplomatene møttes torsdag i Washington, som også skal være vert for neste runde.", .norwegian),
    ])
    func aFutureRelativeClauseDoesNotTurnAPastWeekday(sentence: String, language: LanguageCode) {
        #expect(dates([sentence], language, pub: "2025-09-19").first?.1 == "2025-09-18")
    }

    /// Yearless months and days against the publication date, by the sentence's tense: a month
    /// after the publication month is last year's unless the sentence is in the future tense; in
    /// a future sentence a month before it is next year's; "seit"/"since"/"sinds"/"siden" always
    /// look back. (Before: the occurrence nearest the publication date, so "Seit Februar" in an
    /// October report was next February.)
    @Test(arguments: [
        ("Seit Februar verhandeln beide Seiten über die Botschaften.", LanguageCode.german, "2025-10-20", "2025-02"),
        ("Die Gespräche aus dem Dezember dauern an.", .german, "2025-10-20", "2024-12"),
        ("Die nächste Runde soll im Februar stattfinden.", .german, "2025-10-20", "2026-02"),
        ("Seit dem 25. Oktober gilt die Vereinbarung.", .german, "2025-10-20", "2024-10-25"),
        ("Die Runde findet am 25. Oktober in Istanbul statt.", .german, "2025-10-20", "2025-10-25"),
        ("Forhandlingene har pågått siden februar.", .norwegian, "2025-10-12", "2025-02"),
        ("Samtalene i desember var lange.", .norwegian, "2025-10-12", "2024-12"),
        ("Neste runde skal holdes i mars.", .norwegian, "2025-10-12", "2026-03"),
        ("Sinds februari onderhandelen beide landen.", .dutch, "2025-10-20", "2025-02"),
        ("De gesprekken van 3 november duren voort.", .dutch, "2025-10-20", "2024-11-03"),
        ("De volgende ronde zal in januari plaatsvinden.", .dutch, "2025-10-20", "2026-01"),
        ("Talks have continued since February.", .english, "2025-10-20", "2025-02"),
        ("The December talks in Istanbul continue.", .english, "2025-10-20", "2024-12"),
        ("The delegations will meet again on 10 January.", .english, "2025-12-20", "2026-01-10"),
        // A meeting announced in the present lies ahead when it is up to three months away.
        ("Das Treffen findet am 3. November in Riad statt.", .german, "2025-10-20", "2025-11-03"),
        ("The talks take place on 2 January in Vienna.", .english, "2025-11-20", "2026-01-02"),
        ("Het overleg vindt op 12 december plaats.", .dutch, "2025-10-20", "2025-12-12"),
        ("Møtet finner sted 5. november i Wien.", .norwegian, "2025-10-20", "2025-11-05"),
        ("Die Delegationen treffen sich im Juli in Wien.", .german, "2025-10-20", "2025-07"),
    ])
    func yearlessDatesByTense(sentence: String, language: LanguageCode, pub: String, expected: String) {
        #expect(dates([sentence], language, pub: pub).map(\.1) == [expected])
    }

    @Test func germanForms() {
        let found = dates(["Die Gespräche finden am 10. April 2025 in Istanbul statt, wie schon am 27. Februar.",
                           "Antonow trat im Oktober 2024 zurück; Ende 2016 und im Jahr 2022 gab es Streit.",
                           "Das Protokoll vom 2025-04-10 und vom 10.04.2025 liegt vor."], .german)
        #expect(found.map(\.0) == ["10. April 2025", "27. Februar", "Oktober 2024", "2016", "2022", "2025-04-10", "10.04.2025"])
        #expect(found.map(\.1) == ["2025-04-10", "2025-02-27", "2024-10", "2016", "2022", "2025-04-10", "2025-04-10"])
        #expect(found.allSatisfy { $0.2 == .explicit })
    }

    /// A compound whose first part is a month ("das April-Treffen", "april-møtet") is that
    /// month; a compound with a month inside ("US-Aprilwetter") or after ("Mitte-April") is not.
    @Test func monthCompoundsAreTheMonth() {
        let german = dates(["Nach dem April-Treffen tauschten beide Seiten Noten aus; die Februar-Runde dauerte länger."], .german, pub: "2025-09-19")
        #expect(german.map(\.0) == ["April-Treffen", "Februar-Runde"])
        // Month granularity; the year is the nearest to the report's date (the yearless rule).
        #expect(german.map { $0.1?.suffix(3) } == ["-04", "-02"])
        #expect(german.map { $0.1?.count } == [7, 7])
        let norwegian = dates(["Etter april-møtet ble notene utvekslet."], .norwegian, pub: "2025-09-19")
        #expect(norwegian.map(\.1) == ["2025-04"])
        #expect(dates(["Das US-Aprilwetter und die Mitte-April-Zahlen."], .german, pub: "2025-09-19").isEmpty)
    }

    @Test func dutchForms() {
        let found = dates(["De eerste ronde was op 27 februari 2025, de tweede op 10 april.", "In maart gebeurde niets."], .dutch)
        #expect(found.map(\.0) == ["27 februari 2025", "10 april", "maart"])
        #expect(found.map(\.1) == ["2025-02-27", "2025-04-10", "2025-03"])
    }

    @Test func norwegianForms() {
        let found = dates(["Konsultasjonene fant sted i Istanbul 27. februar og 10. april 2025.", "Han gikk av i oktober 2024."], .norwegian)
        #expect(found.map(\.0) == ["27. februar", "10. april 2025", "oktober 2024"])
        #expect(found.map(\.1) == ["2025-02-27", "2025-04-10", "2024-10"])
    }

    @Test func englishForms() {
        let found = dates(["The delegations met on April 10, 2025, after talks on 27 February.", "They may meet again in May 2025 or in March."], .english)
        #expect(found.map(\.0) == ["April 10, 2025", "27 February", "May 2025", "March"])
        #expect(found.map(\.1) == ["2025-04-10", "2025-02-27", "2025-05", "2025-03"])
    }

    /// Forms that were missed or cut short: abbreviated months with their stop, "the 3rd of
    /// November", "am 14.10." and "14.10.25", "mid-October" (and "Mitte"/"midden"/"midt i" before
    /// a month that is also a word), and years said in words. A clock time ("um 14.10.",
    /// "kl. 14.10.") is no date.
    @Test(arguments: [
        ("They met on Oct. 14, 2025 in Istanbul.", LanguageCode.english, nil, ["Oct. 14, 2025=2025-10-14"]),
        ("The talks were held on Sept. 16.", .english, "2025-10-20", ["Sept. 16=2025-09-16"]),
        ("The round was held on the 3rd of November.", .english, "2025-11-20", ["3rd of November=2025-11-03"]),
        ("The 3rd of November, 2025 saw the third round.", .english, nil, ["3rd of November, 2025=2025-11-03"]),
        ("The envoys met in mid-October.", .english, "2025-10-20", ["October=2025-10"]),
        ("Last year there were two rounds; next year there will be more.", .english, "2025-10-20", ["Last year=2024", "next year=2026"]),
        ("Die Gespräche fanden am 14. Okt. 2025 statt.", .german, nil, ["14. Okt. 2025=2025-10-14"]),
        ("Das Treffen war am 14.10. in Wien.", .german, "2025-10-20", ["14.10.=2025-10-14"]),
        ("Das Protokoll vom 14.10.25 liegt vor.", .german, nil, ["14.10.25=2025-10-14"]),
        ("Die Sitzung begann um 14.10.", .german, "2025-10-20", []),
        ("Letztes Jahr gab es zwei Runden, nächstes Jahr sollen es mehr sein.", .german, "2025-10-20", ["Letztes Jahr=2024", "nächstes Jahr=2026"]),
        ("Vergangenes Jahr trafen sich die Diplomaten Mitte Mai.", .german, "2025-10-20", ["Vergangenes Jahr=2024", "Mai=2025-05"]),
        ("De gesprekken vonden plaats op 14 okt. 2025.", .dutch, nil, ["14 okt. 2025=2025-10-14"]),
        ("Het overleg van 14.10.25 duurde zes uur.", .dutch, nil, ["14.10.25=2025-10-14"]),
        ("De gezanten ontmoetten elkaar midden mei.", .dutch, "2025-10-20", ["mei=2025-05"]),
        ("Vorig jaar waren er twee rondes, volgend jaar meer.", .dutch, "2025-10-20", ["Vorig jaar=2024", "volgend jaar=2026"]),
        ("Møtet fant sted 14. okt. 2025 i Moskva.", .norwegian, nil, ["14. okt. 2025=2025-10-14"]),
        ("Møtet var 14.10. i Moskva, fra kl. 14.10.", .norwegian, "2025-10-20", ["14.10.=2025-10-14"]),
        ("De møttes midt i oktober, i fjor.", .norwegian, "2025-10-20", ["oktober=2025-10", "i fjor=2024"]),
    ] as [(String, LanguageCode, String?, [String])])
    func moreForms(sentence: String, language: LanguageCode, pub: String?, expected: [String]) {
        #expect(dates([sentence], language, pub: pub).map { "\($0.0)=\($0.1 ?? "nil")" } == expected)
    }

    @Test func modalMayAndBareNumbersAreNotDates() {
        #expect(dates(["They may meet.", "The delegation arrived at 06:45 GMT."], .english).isEmpty)
    }

    @Test func weekdaysResolveInTheAnchorsWeek() {
        let found = dates(["Das Treffen findet am Donnerstag statt.", "Lavrov sagte am Mittwoch, das Treffen finde am 27. Februar 2025 statt.",
                           "Die Gespräche in Riad waren am 18. Februar."], .german)
        #expect(found.map(\.1) == ["2025-02-27", "2025-02-26", "2025-02-27", "2025-02-18"])
        #expect(found.map(\.2) == [.weekday, .weekday, .explicit, .explicit])
    }

    @Test func englishWeekdaysWithTheCaptionAsAnchor() {
        let found = dates(["The delegations met in Istanbul, Turkey, April 10, 2025.", "They arrived on Thursday.", "Bruce said on Tuesday that…"], .english)
        #expect(found.map(\.1) == ["2025-04-10", "2025-04-10", "2025-04-08"])
    }

    /// Without a publication day a weekday is anchored only to a full date of the same event: in
    /// its own sentence, or in the sentence directly before or after it when the tenses agree
    /// (a future weekday is not a past round's day), or to the week an adjacent "this week"
    /// resolved to, or to a dateline (a full date between punctuation in the first sentence).
    /// Otherwise it keeps no value. (Before: any weekday took the report's latest date, so "will
    /// meet on Thursday" became the past 10 April.)
    @Test(arguments: [
        (["The delegations will meet on Thursday in Vienna.", "The first round was held on February 27, 2025, and a second followed on April 10."],
         LanguageCode.english, [nil, "2025-02-27", "2025-04-10"]),
        (["The delegations met on Thursday in Vienna.", "It was the third round.", "The second round was held on April 10, 2025."],
         .english, [nil, "2025-04-10"]),
        (["The first round was held in Istanbul, February 27, 2025.", "Both sides praised it.", "The delegations will meet again on Thursday."],
         .english, ["2025-02-27", nil]),
        (["On February 27, 2025 the first round took place in Istanbul.", "Diplomats prepared it for weeks.", "Bruce spoke on Tuesday about the agenda."],
         .english, ["2025-02-27", nil]),
        (["ISTANBUL, April 10, 2025 — The delegations met at the consulate.", "It was the second round.", "Bruce said on Tuesday that Ukraine is not on the agenda."],
         .english, ["2025-04-10", "2025-04-08"]),
        (["The delegations will meet on Thursday in Vienna.", "The round is planned for February 27, 2025."], .english, ["2025-02-27", "2025-02-27"]),
        (["Die Delegationen sollen sich am Donnerstag in Wien treffen.", "Die erste Runde fand am 27. Februar 2025 statt, die zweite am 10. April."],
         .german, [nil, "2025-02-27", "2025-04-10"]),
        (["Das Treffen findet am Donnerstag in Istanbul statt.", "Die Diplomaten treffen sich diese Woche.", "Lawrow sagte, das Treffen werde am 27. Februar 2025 stattfinden."],
         .german, ["2025-02-27", "2025-W09", "2025-02-27"]),
        (["De delegaties zullen elkaar donderdag in Wenen ontmoeten.", "De eerste ronde vond plaats op 27 februari 2025, de tweede op 10 april."],
         .dutch, [nil, "2025-02-27", "2025-04-10"]),
        (["Delegasjonene skal møtes torsdag i Wien.", "Den første runden fant sted 27. februar 2025, den andre 10. april."],
         .norwegian, [nil, "2025-02-27", "2025-04-10"]),
    ] as [([String], LanguageCode, [String?])])
    func weekdaysAnchorOnlyToTheSameEvent(sentences: [String], language: LanguageCode, expected: [String?]) {
        #expect(dates(sentences, language).map(\.1) == expected)
    }

    @Test func weekdayWithoutAnchorIsNotGuessed() {
        // Dutch: no date in the report, only a month of publication.
        #expect(dates(["Een delegatie arriveerde donderdag.", "Op dinsdag verklaarde Bruce iets."], .dutch, pub: "2025-05").map(\.1) == [nil, nil])
        // Norwegian: the report's dates are two months before its publication month: not anchors.
        let found = dates(["Han sa tirsdag at runden blir i Moskva.", "Runden fant sted 10. april."], .norwegian, pub: "2025-06")
        #expect(found.map(\.0) == ["tirsdag", "10. april"])
        #expect(found.map(\.1) == [nil, "2025-04-10"])
    }

    @Test func publicationDayAnchorsLookingBack() {
        // Published Friday 11 April 2025: "Tuesday" is the 8th, "today" the 11th, "yesterday" the 10th.
        let found = dates(["Bruce said on Tuesday that talks were held yesterday.", "Today the delegations left."], .english, pub: "2025-04-11")
        #expect(found.map(\.0) == ["Tuesday", "yesterday", "Today"])
        #expect(found.map(\.1) == ["2025-04-08", "2025-04-10", "2025-04-11"])
    }

    @Test func publicationDayAnchorsByTense() {
        // Published Monday 23 June 2025: a future sentence's Tuesday is the 24th, a past one's the
        // 17th; with no tense marker ("kommen … zusammen") the nearer Tuesday, the 24th.
        let german = dates(["Die Delegationen kommen am Dienstag zusammen.", "Sie werden am Donnerstag abreisen.",
                            "Am Dienstag war Lawrow in Doha."], .german, pub: "2025-06-23")
        #expect(german.map(\.1) == ["2025-06-24", "2025-06-26", "2025-06-17"])
        // Published Thursday: "on Friday" with no tense is tomorrow, "on Monday" three days back.
        let english = dates(["Talks on Friday.", "Talks on Monday."], .english, pub: "2025-06-26")
        #expect(english.map(\.1) == ["2025-06-27", "2025-06-23"])
    }

    /// With a publication day, weekdays are read from that day (the writer's today), not from
    /// a date the report gives for another event: in a past sentence, or next to a reporting
    /// verb ("said on Friday", "zei vrijdag", "sa fredag"), the latest such day on or before it;
    /// in a future sentence the first after it; "next"/"kommenden"/"volgende"/"neste" ahead and
    /// "vergangenen"/"last" back, a week away on the same weekday. (Before: "said on Friday" in a
    /// Friday report with "October 14" in it was the next Friday.)
    @Test(arguments: [
        // 10 October 2025 is a Friday, 13 October a Monday, 14 October a Tuesday.
        (["The Russian Foreign Ministry said on Friday that the talks will resume on October 14."], LanguageCode.english, "2025-10-10", ["2025-10-10", "2025-10-14"]),
        (["The Russian Foreign Ministry said on Friday.", "The next round is set for October 14."], .english, "2025-10-10", ["2025-10-10", "2025-10-14"]),
        (["Lavrov said on Thursday that a new round will take place in Moscow."], .english, "2025-10-13", ["2025-10-09"]),
        (["The delegations will meet next Tuesday."], .english, "2025-10-14", ["2025-10-21"]),
        (["Das Außenministerium teilte am Freitag mit, die Gespräche würden am 14. Oktober fortgesetzt."], .german, "2025-10-10", ["2025-10-10", "2025-10-14"]),
        (["Die Delegationen treffen sich am kommenden Dienstag in Wien."], .german, "2025-10-14", ["2025-10-21"]),
        (["Am vergangenen Freitag war Lawrow in Doha."], .german, "2025-10-10", ["2025-10-03"]),
        (["Het ministerie zei vrijdag dat de gesprekken op 14 oktober worden hervat."], .dutch, "2025-10-10", ["2025-10-10", "2025-10-14"]),
        (["De delegaties zullen elkaar volgende dinsdag ontmoeten."], .dutch, "2025-10-14", ["2025-10-21"]),
        (["Utenriksdepartementet sa fredag at samtalene skal fortsette 14. oktober."], .norwegian, "2025-10-10", ["2025-10-10", "2025-10-14"]),
        (["Delegasjonene møtes neste tirsdag i Wien."], .norwegian, "2025-10-14", ["2025-10-21"]),
        (["Delegasjonene skal møtes på fredag."], .norwegian, "2025-10-10", ["2025-10-17"]),
        // A reporting verb at the end of a German subordinate clause, in a future sentence.
        (["Das Treffen am 12. März soll in Wien stattfinden, wie das Außenministerium am Dienstag mitteilte."], .german, "2026-03-10", ["2026-03-12", "2026-03-10"]),
    ])
    func weekdaysFromThePublicationDay(sentences: [String], language: LanguageCode, pub: String, expected: [String]) {
        #expect(dates(sentences, language, pub: pub).map(\.1) == expected)
    }

    /// With a publication date, "last week" and "last month" count from it, not from an event
    /// the report dates near it (before: "last week" in a Friday report that also names the
    /// coming Tuesday was the report's own week).
    @Test(arguments: [
        (["Talks were held last week.", "The next round is set for October 14."], LanguageCode.english, "2025-10-10", ["2025-W40", "2025-10-14"]),
        (["Last month the envoys met in Istanbul.", "Talks will resume on November 3."], .english, "2025-10-30", ["2025-09", "2025-11-03"]),
        (["Die Gespräche fanden vorige Woche statt.", "Die nächste Runde ist am 14. Oktober."], .german, "2025-10-10", ["2025-W40", "2025-10-14"]),
        (["Vorige maand waren de gezanten in Istanbul.", "De gesprekken zullen op 3 november worden hervat."], .dutch, "2025-10-30", ["2025-09", "2025-11-03"]),
        (["Samtalene fant sted forrige uke.", "Neste runde skal holdes 14. oktober."], .norwegian, "2025-10-10", ["2025-W40", "2025-10-14"]),
    ])
    func relativeFromThePublicationDate(sentences: [String], language: LanguageCode, pub: String, expected: [String]) {
        #expect(dates(sentences, language, pub: pub).map(\.1) == expected)
    }

    @Test func relativeWeeksAndMonths() {
        let german = dates(["Die Diplomaten treffen sich diese Woche, am 27. Februar 2025.", "Nächste Woche folgt mehr, sagte sie in diesem Monat."], .german)
        #expect(german.map(\.0) == ["diese Woche", "27. Februar 2025", "Nächste Woche", "diesem Monat"])
        #expect(german.map(\.1) == ["2025-W09", "2025-02-27", "2025-W10", "2025-02"])
        #expect(german.map(\.2) == [.relative, .explicit, .relative, .relative])
        let dutch = dates(["Deze maand, op 10 april 2025, kwamen ze samen; vorige week niet."], .dutch)
        #expect(dutch.map(\.1) == ["2025-04", "2025-04-10", "2025-W14"])
        let norwegian = dates(["Møtet 10. april 2025 ble holdt denne uken."], .norwegian)
        #expect(norwegian.map(\.1) == ["2025-04-10", "2025-W15"])
        let english = dates(["On April 10, 2025 they met; last month they did not."], .english)
        #expect(english.map(\.1) == ["2025-04-10", "2025-03"])
    }

    /// Years said without a number: "dieses Jahr", "dit jaar", "this year", and the Norwegian
    /// phrases "i år" (this year) and "i fjor" (last year), against the report's date.
    @Test func relativeYears() {
        let norwegian = dates(["Det er den tredje utvekslingen i år, mot to i fjor."], .norwegian, pub: "2025-09-20")
        #expect(norwegian.map(\.0) == ["i år", "i fjor"])
        #expect(norwegian.map(\.1) == ["2025", "2024"])
        #expect(dates(["Het is de derde ruil dit jaar."], .dutch, pub: "2025-09-20").map(\.1) == ["2025"])
        #expect(dates(["Es ist der dritte Austausch dieses Jahr."], .german, pub: "2025-09-20").map(\.1) == ["2025"])
        #expect(dates(["It is the third exchange this year."], .english, pub: "2025-09-20").map(\.1) == ["2025"])
        #expect(dates(["Han sa det i dag, i Oslo."], .norwegian, pub: "2025-09-20").map(\.0) == ["i dag"])
    }

    /// A month or day with a year said in words after it belongs to that year ("sinds februari
    /// vorig jaar" in a March 2026 report is February 2025), in each language, counted from the
    /// publication year or, without one, from the report's year.
    @Test(arguments: [
        ("Het was de vijfde ronde sinds februari vorig jaar.", LanguageCode.dutch, "februari vorig jaar"),
        ("Es war die fünfte Runde seit Februar letzten Jahres.", .german, "Februar letzten Jahres"),
        ("Die Gespräche begannen im Februar im vorigen Jahr.", .german, "Februar im vorigen Jahr"),
        ("Det var den femte runden siden februar i fjor.", .norwegian, "februar i fjor"),
        ("It was the fifth round since February last year.", .english, "February last year"),
        ("It was the fifth round since 27 February last year.", .english, "27 February last year"),
    ])
    func aYearInWordsAfterAMonthIsThatMonthsYear(sentence: String, language: LanguageCode, span: String) {
        let found = dates([sentence], language, pub: "2026-03-13")
        #expect(found.map(\.0) == [span])
        #expect(found.first?.1?.hasPrefix("2025-02") == true)
        // Without a publication date, from the report's own year (here the corpus year).
        #expect(dates([sentence], language, corpusYear: 2026).first?.1?.hasPrefix("2025-02") == true)
    }

    /// Coordinated days share a year said in words after the last of them, as they share a
    /// written one: in a March 2026 report, "27. Februar und 10. April vergangenen Jahres" are
    /// both 2025 (read alone, 27 February would be this year's, three weeks before).
    @Test(arguments: [
        ("Die ersten beiden Runden hatten am 27. Februar und am 10. April vergangenen Jahres in Istanbul stattgefunden.", LanguageCode.german),
        ("De eerste twee rondes vonden plaats op 27 februari en 10 april vorig jaar in Istanbul.", .dutch),
        ("De to første rundene ble holdt i Istanbul 27. februar og 10. april i fjor.", .norwegian),
        ("The first two rounds were held in Istanbul on Feb. 27 and April 10 last year.", .english),
    ])
    func coordinatedDaysShareAYearInWords(sentence: String, language: LanguageCode) {
        let found = dates([sentence], language, pub: "2026-03-20")
        #expect(found.map { $0.1 ?? "nil" } == ["2025-02-27", "2025-04-10"], "\(found)")
        // Not across other words: the first day is a date of its own ("27 February, then").
        let apart = dates(["On 27 February the talks went well, unlike on April 10 last year."], .english, pub: "2026-03-20")
        #expect(apart.first?.1 == "2026-02-27", "\(apart)")
    }

    /// In a report without a publication date, a weekday and a yearless day of the month in the
    /// same or adjacent sentences fix the year in which that day falls on that weekday, so both
    /// resolve to the same day whatever year most of the corpus is about.
    @Test(arguments: [
        (["The fifth round ended on Thursday in Vienna.", "The delegations met on 12 March in the embassy."], LanguageCode.english, 2025, "2026-03-12"),
        (["Die Runde endete am Donnerstag.", "Die Delegationen trafen sich am 10. April in Istanbul."], .german, 2026, "2025-04-10"),
        (["De delegaties spraken donderdag op 27 februari in Istanbul."], .dutch, 2026, "2025-02-27"),
    ])
    func aWeekdayPinsTheYearOfAYearlessDay(sentences: [String], language: LanguageCode, corpusYear: Int, day: String) {
        let found = recognizer.recognize(sentences: sentences, language: language,
                                         context: .init(corpusYear: corpusYear, corpusYears: 2025...2026))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.value?.description == day }, "\(found.map { "\($0.text)=\($0.value?.description ?? "nil")" })")
    }

    /// A weekday of a statement ("said on Wednesday") is another day than the meeting's and
    /// fixes no year; nor does a weekday far from the day.
    @Test func aStatementsWeekdayPinsNoYear() {
        let context = DateRecognizer.Context(corpusYear: 2026, corpusYears: 2025...2026)
        let said = recognizer.recognize(sentences: ["Lavrov said on Thursday that the delegations will meet on 12 March."], language: .english, context: context)
        #expect(said.first { $0.kind == .explicit }?.value?.description == "2026-03-12")
        let far = recognizer.recognize(sentences: ["The round ended on Thursday.", "It was long.", "It was useful.", "They met on 10 April."],
                                       language: .english, context: context)
        #expect(far.first { $0.kind == .explicit }?.value?.description == "2026-04-10")
    }

    /// Without a publication date and a year of its own, a report's yearless days take the year
    /// other reports give the same days (the same events), not the corpus's most common year:
    /// newer reports about other events do not move them.
    @Test func daysOtherReportsDateGiveTheYear() {
        let sentences = ["Die Delegationen werden sich am 10. April in Istanbul treffen.", "Bruce machte am 8. April deutlich, dass die Ukraine kein Thema ist."]
        let linked = recognizer.recognize(sentences: sentences, language: .german,
                                          context: .init(corpusYear: 2026, corpusYears: 2025...2026, yearsOfDays: [410: [2025: 2, 2026: 1]]))
        #expect(linked.map { $0.value?.description } == ["2025-04-10", "2025-04-08"])
        // No other report names these days: the corpus year, as before.
        let unlinked = recognizer.recognize(sentences: sentences, language: .german,
                                            context: .init(corpusYear: 2026, corpusYears: 2025...2026, yearsOfDays: [312: [2026: 3]]))
        #expect(unlinked.map { $0.value?.description } == ["2026-04-10", "2026-04-08"])
    }

    @Test func implicitYears() {
        // No publication date, no written day year: the corpus year, raised to the report's latest year.
        #expect(dates(["Antonow trat im Oktober 2024 zurück.", "Das Treffen ist am 27. Februar."], .german, corpusYear: 2023).map(\.1) == ["2024-10", "2024-02-27"])
        #expect(dates(["Antonow trat im Oktober 2024 zurück.", "Das Treffen ist am 27. Februar."], .german, corpusYear: 2025).map(\.1) == ["2024-10", "2025-02-27"])
        // Nothing to go on: the date is found, its value is not guessed.
        #expect(dates(["Das Treffen ist am 27. Februar."], .german).map(\.1) == [nil])
        // A December report's January is the next January in the future tense, this year's without.
        #expect(dates(["Møtet skal holdes 10. januar."], .norwegian, pub: "2024-12").map(\.1) == ["2025-01-10"])
        #expect(dates(["Møtet 10. januar i Oslo."], .norwegian, pub: "2024-12").map(\.1) == ["2024-01-10"])
        // A written day year in the report wins over the corpus year.
        #expect(dates(["Met on April 10, 2024.", "Again on 3 May."], .english, corpusYear: 2025).map(\.1) == ["2024-04-10", "2024-05-03"])
    }

    /// An undated report with only the corpus year to go by announces what lies ahead: not
    /// before the first day the other reports date in that year, so a 2025 corpus whose reports
    /// date 27 February and 10 April reads "next round in January" as January 2026, not as a
    /// round before every round it follows. A later month stays in the corpus year, and a month
    /// told as past is the corpus year's whatever it is.
    @Test(arguments: [
        ("Die nächste Runde soll im Januar in Washington stattfinden.", "Die Runde fand im Januar in Washington statt.", LanguageCode.german),
        ("De volgende ronde zal in januari in Washington plaatsvinden.", "De ronde vond in januari in Washington plaats.", .dutch),
        ("Neste runde skal holdes i januar i Washington.", "Runden ble holdt i januar i Washington.", .norwegian),
        ("The next round will be held in January in Washington.", "The round was held in January in Washington.", .english),
    ])
    func anUndatedReportsAnnouncedMonthIsNotBeforeTheCorpus(future: String, past: String, language: LanguageCode) {
        func value(_ sentence: String, _ context: DateRecognizer.Context) -> String? {
            recognizer.recognize(sentences: [sentence], language: language, context: context).first?.value?.description
        }
        let corpus = DateRecognizer.Context(corpusYear: 2025, corpusYears: 2025...2025, yearsOfDays: [227: [2025: 2], 410: [2025: 3]])
        #expect(value(future, corpus) == "2026-01")
        #expect(value(past, corpus) == "2025-01")
        // A month after the corpus's first dated day is ahead within the corpus year.
        let may = [("January", "May"), ("januari", "mei"), ("Januar", "Mai"), ("januar", "mai")].reduce(future) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        #expect(value(may, corpus) == "2025-05")
        // With nothing the other reports date, the corpus year as before.
        #expect(value(future, DateRecognizer.Context(corpusYear: 2025)) == "2025-01")
    }

    /// A weekday written right before a day of the month names that day, and pins its year:
    /// 28 May is a Thursday in 2026 (not in 2025 or 2027), so in a June 2026 report "torsdag
    /// 28. mai", told with "skulle" (a future word), is 2026's, and the weekday is that day, not
    /// the Thursday after the report.
    @Test(arguments: [
        ("Møtet skulle opprinnelig ha vært holdt torsdag 28. mai, men ble utsatt.", LanguageCode.norwegian, "torsdag", "28. mai"),
        ("Das Treffen soll am Donnerstag, dem 28. Mai, stattfinden.", .german, "Donnerstag", "28. Mai"),
        ("The meeting will be held on Thursday, May 28, in Moscow.", .english, "Thursday", "May 28"),
        ("De bijeenkomst zou donderdag 28 mei plaatsvinden.", .dutch, "donderdag", "28 mei"),
    ])
    func aWeekdayBeforeADayIsThatDayAndPinsItsYear(sentence: String, language: LanguageCode, weekday: String, day: String) {
        let found = dates([sentence], language, pub: "2026-06-17")
        #expect(found.first { $0.0 == day }?.1 == "2026-05-28", "\(found)")
        #expect(found.first { $0.0 == weekday }?.1 == "2026-05-28", "\(found)")
    }

    /// A weekday that does not fit the day in any nearby year (28 May is no Monday in 2025–2027)
    /// pins nothing: the tense decides, and a future May in a June report is next year's.
    @Test func aWeekdayThatDoesNotFitLeavesTheYearToTheTense() {
        let found = dates(["The meeting will be held on Monday, May 28, in Moscow."], .english, pub: "2026-06-17")
        #expect(found.first { $0.0 == "May 28" }?.1 == "2027-05-28", "\(found)")
    }

    /// A plan told in the past ("had originally been scheduled", "was gepland voor") is no
    /// future: a day before the report's is this year's, a day up to three months after it too.
    @Test func aPlanToldInThePastIsNoFuture() {
        #expect(dates(["The round had originally been scheduled for May 28 but was postponed."], .english, pub: "2026-06-16").map(\.1) == ["2026-05-28"])
        #expect(dates(["De ronde was oorspronkelijk gepland voor 28 mei maar werd uitgesteld."], .dutch, pub: "2026-06-16").map(\.1) == ["2026-05-28"])
        #expect(dates(["Het overleg was gepland voor 3 juli."], .dutch, pub: "2026-06-16").map(\.1) == ["2026-07-03"])
        // A plan for the future stays one.
        #expect(dates(["The next round is scheduled for May 28."], .english, pub: "2026-06-16").map(\.1) == ["2027-05-28"])
    }

    /// A yearless date that starts a span ("ab", "vanaf", "fra", "from") in a sentence with no
    /// tense marker is its nearest occurrence: ahead when that is nearer, back otherwise. "Since"
    /// and a past tense still look back.
    @Test(arguments: [
        ("Die Konsularabteilungen sollen ab dem 1. September wieder Visa ausstellen.", LanguageCode.german, "2026-09-01"),
        ("Vanaf 1 september moeten de consulaire afdelingen weer visa afgeven.", .dutch, "2026-09-01"),
        ("The consular sections are to resume issuing visas from Sept. 1 under a timetable.", .english, "2026-09-01"),
        ("Konsulatavdelingene må igjen utstede visum fra 1. oktober.", .norwegian, "2026-10-01"),
        // A past verb in another clause does not place the start.
        ("De afdelingen moeten de visa weer afgeven vanaf 1 sept. onder een schema dat werd overeengekomen.", .dutch, "2026-09-01"),
        // Nearer behind than ahead: this March.
        ("Visa fees are higher from March 1 under the new rules.", .english, "2026-03-01"),
        // Ahead in a past sentence: last year's.
        ("The sections were reopened from Sept. 1 under a timetable.", .english, "2025-09-01"),
        ("Seit dem 1. September gelten neue Regeln.", .german, "2025-09-01"),
        // A past verb after the date, or a past main clause, places the start back.
        ("Ab dem 1. September wurden die Konsulate geschlossen.", .german, "2025-09-01"),
        ("Fra 1. september ble konsulatene stengt.", .norwegian, "2025-09-01"),
        ("From Sept. 1, the sections were closed.", .english, "2025-09-01"),
    ])
    func aStartWithNoTenseIsItsNearestOccurrence(sentence: String, language: LanguageCode, expected: String) {
        #expect(dates([sentence], language, pub: "2026-06-16").map(\.1) == [expected], "\(sentence)")
    }

    /// Start phrases of several words ("met ingang van", "fra og med", "mit Wirkung vom", "as
    /// of", "effective") start a span as "vanaf"/"fra"/"ab"/"from" do: a past verb in a relative
    /// clause does not place the date back. "til og med" ("up to and including") is no start.
    @Test(arguments: [
        ("De afdelingen geven weer visa af met ingang van 1 september, volgens een schema dat werd overeengekomen.", LanguageCode.dutch, "2026-09-01"),
        ("Avdelingene utsteder igjen visum fra og med 1. september, etter en tidsplan som ble vedtatt.", .norwegian, "2026-09-01"),
        ("Die Abteilungen stellen mit Wirkung vom 1. September wieder Visa aus, nach einem Zeitplan, der vereinbart wurde.", .german, "2026-09-01"),
        ("The sections issue visas again as of Sept. 1, under a timetable that was agreed.", .english, "2026-09-01"),
        ("The sections issue visas again effective Sept. 1, under a timetable that was agreed.", .english, "2026-09-01"),
    ])
    func aStartPhraseIsAStart(sentence: String, language: LanguageCode, expected: String) {
        #expect(dates([sentence], language, pub: "2026-06-16").map(\.1) == [expected], "\(sentence)")
        // The phrase is found as a whole, right before the date.
        let words = DateWords.forLanguage(language)
        let folded = sentence.split(separator: " ").map { TextFolding.fold(String($0)) }
        let date = folded.firstIndex { $0.first?.isNumber == true || $0 == "sept." }!
        #expect(words.startOfFromPhrase(before: date, in: folded) != nil, "\(sentence)")
    }

    @Test func upToAndIncludingIsNoStart() {
        let words = DateWords.forLanguage(.norwegian)
        #expect(words.startOfFromPhrase(before: 3, in: ["gjelder", "til", "og", "med", "1."]) == nil)
        #expect(words.startOfFromPhrase(before: 3, in: ["gjelder", "fra", "og", "med", "1."]) == nil)
        #expect(words.startOfFromPhrase(before: 4, in: ["gjelder", "fra", "og", "med", "1."]) == 1)
        #expect(DateWords.forLanguage(.german).startOfFromPhrase(before: 2, in: ["ab", "dem", "1."]) == 0)
    }

    /// The first day of a range is no start: both ends of a past range are last year's.
    @Test func theFirstDayOfARangeIsNoStart() {
        #expect(dates(["The talks were held from 2 September to 4 September."], .english, pub: "2026-06-16").map(\.1) == ["2025-09-02", "2025-09-04"])
    }
}
