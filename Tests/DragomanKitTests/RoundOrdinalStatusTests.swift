import Testing
@testable import DragomanKit

/// Rounds are counted as they are held: a later round a report numbers and tells as held makes
/// an earlier round only announced so far a held one. A report on an earlier round that recalls
/// a meeting at a venue means the round there before its own, not the later one.
@Suite struct RoundOrdinalStatusTests {
    /// Rounds 3 to 5 of 2025, in Tunis, Riyadh and Washington; a report of 20 March 2026 on the
    /// sixth round in Doha, announcing the seventh for Tunis in the summer (no date).
    static let history = RoundFixture.article("history", "en", published: "2026-01-15", [
        "The third round was held in Tunis on 26 June 2025.",
        "The fourth round was held in Riyadh on 14 October 2025.",
        "The fifth round took place in Washington on 9 December 2025.",
    ])
    static let sixth = RoundFixture.article("sixth", "en", published: "2026-03-20", [
        "The delegations met in Doha on 19 March 2026 for the sixth round of talks on the work of their embassies.",
        "The seventh round is expected to take place in Tunis in the summer.",
    ])

    /// A report of 16 September 2026 on the eighth round, held in Lisbon.
    static let eighth = RoundFixture.article("eighth", "en", published: "2026-09-16", [
        "Russian and U.S. diplomats met in Lisbon on 15 September 2026 for the eighth round of talks on their embassies.",
    ])

    /// The round at the place of that name (the glossary has no Tunis: the entity stage's id is its own).
    static func round(_ analysis: RoundAnalysis, venue: String, undated: Bool) -> Round? {
        analysis.rounds.first { $0.venueName == venue && ($0.date == nil) == undated }
    }

    /// "The eighth round was held in Lisbon": the seventh, announced and undated, took place.
    @Test(arguments: [
        ("en", "Russian and U.S. diplomats met in Lisbon on 15 September 2026 for the eighth round of talks on their embassies."),
        ("de", "Russische und US-Diplomaten trafen sich am 15. September 2026 in Lissabon zur achten Runde der Gespräche über ihre Botschaften."),
        ("nl", "Russische en Amerikaanse diplomaten kwamen op 15 september 2026 in Lissabon bijeen voor de achtste ronde van het overleg over hun ambassades."),
        ("nb", "Russiske og amerikanske diplomater møttes i Lisboa 15. september 2026 til den åttende runden med samtaler om ambassadene."),
    ])
    func aLaterNumberedRoundHeldMakesTheAnnouncedOneHeld(language: String, sentence: String) throws {
        let eighth = RoundFixture.article("eighth-\(language)", language, published: "2026-09-16", [sentence])
        let before = try RoundFixture.analyze([Self.history, Self.sixth], withSeeds: false)
        #expect(Self.round(before, venue: "Tunis", undated: true)?.status == .announced, "\(before.rounds)")
        let analysis = try RoundFixture.analyze([Self.history, Self.sixth, eighth], withSeeds: false)
        let seventh = try #require(Self.round(analysis, venue: "Tunis", undated: true), "\(analysis.rounds)")
        #expect(seventh.number == 7 && seventh.status == .held, "\(analysis.rounds)")
        #expect(analysis.rounds.first { $0.number == 8 }?.status == .held, "\(analysis.rounds)")
    }

    /// Nothing held after it, or only a meeting whose number no report states (it may be the
    /// seventh itself, met elsewhere): the seventh stays announced.
    @Test(arguments: [
        "The eighth round of talks on the embassies will take place in Lisbon on 15 October 2026.",
        "Russian and U.S. diplomats met in Lisbon on 15 September 2026 for talks on their embassies.",
    ])
    func anAnnouncedLaterRoundOrAnUnnumberedMeetingLeavesItAnnounced(sentence: String) throws {
        let later = RoundFixture.article("later", "en", published: "2026-09-16", [sentence])
        let analysis = try RoundFixture.analyze([Self.history, Self.sixth, later], withSeeds: false)
        // The unnumbered meeting may also be taken for the seventh itself (then no undated round is left).
        #expect(Self.round(analysis, venue: "Tunis", undated: true).map { $0.status == .announced } ?? true, "\(analysis.rounds)")
        #expect(!analysis.rounds.contains { $0.venueName == "Tunis" && $0.date == nil && $0.status == .held }, "\(analysis.rounds)")
    }

    /// A round called off stays cancelled, whatever is held after it.
    @Test func aCalledOffRoundStaysCancelled() throws {
        let calledOff = RoundFixture.article("called-off", "en", published: "2026-07-01", [
            "The seventh round, which was to take place in Tunis in the summer, was called off.",
        ])
        let analysis = try RoundFixture.analyze([Self.history, Self.sixth, calledOff, Self.eighth], withSeeds: false)
        let seventh = try #require(Self.round(analysis, venue: "Tunis", undated: true), "\(analysis.rounds)")
        #expect(seventh.status == .cancelled, "\(analysis.rounds)")
    }

    /// The report on the sixth round, published before the seventh, recalls "earlier the
    /// delegations met in Tunis, Riyadh and Washington": its Tunis is the third round, not the
    /// seventh that a later report made held.
    @Test func aMeetingRecalledInThePastIsTheRoundBeforeTheReports() throws {
        let sixth = RoundFixture.article("sixth-recap", "en", published: "2026-03-20", [
            "The delegations met in Doha on 19 March 2026 for the sixth round of talks on the work of their embassies.",
            "Earlier, the delegations met in Tunis, Riyadh and Washington.",
            "The seventh round is expected to take place in Tunis in the summer.",
        ])
        let analysis = try RoundFixture.analyze([Self.history, sixth, Self.eighth], withSeeds: false)
        let third = try #require(Self.round(analysis, venue: "Tunis", undated: false), "\(analysis.rounds)")
        let seventh = try #require(Self.round(analysis, venue: "Tunis", undated: true), "\(analysis.rounds)")
        #expect(third.number == 3 && seventh.status == .held, "\(analysis.rounds)")
        let rounds = RoundFixture.rounds(analysis, "sixth-recap")
        #expect(rounds[1] == [3, 4, 5], "\(rounds) \(analysis.assignments.map(\.evidence))")
    }
}
