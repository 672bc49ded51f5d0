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

    /// The perfect ("haben … gesprochen", "hebben … gesproken", "har møttes", "have met") tells
    /// of a meeting that is over; "haben … zu tun", "have to", "har et problem" are no perfect.
    @Test(arguments: [
        ("de", "Die Delegationen haben am 14. Oktober 2025 in Istanbul über die Botschaften gesprochen.", RoundTense.past),
        ("de", "Russland hat sich mit den USA auf schnellere Visa geeinigt.", .past),
        ("de", "Die Diplomaten haben in Istanbul sechs Stunden lang verhandelt.", .past),
        ("de", "Die Delegationen haben noch viel zu besprechen.", .present),
        ("de", "Russland hat Interesse an weiteren Gesprächen.", .present),
        ("nl", "De delegaties hebben dinsdag in Istanbul over de ambassades gesproken.", .past),
        ("nl", "Rusland heeft de vierde ronde afgerond.", .past),
        ("nl", "De delegaties hebben een probleem met de visa.", .present),
        ("nb", "Delegasjonene har møttes i Istanbul.", .past),
        ("nb", "Partene har forhandlet i seks timer.", .past),
        ("nb", "Delegasjonene har et problem med visumene.", .present),
        ("en", "The delegations have met in Istanbul.", .past),
        ("en", "Russia has already held two rounds of talks.", .past),
        ("en", "The delegations have to agree on a date.", .present),
        ("en", "The delegations will have met by then.", .future),
    ])
    func thePerfectIsPast(language: String, sentence: String, tense: RoundTense) {
        #expect(Self.features(sentence, language).tense == tense, "\(sentence)")
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
