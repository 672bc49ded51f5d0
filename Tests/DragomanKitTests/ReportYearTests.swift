import Testing
@testable import DragomanKit

/// The year of a report without a publication date comes from evidence about its own events:
/// a year it writes, its weekdays, or other reports that date the same days. Reports about other,
/// later events added to the corpus never move it.
@Suite struct ReportYearTests {
    func dates(_ articles: [Article], of id: String) throws -> [String: String] {
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let mentions = EntityIndex.build(articles: articles, recognizer: recognizer).mentions
        var result: [String: String] = [:]
        for mention in mentions where mention.articleID == id && mention.kind == .date {
            result[mention.text] = mention.date?.value?.description ?? "nil"
        }
        return result
    }

    static let undated = RoundFixture.article("undated", "de", published: nil, [
        "Diplomatische Delegationen der USA und Russlands werden sich am 10. April in Istanbul treffen.",
        "Die Sprecherin Tammy Bruce machte am 8. April deutlich, dass die Ukraine kein Thema sein wird.",
    ])
    static let sameEvent = RoundFixture.article("same-event", "nb", published: "2025-06", [
        "Konsultasjonene fant sted i Istanbul 10. april.",
    ])
    static let written = RoundFixture.article("written", "en", published: nil, [
        "The delegations met in Istanbul, Turkey, April 10, 2025.",
    ])
    /// Later reports about another round, with their years in their dates and publication dates.
    static let later: [Article] = (1...4).map { n in
        RoundFixture.article("later-\(n)", "nb", published: "2026-03-1\(n)", [
            "Den femte runden fant sted i Wien 12. mars 2026.",
            "Den fjerde runden ble holdt i Washington 22. januar 2026.",
        ])
    }

    @Test func laterReportsAboutOtherEventsDoNotMoveAnUndatedReport() throws {
        let before = try dates([Self.undated, Self.sameEvent, Self.written], of: "undated")
        #expect(before == ["10. April": "2025-04-10", "8. April": "2025-04-08"])
        let after = try dates([Self.undated, Self.sameEvent, Self.written] + Self.later, of: "undated")
        #expect(after == before)
    }

    /// The weekday in a report pins its year even where the corpus is mostly about another year.
    @Test func aWeekdayDatesAnUndatedReportAgainstTheCorpusYear() throws {
        let report = RoundFixture.article("mt", "en", published: nil, [
            "The fifth round of the consultations has ended on Thursday in Vienna after more than five hours.",
            "The delegations met on 12 March in the Russian embassy.",
        ])
        let found = try dates([report, Self.sameEvent, Self.written], of: "mt")
        #expect(found == ["Thursday": "2026-03-12", "12 March": "2026-03-12"])
    }
}
