import Foundation
import Testing
@testable import DragomanKit

/// The kind of statement a sentence makes (`StatementCues`) as the aligner compares it
/// (`AlignmentFeatures.statementKind`).
@Suite struct StatementKindTests {
    /// `statementKind` of two one-sentence reports, with no dictionary: the cue words alone.
    static func kind(_ a: (LanguageCode, String), _ b: (LanguageCode, String)) -> Double {
        let documents = [CorpusAlignDocument(id: "a", language: a.0, sentences: [a.1]),
                         CorpusAlignDocument(id: "b", language: b.0, sentences: [b.1])]
        let evidence = CorpusEvidence(documents: documents, lexicon: .empty)
        return evidence.features(evidence.sentences[0][0], evidence.sentences[1][0]).statementKind
    }

    static let ledBy: [(LanguageCode, String)] = [
        (.english, "The Russian delegation was led by Ambassador Alexander Darchiev."),
        (.german, "Die russische Delegation wurde von Botschafter Alexander Dartschijew geleitet."),
        (.dutch, "De Russische delegatie werd geleid door ambassadeur Aleksandr Dartsjiev."),
        (.norwegian, "Den russiske delegasjonen ble ledet av ambassadør Aleksandr Dartsjijev."),
    ]

    static let met: [(LanguageCode, String)] = [
        (.english, "Russian and U.S. diplomats met in Istanbul on 10 April for a second round of talks."),
        (.german, "Russische und amerikanische Diplomaten kamen am 10. April in Istanbul zu einer zweiten Gesprächsrunde zusammen."),
        (.dutch, "Russische en Amerikaanse diplomaten hebben op 10 april in Istanbul een tweede ronde gehouden."),
        (.norwegian, "Russiske og amerikanske diplomater møttes i Istanbul 10. april for en andre runde med samtaler."),
    ]

    @Test func oneStatementInFourLanguagesIsOneKind() {
        for group in [Self.ledBy, Self.met] {
            for a in group { for b in group where a.0 != b.0 {
                #expect(Self.kind(a, b) > 0.9, "\(a.1) | \(b.1)")
            } }
        }
    }

    /// Who led the delegations and where they met: one event, two facts.
    @Test func whoLedAndWhereTheyMetAreDifferentKinds() {
        for a in Self.ledBy { for b in Self.met {
            #expect(Self.kind(a, b) < 0.3, "\(a.1) | \(b.1)")
        } }
    }

    /// The delegations are the subject of statements of every kind ("the Russian delegation
    /// insisted on the return of six properties"): the word names no leader. Who led is told by
    /// the verb ("led by", "geleitet") or a title ("ambassador"). Counted as a cue of who led, it
    /// made a demand and a delegation's leader one kind; leaving it out raised the held-out
    /// sets' central same-fact F1 by 0.007–0.03 each (UnseenRound…9, `make bench-align`).
    static let delegationInsisted: [(LanguageCode, String)] = [
        (.english, "The Russian delegation insisted on the return of six properties."),
        (.german, "Die russische Delegation bestand auf der Rückgabe von sechs Objekten."),
        (.dutch, "De Russische delegatie drong aan op de teruggave van zes panden."),
        (.norwegian, "Den russiske delegasjonen insisterte på å få tilbake seks eiendommer."),
    ]

