import Foundation
import Testing
@testable import DragomanKit

/// Bitexts with known answers, shuffled comparable text, and corrections that must survive
/// realignment and a restart (reloading from the Alignments/ files and the store).
@Suite struct CorpusAlignBitextTests {
    static let english = [
        "The delegation arrived in Istanbul on Thursday morning.",
        "Talks focused on embassy staffing and visas for diplomats.",
        "Six properties were seized in Maryland and New York in 2016.",
        "The spokesman said Ukraine was not on the agenda.",
        "Both sides complained about intimidation of their staff.",
        "A third round is planned in Moscow soon.",
    ]
    static let englishCopy = english.map { $0.replacingOccurrences(of: "The ", with: "That ") }

    @Test func sameLanguageParallelTextIsAlignedMonotonically() {
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english)
        let b = CorpusAlignDocument(id: "b", language: .english, sentences: Self.englishCopy)
        let graph = CorpusAligner().align([a, b])
        let parallel = Set(graph.links.filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(parallel == Set((0..<6).map { "\($0)-\($0)" }))
        #expect(graph.statements.count == 6)
        #expect(graph.links.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }

    /// A report that adds a sentence between two translated ones: the added sentence shares a
    /// word with the next one ("Russian") but its match is the sentence before ("bank
    /// accounts"); a 1-2 bead that swallows it keeps only its real pair.
    @Test func aBeadDoesNotSwallowASentenceWhoseMatchIsElsewhere() {
        let a = [
            "The delegation arrived in Istanbul on Thursday morning.",
            "Talks focused on embassy staffing and visas for diplomats.",
            "A joint working group will look for a solution for the bank accounts of diplomats by the summer.",
            "Russian officials reached no agreement on the return of six seized Russian properties.",
            "The spokesman said Ukraine was not on the agenda.",
            "A third round is planned in Moscow soon.",
        ]
        let b = [
            "That delegation arrived in Istanbul on Thursday morning.",
            "Talks focused on embassy staffing and visas for diplomats.",
            "A joint working group will look for a solution for the bank accounts of diplomats by the summer.",
            "Russian diplomats have struggled for years to open bank accounts.",
            "Russian officials reached no agreement on the return of six seized Russian properties.",
            "That spokesman said Ukraine was not on the agenda.",
            "A third round is planned in Moscow soon.",
        ]
        let graph = CorpusAligner().align([CorpusAlignDocument(id: "a", language: .english, sentences: a),
                                           CorpusAlignDocument(id: "b", language: .english, sentences: b)])
        let parallel = Set(graph.links.filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(!parallel.contains("3-3"), "\(parallel.sorted())")
        #expect(!parallel.contains("2-3"), "\(parallel.sorted())")
        #expect(parallel.isSuperset(of: ["0-0", "1-1", "2-2", "3-4", "4-5", "5-6"]), "\(parallel.sorted())")
    }

    /// A preview and a report that tell one meeting in the same order and words are no
    /// translations where one tells the future and the other the past; sentences without a
    /// tense of their own (or in the same tense) still are. Without the rule every pair would be.
    @Test func aPreviewAndAReportAreNoTranslationsWhereTheirTensesDiffer() {
        let preview = [
            "The Russian and American delegations will meet at the Russian embassy in Riyadh on Tuesday.",
            "The Russian delegation will be led by Ambassador Alexander Darchiev of the foreign ministry.",
            "The talks will last about six hours according to the Russian foreign ministry in Moscow.",
            "Visas for diplomats and the staffing of both embassies are the main topics of the consultations.",
            "The consulates in San Francisco and Seattle remain closed to Russian diplomats since 2017.",
            "Bank accounts for both embassies are another topic of the consultations in Riyadh this week.",
        ]
        let report = [
            "The Russian and American delegations met at the Russian embassy in Riyadh on Tuesday.",
            "The Russian delegation was led by Ambassador Alexander Darchiev of the foreign ministry.",
            "The talks lasted about six hours according to the Russian foreign ministry in Moscow.",
            "Visas for diplomats and the staffing of both embassies are the main topics of the consultations.",
            "The consulates in San Francisco and Seattle remain closed to Russian diplomats since 2017.",
            "Bank accounts for both embassies are another topic of the consultations in Riyadh this week.",
        ]
        let documents = [CorpusAlignDocument(id: "p", language: .english, sentences: preview),
                         CorpusAlignDocument(id: "r", language: .english, sentences: report)]
        func parallel(_ options: CorpusAligner.Options) -> Set<String> {
            Set(CorpusAligner(options: options).align(documents).links.filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        }
        #expect(parallel(CorpusAligner.Options()) == ["3-3", "4-4", "5-5"])
        var blind = CorpusAligner.Options(); blind.separateTenses = false
        #expect(parallel(blind) == Set((0..<6).map { "\($0)-\($0)" }))
        // The tense rule reads main clauses only: a past relative clause does not make a
        // future sentence past ("shall" and "will" are both future).
        let english = CorpusAlignDocument(id: "e", language: .english, sentences: ["The consulates, which were closed in 2017, will be discussed in a later round."])
        let german = CorpusAlignDocument(id: "g", language: .german, sentences: ["Die Konsulate, die 2017 geschlossen wurden, sollen in einer späteren Runde behandelt werden."])
        #expect(CorpusAligner.tenses(english) == [.future])
        #expect(CorpusAligner.tenses(german) == [.future])
        #expect(CorpusAligner.tenses(CorpusAlignDocument(id: "x", language: .german, sentences: ["Das Treffen findet am Donnerstag statt."])) == [.present])
    }

    /// A dateline split off as a sentence ("Riad.", "Istanbul:") states no fact: it links to
    /// nothing, however well its one place matches every lead of the round; the sentence after
    /// it still links.
    @Test(arguments: ["Riad.", "RIAD:", "Riad, 14. Oktober."])
    func aDatelineSentenceLinksToNothing(dateline: String) {
        let german = CorpusAlignDocument(id: "de", language: .german, sentences: [
            dateline,
            "Russland und die USA haben sich in Riad bei ihrer vierten Gesprächsrunde auf schnellere Visa für Diplomaten geeinigt.",
            "Beim Streit um das Anwesen Killenworth gab es keine Bewegung."],
            entities: [["loc-riyadh"], ["loc-russia", "loc-usa", "loc-riyadh"], ["fac-killenworth"]], rounds: [[4], [4], [4]])
        let english = CorpusAlignDocument(id: "en", language: .english, sentences: [
            "Russian and U.S. diplomats agreed in Riyadh on faster visas for diplomats at their fourth round of talks.",
            "Both sides said on Tuesday there was no progress on the return of the Killenworth estate."],
            entities: [["loc-russia", "loc-usa", "loc-riyadh"], ["fac-killenworth"]], rounds: [[4], [4]])
        // The words a German–English dictionary gives (without one, the two leads share only
        // "Diplomaten", too little for a same-fact link).
        let pairs = [("Russland", "Russia"), ("vierten", "fourth"), ("Gesprächsrunde", "round"), ("schnellere", "faster"),
                     ("Visa", "visas"), ("geeinigt", "agreed"), ("Streit", "dispute"), ("Bewegung", "progress")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        let lexicon = AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: [german, english]))
        let links = CorpusAligner(lexicon: lexicon).align([german, english]).links
        #expect(!links.contains { $0.a == SentenceRef(articleID: "de", index: 0) || $0.b == SentenceRef(articleID: "de", index: 0) })
        #expect(links.contains { Set([$0.a, $0.b]) == [SentenceRef(articleID: "de", index: 1), SentenceRef(articleID: "en", index: 0)] })
    }

    /// Two reports of two different rounds written from one template are not translations of
    /// each other, however alike their words: with the rounds known and disjoint there is no
    /// parallel link (nor any other); with the same round they are parallel as before.
    @Test func reportsOfDifferentRoundsAreNeverParallel() {
        let other = Self.englishCopy.map { $0.replacingOccurrences(of: "Istanbul", with: "Riyadh") }
        func aligned(_ roundsA: [Int], _ roundsB: [Int]) -> [SentenceLink] {
            let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english, rounds: Array(repeating: roundsA, count: 6))
            let b = CorpusAlignDocument(id: "b", language: .english, sentences: other, rounds: Array(repeating: roundsB, count: 6))
            return CorpusAligner().align([a, b]).links
        }
        #expect(aligned([2], [2]).filter { $0.kind == .parallel }.count >= 5)
        #expect(aligned([2], [4]).isEmpty)
        #expect(aligned([], [4]).filter { $0.kind == .parallel }.count >= 5, "a background report still aligns")
    }

    /// Two reports of one round in one language tell the same facts in the same order with many
    /// shared words: comparable, not a translation. Only a near-copy is parallel.
    @Test func sameLanguageReportsOfOneRoundAreNotParallel() {
        let retold = [
            "Our delegation reached Istanbul early on Thursday for the meeting.",
            "Embassy staffing and diplomatic visas were the main topics of the talks.",
            "In 2016 Washington seized six Russian properties in Maryland and New York.",
            "Ukraine, a spokesman stressed, was not on the agenda of the meeting.",
            "Each side accused the other of intimidating its embassy staff.",
            "Another round may follow in Moscow.",
        ]
        let rounds = Array(repeating: [2], count: 6)
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english, rounds: rounds)
        let b = CorpusAlignDocument(id: "b", language: .english, sentences: retold, rounds: rounds)
        #expect(CorpusAligner().align([a, b]).links.allSatisfy { $0.kind == .sameFact })
        // With the cross-language bar for a parallel chain, the shared words would make it one.
        var lax = CorpusAligner.Options()
        lax.parallelLexicalSameLanguage = lax.parallelLexical
        #expect(CorpusAligner(options: lax).align([a, b]).links.contains { $0.kind == .parallel })
    }

