import Foundation
import Testing
@testable import DragomanKit

/// What recaps and translated reports say about rounds, on reports written for these tests (a
/// meeting in Doha in 2026 that no seed mentions): round numbers have no gaps.
@Suite struct RoundRecapTests {
    /// A report calls its round "the fifth" while the corpus knows of only one earlier round:
    /// numbers follow the order of the rounds without gaps, and the report's sentences name the
    /// round by its number in the corpus.
    @Test(arguments: [
        ("de", "Die fünfte Runde fand am 14. Oktober 2026 in Doha statt."),
        ("nl", "De vijfde ronde vond op 14 oktober 2026 plaats in Doha."),
        ("nb", "Den femte runden fant sted i Doha 14. oktober 2026."),
        ("en", "The fifth round took place in Doha on 14 October 2026."),
    ])
    func roundNumbersHaveNoGaps(language: String, sentence: String) throws {
        let first = RoundFixture.article("first", "en", published: "2026-03-13", [
            "Diplomats met in Doha on 12 March 2026 for a first round of consultations on their embassies.",
        ])
        let fifth = RoundFixture.article("fifth-\(language)", language, published: "2026-10-15", [sentence])
        let analysis = try RoundFixture.analyze([first, fifth], withSeeds: false)
        #expect(analysis.rounds.map(\.number) == [1, 2], "\(analysis.rounds)")
        let october = try #require(RoundNumberingTests.dated(analysis, 2026, 10, 14), "\(analysis.rounds)")
        #expect(october.number == 2)
        #expect(RoundFixture.rounds(analysis, fifth.id) == [[2]])
    }
}
