import Foundation
import Testing
@testable import DragomanKit

/// Yearless dates that lie ahead of a February report whatever the verb's tense says: a
/// deadline, a step granted, the next round, a present passive. Months coordinated with a dated
/// month share its year. And a report with no date of its own reads its yearless dates against
/// the date of the report that tells the same events.
@Suite struct DateAheadTests {
    let recognizer = DateRecognizer()

    func values(_ sentence: String, _ language: LanguageCode, pub: String = "2027-02-18") -> [String?] {
        recognizer.recognize(sentences: [sentence], language: language, context: .init(publicationDate: CalendarDate(parsing: pub)))
            .map { $0.value?.description }
    }

    @Test(arguments: [
        ("Zudem darf jede Seite ihr Botschaftspersonal bis zum 1. Juli aufstocken.", LanguageCode.german),
        ("Daarnaast mag elke ambassade uiterlijk 1 juli extra medewerkers aannemen.", .dutch),
        ("Hver av partene kan øke bemanningen innen 1. juli.", .norwegian),
        ("Each side may add staff to its embassy by July 1.", .english),
    ])
    func aDeadlineLiesAhead(sentence: String, language: LanguageCode) {
        #expect(values(sentence, language) == ["2027-07-01"])
    }

    /// Told in the past, a deadline keeps the past reading; a range's end is no deadline.
    @Test func aPastDeadlineAndARangeKeepTheirReading() {
        #expect(values("The embassies had until July 1 to reply.", .english) == ["2026-07-01"])
        #expect(values("Die Gespräche dauerten vom 9. bis 11. März.", .german).last == "2026-03-11")
    }

    @Test(arguments: [
        ("Russische Experten dürfen im April die Anwesen besichtigen.", LanguageCode.german),
        ("Russische experts mogen in april de landgoederen bezoeken.", .dutch),
        ("Russiske eksperter får i april besøke eiendommene.", .norwegian),
        ("De volgende ronde wordt in april in Ankara gehouden, maakte het ministerie bekend.", .dutch),
        ("The next round is held in April in Ankara.", .english),
    ])
    func aGrantedStepAndTheNextRoundLieAhead(sentence: String, language: LanguageCode) {
        #expect(values(sentence, language) == ["2027-04"])
    }

    /// Without such a cue a later month in a present sentence is still last year's.
    @Test func aPresentSentenceKeepsLastYear() {
        #expect(values("Die Anwesen stehen seit April leer.", .german) == ["2026-04"])
    }

    @Test(arguments: [
        ("The first two rounds, in February and April 2025, were held in Istanbul.", LanguageCode.english),
        ("De eerste twee rondes, in februari en april 2025, vonden plaats in Istanbul.", .dutch),
        ("Die ersten beiden Runden im Februar und April 2025 fanden in Istanbul statt.", .german),
        ("De to første rundene, i februar og april 2025, ble holdt i Istanbul.", .norwegian),
    ])
    func coordinatedMonthsShareTheYear(sentence: String, language: LanguageCode) {
        #expect(values(sentence, language) == ["2025-02", "2025-04"])
    }

    /// An undated translation takes its original's date: "yesterday" is the day before it, "in
    /// November" (past) last November and "in May" (the next round) this May.
    @Test func anUndatedReportReadsItsDatesAgainstTheReportOfTheSameEvents() throws {
        let original = RoundFixture.article("original", "nl", published: "2027-02-18", [
            "Rusland en de VS hebben gisteren in Moskou afgesproken dat hun diplomaten sneller een visum krijgen.",
            "De Russische delegatie werd geleid door ambassadeur Aleksandr Dartsjiev, de Amerikaanse door Sonata Coulter.",
            "Daarnaast mag elke ambassade tot 1 juli maximaal 25 extra medewerkers aannemen, zei Anne Mulder.",
        ])
        let translation = RoundFixture.article("translation", "en", published: nil, [
            "Russia and the US have yesterday in Moscow agreed that their diplomats get a visa faster.",
            "The Russian delegation was led by ambassador Aleksandr Dartsjiev, the American by Sonata Coulter.",
            "The previous round was held in Geneva in November, said Anne Mulder.",
            "The next round is in May in Ankara held.",
        ])
        let unrelated = RoundFixture.article("unrelated", "en", published: "2025-06-30", [
            "Talks between the two countries on trade opened in Vienna.",
        ])
        #expect(EntityIndex.neighbourDates([original, translation, unrelated])["translation"] == CalendarDate(parsing: "2027-02-18"))
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let mentions = EntityIndex.build(articles: [original, translation, unrelated], recognizer: recognizer).mentions
        let dates = Dictionary(mentions.filter { $0.articleID == "translation" && $0.kind == .date }.map { ($0.text, $0.date?.value?.description) },
                               uniquingKeysWith: { a, _ in a })
        #expect(dates == ["yesterday": "2027-02-17", "November": "2026-11", "May": "2027-05"])
    }

    /// Reports that share as much but are dated far apart lend no date.
    @Test func neighboursFarApartLendNoDate() {
        let sentences = ["Sonata Coulter and Aleksandr Dartsjiev met Anne Mulder and Daniel Reyes."]
        let undated = RoundFixture.article("undated", "en", published: nil, sentences + ["They met in November."])
        let early = RoundFixture.article("early", "en", published: "2025-03-01", sentences)
        let late = RoundFixture.article("late", "en", published: "2027-03-01", sentences)
        #expect(EntityIndex.neighbourDates([undated, early, late])["undated"] == nil)
        #expect(EntityIndex.neighbourDates([undated, early])["undated"] == CalendarDate(parsing: "2025-03-01"))
    }
}

/// A report with no date and no year of its own reads an announced month ("scheduled for
/// February") after every month it tells with a year: "the talks, which began in February 2025"
/// make the scheduled February a later one, not the month the talks began.
@Suite struct DateAheadOfOwnMonthsTests {
    static let reports: [(LanguageCode, [String])] = [
        (.english, ["The talks, which began in Istanbul in February 2025, last met in Ljubljana in June.",
                    "The 14th round is scheduled for February in Tashkent, both sides said."]),
        (.german, ["Die Gespräche, die im Februar 2025 in Istanbul begannen, fanden zuletzt im Juni in Ljubljana statt.",
                   "Die 14. Runde soll im Februar in Taschkent stattfinden."]),
        (.dutch, ["Het overleg, dat in februari 2025 in Istanbul begon, vond in juni voor het laatst plaats in Ljubljana.",
                  "De veertiende ronde zal in februari in Tasjkent plaatsvinden."]),
        (.norwegian, ["Samtalene, som startet i Istanbul i februar 2025, ble sist holdt i Ljubljana i juni.",
                      "Den fjortende runden skal holdes i februar i Tasjkent."]),
    ]

    @Test(arguments: reports)
    func theAnnouncedMonthComesAfterTheReportsOwn(language: LanguageCode, sentences: [String]) {
        let mentions = DateRecognizer().recognize(sentences: sentences, language: language, context: .init(corpusYear: 2025))
        let announced = mentions.filter { $0.sentenceIndex == 1 }.compactMap(\.value)
        #expect(!announced.isEmpty, "\(mentions)")
        // After February 2025, the month the report tells the talks began.
        #expect(announced.allSatisfy { $0 > CalendarDate(year: 2025, month: 2) }, "\(announced)")
    }
}
