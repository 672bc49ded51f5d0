import Testing
@testable import DragomanKit

/// A report written independently from the same statement tells the same facts in the same
/// order, one sentence per fact, and its sentences share enough words with the other report's
/// to chain along a diagonal as a translation's do. What tells them apart is the detail: a
/// translation carries every name, place and date of its source, while the retelling drops
/// some and adds others ("on Tuesday" for "27 February", "the ministry said").
struct ParallelFaithfulnessTests {
    /// What the English report names, sentence by sentence; its translation names the same.
    static let sourceNames = [["loc-russia", "loc-usa", "loc-istanbul"], ["loc-russia", "per-darchiev", "loc-usa", "per-coulter"],
                              ["fac-consul-residence"], [], ["fac-killenworth", "fac-pioneer-point"]]
    static let sourceDates = [["2025-02-27"], [], [], [], []]

    static let english = CorpusAlignDocument(id: "en", language: .english, sentences: [
        "Russian and American diplomats met in Istanbul on 27 February for new talks on the embassies.",
        "The Russian delegation was led by ambassador Darchiev, the American delegation by Coulter.",
        "The meeting in the residence of the consul general lasted six hours.",
        "Both sides agreed to issue visas for diplomats within 30 days.",
        "There was no progress on the properties Killenworth and Pioneer Point.",
    ], entities: sourceNames, dates: sourceDates)

    /// A faithful German translation: every name and date of the English report, sentence by sentence.
    static let translated = CorpusAlignDocument(id: "de-translated", language: .german, sentences: [
        "Russische und amerikanische Diplomaten trafen sich in Istanbul am 27. Februar zu neuen Gesprächen über die Botschaften.",
        "Die russische Delegation wurde von Botschafter Dartschijew geleitet, die amerikanische Delegation von Coulter.",
        "Das Treffen in der Residenz des Generalkonsuls dauerte sechs Stunden.",
        "Beide Seiten vereinbarten, Visa für Diplomaten binnen 30 Tagen auszustellen.",
        "Bei den Anwesen Killenworth und Pioneer Point gab es keinen Fortschritt.",
    ], entities: sourceNames, dates: sourceDates)

    /// The same facts in the same order, told from the ministry's statement: each sentence keeps
    /// the other's words for the fact and swaps a detail (the weekday for the date, Moscow's
    /// ministry for the city, no second delegation leader, the ministry as source).
    static let retold = CorpusAlignDocument(id: "de-retold", language: .german, sentences: [
        "Russische und amerikanische Diplomaten trafen sich am Donnerstag zu neuen Gesprächen über die Botschaften, teilte Moskau mit.",
        "Die russische Delegation wurde erneut von Botschafter Dartschijew geleitet, sagte Sacharowa.",
        "Das Treffen dauerte nach Angaben des russischen Außenministeriums sechs Stunden.",
        "Beide Seiten vereinbarten, Visa für Diplomaten binnen 30 Tagen auszustellen, so das Ministerium.",
        "Bei den Anwesen in Maryland und auf Long Island gab es keinen Fortschritt, sagte Lawrow.",
    ], entities: [["loc-russia", "loc-usa", "loc-moscow"], ["loc-russia", "per-darchiev", "per-zakharova"],
                  ["org-russian-foreign-ministry"], ["org-russian-foreign-ministry"], ["loc-maryland", "loc-long-island", "per-lavrov"]],
       dates: [["2025-02-27"], [], [], [], []])

