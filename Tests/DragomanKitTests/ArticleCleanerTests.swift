import Foundation
import Testing
@testable import DragomanKit

@Suite("Cleaning against the seed gold", .enabled(if: TestPaths.hasShared, "needs ../shared/seeds/gold.json"))
struct ArticleCleanerGoldTests {
    let gold: SeedGold
    init() throws { gold = try SeedGold.load() }

    private func cleaned(_ doc: String) throws -> ArticleCleaner.Result {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.corpus.appendingPathComponent(doc + ".txt")))
        return ArticleCleaner().clean(try TextDecoder().decode(bytes, file: doc))
    }

    @Test func titlesMatchGold() throws {
        for (name, doc) in gold.docs {
            let result = try cleaned(name)
            #expect(result.title == doc.title, "\(name)")
            #expect(result.titleSpan?.start == doc.title_span?.start && result.titleSpan?.end == doc.title_span?.end, "\(name)")
        }
    }

    @Test func removedSpansMatchGoldBoilerplateAndMetadata() throws {
        for (name, doc) in gold.docs {
            let result = try cleaned(name)
            let expected = (doc.boilerplate_spans.map { "\($0.start)-\($0.end):\($0.kind)" }
                + doc.metadata_spans.map { "\($0.start)-\($0.end):metadata" }).sorted()
            let actual = result.removed.map { "\($0.span.start)-\($0.span.end):\($0.kind.rawValue)" }.sorted()
            #expect(actual == expected, "\(name)")
            if let month = doc.metadata["date"] { #expect(result.publicationDate?.description == month) }
            else { #expect(result.publicationDate == nil) }
        }
    }

    @Test func contentLinesCoverEveryGoldSentence() throws {
        for (name, doc) in gold.docs {
            let lines = try cleaned(name).lines
            for sentence in doc.sentences {
                #expect(lines.contains { $0.span.start <= sentence.start && sentence.end <= $0.span.end },
                        "\(name)#\(sentence.index) is not inside a content line")
            }
            // Nothing kept that the gold removed: every content line holds gold sentences.
            for line in lines {
                #expect(doc.sentences.contains { line.span.start <= $0.start && $0.end <= line.span.end }, "\(name): \(line.text)")
            }
        }
    }
}

@Suite("Cleaning rules")
struct ArticleCleanerRuleTests {
    let cleaner = ArticleCleaner()

    @Test func promptsInEveryLanguageAreRemoved() {
        let text = """
        Regjeringen møtes i dag for å diskutere budsjettet og de nye forslagene.
        Les også
        De Nederlandse regering vergadert vandaag over de begroting.
        Lees ook: Kabinet valt over stikstof
        Read more: Talks resume in Geneva
        Leave a reply
        Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.
        """
        let result = cleaner.clean(text)
        #expect(result.lines.count == 2)
        #expect(result.removed.map(\.kind) == [.widget, .relatedLink, .relatedLink, .commentForm, .pageChrome])
    }

