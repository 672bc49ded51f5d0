import Foundation
import Testing
@testable import DragomanKit

/// The per-language cues the rounds stage reads sentences with.
@Suite struct RoundCueTests {
    static func features(_ text: String, _ language: String, mentions: [EntityMention] = []) -> SentenceRoundFeatures {
        SentenceRoundFeatures(ref: SentenceRef(articleID: "t", index: 0), language: LanguageCode(language), text: text,
                              mentions: mentions, placeNames: [:])
    }

    static func mention(_ text: String, in sentence: String, kind: EntityKind, id: String, date: CalendarDate? = nil) -> EntityMention {
        let scalars = Array(sentence.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        let span = TextSpan(start: start, end: start + needle.count)
        return EntityMention(articleID: "t", language: LanguageCode("en"), sentenceIndex: 0, span: span, text: text, kind: kind,
                             nested: false, inCompound: false, entityID: id, linkConfidence: 1, evidence: .glossary,
                             date: date.map { DateMention(sentenceIndex: 0, span: span, text: text, value: $0, kind: .explicit) })
    }

    /// The venue ids of a sentence with one place mention.
    static func venueIDs(_ text: String, _ language: String, place: String, id: String) -> [String] {
        features(text, language, mentions: [mention(place, in: text, kind: .place, id: id)]).venues.map(\.entityID)
    }

    @Test(arguments: [
        ("de", "Die zweite Runde der Gespräche begann.", 2),
        ("de", "Die Delegationen trafen sich zum dritten Mal.", 3),
        ("de", "Die vierte Verhandlungsrunde ist geplant.", 4),
        ("nl", "De tweede ronde van gesprekken is begonnen.", 2),
        ("nl", "De delegaties ontmoetten elkaar voor de derde keer.", 3),
        ("nb", "Etter den første runden godkjente Washington nominasjonen.", 1),
        ("nb", "Den andre konsultasjonsrunden fant sted i april.", 2),
        ("en", "The delegations met for the second time.", 2),
        ("en", "The fifth round of talks ended.", 5),
    ])
    func ordinalsBeforeRoundNouns(language: String, text: String, number: Int) {
        #expect(Self.features(text, language).ordinals.map(\.number) == [number])
    }

    /// "the first two rounds" in either word order, and elliptic "the first two" after a round
    /// noun, name rounds 1 to N; "first" before a number that counts something else does not.
    @Test(arguments: [
        ("de", "Die ersten beiden Runden fanden in Istanbul statt.", [1, 2]),
        ("de", "Die beiden ersten Gesprächsrunden dauerten Stunden.", [1, 2]),
        ("nl", "Het was de vierde ronde van dat overleg; de eerste drie vonden plaats in Istanbul.", [1, 2, 3, 4]),
        ("nb", "De to første rundene fant sted i Istanbul.", [1, 2]),
        ("en", "The first two rounds of talks were held in Istanbul.", [1, 2]),
        ("en", "It was the third round; the first two took place in Istanbul.", [1, 2, 3]),
    ])
    func firstNNamesRoundsOneToN(language: String, text: String, rounds: [Int]) {
        #expect(Set(Self.features(text, language).ordinals.map(\.number)) == Set(rounds))
    }

    @Test func firstNWithoutARoundNounIsNoRound() {
        #expect(Self.features("The first two weeks were quiet.", "en").ordinals.isEmpty)
        #expect(Self.features("Die ersten drei Diplomaten reisten ab.", "de").ordinals.isEmpty)
        // A round noun earlier in the sentence does not make "the first two weeks" rounds.
        #expect(Self.features("After the third round of talks the first two weeks were quiet.", "en").ordinals.map(\.number) == [3])
        #expect(Self.features("Die dritte Runde ist vorbei; die ersten zwei Diplomaten reisten ab.", "de").ordinals.map(\.number) == [3])
        #expect(Self.features("Runden varte i to dager; de første to timene var rolige.", "nb").ordinals.isEmpty)
    }

    /// A lower-case place mention is a nationality adjective ("på russisk jord"): never a venue.
    @Test func adjectivesAreNoVenues() {
        let soil = "Samtalene fant sted på russisk jord."
        #expect(Self.venueIDs(soil, "nb", place: "russisk", id: "loc-russia").isEmpty)
        let country = "Samtalene fant sted i Russland."
        #expect(Self.venueIDs(country, "nb", place: "Russland", id: "loc-russia") == ["loc-russia"])
    }

    /// A place or day right after "as in"/"wie schon in" is an earlier meeting the sentence
    /// likens its own to; a reporting formula ("wie bereits angekündigt") is no comparison.
    @Test func comparedPlacesAndDaysAreNotTheMeetings() {
        let likened = "Die Delegationen werden wie schon in Istanbul von den Botschaftern geleitet."
        #expect(Self.venueIDs(likened, "de", place: "Istanbul", id: "loc-istanbul").isEmpty)
        let plain = "Die Delegationen werden in Istanbul von den Botschaftern geleitet."
        #expect(Self.venueIDs(plain, "de", place: "Istanbul", id: "loc-istanbul").count == 1)
        let announced = "Die Gespräche sollen wie bereits angekündigt am 10. April stattfinden."
        let f = Self.features(announced, "de", mentions: [Self.mention("10. April", in: announced, kind: .date, id: "date-2025-04-10",
                                                                       date: CalendarDate(year: 2025, month: 4, day: 10))])
        #expect(f.meetingDates.map(\.value) == [CalendarDate(year: 2025, month: 4, day: 10)])
        let english = "As was the case in Istanbul, the delegations were led by the ambassadors."
        #expect(Self.venueIDs(english, "en", place: "Istanbul", id: "loc-istanbul").isEmpty)
    }

    @Test func ordinalsElsewhereAreNotRounds() {
        #expect(Self.features("Lavrov beschrieb das Treffen als erster Schritt.", "de").ordinals.isEmpty)
        #expect(Self.features("Andre land har sagt det samme.", "nb").ordinals.isEmpty)
        #expect(Self.features("It was the first step towards peace.", "en").ordinals.isEmpty)
    }

    /// "time"/"Mal"/"keer"/"gang" count meetings only after a counting preposition ("for the
    /// second time"); "the first time the talks were held in the US" numbers something else.
    @Test(arguments: [
        ("de", "Es war das erste Mal, dass die Gespräche in den USA stattfanden.", "Sie trafen sich zum ersten Mal in Washington."),
        ("nl", "Het was de eerste keer dat de consultaties in de VS plaatsvonden.", "Ze ontmoetten elkaar voor de eerste keer in Washington."),
        ("nb", "Det er første gang konsultasjonene holdes i en av hovedstedene.", "De møttes for første gang i Washington."),
        ("en", "It was the first time the consultations took place in the United States.", "They met for the first time in Washington."),
    ])
    func occasionNounsNeedACountingPreposition(language: String, notCounted: String, counted: String) {
        #expect(Self.features(notCounted, language).ordinals.isEmpty)
        #expect(Self.features(counted, language).ordinals.map(\.number) == [1])
    }

    @Test func newAndPreviousRounds() {
        #expect(Self.features("Eine neue Runde wird stattfinden.", "de").nextRound != nil)
        #expect(Self.features("De volgende ronde vindt plaats in Moskou.", "nl").nextRound != nil)
        #expect(Self.features("Neste forhandlingsrunde vil finne sted i Moskva.", "nb").nextRound != nil)
        #expect(Self.features("The next round will be held in Moscow.", "en").nextRound != nil)
        #expect(Self.features("niet zo lang als de vorige ronde", "nl").previousRound != nil)
        #expect(Self.features("Russia's new Washington envoy said so.", "en").nextRound == nil)
    }

    @Test func statementDatesAreNotMeetingDates() {
        let said = "Bruce said on April 8 that Ukraine would not be on the agenda of the talks."
        let f = Self.features(said, "en", mentions: [Self.mention("April 8", in: said, kind: .date, id: "date-2025-04-08",
                                                                    date: CalendarDate(year: 2025, month: 4, day: 8))])
        #expect(f.meetingDates.isEmpty)
        let met = "The delegations will meet on April 10 in Istanbul, officials said."
        let g = Self.features(met, "en", mentions: [
            Self.mention("April 10", in: met, kind: .date, id: "date-2025-04-10", date: CalendarDate(year: 2025, month: 4, day: 10)),
            Self.mention("Istanbul", in: met, kind: .place, id: "loc-istanbul"),
        ])
        #expect(g.meetingDates.map(\.value) == [CalendarDate(year: 2025, month: 4, day: 10)])
        #expect(g.venues.map(\.entityID) == ["loc-istanbul"])
        #expect(g.tense == .future)
    }

    @Test func whereSomeoneServesIsNotAVenue() {
        let text = "The delegation is led by the Russian ambassador in the USA."
        let f = Self.features(text, "en", mentions: [Self.mention("USA", in: text, kind: .place, id: "loc-usa")])
        #expect(f.venues.isEmpty)
        // Where a ministry sits is not where a meeting is; the same words with a meeting venue are.
        for (language, sentence) in [("de", "Das Außenministerium in Moskau bezeichnete das Treffen als konstruktiv."),
                                     ("nl", "Het ministerie in Moskou noemde de ontmoeting constructief."),
                                     ("nl", "De ontmoeting is constructief geweest, deelde het buitenministerie in Moskou mee."),
                                     ("nb", "Utenriksdepartementet i Moskva kalte møtet konstruktivt."),
                                     ("en", "The foreign ministry in Moscow called the meeting constructive.")] {
            let city = ["de": "Moskau", "nl": "Moskou", "nb": "Moskva", "en": "Moscow"][language]!
            let g = Self.features(sentence, language, mentions: [Self.mention(city, in: sentence, kind: .place, id: "loc-moscow")])
            #expect(g.venues.isEmpty, "\(sentence)")
        }
        // Where someone spoke is not where the talks were when the talks are in another clause.
        let spoke = "Lawrow sagte am Mittwoch in Moskau, die Gespräche seien sachlich gewesen."
        #expect(Self.venueIDs(spoke, "de", place: "Moskau", id: "loc-moscow").isEmpty)
        // The people a meeting brings together are not stationed where it is held.
        let met = "Russian and American diplomats met in Riyadh on Tuesday."
        #expect(Self.venueIDs(met, "en", place: "Riyadh", id: "loc-riyadh") == ["loc-riyadh"])
        let held = "The meeting in Moscow was called constructive."
        #expect(Self.venueIDs(held, "en", place: "Moscow", id: "loc-moscow") == ["loc-moscow"])
    }

    @Test func backgroundAndTense() {
        #expect(Self.features("In den letzten Jahren wurde die Arbeit erschwert.", "de").background)
        #expect(Self.features("Zowel Moskou als Washington hebben de afgelopen jaren geklaagd.", "nl").background)
        #expect(Self.features("De siste årene har begge sider klaget.", "nb").background)
        #expect(Self.features("In recent years, both sides complained.", "en").background)
        #expect(Self.features("Den russiske delegasjonen ble ledet av Darchiev.", "nb").tense == .past)
        #expect(Self.features("De Russische delegatie wordt geleid door Darchiev.", "nl").tense == .present)
    }

    /// Dates and places belong to the clause they stand in: a relative clause about someone's
    /// arrival, a round after "after", and a place followed by "as ambassador" date or place no
    /// meeting; a relative clause hanging on a meeting word does.
    @Test func clausesDecideWhoseDateAndPlace() {
        let relative = "The delegation was headed by Darchiev, who took up his post in March."
        let f1 = Self.features(relative, "en", mentions: [Self.mention("March", in: relative, kind: .date, id: "d", date: CalendarDate(year: 2025, month: 3))])
        #expect(f1.meetingDates.isEmpty)
        let inherited = "Die Gespräche, die am 10. April stattfinden, dauern Stunden."
        let f2 = Self.features(inherited, "de", mentions: [Self.mention("10. April", in: inherited, kind: .date, id: "d", date: CalendarDate(year: 2025, month: 4, day: 10))])
        #expect(f2.meetingDates.count == 1)
        let anchored = "Etter den andre runden tok ambassadøren over posten i mars."
        let f3 = Self.features(anchored, "nb", mentions: [Self.mention("mars", in: anchored, kind: .date, id: "d", date: CalendarDate(year: 2025, month: 3))])
        #expect(f3.meetingDates.isEmpty)
        #expect(f3.ordinals.map(\.number) == [2])
        let near = "After the first round on February 27 the sides exchanged notes."
        let f4 = Self.features(near, "en", mentions: [Self.mention("February 27", in: near, kind: .date, id: "d", date: CalendarDate(year: 2025, month: 2, day: 27))])
        #expect(f4.meetingDates.count == 1)
        let role = "The delegations met after Darchiev arrived in Washington as ambassador."
        #expect(Self.venueIDs(role, "en", place: "Washington", id: "loc-washington").isEmpty)
        let venue = "The delegations met in Washington on Tuesday."
        #expect(Self.venueIDs(venue, "en", place: "Washington", id: "loc-washington") == ["loc-washington"])
    }

    /// "since February" counts from a time, and "In Washington, X said" places a statement.
    @Test func countedDatesAndFrontedPlacesAreNoMeeting() {
        let since = "Tuesday's meeting was the third since February."
        let f1 = Self.features(since, "en", mentions: [Self.mention("February", in: since, kind: .date, id: "d", date: CalendarDate(year: 2025, month: 2))])
        #expect(f1.meetingDates.isEmpty)
        let fronted = "In Washington, the spokeswoman called the talks constructive."
        #expect(Self.venueIDs(fronted, "en", place: "Washington", id: "loc-washington").isEmpty)
        let met = "In Moskau trafen sich am Dienstag die Delegationen."
        #expect(Self.venueIDs(met, "de", place: "Moskau", id: "loc-moscow") == ["loc-moscow"])
    }
}