    @Test func aDelegationIsNoCueOfWhoLed() {
        let leaders = StatementKind.allCases.firstIndex(of: .leaders)!
        for (_, text) in Self.delegationInsisted { #expect(StatementCues.profile(of: text)[leaders] == 0, "\(text)") }
        for a in Self.delegationInsisted { for b in Self.ledBy {
            #expect(Self.kind(a, b) < 0.3, "\(a.1) | \(b.1)")
        } }
    }

    /// The predicates of a dispute are kinds of their own: how long the talks lasted is not
    /// where they took place, and a seizure is not the demand to undo it, though each pair
    /// names one meeting or one set of properties. In `make bench-align` these kinds raised
    /// central same-fact F1 on the seed and on every held-out set (seed 0.767 → 0.771,
    /// leave-one-document-out 0.712 → 0.718, UnseenRound…9 by 0.001–0.028 each).
    static let lasted: [(LanguageCode, String)] = [
        (.english, "The talks lasted more than six hours."),
        (.german, "Die Gespräche dauerten mehr als sechs Stunden."),
        (.dutch, "De gesprekken duurden meer dan zes uur."),
        (.norwegian, "Samtalene varte i over seks timer."),
    ]
    static let tookPlaceAt: [(LanguageCode, String)] = [
        (.english, "The talks took place at the Russian consulate."),
        (.german, "Die Gespräche fanden im russischen Konsulat statt."),
        (.dutch, "De gesprekken vonden plaats in het Russische consulaat."),
        (.norwegian, "Samtalene fant sted på det russiske konsulatet."),
    ]
    static let seized: [(LanguageCode, String)] = [
        (.english, "Washington seized six Russian diplomatic properties in 2016."),
        (.german, "Washington beschlagnahmte 2016 sechs russische diplomatische Liegenschaften."),
        (.dutch, "Washington nam in 2016 zes Russische diplomatieke panden in beslag."),
        (.norwegian, "Washington beslagla seks russiske diplomatiske eiendommer i 2016."),
    ]
    static let demandedBack: [(LanguageCode, String)] = [
        (.english, "Moscow demanded the return of the six properties."),
        (.german, "Moskau forderte die Rückgabe der sechs Liegenschaften."),
        (.dutch, "Moskou eiste de teruggave van de zes panden."),
        (.norwegian, "Moskva krevde tilbakelevering av de seks eiendommene."),
    ]

    @Test func thePredicatesOfADisputeAreKinds() {
        for group in [Self.lasted, Self.seized, Self.demandedBack] {
            for a in group { for b in group where a.0 != b.0 {
                #expect(Self.kind(a, b) > 0.9, "\(a.1) | \(b.1)")
            } }
        }
        for (x, y) in [(Self.lasted, Self.tookPlaceAt), (Self.seized, Self.demandedBack)] {
            for a in x { for b in y { #expect(Self.kind(a, b) < 0.3, "\(a.1) | \(b.1)") } }
        }
    }

    /// In a predicate kind no cue holds another, so a word is one cue in every language and a
    /// translation gets its original's profile ("return" once, not as "return" and "retur").
    @Test func noPredicateCueHoldsAnotherOfItsKind() {
        let predicates = StatementKind.allCases.drop { $0 != .confirmation }
        for kind in predicates {
            let cues = StatementCues.cues[kind] ?? []
            for a in cues { for b in cues where a != b { #expect(!b.contains(a), "\(kind): \(a) in \(b)") } }
        }
    }

    /// The predicate kinds tell facts apart for the aligner and fill no slot of the brief: a
    /// sentence on where the talks took place and how long they lasted is still about when and
    /// where, and one with only a demand is background.
    @Test func predicateKindsFillNoBriefSlot() {
        let slot = { (text: String) in
            SlotClassifier.classify(texts: [text], features: [], relation: .only, roundStatus: .held)
        }
        #expect(slot("The talks took place at the Russian consulate and lasted more than six hours.") == .whenWhere)
        #expect(slot("Moscow demanded the return of the six properties.") == .background)
    }

    /// "…, the ministry said" closes sentences of every kind; it does not make two sentences alike
    /// or apart. With attribution counted, the first pair would score 0.71 and the second (a
    /// quote with no other cue, against who led) 0.32.
    @Test func attributionIsLeftOut() {
        let bare = (LanguageCode.english, "The talks took place in Istanbul.")
        let said = (LanguageCode.english, "The talks took place in Istanbul, the ministry said.")
        #expect(Self.kind(bare, said) > 0.99)
        let quoted = (LanguageCode.german, "„Die Gespräche fanden in Istanbul statt“, sagte der Sprecher.")
        let led = (LanguageCode.german, "Die Delegation wurde von Botschafter Dartschijew geleitet, sagte der Sprecher.")
        #expect(Self.kind(quoted, led) < 0.3)
    }

    /// A sentence with no cue has no kind: nothing for or against.
    @Test func noCueIsNoEvidence() {
        let background = (LanguageCode.english, "Relations have been strained for years.")
        #expect(Self.kind(background, Self.ledBy[0]) == 0)
        #expect(Self.kind(background, background) == 0)
    }

    /// Cues are found inside compounds ("Verhandlungsrunde", "toppmøtet"), and a short cue with a
    /// leading space only at a word start (" sa " is not in "visa ").
    @Test func profileCountsDistinctCuesPerKind() {
        let meeting = StatementKind.allCases.firstIndex(of: .meeting)!
        let attribution = StatementKind.allCases.firstIndex(of: .attribution)!
        #expect(StatementCues.profile(of: "Die Verhandlungsrunde endete am Abend.")[meeting] == 1)
        #expect(StatementCues.profile(of: "Toppmøtet ble holdt i Genève.")[meeting] == 2)
        #expect(StatementCues.profile(of: "Han søkte om visa i fjor.")[attribution] == 0)
        #expect(StatementCues.profile(of: "Det er ikke aktuelt, sa han.")[attribution] == 1)
    }

    /// The byte search of `profile(of:)` finds what a String search finds, on text with
    /// umlauts, ø, guillemets and typographic quotes (multi-byte UTF-8 on both sides).
    @Test func byteSearchAgreesWithStringSearch() {
        let texts = Self.ledBy.map(\.1) + Self.met.map(\.1) + [
            "«Neste runde blir i Moskva», sa Dartsjijev til TASS og understreket fremdriften.",
            "„Die nächste Runde soll in Washington stattfinden“, betonte die Sprecherin.",
            "\"De volgende ronde wordt in Washington gehouden\", zei de woordvoerder; er is vooruitgang.",
            "“Ukraine is not on the agenda,” she said, adding that a deal on visas had been agreed.",
        ]
        for text in texts {
            let h = StatementCues.haystack(text)
            #expect(StatementCues.profile(of: text) == StatementKind.allCases.map { StatementCues.cues(of: $0, in: h).count }, "\(text)")
        }
    }
}
