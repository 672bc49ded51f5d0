import Foundation
import Testing
@testable import DragomanKit

/// Cues the rounds stage missed in all four languages: the perfect as a past, more meeting verbs, ordinals written with digits, Norwegian "andre" as "other",
/// "again" and "earlier", and a place that is what a sentence is about rather than where a
/// meeting is.
@Suite struct RoundCueCoverageTests {
    static func features(_ text: String, _ language: String, mentions: [EntityMention] = []) -> SentenceRoundFeatures {
        RoundCueTests.features(text, language, mentions: mentions)
    }

    /// A place a sentence is about ("the consulates in San Francisco") is no venue when the only
    /// meeting word is the occasion something is dealt with ("in a later round"); "a round in
    /// X", "meet in X", "held in X" are.
    @Test(arguments: [
        ("de", "Die Konsulate in San Francisco und Seattle, die 2017 und 2018 geschlossen wurden, sollen in einer späteren Runde behandelt werden.", false),
        ("de", "Die Zukunft der Konsulate in San Francisco soll in einer späteren Runde besprochen werden.", false),
        ("en", "The consulates in San Francisco and Seattle, which were closed 2017 and 2018, shall be treated in a later round.", false),
        ("en", "The fate of the consulates in San Francisco will be taken up at a later round.", false),
        ("nl", "De consulaten in San Francisco en Seattle komen in een latere ronde aan bod.", false),
        ("nb", "Konsulatene i San Francisco og Seattle, som ble stengt i 2017 og 2018, skal tas opp i en senere runde.", false),
        ("de", "Die nächste Runde soll in San Francisco stattfinden.", true),
        ("de", "In San Francisco trafen sich die Delegationen.", true),
        ("en", "The next round will be held in San Francisco.", true),
        ("en", "The delegations met in San Francisco.", true),
        ("nl", "De volgende ronde vindt plaats in San Francisco.", true),
        ("nb", "Neste runde holdes i San Francisco.", true),
    ])
    func aPlaceTheSentenceIsAboutIsNoVenue(language: String, sentence: String, venue: Bool) {
        let ids = RoundCueTests.venueIDs(sentence, language, place: "San Francisco", id: "loc-san-francisco")
        #expect(ids == (venue ? ["loc-san-francisco"] : []), "\(sentence)")
    }
}
