import Foundation
import Testing
@testable import DragomanKit

/// Reports written for these tests: rounds are discovered from what reports say, so a later
/// report makes a later round, an announcement without a date makes an undated round, and a
/// report of background makes none.
enum RoundFixture {
    /// One report from a list of sentences (one paragraph each).
    static func article(_ id: String, _ language: String, published: String?, _ sentences: [String]) -> Article {
        var text = "", parsed: [Sentence] = []
        for (i, s) in sentences.enumerated() {
            let start = text.unicodeScalars.count
            text += s
            parsed.append(Sentence(index: i, text: s, span: TextSpan(start: start, end: text.unicodeScalars.count), paragraph: i, role: .body))
            text += "\n\n"
        }
        return Article(id: id, fileName: id + ".txt", language: LanguageCode(language), publicationDate: published.flatMap(CalendarDate.init(parsing:)),
                       title: nil, titleSpan: nil, text: text, sentences: parsed, removed: [], contentHash: id)
    }

    static func analyze(_ articles: [Article], withSeeds: Bool) throws -> RoundAnalysis {
        let glossary = try EntityFixture.readGlossary()
        var all = articles
        if withSeeds { all = try EntityFixture.seedArticles(SeedGold.load()) + articles }
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let entities = EntityIndex.build(articles: all, recognizer: recognizer)
        return RoundAnalyzer.analyze(articles: all, mentions: entities.mentions, entities: entities.entities)
    }

    static func rounds(_ analysis: RoundAnalysis, _ article: String) -> [[Int]] {
        analysis.assignments.filter { $0.sentence.articleID == article }.sorted { $0.sentence.index < $1.sentence.index }.map(\.rounds)
    }
}