    @Test func shuffledComparableTextIsMatchedWithoutOrder() {
        // The second report tells the same facts in another order, among unrelated sentences.
        let shuffled = [
            "A football match drew large crowds in the city centre.",
            Self.english[4].replacingOccurrences(of: "complained about", with: "protested against"),
            "Weather forecasts predict rain for the weekend.",
            Self.english[2].replacingOccurrences(of: "were seized", with: "had been confiscated"),
            Self.english[0].replacingOccurrences(of: "arrived in", with: "landed in"),
        ]
        // Entity and concept ids as the entity stage and glossary give them: the calibration
        // leans on them (on the seeds, word overlap alone separates facts poorly).
        let anchorsA = [["loc-istanbul"], ["c-visa"], ["loc-maryland", "loc-new_york"], ["loc-ukraine"], ["c-intimidation"], ["loc-moscow"]]
        let anchorsB = [["loc-london"], ["c-intimidation"], [], ["loc-maryland", "loc-new_york"], ["loc-istanbul"]]
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english, entities: anchorsA)
        let b = CorpusAlignDocument(id: "b", language: .english, sentences: shuffled, entities: anchorsB)
        let truth: Set<String> = ["4-1", "2-3", "0-4"]
        // Default calibration: sharing a round weighs most, and these reports have no round data,
        // so true pairs score just around the threshold; whatever is linked must be right.
        let strict = Set(CorpusAligner().align([a, b]).links.map { "\($0.a.index)-\($0.b.index)" })
        #expect(!strict.isEmpty && strict.isSubset(of: truth))
        // With the threshold lowered, as for a corpus without round data, every fact is found and
        // no unrelated sentence is linked.
        var options = CorpusAligner.Options()
        options.linkThreshold = 0.6
        let pairs = Set(CorpusAligner(options: options).align([a, b]).links.map { "\($0.a.index)-\($0.b.index)" })
        #expect(pairs.isSuperset(of: truth))
        #expect(!pairs.contains { $0.hasSuffix("-0") || $0.hasSuffix("-2") })
    }

    /// The same pair of sentences, with the same neighbours, is a likelier same-fact link when it
    /// opens both reports than when it closes them: leads restate the core event.
    @Test func leadSentencesAreLinkedMoreReadily() throws {
        let fact = "Delegations met at the consulate in Istanbul for talks on embassy operations."
        let paraphrase = "The embassy talks took place in Istanbul, at the consulate, with both delegations."
        let fillerA = (1...8).map { "Filler sentence \($0) mentions weather, football and markets number \($0 * 7)." }
        let fillerB = (1...8).map { "Another line \($0) covers traffic, concerts and prices figure \($0 * 11)." }
        func document(_ id: String, _ sentences: [String]) -> CorpusAlignDocument {
            CorpusAlignDocument(id: id, language: .english, sentences: sentences, rounds: Array(repeating: [2], count: sentences.count))
        }
        func probability(_ a: CorpusAlignDocument, _ b: CorpusAlignDocument, _ i: Int, _ j: Int) throws -> Double {
            let aligner = CorpusAligner()
            let candidates = aligner.candidates([a, b], evidence: CorpusEvidence(documents: [a, b], lexicon: .empty))
            return try #require(candidates.first { $0.i1 == i && $0.i2 == j }).probability
        }
        let lead = try probability(document("a", [fact] + fillerA), document("b", [paraphrase] + fillerB), 0, 0)
        let tail = try probability(document("a", fillerA + [fact]), document("b", fillerB + [paraphrase]), 8, 8)
        // Compared as log-odds: both probabilities are close to 1 with the fitted weights.
        func logit(_ p: Double) -> Double { log(p / (1 - p)) }
        #expect(logit(lead) > logit(tail) + 1, "lead \(lead), tail \(tail)")
    }

    @Test func statementsNeverHoldTwoSentencesOfOneReportWithoutABead() {
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english)
        let b = CorpusAlignDocument(id: "b", language: .english, sentences: Self.englishCopy)
        let c = CorpusAlignDocument(id: "c", language: .english, sentences: Array(Self.english.reversed()))
        let graph = CorpusAligner().align([a, b, c])
        for statement in graph.statements {
            for article in statement.articleIDs {
                let indices = statement.members.filter { $0.articleID == article }.map(\.index).sorted()
                #expect(indices.count == 1 || (indices.count == 2 && indices[1] - indices[0] == 1))
            }
        }
    }

    /// A translation keeps each sentence's length; two reports that tell the same facts in the
    /// same order pair a short sentence with a long one. Three such pairs in a row share enough
    /// names and numbers to form a chain, but they are not parallel unless the lengths agree.
    @Test func aChainOfUnevenSentencesIsNotParallel() {
        let english = [
            "Lavrov met Rubio in Istanbul on 27 February 2025.",
            "Darchiev and Coulter led the delegations in Istanbul.",
            "Ryabkov named Washington for round 3 in 2025.",
        ]
        let translated = [
            "Lawrow traf Rubio in Istanbul am 27. Februar 2025.",
            "Dartschijew und Coulter leiteten die Delegationen in Istanbul.",
            "Rjabkow nannte Washington für Runde 3 im Jahr 2025.",
        ]
        let retold = [
            "Lawrow traf Rubio in Istanbul am 27. Februar 2025, nach langen Vorbereitungen im Winter.",
            "Dartschijew und Coulter leiteten die Delegationen in Istanbul, begleitet von vielen Juristen.",
            "Rjabkow nannte Washington für Runde 3 im Jahr 2025, ohne Datum und ohne Tagesordnung.",
        ]
        func parallel(_ german: [String], _ options: CorpusAligner.Options = .init()) -> Int {
            let a = CorpusAlignDocument(id: "a", language: .english, sentences: english)
            let b = CorpusAlignDocument(id: "b", language: .german, sentences: german)
            return CorpusAligner(options: options).align([a, b]).links.filter { $0.kind == .parallel }.count
        }
        #expect(parallel(translated) == 3)
        #expect(parallel(retold) == 0)
        var lenient = CorpusAligner.Options(); lenient.parallelLengthDifference = .infinity
        #expect(parallel(retold, lenient) == 3, "the length bound is what keeps the retold report comparable")
    }

    /// A short translated stretch steps strictly along the diagonal at least twice, a dropped
    /// or merged sentence allowed; a chain of six needs no such steps. Three close sentences
    /// that step over one ((0,0),(2,1),(3,2)) are too little to tell a translation from two
    /// reports telling one event in the same order.
    @Test func aStretchNeedsStrictDiagonalSteps() {
        func stretches(_ cells: [(Int, Int)]) -> [String] {
            let candidates = cells.map { cell in
                CorpusAligner.Candidate(d1: 0, i1: cell.0, d2: 1, i2: cell.1,
                                        features: AlignmentFeatures(lexical: 0.6, anchors: 0, dates: 0, lengthDifference: 0), probability: 0.9)
            }
            return CorpusAligner.parallelStretches(candidates, minimumRun: 3, lexical: 0.3).map { "\($0.0)|\($0.1)" }
        }
        #expect(stretches([(0, 0), (1, 1), (2, 2), (4, 3)]) == ["0...4|0...3"])
        #expect(stretches([(0, 0), (1, 1), (3, 2), (4, 3)]) == ["0...4|0...3"])
        #expect(stretches([(0, 0), (2, 1), (3, 2), (4, 3)]) == ["0...4|0...3"])
        #expect(stretches([(0, 0), (2, 1), (3, 2)]).isEmpty)
        #expect(stretches([(0, 0), (2, 1), (4, 2), (5, 3)]).isEmpty)
        // Six cells in a chain are a stretch however they step.
        #expect(stretches([(0, 0), (2, 1), (4, 2), (6, 3), (8, 4), (10, 5)]) == ["0...10|0...5"])

        // End to end: a translation with a sentence inserted after the first one is, over three
        // sentences, indistinguishable from a retelling: it stays comparable.
        let english = [
            "Lavrov met Rubio in Istanbul on 27 February 2025.",
            "Darchiev and Coulter led the delegations in Istanbul.",
            "Ryabkov named Washington for round 3 in 2025.",
        ]
        let stepping = [
            "Lawrow traf Rubio in Istanbul am 27. Februar 2025.",
            "Das Wetter in der Stadt war an diesem Tag kalt und regnerisch.",
            "Dartschijew und Coulter leiteten die Delegationen in Istanbul.",
            "Rjabkow nannte Washington für Runde 3 im Jahr 2025.",
        ]
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: english)
        let b = CorpusAlignDocument(id: "b", language: .german, sentences: stepping)
        #expect(!CorpusAligner().align([a, b]).links.contains { $0.kind == .parallel })
    }
}

