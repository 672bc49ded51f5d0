import Testing
@testable import DragomanKit

/// A translation that merges two sentences of its source into one (a 1-2 bead). The merged
/// sentence is about twice as long as either half, so its cells fail the parallel chain's
/// length bar and the chain breaks there into two stretches; it may also hold two tenses, of
/// which the main-clause reading sees only the first. The bead must still link the merged
/// sentence to both halves, and in statements each half keeps its own fact.
@Suite struct MergedBeadTests {
    static let english = CorpusAlignDocument(id: "en", language: .english, sentences: [
        "Russian and American diplomats met in Moscow on Tuesday for new talks on the embassies.",
        "The Russian delegation was led by the ambassador, the American delegation by a deputy minister.",
        "The meeting in the guest house of the ministry lasted six hours.",
        "Diplomatic couriers will receive visas with several entries for one year.",
        "The parties also agreed on a quota of thirty visas for technical staff.",
        "There was no progress on the six seized properties.",
        "The next round will take place in Washington in the autumn.",
        "The talks began in Istanbul in February last year.",
    ])

    /// English sentences 3 and 4 as one sentence (future, then past); the rest one to one.
    static let german = CorpusAlignDocument(id: "de", language: .german, sentences: [
        "Russische und amerikanische Diplomaten trafen sich in Moskau am Dienstag zu neuen Gesprächen über die Botschaften.",
        "Die russische Delegation wurde vom Botschafter geleitet, die amerikanische Delegation von einem stellvertretenden Minister.",
        "Das Treffen im Gästehaus des Ministeriums dauerte sechs Stunden.",
        "Diplomatische Kuriere sollen Visa mit mehreren Einreisen für ein Jahr erhalten, und die Parteien einigten sich auch auf eine Quote von dreißig Visa für technisches Personal.",
        "Bei den sechs beschlagnahmten Anwesen gab es keinen Fortschritt.",
        "Die nächste Runde soll im Herbst in Washington stattfinden.",
        "Die Gespräche begannen im Februar letzten Jahres in Istanbul.",
    ])

    /// The words a German–English dictionary gives for the sentences above.
    static let lexicon = lexicon(for: [english, german])

    static func lexicon(for documents: [CorpusAlignDocument], extra: [(String, String)] = []) -> AlignmentLexicon {
        let pairs = extra + [("russische", "Russian"), ("amerikanische", "American"), ("Diplomaten", "diplomats"), ("trafen", "met"),
                     ("Moskau", "Moscow"), ("Dienstag", "Tuesday"), ("neuen", "new"), ("Gesprächen", "talks"), ("Botschaften", "embassies"),
                     ("Delegation", "delegation"), ("Botschafter", "ambassador"), ("geleitet", "led"), ("stellvertretenden", "deputy"),
                     ("Minister", "minister"), ("Treffen", "meeting"), ("Gästehaus", "guest house"), ("Ministeriums", "ministry"),
                     ("dauerte", "lasted"), ("sechs", "six"), ("Stunden", "hours"), ("diplomatische", "diplomatic"), ("Kuriere", "couriers"),
                     ("Visa", "visas"), ("mehreren", "several"), ("Einreisen", "entries"), ("Jahr", "year"), ("erhalten", "receive"),
                     ("Parteien", "parties"), ("einigten", "agreed"), ("Quote", "quota"), ("dreißig", "thirty"), ("technisches", "technical"),
                     ("Personal", "staff"), ("beschlagnahmten", "seized"), ("Anwesen", "properties"), ("Fortschritt", "progress"),
                     ("nächste", "next"), ("Runde", "round"), ("Herbst", "autumn"), ("stattfinden", "take place"), ("Gespräche", "talks"),
                     ("begannen", "began"), ("Februar", "February"), ("letzten", "last"), ("Jahres", "year")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: documents))
    }

    static func parallel(_ options: CorpusAligner.Options = .init()) -> Set<String> {
        Set(CorpusAligner(lexicon: lexicon, options: options).align([german, english]).links
            .filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
    }

    @Test func aMergedSentenceLinksToBothHalvesOfItsSource() {
        // What the test depends on: the merged sentence opens in the future and goes on in the
        // past, and its English halves keep one tense each.
        #expect(CorpusAligner.tenses(Self.german)[3] == .future)
        #expect(CorpusAligner.tenses(Self.english)[3] == .future && CorpusAligner.tenses(Self.english)[4] == .past)
        let links = Self.parallel()
        #expect(links == ["0-0", "1-1", "2-2", "3-3", "3-4", "4-5", "5-6", "6-7"], "\(links.sorted())")
    }

    /// Aligned as two stretches, the bead is cut in two: the merged sentence keeps one half at
    /// most, and the rest of the translation still aligns.
    @Test func withoutJoiningTheStretchesTheBeadLosesAHalf() {
        var apart = CorpusAligner.Options(); apart.parallelJoinGap = -1
        let links = Self.parallel(apart)
        #expect(!(links.contains("3-3") && links.contains("3-4")), "\(links.sorted())")
        #expect(links.isSuperset(of: ["0-0", "1-1", "2-2", "4-5", "5-6", "6-7"]), "\(links.sorted())")
    }

    @Test func stretchesABeadApartAreJoinedAndOthersAreNot() {
        func joined(_ stretches: [(ClosedRange<Int>, ClosedRange<Int>)], gap: Int = 2) -> [String] {
            CorpusAligner.joinedAcrossBeads(stretches, gap: gap).map { "\($0.0)|\($0.1)" }
        }
        // One row and two columns between them (a 1-2 bead), given in either order.
        #expect(joined([(4...10, 5...11), (0...2, 0...2)]) == ["0...10|0...11"])
        // A sentence that fails the chain on both sides (a 1-1 bead, a 2-2 bead): one stretch.
        #expect(joined([(0...2, 0...2), (4...6, 4...6)]) == ["0...6|0...6"])
        #expect(joined([(0...2, 0...2), (5...7, 5...7)]) == ["0...7|0...7"])
        // Sentences between them on one side only (an insertion): two stretches.
        #expect(joined([(0...2, 0...2), (3...5, 5...7)]) == ["0...2|0...2", "3...5|5...7"])
        // Three sentences between them on one side: two stretches.
        #expect(joined([(0...2, 0...2), (4...6, 6...8)]) == ["0...2|0...2", "4...6|6...8"])
        // Not in the same order on both sides (a stretch behind on one side): two stretches.
        #expect(joined([(0...2, 5...7), (3...5, 0...2)]) == ["0...2|5...7", "3...5|0...2"])
        #expect(joined([(0...2, 0...2), (4...6, 4...6)], gap: 0) == ["0...2|0...2", "4...6|4...6"])
    }
}