    /// A byline with a full date near the top is metadata and gives the publication date, in
    /// any of the four languages; a sentence with "von" and a date is content.
    @Test(arguments: [
        ("By Staff Reporter | Published 5 November 2025", "2025-11-05"),
        ("Veröffentlicht am 12. Juni 2025", "2025-06-12"),
        ("Gepubliceerd op 21 oktober 2025", "2025-10-21"),
        ("Publisert 3. juli 2025", "2025-07-03"),
    ])
    func bylineGivesThePublicationDate(byline: String, date: String) {
        let result = cleaner.clean("Talks resume in Riyadh\n\(byline)\nThe delegations met on Tuesday. They talked for five hours.")
        #expect(result.publicationDate == CalendarDate(parsing: date))
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == byline })
        #expect(result.lines.map(\.text) == ["The delegations met on Tuesday. They talked for five hours."])
    }

    /// A leading "date 2025-09" line gives the month; a byline or dateline below it with a day
    /// of that month sharpens it (so "on Thursday" can be dated), one of another month does not.
    @Test(arguments: [
        ("date 2025-09", "Published 19 September 2025, 07:12", "2025-09-19"),
        ("date 2025-09", "20.09.2025, 08:00 Uhr", "2025-09-20"),
        ("date 2025-09", "Publisert 19.09.2025 kl. 10.15", "2025-09-19"),
        ("date 2025-08", "Published 19 September 2025, 07:12", "2025-08"),
        ("date 2025-09-18", "Published 19 September 2025, 07:12", "2025-09-18"),
    ])
    func aBylineSharpensAMonth(metadata: String, byline: String, date: String) {
        let result = cleaner.clean("\(metadata)\n\(byline)\nTalks resume in Riyadh\n\nThe delegations met on Thursday. They talked for five hours.")
        #expect(result.publicationDate == CalendarDate(parsing: date))
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == byline })
    }

    @Test func aSentenceWithADateIsNoByline() {
        let sentence = "Das Treffen wurde von Lawrow am 27. Februar 2025 bestätigt."
        let result = cleaner.clean("Gespräche in Istanbul geplant\n\(sentence)\nDie Delegationen reisen am Donnerstag an.")
        #expect(result.publicationDate == nil)
        #expect(result.lines.map(\.text).contains(sentence))
    }

    @Test func asciiTranscribedHeadlineIsADuplicate() {
        let text = "Außenminister trifft Amtskollegen in Genf\n\nAussenminister trifft Amtskollegen in Genf\n\nDer Minister reiste am Montag an."
        let result = cleaner.clean(text)
        #expect(result.title == "Außenminister trifft Amtskollegen in Genf")
        #expect(result.removed.first?.kind == .duplicateTitle)
        #expect(result.lines.map(\.text) == ["Der Minister reiste am Montag an."])
    }

    @Test func repeatedCaptionKeepsTheFirstCopy() {
        let caption = "Delegates arrive at the venue in Geneva, Switzerland, May 3, 2025."
        let result = cleaner.clean("Talks open in Geneva\n\(caption)\n\(caption)\nThe talks began on Monday.")
        #expect(result.lines.first?.role == .caption)
        #expect(result.removed.map(\.kind) == [.duplicateCaption])
    }

    @Test func leadingDateIsMetadataWithDayOrMonth() {
        #expect(cleaner.clean("date 2025-04-10 Die Gespräche beginnen heute.").publicationDate?.description == "2025-04-10")
        #expect(cleaner.clean("date 2025-13 Die Gespräche beginnen heute.").publicationDate == nil)
        // "date" as an ordinary first word is not metadata.
        #expect(cleaner.clean("Date palms grow in Qatar.").publicationDate == nil)
    }

    @Test func glueSectionSuffixOnlyWhenItIsASectionName() {
        #expect(cleaner.clean("Talks resume in Geneva-Politics\nThe talks resumed.").title == "Talks resume in Geneva")
        #expect(cleaner.clean("Talks resume in Baden-Baden\nThe talks resumed.").title == "Talks resume in Baden-Baden")
    }
}

/// Datelines: a date line under the headline, in the formats news sites print, is metadata and
/// gives the publication date; headlines and sentences with full dates are not datelines.
struct DatelineTests {
    let cleaner = ArticleCleaner()