/// A translation that leaves a sentence out and adds one of its own a little further on: the
/// bitext model alone shifts the sentences in between by one (two unrelated 1-1 beads cost it
/// less than deleting a long sentence); the corpus aligner refuses beads whose sentences have a
/// far closer counterpart and pairs those sentences again.
@Suite struct CorpusAlignDropAndAddTests {
    static let english = [
        "Lavrov met Rubio in Istanbul on 27 February 2025 for 6 hours.",
        "Darchiev and Coulter led the delegations of Russia and the United States.",
        "The meeting at the Russian consulate in Istanbul lasted until 18:30.",
        "Zakharova said in Moscow that Ryabkov and Bruce had spoken on 4 March.",
        "Washington seized six properties, among them Killenworth and Pioneer Point, between 2016 and 2018.",
        "Peskov and Ushakov in Moscow expected round 3 in Riyadh or Vienna in May 2025, with Darchiev and Coulter again, but the Kremlin named no date and no agenda.",
        "Ukraine was not on the agenda of Darchiev and Coulter, Bruce said on 10 April 2025.",
        "Round 2 in Istanbul followed on 10 April 2025, again with Darchiev and Coulter.",
    ]
    /// Sentence 5 left out, one sentence added after sentence 6.
    static let german = [
        "Lawrow traf Rubio in Istanbul am 27. Februar 2025 für 6 Stunden.",
        "Dartschijew und Coulter leiteten die Delegationen von Russland und den Vereinigten Staaten.",
        "Das Treffen im russischen Konsulat in Istanbul dauerte bis 18:30.",
        "Sacharowa sagte in Moskau, Rjabkow und Bruce hätten am 4. März gesprochen.",
        "Washington beschlagnahmte sechs Liegenschaften, darunter Killenworth und Pioneer Point, zwischen 2016 und 2018.",
        "Die Ukraine stand nicht auf der Tagesordnung von Dartschijew und Coulter, sagte Bruce am 10. April 2025.",
        "Mehr wurde nicht gesagt.",
        "Runde 2 in Istanbul folgte am 10. April 2025, wieder mit Dartschijew und Coulter.",
    ]

