import Testing
@testable import DragomanKit

/// A meeting no report numbers, between round 1 and a numbered later round, is the round right
/// before that one when a report of the later round recalls it ("the 13th round …; they last met
/// in Ljubljana in June": 12, not 2); with no report of the later round recalling it, it is
/// numbered on from round 1. Reports written for these tests.
@Suite struct RoundGapTests {
    static let baku: [(String, [String])] = [
        ("en", ["Russia and the United States held the 13th round of their consultations on Thursday 14 October 2027 in Baku.",
                "The delegations last met in Ljubljana in June 2027."]),
        ("de", ["Russland und die USA haben am Donnerstag, dem 14. Oktober 2027, in Baku ihre 13. Gesprächsrunde abgehalten.",
                "Zuletzt trafen sich die Delegationen im Juni 2027 in Ljubljana."]),
        ("nl", ["Rusland en de VS hebben donderdag 14 oktober 2027 in Bakoe de dertiende gespreksronde gehouden.",
                "De delegaties kwamen in juni 2027 voor het laatst bijeen in Ljubljana."]),
        ("nb", ["Russland og USA holdt torsdag 14. oktober 2027 den trettende runden av konsultasjonene i Baku.",
                "Forrige runde ble holdt i Ljubljana i juni 2027."]),
    ]

    /// Each round's number by its venue.
    static func numbers(_ analysis: RoundAnalysis) -> [String: Int] {
        Dictionary(analysis.rounds.compactMap { r in r.venueName.map { ($0, r.number) } }, uniquingKeysWith: min)
    }

    @Test(arguments: baku)
    func theRecalledMeetingIsTheRoundBefore(language: String, sentences: [String]) throws {
        // A meeting told in passing by one report is no round; here two reports recall it.
        let report = RoundFixture.article("report-\(language)", language, published: "2027-10-15", sentences)
        let agency = RoundFixture.article("agency", "en", published: "2027-10-14", [
            "Diplomats of both countries met in Baku on Thursday 14 October 2027 for talks on their embassies.",
            "They had last met in Ljubljana in June 2027.",
        ])
        let analysis = try RoundFixture.analyze([RoundSeriesStartTests.firstRound, report, agency], withSeeds: false)
        let numbers = Self.numbers(analysis)
        #expect(numbers["Baku"] == 13, "\(analysis.rounds)")
        #expect(numbers["Ljubljana"] == 12, "\(analysis.rounds)")
        #expect(numbers["Doha"] == 1, "\(analysis.rounds)")
    }

    /// The June meeting told only by a report that does not tell the 13th round: nothing says
    /// it is the one before, so it is numbered on from round 1.
    @Test func aMeetingNoReportOfTheLaterRoundRecallsIsNumberedOn() throws {
        let june = RoundFixture.article("june", "en", published: "2027-06-11", [
            "Russian and American diplomats met in Ljubljana on 10 June 2027 for consultations on their embassies.",
        ])
        let october = RoundFixture.article("october", "en", published: "2027-10-15", [
            "Russia and the United States held the 13th round of their consultations on Thursday 14 October 2027 in Baku.",
        ])
        let analysis = try RoundFixture.analyze([RoundSeriesStartTests.firstRound, june, october], withSeeds: false)
        let numbers = Self.numbers(analysis)
        #expect(numbers["Baku"] == 13, "\(analysis.rounds)")
        #expect(numbers["Ljubljana"] == 2, "\(analysis.rounds)")
    }
}