/// How a bead of several sentences sits in statements: the merged sentence states two facts, a
/// statement one.
@Suite struct MergedBeadStatementTests {
    static func ref(_ id: String, _ index: Int) -> SentenceRef { AlignmentStatementTests.ref(id, index) }
    static func statementOf(_ graph: AlignmentGraph, _ sentence: SentenceRef) -> Set<SentenceRef> { AlignmentStatementTests.statementOf(graph, sentence) }
    static let documents = ["source", "merged", "third"].map { id in
        CorpusAlignDocument(id: id, language: .english, sentences: ["one", "two"])
    }

    /// The source states "couriers" (0) and "quota" (1) apart, the merged translation both in
    /// its sentence 0, and a third report states them apart again, linked by same-fact links.
    /// Each fact keeps its own statement; the merged sentence joins the first one its links
    /// choose, and the quota statement stays whole instead of losing its third-report sentence.
    @Test func aMergedSentenceDoesNotJoinTwoFactsIntoOneStatement() {
        let couriers = Self.ref("source", 0), quota = Self.ref("source", 1), merged = Self.ref("merged", 0)
        let thirdCouriers = Self.ref("third", 0), thirdQuota = Self.ref("third", 1)
        let links = [
            SentenceLink(couriers, merged, kind: .parallel, score: 0.99),
            SentenceLink(quota, merged, kind: .parallel, score: 0.99),
            SentenceLink(couriers, thirdCouriers, kind: .sameFact, score: 0.98),
            SentenceLink(quota, thirdQuota, kind: .sameFact, score: 0.98),
            SentenceLink(merged, thirdCouriers, kind: .sameFact, score: 0.97),
            SentenceLink(merged, thirdQuota, kind: .sameFact, score: 0.96),
        ]
        let graph = AlignmentStatements.build(links: links, documents: Self.documents, decisions: AlignmentDecisions(),
                                              mergeThreshold: 0.95, mergeSupport: 0.75)
        #expect(Self.statementOf(graph, couriers) == [couriers, merged, thirdCouriers], "\(graph.statements)")
        #expect(Self.statementOf(graph, quota) == [quota, thirdQuota], "\(graph.statements)")
        // Every link is still a link: the bead's second pair stays pair-level evidence.
        #expect(graph.links.count == links.count)
    }

    /// With nothing else to place them, a bead's sentences are one statement, as before.
    @Test func aBeadAloneIsOneStatement() {
        let links = [SentenceLink(Self.ref("source", 0), Self.ref("merged", 0), kind: .parallel, score: 0.99),
                     SentenceLink(Self.ref("source", 1), Self.ref("merged", 0), kind: .parallel, score: 0.99)]
        let graph = AlignmentStatements.build(links: links, documents: Self.documents, decisions: AlignmentDecisions(), mergeSupport: 0.75)
        #expect(graph.statements.count == 1)
        #expect(Self.statementOf(graph, Self.ref("merged", 0)) == [Self.ref("source", 0), Self.ref("source", 1), Self.ref("merged", 0)])
    }
}