    @Test(arguments: [
        ("23.06.2025, 16:45 Uhr", "2025-06-23"),
        ("June 24, 2025", "2025-06-24"),
        ("Wed 25 Jun 2025 11.02 BST", "2025-06-25"),
        ("24 juni 2025, 22:08", "2025-06-24"),
        ("Oslo, 25. juni 2025 (NTB)", "2025-06-25"),
        ("WASHINGTON, March 3, 2026", "2026-03-03"),
        ("Dinsdag 4 november 2025", "2025-11-04"),
    ])
    func datelineGivesThePublicationDate(dateline: String, date: String) {
        let result = cleaner.clean("Talks resume in Riyadh\n\(dateline)\nThe delegations met on Tuesday. They talked for five hours.")
        #expect(result.publicationDate == CalendarDate(parsing: date))
        #expect(result.title == "Talks resume in Riyadh")
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == dateline })
        #expect(result.lines.map(\.text) == ["The delegations met on Tuesday. They talked for five hours."])
    }

    @Test(arguments: [
        "Gespräche am 10. April 2025",
        "Lavrov spoke on 24 June 2025",
        "De delegaties spraken op 24 juni 2025 in Moskou",
        "Round three: 24 June 2025 in Moscow and the visas",
    ])
    func aLineWithWordsBesideTheDateIsNoDateline(line: String) {
        let result = cleaner.clean("Talks resume in Riyadh\n\(line)\nThe delegations met on Tuesday. They talked for five hours.")
        #expect(result.publicationDate == nil)
        #expect(result.lines.map(\.text).contains(line))
    }

    /// A wire dateline in front of the first paragraph ("WIEN, 10. März 2026 (APA) – Russland …")
    /// with a full date gives the publication date and is metadata, so its date is not read as
    /// an event of the first sentence; with or without an agency, in any of the four languages.
    @Test(arguments: [
        ("WIEN, 10. März 2026 (APA) –", "Russland und die Vereinigten Staaten werden am Donnerstag in Wien verhandeln.", "2026-03-10"),
        ("WENEN, 10 maart 2026 (ANP) –", "Rusland en de Verenigde Staten zullen donderdag in Wenen onderhandelen.", "2026-03-10"),
        ("Oslo, 25. juni 2025 –", "Partene møttes i dag i Oslo.", "2025-06-25"),
        ("WASHINGTON, April 10, 2025 (AP) —", "The delegations met on Thursday.", "2025-04-10"),
    ])
    func aWireDatelineBeforeTheTextGivesThePublicationDate(dateline: String, sentence: String, date: String) {
        let result = cleaner.clean("Talks resume in Vienna\n\(dateline) \(sentence)\nThe talks will last all day.")
        #expect(result.publicationDate == CalendarDate(parsing: date))
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == dateline })
        #expect(result.lines.map(\.text) == [sentence, "The talks will last all day."])
        // A date the file gives already is kept; the dateline still leaves the sentence.
        let dated = cleaner.clean("date 2024-01-02 Talks resume in Vienna\n\(dateline) \(sentence)\nThe talks will last all day.")
        #expect(dated.publicationDate == CalendarDate(parsing: "2024-01-02"))
        #expect(dated.lines.first?.text == sentence)
    }

    /// A first line without a final stop that holds a sentence end ("… zur vierten Runde. Die
    /// Gespräche dauerten sechs Stunden") is running text that lost its last full stop, not a
    /// headline; built into an article it is two sentences. A headline with a day number or a
    /// short abbreviation inside ("am 23. Oktober", "Dr. Lawrow", "U.S. Embassy") stays one.
    @Test func aFirstLineHoldingTwoSentencesIsNoHeadline() throws {
        let text = "Die Delegationen trafen sich am Donnerstag in Helsinki zur vierten Runde. Die Gespräche dauerten sechs Stunden\n\n"
            + "Beide Seiten sprachen über Visa und Bankkonten. Eine weitere Runde ist geplant.\n"
        #expect(cleaner.clean(text).title == nil)
        for headline in ["Lawrow trifft Rubio am 23. Oktober in Helsinki", "Dr. Lawrow kündigt Gespräche an", "U.S. Embassy staff return to Moscow"] {
            #expect(cleaner.clean(headline + "\n\n" + "Die Delegationen trafen sich. Sie sprachen lange.\n").title == headline)
        }
        let builder = ArticleBuilder(identifier: try LanguageIdentifier.load())
        let article = try builder.build(text: text, fileName: "a.txt", id: "a")
        #expect(article.sentences.map(\.text) == ["Die Delegationen trafen sich am Donnerstag in Helsinki zur vierten Runde.",
                                                 "Die Gespräche dauerten sechs Stunden",
                                                 "Beide Seiten sprachen über Visa und Bankkonten.", "Eine weitere Runde ist geplant."])
        // Under a headline, the same line (a standfirst) is two sentences too.
        let standfirst = try builder.build(text: "Lawrow kündigt neue Runde an\n\n" + text, fileName: "b.txt", id: "b")
        #expect(standfirst.title == "Lawrow kündigt neue Runde an")
        #expect(standfirst.sentences.count == 4)
        // One sentence without a stop stays whole, with its role.
        let one = try builder.build(text: "Lawrow kündigt neue Runde an\n\nDas Treffen findet am Donnerstag in Istanbul statt, so der Außenminister\n\n"
                                    + "Die Delegationen trafen sich. Sie sprachen lange.\n", fileName: "c.txt", id: "c")
        #expect(one.sentences.first?.role == .standfirst && one.sentences.count == 3)
    }

    /// A dateline closed by a full stop ("Helsinki, 23. Oktober 2025. Die …"), with the place and
    /// a comma, without the comma before a numeric date, or after an agency's dash: the full stop
    /// after the German day number ("23.") does not end it, the one after the year does.
    @Test(arguments: [
        ("Helsinki, 23. Oktober 2025.", "Die Delegationen sind in Helsinki zusammengekommen.", "2025-10-23"),
        ("Helsinki, October 23, 2025.", "The delegations met in Helsinki.", "2025-10-23"),
        ("Helsinki 23.10.2025.", "Die Delegationen trafen sich in Helsinki.", "2025-10-23"),
        ("Helsinki (dpa) - 23. Oktober 2025.", "Die Delegationen trafen sich in Helsinki.", "2025-10-23"),
        ("Helsingfors, 23. oktober 2025.", "Delegasjonene møttes i Helsingfors.", "2025-10-23"),
        ("Helsinki, 23 oktober 2025.", "De delegaties kwamen bijeen in Helsinki.", "2025-10-23"),
    ])
    func aDatelineClosedByAFullStopGivesThePublicationDate(dateline: String, sentence: String, date: String) {
        let result = cleaner.clean("\(dateline) \(sentence) The talks will last all day.")
        #expect(result.publicationDate == CalendarDate(parsing: date))
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == dateline })
        #expect(result.lines.first?.text == "\(sentence) The talks will last all day.")
    }

    /// A sentence that starts with a date, or with words that are no place, is no dateline.
    @Test(arguments: [
        "Am 23. Oktober 2025. Die Delegationen trafen sich.",
        "Die Delegationen trafen sich am 23. Oktober 2025. Die Gespräche dauerten lange.",
        "Helsinki, 23. Oktober. Die Delegationen trafen sich.",
    ])
    func noFullStopDatelineWithoutAPlaceAndAFullDate(line: String) {
        let result = cleaner.clean(line)
        #expect(result.publicationDate == nil)
        #expect(result.lines.first?.text == line)
    }

    /// A sentence that merely starts with a place and a comma stays in the text and gives no date,
    /// and so does a dateline with a day but no year (its day is evidence for the first sentence).
    @Test(arguments: [
        "RIYADH, Oct 14 (Reuters) - Russian and U.S. diplomats held a fourth round of talks.",
        "Moskau, heute – Die Delegationen verhandeln weiter.",
        "Lavrov, 24 June 2025 – a date he will remember, said the talks were useful.",
        "Die Gespräche (in Wien) Dauerten lange.",
        "NATO und USA: Die Gespräche dauerten lange.",
    ])
    func noWireDatelineWithoutAFullDate(line: String) {
        let result = cleaner.clean("Talks resume in Vienna\n\(line)\nThe talks will last all day.")
        #expect(result.publicationDate == nil)
        #expect(result.lines.first?.text == line)
    }

    /// A dateline without any date, with an agency and no place, or a place in capitals closed by
    /// a full stop, is metadata too: it gives no date, and the sentence starts after it.
    @Test(arguments: [
        ("ISTANBUL (AP) — ", "The delegations met for six hours."),
        ("(NTB): ", "Russland og USA møttes i går i Moskva til en tredje runde."),
        ("Oslo (NTB) ", "USA og Russland skal møtes i Washington i februar."),
        ("MOSKAU. ", "Seit Februar haben Russland und die USA dreimal verhandelt."),
    ])
    func anUndatedDatelineIsMetadata(dateline: String, sentence: String) {
        let result = cleaner.clean("Talks resume in Vienna\n\(dateline)\(sentence)\nThe talks will last all day.")
        #expect(result.publicationDate == nil)
        #expect(result.lines.first?.text == sentence)
        #expect(result.removed.contains { $0.kind == .metadata && $0.text == dateline.trimmingCharacters(in: .whitespaces) })
    }
}