    /// A small German–English dictionary for the words of `german`, as the Debian one would give.
    static let lexicon: AlignmentLexicon = {
        let pairs = [("traf", "met"), ("Stunden", "hours"), ("leiteten", "led"), ("Delegationen", "delegations"), ("Treffen", "meeting"),
                     ("russischen", "Russian"), ("Konsulat", "consulate"), ("dauerte", "lasted"), ("sagte", "said"), ("gesprochen", "spoken"),
                     ("beschlagnahmte", "seized"), ("sechs", "six"), ("Liegenschaften", "properties"), ("darunter", "among"),
                     ("zwischen", "between"), ("Tagesordnung", "agenda"), ("folgte", "followed"), ("wieder", "again"), ("Runde", "round"),
                     ("Moskau", "Moscow"), ("Vereinigten", "United"), ("Staaten", "States"), ("gesagt", "said"), ("Mehr", "more")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        let documents = [CorpusAlignDocument(id: "a", language: .english, sentences: english),
                         CorpusAlignDocument(id: "b", language: .german, sentences: german)]
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: documents))
    }()

    @Test func aDroppedAndAnAddedSentenceDoNotShiftTheStretch() {
        let a = CorpusAlignDocument(id: "a", language: .english, sentences: Self.english)
        let b = CorpusAlignDocument(id: "b", language: .german, sentences: Self.german)
        let parallel = Set(CorpusAligner(lexicon: Self.lexicon).align([a, b]).links.filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(parallel.isSuperset(of: ["0-0", "1-1", "2-2", "3-3", "4-4", "6-5", "7-7"]), "\(parallel.sorted())")
        #expect(!parallel.contains { $0.hasPrefix("5-") || $0.hasSuffix("-6") }, "\(parallel.sorted())")
    }

    /// The repair step on its own: sentences of refused beads pair with their mutual best
    /// counterpart, in order, and only above the chain's bar.
    @Test func refusedSentencesPairWithTheirBestCounterpart() {
        func cell(_ i: Int, _ j: Int, _ lexical: Double) -> CorpusAligner.Candidate {
            CorpusAligner.Candidate(d1: 0, i1: i, d2: 1, i2: j,
                                    features: AlignmentFeatures(lexical: lexical, anchors: 0, dates: 0, lengthDifference: 0), probability: 0.9)
        }
        let cells = [cell(5, 5, 0.2), cell(6, 5, 0.8), cell(6, 6, 0.1), cell(7, 6, 0.5), cell(7, 5, 0.4), cell(8, 8, 0.9)]
        let pairs = CorpusAligner.repairedPairs(cells, rows: [5, 6, 7], columns: [5, 6], lexical: 0.3).map { "\($0.i1)-\($0.i2)" }
        #expect(pairs == ["6-5", "7-6"])
        #expect(CorpusAligner.repairedPairs(cells, rows: [5, 6, 7], columns: [5, 6], lexical: 0.6).map { "\($0.i1)-\($0.i2)" } == ["6-5"])
        #expect(CorpusAligner.repairedPairs(cells, rows: [5], columns: [5, 6], lexical: 0.3).isEmpty)
    }

    /// The second pass, with translations learned from the first pass's parallel links, keeps
    /// and may sharpen the first pass's stretches but finds none of its own: a stretch it finds
    /// is kept only when it overlaps one of the first pass.
    @Test func theSecondPassFindsNoNewStretches() {
        let documents = [CorpusAlignDocument(id: "a", language: .english, sentences: Self.english),
                         CorpusAlignDocument(id: "b", language: .german, sentences: Self.german)]
        let aligner = CorpusAligner(lexicon: Self.lexicon)
        let evidence = CorpusEvidence(documents: documents, lexicon: Self.lexicon)
        let first = aligner.proposeLinks(documents, evidence: evidence)
        let parallel = first.links.filter { $0.kind == .parallel }
        #expect(parallel.count >= 6 && !first.stretches.isEmpty)
        let kept = aligner.proposeLinks(documents, evidence: evidence, knownStretches: first.stretches)
        #expect(kept.links.filter { $0.kind == .parallel } == parallel)
        let none = aligner.proposeLinks(documents, evidence: evidence, knownStretches: [:])
        #expect(!none.links.contains { $0.kind == .parallel } && none.stretches.values.allSatisfy(\.isEmpty))
        // Stretches of another pair of reports do not count.
        let elsewhere = aligner.proposeLinks(documents, evidence: evidence, knownStretches: [1 << 32 | 2: [(0...7, 0...7)]])
        #expect(!elsewhere.links.contains { $0.kind == .parallel })
    }
}

