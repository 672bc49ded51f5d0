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

    /// Verbs of meeting that were no cue: a sentence with one of them speaks of a meeting.
    @Test(arguments: [
        ("de", "Russland und die USA haben sich am Dienstag getroffen."),
        ("de", "Beide Seiten verhandelten sechs Stunden."),
        ("de", "Die Diplomaten haben vier Stunden verhandelt."),
        ("de", "Die Diplomaten haben am Dienstag beraten."),
        ("de", "Die Diplomaten sind am Dienstag zusammengekommen."),
        ("nl", "De besprekingen werden dinsdag gehouden."),
        ("nl", "De diplomaten kwamen dinsdag bijeen."),
        ("nl", "De diplomaten zijn dinsdag bijeengekomen."),
        ("nb", "Diplomatene møtte hverandre tirsdag."),
        ("nb", "Partene forhandlet i seks timer."),
        ("en", "The two sides will hold further discussions next week."),
        ("en", "They are holding discussions on Tuesday."),
        ("en", "Diplomats convened on Tuesday."),
        ("en", "Officials gathered on Tuesday."),
    ])
    func moreMeetingVerbs(language: String, sentence: String) {
        #expect(Self.features(sentence, language).hasMeetingCue, "\(sentence)")
    }

    /// A date and a place next to one of those verbs are the meeting's.
    @Test(arguments: [
        ("de", "Die Diplomaten haben sich am 5. Mai 2026 in Doha getroffen.", "5. Mai 2026"),
        ("nl", "De diplomaten kwamen op 5 mei 2026 in Doha bijeen.", "5 mei 2026"),
        ("nb", "Diplomatene møtte hverandre i Doha 5. mai 2026.", "5. mai 2026"),
        ("en", "Diplomats convened in Doha on 5 May 2026.", "5 May 2026"),
    ])
    func aMeetingVerbDatesAndPlacesTheMeeting(language: String, sentence: String, date: String) {
        let f = Self.features(sentence, language, mentions: [
            RoundCueTests.mention(date, in: sentence, kind: .date, id: "d", date: CalendarDate(year: 2026, month: 5, day: 5)),
            RoundCueTests.mention("Doha", in: sentence, kind: .place, id: "loc-doha"),
        ])
        #expect(f.meetingDates.count == 1, "\(sentence)")
        #expect(f.venues.map(\.entityID) == ["loc-doha"], "\(sentence)")
    }

    /// "Die 5. Runde", "the 5th round", "de 5e ronde", "den 5. runden" count as "fünfte",
    /// "fifth", "vijfde", "femte"; the spelled ordinals go to the tenth; a day ("am 5. Mai") is
    /// no ordinal.
    @Test(arguments: [
        ("de", "Die 5. Runde der Gespräche begann.", [5]),
        ("de", "Die Delegationen trafen sich zum 7. Mal.", [7]),
        ("de", "Am 5. Mai trafen sich die Delegationen.", []),
        ("de", "Die siebente Runde begann.", [7]),
        ("de", "Die zehnte Runde begann.", [10]),
        ("en", "The 5th round of talks ended.", [5]),
        ("en", "The 2nd round of talks ended.", [2]),
        ("en", "The 3rd round of talks ended.", [3]),
        ("en", "The delegations met for the 1st time.", [1]),
        ("en", "The tenth round of talks ended.", [10]),
        ("nl", "De 5e ronde van het overleg begon.", [5]),
        ("nl", "De 5de ronde van het overleg begon.", [5]),
        ("nl", "De 8ste ronde van het overleg begon.", [8]),
        ("nl", "De tiende ronde van het overleg begon.", [10]),
        ("nb", "Den 5. runden med samtaler startet.", [5]),
        ("nb", "De møttes for 3. gang.", [3]),
        ("nb", "Den tiende runden med samtaler startet.", [10]),
    ])
    func ordinalsWrittenWithDigits(language: String, sentence: String, numbers: [Int]) {
        #expect(Self.features(sentence, language).ordinals.map(\.number) == numbers, "\(sentence)")
    }

    /// Norwegian "andre" is "second" before a round noun in the singular ("den andre runden",
    /// "andre runde", "for andre gang"), "other" before a plural ("andre samtaler", "andre
    /// møter", "de andre rundene").
    @Test(arguments: [
        ("Moskva og Washington fører også andre samtaler om Ukraina.", []),
        ("Partene har hatt andre møter om saken.", []),
        ("De andre rundene fant sted i Istanbul.", []),
        ("Den andre runden fant sted i april.", [2]),
        ("Andre runde starter i morgen.", [2]),
        ("De møttes for andre gang.", [2]),
        ("Det var deres andre møte.", [2]),
    ])
    func norwegianAndreIsSecondOnlyBeforeASingular(sentence: String, numbers: [Int]) {
        #expect(Self.features(sentence, "nb").ordinals.map(\.number) == numbers, "\(sentence)")
    }

    /// "meet again" announces another meeting as "a new round" does; "again raised" and "will
    /// again be led by" do not.
    @Test(arguments: [
        ("de", "Die Delegationen wollen sich erneut treffen.", true),
        ("de", "Russland forderte erneut die Rückgabe der Liegenschaften.", false),
        ("nl", "De delegaties komen opnieuw bijeen.", true),
        ("nl", "Rusland bracht opnieuw de vluchten ter sprake.", false),
        ("nb", "Delegasjonene skal møtes igjen.", true),
        ("nb", "Russland tok igjen opp flyvningene.", false),
        ("en", "The delegations will meet again.", true),
        ("en", "Russia again raised the resumption of direct flights.", false),
        ("en", "The Russian delegation will again be led by Darchiev.", false),
    ])
    func meetingAgainIsANextRound(language: String, sentence: String, next: Bool) {
        #expect((Self.features(sentence, language).nextRound != nil) == next, "\(sentence)")
    }

    /// "an earlier round" points back as "the previous round" does.
    @Test(arguments: [
        ("de", "Das wurde schon in einer früheren Runde besprochen."),
        ("nl", "Dat werd al in een eerdere ronde besproken."),
        ("nb", "Det ble tatt opp i en tidligere runde."),
        ("en", "That was discussed at an earlier round."),
    ])
    func earlierIsPrevious(language: String, sentence: String) {
        #expect(Self.features(sentence, language).previousRound != nil, "\(sentence)")
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
