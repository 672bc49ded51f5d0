import Foundation
import Testing
@testable import DragomanKit

@Suite struct ScratchTests {
    @Test func scratch() throws {
        let s = "Na twee rondes in Istanbul, op 27 februari en 10 april 2025, volgden Moskou op 26 juni, Riyad op 14 oktober en Washington op 9 december."
        let report = RoundFixture.article("recap-nl", "nl", published: "2026-06-19", [
            "Rusland en de Verenigde Staten voeren sinds vorig jaar een aparte reeks gesprekken over het functioneren van hun ambassades.", s,
            "De zesde ronde vond op 19 maart van dit jaar plaats in Wenen.",
            "De zevende ronde was aangekondigd voor 28 mei, werd op verzoek van Washington uitgesteld en vond uiteindelijk dinsdag 16 juni plaats in Moskou."])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        print("ROUNDS", analysis.rounds.map { "\($0.number) \($0.date?.description ?? "-") \($0.venueEntityID ?? "-")" })
        print("ASSIGN", RoundFixture.rounds(analysis, report.id))
        print("WHY", analysis.assignments.map(\.evidence))
    }
}
