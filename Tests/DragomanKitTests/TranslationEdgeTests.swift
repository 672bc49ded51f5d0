import Testing
@testable import DragomanKit

/// The edges of a translated stretch: the opening lines before a sentence the translator split
/// in two, and a sentence the translator left out next to one the model would merge it with.
@Suite struct TranslationEdgeTests {
    static let lexicon = MergedBeadTests.lexicon

    /// `MergedBeadTests`' pair with the meeting moved after the merged sentence: English
    /// sentences 2 and 3 are one German sentence, and only two sentences come before it, too
    /// few for a parallel chain of their own. The split sentence's cells fail the length bar and
    /// cut them off from the rest of the translation.
    static let english = CorpusAlignDocument(id: "en", language: .english,
                                             sentences: [0, 1, 3, 4, 2, 5, 6, 7].map { MergedBeadTests.english.sentences[$0] })
    static let german = CorpusAlignDocument(id: "de", language: .german,
                                            sentences: [0, 1, 3, 2, 4, 5, 6].map { MergedBeadTests.german.sentences[$0] })

    static func parallel(_ documents: [CorpusAlignDocument], _ options: CorpusAligner.Options = .init()) -> Set<String> {
        Set(CorpusAligner(lexicon: lexicon, options: options).align(documents).links
            .filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
    }

    @Test func theLinesBeforeASplitSentenceAreParallelToo() {
        let links = Self.parallel([Self.german, Self.english])
        #expect(links == ["0-0", "1-1", "2-2", "2-3", "3-4", "4-5", "5-6", "6-7"], "\(links.sorted())")
    }

    /// German sentence 3 is long; German 4, short, is left out of the English. Its one word in
    /// common with English 3 ("Visa") and Gale–Church's dear deletions make a 2-1 bead of the
    /// two the likelier model path.
    static let droppedGerman = CorpusAlignDocument(id: "de", language: .german, sentences: [
        "Russische und amerikanische Diplomaten trafen sich in Moskau am Dienstag zu neuen Gesprächen über die Botschaften.",
        "Die russische Delegation wurde vom Botschafter geleitet, die amerikanische Delegation von einem stellvertretenden Minister.",
        "Das Treffen im Gästehaus des Ministeriums dauerte sechs Stunden.",
        "Diplomatische Kuriere und technisches Personal sollen ihre Visa künftig binnen drei Wochen erhalten, teilte das Ministerium mit.",
        "Die Visa gelten danach ein ganzes Jahr lang.",
        "Bei den sechs beschlagnahmten Anwesen gab es keinen Fortschritt.",
        "Die nächste Runde soll im Herbst in Washington stattfinden.",
        "Die Gespräche begannen im Februar letzten Jahres in Istanbul.",
    ])

    static let droppedEnglish = CorpusAlignDocument(id: "en", language: .english, sentences: [
        "Russian and American diplomats met in Moscow on Tuesday for new talks on the embassies.",
        "The Russian delegation was led by the ambassador, the American delegation by a deputy minister.",
        "The meeting in the guest house of the ministry lasted six hours.",
        "Diplomatic couriers and technical staff will receive their visas within three weeks in future, the ministry said.",
        "There was no progress on the six seized properties.",
        "The next round will take place in Washington in the autumn.",
        "The talks began in Istanbul in February last year.",
    ])

    static func droppedParallel(_ options: CorpusAligner.Options = .init()) -> Set<String> {
        let documents = [droppedGerman, droppedEnglish]
        let lexicon = MergedBeadTests.lexicon(for: documents, extra: [("binnen", "within"), ("drei", "three"), ("Wochen", "weeks"),
                                                                      ("künftig", "in future"), ("teilte", "said")])
        return Set(CorpusAligner(lexicon: lexicon, options: options).align(documents).links
            .filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
    }

    @Test func aDroppedSentenceIsNotMergedIntoItsNeighboursBead() {
        let links = Self.droppedParallel()
        #expect(links == ["0-0", "1-1", "2-2", "3-3", "5-4", "6-5", "7-6"], "\(links.sorted())")
    }

    /// What the test above depends on: without the containment bar, the model does merge it.
    @Test func withoutTheBarTheDroppedSentenceJoinsTheBead() {
        var options = CorpusAligner.Options(); options.parallelMergedContainment = 0
        let links = Self.droppedParallel(options)
        #expect(links.contains("3-3") && links.contains("4-3"), "\(links.sorted())")
    }

    /// Which short runs join a stretch: a run of two cells a split bead before or after it, in
    /// the same direction on both sides, faithful itself; not one across a wider gap, not one
    /// that steps off the diagonal, not one the caller finds unfaithful.
    @Test func shortRunsJoinOnlyAtAStretchsEdge() {
        func cell(_ i: Int, _ j: Int) -> CorpusAligner.Candidate {
            CorpusAligner.Candidate(d1: 0, i1: i, d2: 1, i2: j, features: AlignmentFeatures(lexical: 0.9, anchors: 0, dates: 0, lengthDifference: 0),
                                    probability: 0.9)
        }
        let stretch = CorpusAligner.parallelStretches([cell(3, 4), cell(4, 5), cell(5, 6), cell(6, 7)], minimumRun: 3, lexical: 0.3)
        #expect(stretch.count == 1)
        func edges(_ cells: [CorpusAligner.Candidate], faithful: Bool = true) -> [String] {
            CorpusAligner.edgeChains(cells + stretch[0].chain, next: stretch, minimumRun: 3, lexical: 0.3, gap: 2) { _ in faithful }
                .map { "\($0.rows)|\($0.columns)" }
        }
        #expect(edges([cell(0, 0), cell(1, 1)]) == ["0...1|0...1"])            // a 1-2 bead before it
        #expect(edges([cell(8, 9), cell(9, 10)]) == ["8...9|9...10"])          // a 1-1 gap after it
        #expect(edges([cell(0, 0), cell(1, 1)], faithful: false).isEmpty)
        #expect(edges([cell(0, 0), cell(0, 1)]).isEmpty)                         // not a diagonal run
        #expect(edges([cell(10, 11), cell(11, 12)]).isEmpty)                     // three sentences away
        #expect(edges([cell(8, 1), cell(9, 2)]).isEmpty)                         // after on one side, before on the other
        #expect(edges([cell(1, 2), cell(2, 3)]).isEmpty)                         // touching: no bead between
    }

    /// A translation that merges two sentences (row 6 renders columns 6 and 7), and a chance
    /// match two columns off the diagonal (5, 7). Left in, the chance cell chains on past the
    /// merged sentence, takes row 5 from the diagonal, and the translation splits into two
    /// stretches with no bead between them; as neither its row's nor its column's closest
    /// counterpart, it is left out, and the two halves join across the merged sentence.
    @Test func aChanceMatchOffTheDiagonalDoesNotCutATranslation() {
        func cell(_ i: Int, _ j: Int, _ similarity: Double) -> CorpusAligner.Candidate {
            CorpusAligner.Candidate(d1: 0, i1: i, d2: 1, i2: j,
                                    features: AlignmentFeatures(lexical: similarity, anchors: 0, dates: 0, lengthDifference: 0), probability: 0.9)
        }
        let diagonal = (0...5).map { cell($0, $0, 0.9) } + (7...12).map { cell($0, $0 + 1, 0.9) }
        let chance = cell(5, 7, 0.35)
        let merged = [cell(6, 6, 0.8), cell(6, 7, 0.7)]   // they fail the length bar: not eligible
        let eligible = diagonal + [chance], all = eligible + merged
        func stretches(_ cells: [CorpusAligner.Candidate]) -> [String] {
            let chains = CorpusAligner.parallelStretches(cells, minimumRun: 3, lexical: 0.3).map { ($0.rows, $0.columns) }
            return CorpusAligner.joinedAcrossBeads(chains, gap: 2).map { "\($0.0)|\($0.1)" }
        }
        #expect(stretches(eligible) == ["0...4|0...4", "5...12|7...13"])
        let closest = CorpusAligner.bestOfRowOrColumn(eligible, among: all)
        #expect(closest.count == diagonal.count)
        #expect(stretches(closest) == ["0...12|0...13"])
        // The halves of a split sentence are each their column's closest counterpart: both kept.
        #expect(CorpusAligner.bestOfRowOrColumn(merged, among: all).count == 2)
    }

    /// A translation with one more sentence at its end than its source: the model would rather
    /// put it in a 1-2 bead with the sentence before than pay for its whole length as a deletion,
    /// and shifts the source's last sentence onto it; the pair the bead refused frees both. With
    /// a short last sentence, given the extra one as context, the model bent the whole end of the
    /// stretch into 1-2 and 2-2 beads to avoid deleting it, and two pairs before it were lost: a
    /// context sentence tied to nothing at the edge is left out.
    @Test(arguments: [
        ("Die neunte Runde soll im Februar in Moskau stattfinden.", "The ninth round is to take place in Moscow in February."),
        ("Danach folgt Moskau.", "Moscow follows."),
    ])
    func anExtraLastSentenceDoesNotCostTheOnesBefore(last: (german: String, english: String)) {
        let german = CorpusAlignDocument(id: "de", language: .german, sentences: Array(MergedBeadTests.german.sentences.prefix(6)) + [last.german])
        let english = CorpusAlignDocument(id: "en", language: .english, sentences: Array(MergedBeadTests.english.sentences.prefix(7))
            + [last.english, "The talks concern only the functioning of the embassies and not the war in Ukraine, diplomats of both sides stress again and again."])
        let links = Set(CorpusAligner(lexicon: MergedBeadTests.lexicon(for: [german, english])).align([german, english]).links
            .filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(links == ["0-0", "1-1", "2-2", "3-3", "3-4", "4-5", "5-6", "6-7"], "\(links.sorted())")
    }

    /// A sentence added before the translation's last one: the model's doubt over where it goes
    /// spread over the beads before it (right beads at 0.40), which linked nothing. The
    /// sentences of a bead the model is unsure of pair up again on the chain's evidence.
    @Test(arguments: [
        ("Die neunte Runde soll im Februar in Moskau stattfinden.", "The ninth round is to take place in Moscow in February."),
        ("Danach folgt Moskau.", "Moscow follows."),
    ])
    func anAddedSentenceNearTheEndCostsNoPair(last: (german: String, english: String)) {
        let g = MergedBeadTests.german.sentences, e = MergedBeadTests.english.sentences
        let german = CorpusAlignDocument(id: "de", language: .german, sentences: Array(g.prefix(6)) + [last.german, g[6]])
        let english = CorpusAlignDocument(id: "en", language: .english, sentences: Array(e.prefix(7))
            + [last.english, "The talks concern only the functioning of the embassies and not the war in Ukraine, diplomats of both sides stress again and again.", e[7]])
        let links = Set(CorpusAligner(lexicon: MergedBeadTests.lexicon(for: [german, english])).align([german, english]).links
            .filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(links == ["0-0", "1-1", "2-2", "3-3", "3-4", "4-5", "5-6", "6-7", "7-9"], "\(links.sorted())")
    }

    /// The model pairs a sentence the translator dropped (row 9) with the first half of the next
    /// sentence split in two (column 10), a pair refused for want of common words, and the
    /// second half alone with the sentence after (10-11): the first half joins that bead.
    @Test func aHalfLeftAloneJoinsItsNeighboursBead() {
        func cell(_ i: Int, _ j: Int, _ translatable: Double, containment: Double = 0.6) -> CorpusAligner.Candidate {
            CorpusAligner.Candidate(d1: 0, i1: i, d2: 1, i2: j, features: AlignmentFeatures(lexical: translatable, anchors: 0, dates: 0,
                                    lengthDifference: 0, containment: containment), probability: 0.9)
        }
        let pairs = [(8, 9), (10, 11), (11, 12)]
        let window = [cell(8, 9, 0.9), cell(10, 10, 0.69), cell(10, 11, 0.76), cell(11, 12, 0.9)]
        func joined(_ window: [CorpusAligner.Candidate], weighed: Set<Int64> = [], pairs: [(Int, Int)] = pairs) -> [String] {
            CorpusAligner.joinedToNeighbours(window, weighed: weighed, pairs: pairs, rows: [9], columns: [10], lexical: 0.3, containment: 1.0 / 3)
                .map { "\($0.i1)-\($0.i2)" }
        }
        #expect(joined(window) == ["10-10"])
        // Not when a bead weighed and refused the pair, nor when the half's words are not in it,
        // nor when the half has a closer counterpart, nor when the neighbour's bead is not 1-1.
        #expect(joined(window, weighed: [10 << 32 | 10]).isEmpty)
        #expect(joined([cell(8, 9, 0.9), cell(10, 10, 0.69, containment: 0.2), cell(10, 11, 0.76), cell(11, 12, 0.9)]).isEmpty)
        #expect(joined(window + [cell(12, 10, 0.8)]).isEmpty)
        #expect(joined(window, pairs: pairs + [(10, 12)]).isEmpty)
        #expect(joined(window, pairs: pairs + [(12, 11)]).isEmpty)
        // The other side: a row alone next to a row paired 1-1.
        #expect(CorpusAligner.joinedToNeighbours([cell(9, 10, 0.7), cell(10, 10, 0.8)], pairs: [(10, 10)], rows: [9], columns: [],
                                                 lexical: 0.3, containment: 1.0 / 3).map { "\($0.i1)-\($0.i2)" } == ["9-10"])
    }
}