@Suite(.enabled(if: TestPaths.hasShared)) struct RoundDiscoveryTests {
    /// A fourth round in Moscow reported later, in each language, after the seeds' three rounds.
    @Test(arguments: [
        ("de", ["Die vierte Runde der Gespräche zwischen Russland und den USA fand am 12. Juni in Moskau statt.",
                "Die Delegationen sprachen über die Arbeit der Botschaften."]),
        ("nl", ["De vierde ronde van de gesprekken tussen Rusland en de VS vond op 12 juni plaats in Moskou.",
                "De delegaties bespraken de werking van de ambassades."]),
        ("nb", ["Den fjerde runden med samtaler mellom Russland og USA fant sted i Moskva 12. juni.",
                "Delegasjonene diskuterte driften av ambassadene."]),
        ("en", ["The fourth round of talks between Russia and the United States took place in Moscow on June 12.",
                "The delegations discussed the operation of the embassies."]),
    ])
    func laterReportCreatesRoundFour(language: String, sentences: [String]) throws {
        let report = RoundFixture.article("later-\(language)", language, published: "2025-06", sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let four = try #require(analysis.round(4), "rounds: \(analysis.rounds.map(\.number))")
        #expect(four.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(four.venueEntityID == "loc-moscow")
        #expect(four.status == .held)
        #expect(four.articleIDs == [report.id])
        #expect(RoundFixture.rounds(analysis, report.id) == [[4], [4]])
        // The seeds' rounds are still there, numbered as before.
        #expect(analysis.round(1)?.date == CalendarDate(year: 2025, month: 2, day: 27))
        #expect(analysis.round(2)?.date == CalendarDate(year: 2025, month: 4, day: 10))
        #expect(analysis.round(3)?.venueEntityID == "loc-moscow")
        #expect(analysis.round(3)?.date == nil)
    }

    /// A round announced without a date stays undated; a later report that dates it fills it in
    /// instead of making another round.
    @Test func announcedRoundWithoutDateThenDated() throws {
        let announcement = RoundFixture.article("announce-en", "en", published: "2025-03", [
            "Russia and the United States will hold a new round of consultations in Washington, the Russian Foreign Ministry said.",
            "No date has been set.",
        ])
        let alone = try RoundFixture.analyze([announcement], withSeeds: false)
        #expect(alone.rounds.count == 1)
        let round = try #require(alone.rounds.first)
        #expect(round.date == nil)
        #expect(round.venueEntityID == "loc-washington")
        #expect(round.status == .announced)
        #expect(RoundFixture.rounds(alone, announcement.id).first == [round.number])

        let dated = RoundFixture.article("dated-de", "de", published: "2025-05", [
            "Die neue Runde der Konsultationen fand am 20. Mai in Washington statt.",
        ])
        let both = try RoundFixture.analyze([announcement, dated], withSeeds: false)
        #expect(both.rounds.count == 1, "\(both.rounds)")
        #expect(both.rounds.first?.date == CalendarDate(year: 2025, month: 5, day: 20))
        #expect(both.rounds.first?.status == .held)
    }

    /// An undated announcement in each language makes one announced round at its venue.
    @Test(arguments: [
        ("de", "Russland und die USA werden eine neue Runde von Konsultationen in Washington abhalten, sagte der Sprecher."),
        ("nl", "Rusland en de VS zullen een nieuwe ronde van gesprekken houden in Washington, zei de woordvoerder."),
        ("nb", "Neste runde med samtaler vil finne sted i Washington, sa talspersonen."),
        ("en", "The next round of talks will take place in Washington, the spokesman said."),
    ])
    func undatedAnnouncementInEachLanguage(language: String, sentence: String) throws {
        let report = RoundFixture.article("announce-\(language)", language, published: nil, [sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(analysis.rounds.count == 1, "\(analysis.rounds)")
        #expect(analysis.rounds.first?.date == nil)
        #expect(analysis.rounds.first?.venueEntityID == "loc-washington")
        #expect(analysis.rounds.first?.status == .announced)
        #expect(RoundFixture.rounds(analysis, report.id) == [[1]])
    }

    /// The seeds' announced Moscow round gets its date from a later report naming it the third.
    @Test func laterReportDatesTheAnnouncedRound() throws {
        let report = RoundFixture.article("third-de", "de", published: "2025-07", [
            "Die dritte Runde der Konsultationen fand am 20. Juli in Moskau statt.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        #expect(analysis.rounds.map(\.number) == [1, 2, 3])
        #expect(analysis.round(3)?.date == CalendarDate(year: 2025, month: 7, day: 20))
        #expect(analysis.round(3)?.status == .held)
        #expect(Set(analysis.round(3)?.articleIDs ?? []) == ["004_1c6c789afd2de84b", report.id])
    }

    /// Background makes no round, alone or next to the seeds.
    @Test func backgroundReportCreatesNoRound() throws {
        let report = RoundFixture.article("background-en", "en", published: nil, [
            "Relations between Moscow and Washington have been strained for years.",
            "In 2016 the Obama administration expelled 35 Russian diplomats and closed two compounds.",
            "In recent years both sides have complained about visas and the freezing of diplomatic property.",
        ])
        let alone = try RoundFixture.analyze([report], withSeeds: false)
        #expect(alone.rounds.isEmpty)
        #expect(RoundFixture.rounds(alone, report.id) == [[], [], []])
        let withSeeds = try RoundFixture.analyze([report], withSeeds: true)
        #expect(withSeeds.rounds.map(\.number) == [1, 2, 3])
        #expect(RoundFixture.rounds(withSeeds, report.id) == [[], [], []])
    }

    /// An ordinal with neither date nor venue names no meeting: "no date or venue for a fifth
    /// round was set" must not make a round 5 (and certainly not a held one).
    @Test func ordinalWithoutDateOrVenueMakesNoRound() throws {
        let report = RoundFixture.article("fifth-en", "en", published: "2025-09", [
            "The fourth round of talks between Russia and the United States took place in Washington on September 18.",
            "Both sides agreed to continue the dialogue, but no date or venue for a fifth round was set.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        #expect(analysis.rounds.map(\.number) == [1, 2, 3, 4])
        #expect(analysis.round(4)?.venueEntityID == "loc-washington")
        #expect(RoundFixture.rounds(analysis, report.id)[0] == [4])
        #expect(!RoundFixture.rounds(analysis, report.id)[1].contains(5))
    }

    /// A report on a meeting that was held mentions the next round in passing and goes on about
    /// its own meeting: "the meeting" after the announcement is still the held one. The
    /// announcement, agreed at the held meeting, is about both (GOLD.md's [2, 3] for 004#6).
    @Test(arguments: [
        ("nb", ["Russiske og amerikanske diplomater møttes torsdag 3. juli i Moskva til en tredje runde med konsultasjoner.",
                "Partene ble enige om at neste runde skal holdes i Washington.",
                "Det amerikanske utenriksdepartementet bekreftet møtet, men ga ingen detaljer."]),
        ("en", ["Russian and American diplomats met in Moscow on July 3 for a third round of consultations.",
                "The parties agreed that the next round will be held in Washington.",
                "The State Department confirmed the meeting but gave no details."]),
    ])
    func meetingAfterAnAnnouncementIsTheHeldOne(language: String, sentences: [String]) throws {
        let report = RoundFixture.article("held-\(language)", language, published: "2025-07", sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let rounds = RoundFixture.rounds(analysis, report.id)
        let held = try #require(rounds[0].first, "rounds: \(rounds)")
        #expect(analysis.round(held)?.status == .held)
        let next = try #require(rounds[1].max(), "rounds: \(rounds)")
        #expect(next > held)
        #expect(Set(rounds[1]) == [held, next])
        #expect(rounds[2] == [held])
    }

    /// "The next round will take place in Riyadh, the ministry announced on Tuesday": Tuesday
    /// is the day of the announcement (on or before the report's date), not of the meeting, so
    /// it makes no dated round; the announcement joins the round a later report dates in Riyadh.
    /// And the seed's "das Treffen in Riad" (the February foreign ministers' meeting, right after
    /// the sentence dating it) does not join that later Riyadh round.
    @Test func anAnnouncementDayIsNoMeetingDate() throws {
        let announcement = RoundFixture.article("riyadh-nl", "nl", published: "2025-10-21", [
            "De volgende ronde zal in Riyad plaatsvinden, zo maakte het Russische ministerie van Buitenlandse Zaken dinsdag bekend.",
            "Een datum werd nog niet genoemd.",
        ])
        let report = RoundFixture.article("riyadh-en", "en", published: "2025-11-05", [
            "Russian and American diplomats met in Riyadh on November 4 for a new round of consultations on the work of their embassies.",
        ])
        let analysis = try RoundFixture.analyze([announcement, report], withSeeds: true)
        let riyadh = try #require(analysis.rounds.first { $0.venueEntityID == "loc-riyadh" }, "rounds: \(analysis.rounds)")
        #expect(riyadh.date == CalendarDate(year: 2025, month: 11, day: 4))
        #expect(!analysis.rounds.contains { $0.date == CalendarDate(year: 2025, month: 10, day: 21) })
        #expect(RoundFixture.rounds(analysis, announcement.id)[0] == [riyadh.number])
        #expect(!analysis.rounds(of: SentenceRef(articleID: "001_2320f2ca084baa4e", index: 13)).contains(riyadh.number))
    }

    /// "The next round" in a report on a round already held is no round the corpus knows yet and
    /// not an earlier one: "no date has been set for the next round" is what the held round left
    /// open, so it belongs to the held round (as GOLD.md puts a decision taken at one round about
    /// the next with the round that took it).
    @Test func nextRoundAfterAHeldRoundIsItsOutcome() throws {
        let report = RoundFixture.article("next-en", "en", published: "2025-11-05", [
            "Russian and American diplomats met in Riyadh on November 4 for a new round of consultations on the work of their embassies.",
            "The two previous rounds were held in Istanbul on February 27 and April 10.",
            "No date has been set for the next round of talks.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let rounds = RoundFixture.rounds(analysis, report.id)
        let held = try #require(rounds[0].first)
        #expect(analysis.round(held)?.venueEntityID == "loc-riyadh")
        #expect(rounds[1] == [1, 2])
        #expect(rounds[2] == [held], "\(rounds)")
        #expect(!analysis.rounds.contains { $0.date == nil && $0.venueEntityID == nil }, "no round is made of the next one: \(analysis.rounds)")
    }

    /// Background in two reports on the same month (an ambassador taking up his post "after the
    /// second round") is no meeting in that month: no round is made of it and the numbers stay.
    @Test func anAmbassadorsArrivalIsNoRound() throws {
        let english = RoundFixture.article("arrival-en", "en", published: "2025-11-05", [
            "Russian and American diplomats met in Riyadh on November 4 for a new round of consultations on the work of their embassies.",
            "The Russian delegation was again headed by its ambassador, who arrived in Washington as ambassador in September after the second round.",
        ])
        let german = RoundFixture.article("arrival-de", "de", published: "2025-11-05", [
            "Die Delegationen trafen sich am 4. November in Riad zu einer neuen Runde von Konsultationen.",
            "Der Botschafter war nach der zweiten Runde von Washington akzeptiert worden und hatte seinen Posten im September angetreten.",
        ])
        let analysis = try RoundFixture.analyze([english, german], withSeeds: true)
        #expect(!analysis.rounds.contains { $0.date?.month == 9 }, "\(analysis.rounds.map { ($0.number, $0.date?.description ?? "-") })")
        let riyadh = try #require(analysis.rounds.first { $0.venueEntityID == "loc-riyadh" })
        #expect(riyadh.date == CalendarDate(year: 2025, month: 11, day: 4))
        #expect(analysis.rounds.compactMap(\.date) == [CalendarDate(year: 2025, month: 2, day: 27), CalendarDate(year: 2025, month: 4, day: 10), riyadh.date!])
        #expect(RoundFixture.rounds(analysis, german.id)[1] == [2])
    }

    /// A report on a held round goes on about it in sentences with no cue of their own and in a
    /// statement made elsewhere ("In Washington, a spokeswoman…"); a sentence with a year of its
    /// own is background; the next round it announces is another round.
    @Test func aReportGoesOnAboutItsRound() throws {
        let report = RoundFixture.article("goes-on-en", "en", published: "2025-11-06", [
            "Russian and American diplomats met in Riyadh on November 5 for a new round of talks on the work of their embassies.",
            "Russia also asked for the return of its diplomatic property.",
            "Since 2016 the two countries have expelled dozens of each other's diplomats.",
            "In Washington, a State Department spokeswoman called the talks useful.",
            "The next round will take place in Washington, but no date has been set.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let riyadh = try #require(analysis.rounds.first { $0.venueEntityID == "loc-riyadh" })
        let washington = try #require(analysis.rounds.first { $0.venueEntityID == "loc-washington" })
        #expect(washington.status == .announced)
        #expect(RoundFixture.rounds(analysis, report.id) == [[riyadh.number], [riyadh.number], [], [riyadh.number], [washington.number]])
    }

    /// "as already in Istanbul": a sentence about the report's own round that likens it to
    /// earlier rounds at another venue stays with the report's round, and so does the next
    /// sentence, which only says "the agenda".
    @Test(arguments: [
        ("de", ["Die vierte Runde der Gespräche zwischen Russland und den USA fand am 12. Juni in Moskau statt.",
                "Geleitet wurden die Delegationen wie schon in Istanbul von den Botschaftern.",
                "Auf der Tagesordnung stehen Visa und Bankkonten."]),
        ("nl", ["De vierde ronde van de gesprekken tussen Rusland en de VS vond op 12 juni plaats in Moskou.",
                "De delegaties werden zoals ook in Istanbul geleid door de ambassadeurs.",
                "Op de agenda staan visa en bankrekeningen."]),
        ("nb", ["Den fjerde runden med samtaler mellom Russland og USA fant sted i Moskva 12. juni.",
                "Som i Istanbul ble delegasjonene ledet av ambassadørene.",
                "På dagsordenen står visum og bankkontoer."]),
        ("en", ["The fourth round of talks between Russia and the United States took place in Moscow on June 12.",
                "As in Istanbul, the delegations were led by the ambassadors.",
                "The agenda includes visas and bank accounts."]),
    ])
    func aComparisonWithEarlierRoundsKeepsTheReportsRound(language: String, sentences: [String]) throws {
        let report = RoundFixture.article("compare-\(language)", language, published: "2025-06", sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let rounds = RoundFixture.rounds(analysis, report.id)
        #expect(rounds == [[4], [4], [4]])
    }

    /// "the third round; the first two were in Istanbul" names rounds 1 to 3 but is about the
    /// third: the report's round is the third although it ends announcing a fourth, and "the
    /// meeting lasted" after it is the third.
    @Test(arguments: [
        ("en", ["Russian and American diplomats held talks in Moscow on June 24.",
                "It was the third round of the consultations; the first two took place in Istanbul.",
                "The meeting lasted five hours.",
                "The next round will be held in Washington, but no date has been set."]),
        ("de", ["Russische und amerikanische Diplomaten führten am 24. Juni in Moskau Gespräche.",
                "Es war die dritte Runde der Konsultationen; die ersten beiden fanden in Istanbul statt.",
                "Das Treffen dauerte fünf Stunden.",
                "Die nächste Runde soll in Washington stattfinden, ein Termin steht noch nicht fest."]),
    ])
    func roundsRecalledAsAGroupAreBackground(language: String, sentences: [String]) throws {
        let report = RoundFixture.article("recall-\(language)", language, published: "2025-06-25", sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let rounds = RoundFixture.rounds(analysis, report.id)
        #expect(rounds[0] == [3], "\(rounds)")
        #expect(Set(rounds[1]) == [1, 2, 3], "\(rounds)")
        #expect(rounds[2] == [3], "\(rounds)")
        #expect(rounds[3].count == 1 && rounds[3][0] > 3, "\(rounds)")
    }

    @Test func sentencesInRound() throws {
        let analysis = try RoundFixture.analyze([], withSeeds: true)
        let three = analysis.sentences(inRound: 3)
        #expect(!three.isEmpty)
        #expect(three.allSatisfy { $0.articleID == "004_1c6c789afd2de84b" })
        #expect(three == three.sorted())
        #expect(analysis.sentences(inRound: 9).isEmpty)
    }

    /// A fourth round held in Moscow on 12 June 2025, after the seeds' three, in each language.
    static let fourthRoundHeld = [
        "de": "Die vierte Runde fand am 12. Juni 2025 in Moskau statt.",
        "nl": "De vierde ronde vond op 12 juni 2025 plaats in Moskou.",
        "nb": "Den fjerde runden fant sted i Moskva 12. juni 2025.",
        "en": "The fourth round took place in Moscow on June 12, 2025.",
    ]

    /// The rounds of each sentence of a report that opens with `fourthRoundHeld`, read with the seeds.
    static func afterTheFourthRound(_ language: String, _ sentences: [String]) throws -> (RoundAnalysis, [[Int]], [String]) {
        let report = RoundFixture.article("fourth-\(language)", language, published: "2025-06-13", [fourthRoundHeld[language]!] + sentences)
        let analysis = try RoundFixture.analyze([report], withSeeds: true)
        let evidence = analysis.assignments.filter { $0.sentence.articleID == report.id }.map(\.evidence)
        return (analysis, RoundFixture.rounds(analysis, report.id), evidence)
    }

    /// "The fourth round since the two sides first met in February 2025": the ordinal counts
    /// from that date, which is the first round's; the sentence tells both, and the first round
    /// keeps its number.
    @Test(arguments: [
        ("de", "Es ist die vierte Runde, seit beide Seiten im Februar 2025 in Istanbul erstmals zusammenkamen."),
        ("nl", "Het is de vierde ronde sinds beide partijen in februari 2025 voor het eerst in Istanbul bijeenkwamen."),
        ("nb", "Det er den fjerde runden siden partene møttes første gang i Istanbul i februar 2025."),
        ("en", "It is the fourth round since the two sides first met in Istanbul in February 2025."),
    ])
    func anOrdinalDoesNotDateItselfByTheDayItCountsFrom(language: String, counted: String) throws {
        let (analysis, rounds, evidence) = try Self.afterTheFourthRound(language, [counted])
        #expect(analysis.round(1)?.date == CalendarDate(year: 2025, month: 2, day: 27))
        #expect(analysis.round(4)?.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(rounds == [[4], [1, 4]], "\(evidence)")
    }

    /// "The Russian side" speaks of a party to the talks, so of the report's round, but not the
    /// side of a body the talks set up: after a sentence of background it stays background.
    @Test(arguments: [
        ("de", ["Seit 2016 stehen die beiden Anwesen leer.",
                "Die russische Seite in der Arbeitsgruppe für die Anwesen wird von Jelena Petrowa geleitet.",
                "Die russische Seite verlangte die Rückgabe der Anwesen."]),
        ("nl", ["Sinds 2016 staan de twee landgoederen leeg.",
                "De Russische zijde in de werkgroep voor de landgoederen wordt geleid door Jelena Petrova.",
                "De Russische zijde eiste de landgoederen terug."]),
        ("nb", ["Siden 2016 har de to eiendommene stått tomme.",
                "Den russiske siden i arbeidsgruppen for eiendommene ledes av Jelena Petrova.",
                "Den russiske siden krevde eiendommene tilbake."]),
        ("en", ["Since 2016 the two estates have stood empty.",
                "The Russian side in the working group on the estates is led by Yelena Petrova.",
                "The Russian side demanded the estates back."]),
    ])
    func theSideOfAWorkingGroupIsNoPartyToTheRound(language: String, sentences: [String]) throws {
        let (_, rounds, evidence) = try Self.afterTheFourthRound(language, sentences)
        #expect(rounds == [[4], [], [], [4]], "\(evidence)")
    }
}