@Suite struct CorpusAlignDecisionTests {
    static let documents = [
        CorpusAlignDocument(id: "a", language: .english, sentences: CorpusAlignBitextTests.english),
        CorpusAlignDocument(id: "b", language: .english, sentences: CorpusAlignBitextTests.englishCopy),
    ]
    static func ref(_ article: String, _ index: Int) -> SentenceRef { SentenceRef(articleID: article, index: index) }

    @Test func confirmedStaysRejectedNeverReturns() {
        var decisions = AlignmentDecisions()
        decisions.record(AlignmentDecision(Self.ref("a", 0), Self.ref("b", 0), verdict: .rejected))
        decisions.record(AlignmentDecision(Self.ref("a", 5), Self.ref("b", 1), verdict: .confirmed, kind: .sameFact))
        let graph = CorpusAligner().align(Self.documents, decisions: decisions)
        #expect(!graph.links.contains { $0.a == Self.ref("a", 0) && $0.b == Self.ref("b", 0) })
        #expect(graph.links.contains { $0.a == Self.ref("a", 5) && $0.b == Self.ref("b", 1) && $0.status == .confirmed })
        #expect(graph.statement(containing: Self.ref("a", 0))?.members.contains(Self.ref("b", 0)) != true)
        #expect(graph.statement(containing: Self.ref("a", 5))?.members.contains(Self.ref("b", 1)) == true)
    }