    /// The words a German–English dictionary gives for the sentences above.
    static let lexicon: AlignmentLexicon = {
        let pairs = [("russische", "Russian"), ("amerikanische", "American"), ("Diplomaten", "diplomats"), ("trafen", "met"),
                     ("neuen", "new"), ("Gesprächen", "talks"), ("Botschaften", "embassies"), ("Delegation", "delegation"),
                     ("Botschafter", "ambassador"), ("geleitet", "led"), ("Treffen", "meeting"), ("Residenz", "residence"),
                     ("Generalkonsuls", "consul general"), ("dauerte", "lasted"), ("sechs", "six"), ("Stunden", "hours"),
                     ("beide", "both"), ("Seiten", "sides"), ("vereinbarten", "agreed"), ("Visa", "visas"), ("binnen", "within"),
                     ("Tagen", "days"), ("ausstellen", "issue"), ("Anwesen", "properties"), ("Fortschritt", "progress")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: [english, translated, retold]))
    }()

    static func links(_ german: CorpusAlignDocument, _ options: CorpusAligner.Options = .init()) -> [SentenceLink] {
        CorpusAligner(lexicon: lexicon, options: options).align([english, german]).links
    }

    @Test func aTranslationIsParallelAndARetellingInTheSameOrderIsNot() {
        let translation = Self.links(Self.translated)
        #expect(translation.filter { $0.kind == .parallel && $0.a.index == $0.b.index }.count == 5, "\(translation)")
        let retelling = Self.links(Self.retold)
        #expect(!retelling.contains { $0.kind == .parallel }, "\(retelling)")
        // With no bar on the detail, the retelling's chain passes for a translation: the test
        // depends on what it claims to.
        var lax = CorpusAligner.Options(); lax.parallelFaithfulness = 0
        #expect(Self.links(Self.retold, lax).filter { $0.kind == .parallel }.count >= 3)
    }

    /// The retelling is still a comparable report of the same facts: its leads, which the
    /// calibration rates highest, link to their counterparts as same-fact links.
    @Test func aRetellingInTheSameOrderLinksItsLeadsAsTheSameFact() {
        let retelling = Self.links(Self.retold)
        let leads = retelling.filter { $0.a.index == $0.b.index && $0.a.index < 2 }
        #expect(leads.count == 2 && leads.allSatisfy { $0.kind == .sameFact }, "\(retelling)")
        #expect(retelling.allSatisfy { $0.a.index == $0.b.index }, "\(retelling)")
    }

    /// The measure itself: lexical similarity plus anchor overlap, over the cells that name
    /// something; cells with no names on either side do not count, and a chain of them has none.
    @Test func faithfulnessCountsOnlyCellsThatNameSomething() {
        func cell(_ i: Int, lexical: Double, anchors: Double) -> CorpusAligner.Candidate {
            CorpusAligner.Candidate(d1: 0, i1: i, d2: 1, i2: i,
                                    features: AlignmentFeatures(lexical: lexical, anchors: anchors, dates: 0, lengthDifference: 0), probability: 0.9)
        }
        let chain = [cell(0, lexical: 0.6, anchors: 1), cell(1, lexical: 0.4, anchors: 0.5), cell(2, lexical: 0.9, anchors: 0)]
        let value = CorpusAligner.faithfulness(of: chain) { $0.i1 != 2 }
        #expect(value.map { abs($0 - 1.25) < 1e-9 } == true, "\(String(describing: value))")
        #expect(CorpusAligner.faithfulness(of: chain) { _ in false } == nil)
    }
}

/// A plan told after the fact reads as future in one language and as past in another; a
/// translation of it must not be vetoed for a tense conflict. A plain future still conflicts
/// with the past.
struct FutureSeenFromThePastTests {
    static func tense(_ text: String, _ language: LanguageCode) -> RoundTense {
        CorpusAligner.tenses(CorpusAlignDocument(id: "x", language: language, sentences: [text]))[0]
    }

    @Test(arguments: [
        ("Møtet skulle opprinnelig ha vært holdt torsdag 28. mai, men ble utsatt etter ønske fra amerikansk side.", LanguageCode.norwegian,
         "Das Treffen sollte ursprünglich am Donnerstag, 28. Mai, stattfinden, wurde aber auf Wunsch der amerikanischen Seite verschoben.", LanguageCode.german),
        ("The round had originally been scheduled for May 28 but was postponed at the request of the U.S. side.", .english,
         "De ronde was oorspronkelijk gepland voor 28 mei maar werd uitgesteld op verzoek van de Amerikaanse kant.", .dutch),
        ("The talks would have taken place in Moscow, but the U.S. side asked for a delay.", .english,
         "De gesprekken zouden in Moskou plaatsvinden, maar de Amerikaanse kant vroeg om uitstel.", .dutch),
    ])
    func aPlanToldAfterTheFactGoesWithEitherTense(a: String, la: LanguageCode, b: String, lb: LanguageCode) {
        #expect(!CorpusAligner.tensesConflict(Self.tense(a, la), Self.tense(b, lb)), "\(Self.tense(a, la)) / \(Self.tense(b, lb))")
    }

    @Test func aPlainFutureStillConflictsWithThePast() {
        let future = Self.tense("Die nächste Runde wird in Washington stattfinden.", .german)
        let past = Self.tense("The next round was held in Washington.", .english)
        #expect(future == .future && past == .past)
        #expect(CorpusAligner.tensesConflict(future, past))
        #expect(Self.tense("Neste runde skal holdes i Washington.", .norwegian) == .future)
    }
}