    @Test func decisionsFileRoundTripsAndLatestWins() throws {
        var decisions = AlignmentDecisions()
        decisions.record(AlignmentDecision(Self.ref("002_x", 7), Self.ref("003_y", 6), verdict: .confirmed, kind: .parallel))
        decisions.record(AlignmentDecision(Self.ref("b", 1), Self.ref("a", 2), verdict: .confirmed))
        decisions.record(AlignmentDecision(Self.ref("a", 2), Self.ref("b", 1), verdict: .rejected))
        let parsed = try AlignmentDecisions.parse(decisions.text)
        #expect(parsed == decisions)
        #expect(parsed.decisions.count == 2)
        #expect(parsed.verdict(Self.ref("b", 1), Self.ref("a", 2)) == .rejected)
        #expect(decisions.text.contains("confirmed\t002_x#7\t003_y#6\tparallel"))
    }

    /// A confirmed and a rejected pair survive realignment in a real workspace and a restart:
    /// a new store opened on the same folder, the database deleted and realigned.
    @Test func correctionsSurviveRealignmentAndRestart() throws {
        let root = try TestPaths.temporaryFolder("corpusalign")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.create(at: root)
        let lexicon = AlignmentLexicon.empty
        func article(_ id: String, _ sentences: [String]) -> Article {
            let text = sentences.joined(separator: "\n")
            var offset = 0
            let parsed = sentences.enumerated().map { index, sentence -> Sentence in
                defer { offset += sentence.count + 1 }
                return Sentence(index: index, text: sentence, span: TextSpan(start: offset, end: offset + sentence.count), paragraph: index, role: .body)
            }
            return Article(id: id, fileName: id + ".txt", language: .english, publicationDate: nil, title: nil, titleSpan: nil,
                           text: text, sentences: parsed, removed: [], contentHash: id)
        }
        do {
            let store = try workspace.openStore()
            let analyzer = SentenceAnalyzer()
            try store.insert(article("a", CorpusAlignBitextTests.english), analyzer: analyzer)
            try store.insert(article("b", CorpusAlignBitextTests.englishCopy), analyzer: analyzer)
            try AlignmentService.decide(AlignmentDecision(Self.ref("a", 0), Self.ref("b", 0), verdict: .rejected), workspace: workspace, store: store)
            try AlignmentService.decide(AlignmentDecision(Self.ref("a", 5), Self.ref("b", 1), verdict: .confirmed), workspace: workspace, store: store)
            let graph = try AlignmentService.alignCorpus(store: store, workspace: workspace, lexicon: lexicon)
            #expect(try AlignmentService.storedGraph(store: store) == graph)
            // `confirm` keeps the proposed kind and refuses a pair nothing proposed; `link` and
            // `unlink` need no proposal.
            let proposed = try #require(graph.links.first { $0.status == .proposed })
            #expect(try AlignmentService.decision(proposed.a, proposed.b, verdict: .confirmed, kind: nil, store: store).kind == proposed.kind)
            let unproposed = (Self.ref("a", 2), Self.ref("b", 4))
            #expect(!graph.links.contains { $0.a == unproposed.0 && $0.b == unproposed.1 })
            #expect(throws: DragomanError.self) { try AlignmentService.decision(unproposed.0, unproposed.1, verdict: .confirmed, kind: nil, store: store) }
            #expect(try AlignmentService.decision(unproposed.0, unproposed.1, verdict: .confirmed, kind: .parallel, store: store).kind == .parallel)
            #expect(try AlignmentService.decision(unproposed.0, unproposed.1, verdict: .rejected, kind: nil, store: store).verdict == .rejected)
        }
        // Restart: a new connection reads the stored graph; then the database is rebuilt from
        // the files and realigned: the decisions come back from Alignments/decisions.tsv.
        let reopened = try workspace.openStore()
        let stored = try AlignmentService.storedGraph(store: reopened)
        #expect(stored.links.contains { $0.a == Self.ref("a", 5) && $0.b == Self.ref("b", 1) && $0.status == .confirmed })
        #expect(!stored.links.contains { $0.a == Self.ref("a", 0) && $0.b == Self.ref("b", 0) })
        try reopened.deleteAllArticles()
        try AlignmentService.save(AlignmentGraph(), store: reopened)
        let analyzer = SentenceAnalyzer()
        try reopened.insert(article("a", CorpusAlignBitextTests.english), analyzer: analyzer)
        try reopened.insert(article("b", CorpusAlignBitextTests.englishCopy), analyzer: analyzer)
        let again = try AlignmentService.alignCorpus(store: reopened, workspace: workspace, lexicon: lexicon)
        #expect(again.links.contains { $0.a == Self.ref("a", 5) && $0.b == Self.ref("b", 1) && $0.status == .confirmed })
        #expect(!again.links.contains { $0.a == Self.ref("a", 0) && $0.b == Self.ref("b", 0) })
        #expect(again.statement(containing: Self.ref("a", 0))?.members.contains(Self.ref("b", 0)) != true)
    }
}
