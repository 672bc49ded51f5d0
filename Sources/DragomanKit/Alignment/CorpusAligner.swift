import Foundation

/// Aligns every report of a corpus with every other, any language pair including the same
/// language, into one `AlignmentGraph`:
///
/// 1. Evidence per sentence (`CorpusEvidence`): content words with their stems, cognate
///    prefixes, numbers and English-pivot translations; entities, glossary concepts, dates.
/// 2. Candidates through an inverted index over the rarer keys, never all pairs: the sentences
///    sharing the most weight with a sentence are its candidates (`candidatesPerSentence`).
/// 3. Each candidate pair gets features and a calibrated probability (`AlignmentCalibration`).
/// 4. Parallel stretches: per pair of reports, chains of lexically close candidates running
///    along a diagonal (≥ `parallelMinimumRun` sentences) are translations of each other; each
///    stretch is realigned monotonically with `BitextAligner`, whose beads become `parallel`
///    links (1-1, 1-2, 2-1, 2-2) scored by the bead posterior. A chain whose sentences drop and
///    add names (`parallelFaithfulness`) is an independent report told in the same order.
/// 5. Everything else is comparable text: a pair is a `same-fact` link when its probability
///    reaches `linkThreshold` (any order, many sentences without a counterpart).
/// 6. A second pass learns stem translations from the confident links and rescores.
/// 7. User decisions are anchors: rejected pairs are removed, confirmed ones forced in.
/// 8. Links combine into statements (`AlignmentStatements`).
public struct CorpusAligner: Sendable {
    public struct Options: Sendable {
        public var calibration = AlignmentCalibration.seed
        /// Probability from which a comparable pair becomes a same-fact link: best central F1 over
        /// the seed gold's candidate pairs (`AlignmentEvaluation.fitted`).
        public var linkThreshold = 0.75
        /// Probability from which a same-fact link also joins its sentences into one statement
        /// (one row of the TMX and one sentence of a brief, citing every member). Higher than
        /// `linkThreshold`: a pair link is evidence a user can check in `align view`, while a
        /// wrong statement puts a source under a sentence it does not support. On the seed gold,
        /// the pairs inside statements that the gold allows go from 84% (0.85) to 88% (0.95)
        /// (`make bench-align`; 68% to 92% before the kind of statement was a feature).
        public var statementThreshold = 0.95
        /// Share of the cross-report pairs a same-fact merge would create that must be links
        /// themselves (`AlignmentStatements.build`): a broad sentence (an agenda, a lead) links
        /// strongly to several facts and would chain them into one statement, one link at a time.
        /// On the held-out fixtures the pairs inside statements that their gold allows go from
        /// 728/799 (0.91) with single links to 731/782 (0.93) at exactly 2/3 and 716/754 (0.95)
        /// at 3/4 (any share above 2/3 up to 3/4 gives the same; 0.85 gives 660/694); the seed's
        /// 23/25 does not change (`make bench-align`).
        public var statementSupport = 0.75
        /// Sentences in a diagonal chain before a stretch counts as parallel.
        public var parallelMinimumRun = 3
        /// Lexical similarity every sentence pair of a parallel bead needs (below it, the bead
        /// is refused and its sentences may pair up again: `repairedPairs`).
        public var parallelBeadLexical = 0.1
        /// Share of its words (`AlignmentFeatures.containment`) a sentence of a 1-2 or 2-1 bead
        /// needs in the single sentence on the other side. On the held-out fixtures the halves of
        /// split sentences keep 0.42–1 after the second pass; the one sentence a translator
        /// dropped that the bitext model merged into its neighbour's bead kept 0.29.
        public var parallelMergedContainment = 1.0 / 3
        /// Sentences between two parallel stretches of one pair of reports, on each side, up to
        /// which the two are one stretch (`joinedAcrossBeads`): 2 covers a 1-2 or 2-2 bead whose
        /// cells failed the chain. Below 1, stretches are never joined.
        public var parallelJoinGap = 2
        /// Word similarity (`AlignmentFeatures.translatable`) each cell of a parallel chain needs.
        public var parallelLexical = 0.3
        /// The same between two reports in one language: a copy or light edit of one text shares
        /// nearly all its stems, while two reports of one event in one language share many
        /// (0.4–0.6 on the same facts) and must not pass for translations.
        public var parallelLexicalSameLanguage = 0.7
        /// The largest |ln(length ratio)| of a chain cell: a sentence and its translation keep
        /// their length within a factor of about 1.6 (Gale–Church), while two reports that tell
        /// the same facts in the same order pair a short sentence with a long one somewhere.
        public var parallelLengthDifference = 0.5
        /// The least mean of word similarity over the words the dictionaries could translate
        /// (`AlignmentFeatures.translatable`) plus anchor overlap, over a chain's cells that name
        /// something (`parallelStretches`). A translation carries every name, number and term of
        /// its source, while a report written independently from the same statement, in the same
        /// order, drops some and adds others ("on Tuesday" for "16 June", "in Moscow", "the
        /// ministry said"): its sentences pass the chain bar one by one, with anchors near
        /// 0.6–0.75, where translations, clumsy ones with garbled names included, keep them near
        /// 0.8–1. On the seed and the six held-out fixtures, translation chains score 1.56–1.88
        /// and independent reports' chains 0.50–1.43; the bar sits between the two (`make
        /// bench-align`). With all words counted (`lexical`), the ranges were 1.41–1.65 and
        /// 0.80–1.36, and an English–Norwegian translation scored 1.17 (the dictionary knows too
        /// few of its words), among the independent reports. A chain below the bar next to one
        /// above it is the same translation broken by a split sentence (`faithfulChains`). A
        /// chain of all words (`lexical`) below the bar is a comparable stretch: each of its
        /// sentences has its counterpart on the chain, and no other same-fact link inside its
        /// rectangle.
        public var parallelFaithfulness = 1.5
        /// Candidates kept per sentence from the inverted index.
        public var candidatesPerSentence = 40
        /// Keys offered by more sentences than this do not generate candidates (they still count
        /// in the features). nil: max(64, 2 % of the sentences).
        public var rareKeyCap: Int? = nil
        /// Second pass with translations learned from the first pass's confident links.
        public var learnTranslations = true
        /// No same-fact link between sentences whose round sets are both known and disjoint.
        public var separateRounds = true
        /// No parallel link between a sentence whose main clause tells the future and one that
        /// tells the past (`SentenceRoundFeatures.mainClauseTense`): a translation keeps the
        /// tense, while a preview ("the talks will be held at the embassy") and a report ("the
        /// meeting took place at the embassy") that tell one story in the same order do not.
        /// They may still be a same-fact link.
        public var separateTenses = true
        /// Share of one sentence's content words (by idf weight) a same-fact link needs in the
        /// other, whatever else the two share: sentences of one round near the top of their
        /// reports that name the same countries and glossary concepts ("talks", "ministry")
        /// otherwise pass the calibrated threshold on the topic alone. 0.1 is the largest share
        /// that costs nothing on the seed gold (`make bench-align`).
        public var sameFactContainment = 0.1
        /// How far (in log-odds) a same-fact link may fall below the best pair either of its
        /// sentences makes with the other report. A report states a fact once or twice, so a
        /// sentence's true counterparts score near its best one; a lead that names the round,
        /// the countries and "talks" otherwise links with half the other report, each pair just
        /// above `linkThreshold` while one pair is far above it. 6 (odds 400 times lower) is the
        /// tightest margin that costs nothing on the seed gold, in-sample or leave-one-document-out
        /// (4.5 costs 0.03 there while the held-out fixtures gain 0.02–0.05 more): the seed gold
        /// groups several sentences of one report under one broad fact (`make bench-align`).
        public var sameFactMargin = 6.0
        /// Whether two sentences that name different persons (and no one in common) are kept
        /// from being a same-fact link (`AlignmentFeatures.persons`): "Coulter led the US
        /// delegation" and "Bramwell led the Dutch one" share a round, talks and a verb, yet
        /// say different things. Parallel links are not affected: a translation names whom its
        /// source names, and an unlinked garbled spelling must not break a bead.
        public var separatePersons = true
        public init() {}

        /// Whether a candidate pair may be a same-fact link at all, before its probability:
        /// not across rounds, not between different persons, and with some words of one sentence found in the other.
        func allowsSameFact(_ features: AlignmentFeatures) -> Bool {
            !(separateRounds && features.rounds < 0) && !(separatePersons && features.persons < 0)
                && features.containment >= sameFactContainment
        }
    }

    public var lexicon: AlignmentLexicon
    public var options: Options

    public init(lexicon: AlignmentLexicon = .empty, options: Options = .init()) {
        self.lexicon = lexicon; self.options = options
    }

    /// A scored candidate pair (document and sentence indices, d1 < d2).
    struct Candidate: Sendable {
        var d1: Int, i1: Int, d2: Int, i2: Int
        var features: AlignmentFeatures
        var probability: Double
    }

    public func align(_ documents: [CorpusAlignDocument], decisions: AlignmentDecisions = .init()) -> AlignmentGraph {
        var evidence = CorpusEvidence(documents: documents, lexicon: lexicon)
        // Tenses once for both passes (they depend on the text only).
        let tenses = sentenceTenses(documents)
        var (links, stretches, firstCandidates, swallowed) = proposeLinks(documents, evidence: evidence, tenses: tenses)
        if options.learnTranslations {
            let learned = Self.learnTranslations(links: links, documents: documents, evidence: evidence)
            if !learned.isEmpty {
                evidence = CorpusEvidence(documents: documents, lexicon: lexicon, learned: learned)
                // The learned translations come from the first pass's parallel stretches, so they
                // may sharpen those stretches but not discover new ones: once a translation pair's
                // stems are learned, a chronicle and a report that tell two facts in the same order
                // would chain into a "translation" on the strength of the model's own guesses.
                // Nor do they score comparable text: they are stems that co-occur in a dozen
                // translated sentence pairs, right for the beads of those stretches, but chance
                // pairs among them ("Russia" ↔ "avtale") let unrelated sentences of other reports
                // share words. The same-fact links keep the first pass's scores; with the
                // learned stems the held-out sets lost 0.01–0.03 of central F1, the seed nothing.
                (links, _, _, swallowed) = proposeLinks(documents, evidence: evidence, knownStretches: stretches, tenses: tenses,
                                                        comparableCandidates: firstCandidates)
            }
        }
        // Swallowed sentences leave only now: a first pass's merged bead still teaches its words
        // (the half of a split sentence the dictionaries barely knew shares 0.15 of its words
        // with its source there, and 0.9 once the second pass has learned them).
        links.removeAll { swallowed.contains("\($0.a)|\($0.b)") }
        return AlignmentStatements.build(links: links, documents: documents, decisions: decisions, mergeThreshold: options.statementThreshold,
                                         mergeSupport: options.statementSupport)
    }

    /// Scored features of every candidate pair (used by the calibration fit and the bench).
    func candidates(_ documents: [CorpusAlignDocument], evidence: CorpusEvidence) -> [Candidate] {
        var flat: [(d: Int, i: Int)] = []
        for (d, document) in evidence.sentences.enumerated() { for i in document.indices { flat.append((d, i)) } }
        _ = documents
        let cap = options.rareKeyCap ?? max(64, flat.count / 50)
        // Inverted index over the rarer keys and anchors.
        var postings: [Int32: [Int32]] = [:]
        var anchorPostings: [String: [Int32]] = [:]
        for (n, (d, i)) in flat.enumerated() {
            let sentence = evidence.sentences[d][i]
            for key in sentence.offered where (evidence.keyFrequency[key] ?? 0) <= cap { postings[key, default: []].append(Int32(n)) }
            for anchor in sentence.anchors.keys { anchorPostings[anchor, default: []].append(Int32(n)) }
        }
        anchorPostings = anchorPostings.filter { $0.value.count <= cap }
        var pairs: Set<Int64> = []
        var accumulator = [Double](repeating: 0, count: flat.count)
        var touched: [Int32] = []
        for (n, (d, i)) in flat.enumerated() {
            let sentence = evidence.sentences[d][i]
            func add(_ list: [Int32], _ weight: Double) {
                for other in list where flat[Int(other)].d != d {
                    if accumulator[Int(other)] == 0 { touched.append(other) }
                    accumulator[Int(other)] += weight
                }
            }
            for word in sentence.words {
                // Each word votes once per other sentence through its best key.
                var reached: Set<Int32> = []
                for key in word.keys { if let list = postings[key] { reached.formUnion(list) } }
                add(reached.sorted(), word.weight)
            }
            // Fixed orders (anchors by name, ties by position) so the same corpus always gives
            // the same candidates: hashing order must not decide which of two equal sentences
            // makes the cut, or Alignments/ would change from run to run.
            for anchor in sentence.anchors.keys.sorted() { if let list = anchorPostings[anchor] { add(list, sentence.anchors[anchor]!) } }
            let best = touched.sorted { (accumulator[Int($0)], $1) > (accumulator[Int($1)], $0) }.prefix(options.candidatesPerSentence)
            for other in best {
                let m = Int64(other), k = Int64(n)
                pairs.insert(min(m, k) << 32 | max(m, k))
            }
            for other in touched { accumulator[Int(other)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var result: [Candidate] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            var x = flat[Int(pair >> 32)], y = flat[Int(pair & 0xFFFF_FFFF)]
            if x.d > y.d { swap(&x, &y) }
            let features = evidence.features(evidence.sentences[x.d][x.i], evidence.sentences[y.d][y.i])
            result.append(Candidate(d1: x.d, i1: x.i, d2: y.d, i2: y.i, features: features, probability: 0))
        }
        // Mutual best per pair of reports, among the candidates only (linear in their number):
        // each sentence's best-scoring candidate in each other report.
        var best: [Int64: Double] = [:]
        func slot(_ d: Int, _ i: Int, _ other: Int) -> Int64 { Int64(d) << 42 | Int64(i) << 21 | Int64(other) }
        for c in result {
            let score = c.features.rankScore
            best[slot(c.d1, c.i1, c.d2)] = max(best[slot(c.d1, c.i1, c.d2)] ?? 0, score)
            best[slot(c.d2, c.i2, c.d1)] = max(best[slot(c.d2, c.i2, c.d1)] ?? 0, score)
        }
        for n in result.indices {
            let c = result[n], score = c.features.rankScore
            let mutual = score > 0 && score >= (best[slot(c.d1, c.i1, c.d2)] ?? 0) && score >= (best[slot(c.d2, c.i2, c.d1)] ?? 0)
            result[n].features.mutualBest = mutual ? 1 : 0
            result[n].probability = options.calibration.probability(result[n].features)
        }
        return result.sorted { ($0.d1, $0.d2, $0.i1, $0.i2) < ($1.d1, $1.d2, $1.i1, $1.i2) }
    }

    /// Parallel stretches per pair of reports (key: first report's position << 32 | second's).
    typealias Stretches = [Int64: [(ClosedRange<Int>, ClosedRange<Int>)]]
    /// A diagonal chain of close cells and the rows and columns it spans.
    typealias Chain = (rows: ClosedRange<Int>, columns: ClosedRange<Int>, chain: [Candidate])

    /// The links of one pass, the parallel stretches it found and the scored candidates it
    /// compared. With `knownStretches`, only stretches overlapping one of those are kept; with
    /// `comparableCandidates` (the first pass's), same-fact links are decided on those scores.
    func proposeLinks(_ documents: [CorpusAlignDocument], evidence: CorpusEvidence, knownStretches: Stretches? = nil,
                      tenses given: [[RoundTense]]? = nil, comparableCandidates: [Candidate]? = nil)
        -> (links: [SentenceLink], stretches: Stretches, candidates: [Candidate], swallowed: Set<String>) {
        let all = candidates(documents, evidence: evidence)
        let wordCounts = documents.map { $0.sentences.map(Self.wordCount) }
        let tenses = given ?? sentenceTenses(documents)
        var byPair: [Int64: [Candidate]] = [:]
        for candidate in all { byPair[Int64(candidate.d1) << 32 | Int64(candidate.d2), default: []].append(candidate) }
        var aligners: [String: BitextAligner] = [:]
        var links: [SentenceLink] = []
        var swallowedLinks = Set<String>()
        var found: Stretches = [:]
        // Sentences about different rounds are never translations of each other: two reports
        // of two meetings written from one template ("delegations met on … in …") are not.
        func roundsDiffer(_ key: Int64, _ s: Int, _ t: Int) -> Bool {
            let a = documents[Int(key >> 32)], b = documents[Int(key & 0xFFFF_FFFF)]
            guard options.separateRounds, s < a.rounds.count, t < b.rounds.count, !a.rounds[s].isEmpty, !b.rounds[t].isEmpty else { return false }
            return Set(a.rounds[s]).isDisjoint(with: b.rounds[t])
        }
        func tensesDiffer(_ key: Int64, _ s: Int, _ t: Int) -> Bool {
            options.separateTenses && Self.tensesConflict(tenses[Int(key >> 32)][s], tenses[Int(key & 0xFFFF_FFFF)][t])
        }
        // First every pair of reports' parallel stretches, then the translation families they
        // make must be consistent (`ParallelFamilies`), then the beads and same-fact links.
        var strength: [Int64: Double] = [:]
        var comparable: [Int64: [Chain]] = [:]
        for key in byPair.keys.sorted() {
            let cells = byPair[key]!
            let a = documents[cells[0].d1], b = documents[cells[0].d2]
            let chainLexical = a.language == b.language ? options.parallelLexicalSameLanguage : options.parallelLexical
            // The rounds decide for a stretch as a whole, not cell by cell: two reports of two
            // meetings from one template disagree on (nearly) every sentence, while a translation
            // whose sentences the rounds stage misread in one place ("in April" read as the April
            // round) disagrees in a few, and its chain must not break there.
            let named: (Candidate) -> Bool = { !evidence.sentences[$0.d1][$0.i1].anchors.isEmpty || !evidence.sentences[$0.d2][$0.i2].anchors.isEmpty }
            let eligible = cells.filter { !tensesDiffer(key, $0.i1, $0.i2) && $0.features.lengthDifference <= options.parallelLengthDifference }
            // A chain cell is a sentence's best counterpart on one side at least: a chance match
            // two rows off the diagonal (learned stems shared by two unrelated sentences) would
            // otherwise chain on past a split sentence and cut the translation in two there.
            let closest = Self.bestOfRowOrColumn(eligible, among: cells)
            let chains = Self.parallelStretches(closest, minimumRun: options.parallelMinimumRun, lexical: chainLexical)
            let faithful = Self.faithfulChains(chains, bar: options.parallelFaithfulness, gap: options.parallelJoinGap) {
                Self.faithfulness(of: $0, named: named) ?? .infinity
            }
            // A chain too loose for a translation is two reports telling the same facts in the
            // same order: its cells pair each sentence with its counterpart. These chains are
            // found on all words (`lexical`), as before the translatable measure: on it, two
            // reports share chains that run longer, and their rectangles silenced right same-fact
            // links (central recall 0.02 lower on UnseenRound6 and 7, F1 about the same).
            let loose = Self.parallelStretches(eligible, minimumRun: options.parallelMinimumRun, lexical: chainLexical, measure: \.lexical)
                .filter { chain in Self.faithfulness(of: chain.chain, named: named).map { $0 < options.parallelFaithfulness } ?? false }
            if !loose.isEmpty { comparable[key] = loose }
            // The chain's own cells vote, not every close cell of its rectangle: a round told in
            // the next sentence ("the ninth round …" after "the eighth had been expected …")
            // makes the off-diagonal cells disagree while the translation's pairs agree.
            // The faithful chains, and the short runs of a translation cut off at their edges
            // (as a chain, a run whose sentences name nothing passes the faithfulness bar).
            let faithfulOnes = zip(chains, faithful).filter(\.1).map(\.0)
            var stretches = (faithfulOnes + Self.edgeChains(closest, next: faithfulOnes, minimumRun: options.parallelMinimumRun,
                                                            lexical: chainLexical, gap: options.parallelJoinGap) {
                    (Self.faithfulness(of: $0, named: named) ?? .infinity) >= options.parallelFaithfulness
                })
                .filter { chain in
                    let known = chain.chain.filter { $0.i1 < a.rounds.count && $0.i2 < b.rounds.count && !a.rounds[$0.i1].isEmpty && !b.rounds[$0.i2].isEmpty }
                    return 2 * known.filter { roundsDiffer(key, $0.i1, $0.i2) }.count < max(known.count, 1)
                }
                .map { ($0.rows, $0.columns) }
            if let known = knownStretches {
                // Kept only where it overlaps a first-pass stretch, and clipped to that stretch
                // and one sentence either side (the context a bead at its edge may take).
                stretches = stretches.compactMap { rows, columns in
                    guard let k = (known[key] ?? []).first(where: { $0.0.overlaps(rows) && $0.1.overlaps(columns) }) else { return nil }
                    let r = max(rows.lowerBound, k.0.lowerBound - 1)...min(rows.upperBound, k.0.upperBound + 1)
                    let c = max(columns.lowerBound, k.1.lowerBound - 1)...min(columns.upperBound, k.1.upperBound + 1)
                    return (r, c)
                }
            }
            if !stretches.isEmpty {
                // The strength is the chains' own, measured before the join: the sentences a
                // join steps over are not evidence that the two reports translate each other.
                strength[key] = ParallelFamilies.strength(of: stretches, cells: cells)
                found[key] = Self.joinedAcrossBeads(stretches, gap: options.parallelJoinGap)
            }
        }
        let different = Set(byPair.keys.filter { key in
            documents[Int(key >> 32)].language == documents[Int(key & 0xFFFF_FFFF)].language
                && ParallelFamilies.readAsDifferent(byPair[key]!, minimumRows: options.parallelMinimumRun, bar: options.parallelLexicalSameLanguage)
        })
        found = ParallelFamilies.consistent(found, strength: strength, languages: documents.map(\.language), different: different)
        // The candidates same-fact links come from (`comparableCandidates` when given).
        var factsByPair: [Int64: [Candidate]] = [:]
        for candidate in comparableCandidates ?? all { factsByPair[Int64(candidate.d1) << 32 | Int64(candidate.d2), default: []].append(candidate) }
        for key in Set(byPair.keys).union(factsByPair.keys).sorted() {
            let cells = byPair[key] ?? []
            let a = documents[Int(key >> 32)], b = documents[Int(key & 0xFFFF_FFFF)]
            // Inside a stretch only the tenses veto a pair (the rounds were weighed for the stretch).
            func notTranslations(_ s: Int, _ t: Int) -> Bool { tensesDiffer(key, s, t) }
            let chainLexical = a.language == b.language ? options.parallelLexicalSameLanguage : options.parallelLexical
            let stretches = found[key] ?? []
            var inStretch: [(ClosedRange<Int>, ClosedRange<Int>)] = []
            for (rows, columns) in stretches {
                let name = "\(a.language.rawValue)-\(b.language.rawValue)"
                let aligner = aligners[name] ?? BitextAligner(lexicon: lexicon.bitextLexicon(a.language, b.language),
                                                              sourceLanguage: a.language, targetLanguage: b.language)
                aligners[name] = aligner
                // One sentence of context each side lets a stretch's edge beads be 1-2/2-1, when
                // its words tie it to the edge (only such pairs may become links). An untied one
                // would only mislead the model: a deletion costs its whole length (Gale–Church),
                // so a translation's extra last sentence was pulled into a bead and the source's
                // last sentences shifted onto it.
                func tied(row i: Int, near j: Int) -> Bool {
                    cells.contains { $0.i1 == i && abs($0.i2 - j) <= 1 && $0.features.lexical >= chainLexical }
                }
                func tied(column j: Int, near i: Int) -> Bool {
                    cells.contains { $0.i2 == j && abs($0.i1 - i) <= 1 && $0.features.lexical >= chainLexical }
                }
                let first = (row: rows.lowerBound > 0 && tied(row: rows.lowerBound - 1, near: columns.lowerBound) ? 1 : 0,
                             column: columns.lowerBound > 0 && tied(column: columns.lowerBound - 1, near: rows.lowerBound) ? 1 : 0)
                let last = (row: rows.upperBound + 1 < a.sentences.count && tied(row: rows.upperBound + 1, near: columns.upperBound) ? 1 : 0,
                            column: columns.upperBound + 1 < b.sentences.count && tied(column: columns.upperBound + 1, near: rows.upperBound) ? 1 : 0)
                let r = rows.lowerBound - first.row...rows.upperBound + last.row
                let c = columns.lowerBound - first.column...columns.upperBound + last.column
                let beads = aligner.align(source: Array(a.sentences[r]), target: Array(b.sentences[c]))
                let lexicalOf = Dictionary(cells.map { ("\($0.i1)-\($0.i2)", $0.features.lexical) }, uniquingKeysWith: max)
                // "Some word in common" counts the words the dictionaries could translate: half
                // of a split sentence shares a third of its words on a thin dictionary. (Rivals
                // compare all words: the share left out is the same for both sides of a rival.)
                let translatableOf = Dictionary(cells.map { ("\($0.i1)-\($0.i2)", $0.features.translatable) }, uniquingKeysWith: max)
                let containmentOf = Dictionary(cells.map { ("\($0.i1)-\($0.i2)", $0.features.containment) }, uniquingKeysWith: max)
                var unpaired: (rows: Set<Int>, columns: Set<Int>) = ([], [])
                var paired: [(Int, Int)] = [], weighed = Set<Int64>()
                let window = cells.filter { r.contains($0.i1) && c.contains($0.i2) }
                let (bestOfRow, bestOfColumn) = Self.bestLexical(window)
                for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
                    let sources = bead.source.map { $0 + r.lowerBound }, targets = bead.target.map { $0 + c.lowerBound }
                    // A bead the model is unsure of links nothing itself; its sentences pair up
                    // again below on the chain's evidence. (Where a translation adds a sentence
                    // near its end, the model's doubt over where it goes spreads over the beads
                    // before it: right beads at 0.40.)
                    guard bead.score >= 0.5 else {
                        unpaired.rows.formUnion(sources); unpaired.columns.formUnion(targets)
                        continue
                    }
                    // In a bead of several sentences, a pair's rival is its members' best
                    // counterpart outside the bead: a split sentence's half has none, but a
                    // sentence the bead swallowed from its neighbour ("bank accounts" joined to
                    // "property" because both open with "Russian") has a far closer one there.
                    let (outsideRow, outsideColumn) = sources.count * targets.count == 1 ? (bestOfRow, bestOfColumn)
                        : Self.bestLexical(window.filter { sources.contains($0.i1) != targets.contains($0.i2) })
                    // Context sentences join only when the lexical evidence agrees.
                    let inside = sources.allSatisfy(rows.contains) && targets.allSatisfy(columns.contains)
                    var linkedSources = Set<Int>(), linkedTargets = Set<Int>()
                    defer {
                        // A sentence the bead could not link to any of its members pairs up again
                        // below, whatever the bead's shape: the model would rather put a sentence
                        // with no counterpart in some bead than pay for its whole length as a
                        // deletion, and the partner it took there may be another's true one.
                        unpaired.rows.formUnion(sources.filter { !linkedSources.contains($0) })
                        unpaired.columns.formUnion(targets.filter { !linkedTargets.contains($0) })
                    }
                    for s in sources {
                        for t in targets {
                            weighed.insert(Int64(s) << 32 | Int64(t))
                            let lexical = lexicalOf["\(s)-\(t)"] ?? 0
                            guard inside || lexical >= chainLexical else { continue }
                            // A sentence that merges two (a 1-2 bead) may hold two tenses ("couriers
                            // are to get visas …, and the parties also agreed on a quota"), and its
                            // main clause's tense is only its first half's: the veto weighs 1-1 pairs.
                            guard sources.count * targets.count > 1 || !notTranslations(s, t) else { continue }
                            // Every pair of a bead needs some word in common, a 1-1 bead too,
                            // and neither sentence may have a far closer counterpart nearby: a
                            // bitext model over a dozen sentences prefers two unrelated 1-1 beads
                            // to a dropped sentence plus an added one (Gale–Church makes deleting
                            // a long sentence dear), so a translation that leaves one sentence
                            // out and adds another further on shifts by one in between.
                            // (A bead of several sentences is the model's guess, not the chain's
                            // evidence: there any rival twice as close counts, above noise.)
                            let rival = max(outsideRow[s] ?? 0, outsideColumn[t] ?? 0)
                            let bar = sources.count * targets.count == 1 ? chainLexical : 2 * options.parallelBeadLexical
                            let claimed = rival >= bar && rival >= 2 * lexical
                            // Half of a split sentence is contained in the sentence it was split
                            // from; a sentence the translator dropped, which the bitext model
                            // merged into its neighbour's bead rather than leave it out (a 2-1
                            // costs less than a 1-1 and a 1-0), shares a word or two with it.
                            let merged = sources.count * targets.count > 1 && min(sources.count, targets.count) == 1
                            let swallowed = merged && (containmentOf["\(s)-\(t)"] ?? 0) < options.parallelMergedContainment
                            guard max(lexical, translatableOf["\(s)-\(t)"] ?? 0) >= options.parallelBeadLexical, !claimed else { continue }
                            let link = SentenceLink(a.ref(s), b.ref(t), kind: .parallel, score: bead.score)
                            linkedSources.insert(s); linkedTargets.insert(t); paired.append((s, t))
                            if swallowed { swallowedLinks.insert("\(link.a)|\(link.b)") }
                            links.append(link)
                        }
                    }
                }
                // The sentences beads left unlinked pair up again among themselves, when they are
                // each other's best counterpart and as close as a chain cell.
                let repaired = Self.repairedPairs(cells, rows: unpaired.rows, columns: unpaired.columns, lexical: chainLexical)
                    .filter { !notTranslations($0.i1, $0.i2) }
                links += repaired.map { SentenceLink(a.ref($0.i1), b.ref($0.i2), kind: .parallel, score: $0.probability) }
                // Those still alone may be half of a sentence split in two whose other half the
                // model paired alone, after giving the sentence before (a dropped one) this half.
                links += Self.joinedToNeighbours(window, weighed: weighed, pairs: paired + repaired.map { ($0.i1, $0.i2) },
                                                 rows: unpaired.rows.subtracting(repaired.map(\.i1)),
                                                 columns: unpaired.columns.subtracting(repaired.map(\.i2)),
                                                 lexical: chainLexical, containment: options.parallelMergedContainment)
                    .map { SentenceLink(a.ref($0.i1), b.ref($0.i2), kind: .parallel, score: $0.probability) }
                inStretch.append((rows, columns))
            }
            // Sentences about different rounds report different events (GOLD.md: round-2
            // sentences are never linked to round-3 ones), whatever their words share.
            let facts = factsByPair[key] ?? []
            let nearBest = Self.nearTheBest(facts, margin: options.sameFactMargin) { options.allowsSameFact($0.features) ? $0.probability : nil }
            for (n, cell) in facts.enumerated() where cell.probability >= options.linkThreshold && options.allowsSameFact(cell.features) && nearBest[n]
                && wordCounts[cell.d1][cell.i1] >= Self.factWords && wordCounts[cell.d2][cell.i2] >= Self.factWords {
                if inStretch.contains(where: { $0.0.contains(cell.i1) && $0.1.contains(cell.i2) }) { continue }
                // Inside a comparable stretch each sentence's counterpart is its chain cell.
                if let stretch = (comparable[key] ?? []).first(where: { $0.rows.contains(cell.i1) && $0.columns.contains(cell.i2) }),
                   !stretch.chain.contains(where: { $0.i1 == cell.i1 && $0.i2 == cell.i2 }) { continue }
                links.append(SentenceLink(a.ref(cell.i1), b.ref(cell.i2), kind: .sameFact, score: cell.probability))
            }
        }
        // One link per pair: parallel wins over same-fact.
        var unique: [String: SentenceLink] = [:]
        for link in links {
            let id = "\(link.a)|\(link.b)"
            if let old = unique[id], old.kind == .parallel && link.kind == .sameFact { continue }
            unique[id] = link
        }
        return (unique.values.sorted { ($0.a, $0.b) < ($1.a, $1.b) }, found, all, swallowedLinks)
    }

    /// For the cells of one pair of reports, whether each cell's log-odds come within `margin` of
    /// the best of its row and of its column. `probability` is nil for a cell that may not be a
    /// link at all (it then sets no best and is never near one).
    static func nearTheBest(_ cells: [Candidate], margin: Double, probability: (Candidate) -> Double?) -> [Bool] {
        func logOdds(_ p: Double) -> Double { let q = min(max(p, 1e-9), 1 - 1e-9); return log(q / (1 - q)) }
        let scores = cells.map { probability($0).map(logOdds) }
        var bestOfRow: [Int: Double] = [:], bestOfColumn: [Int: Double] = [:]
        for (cell, score) in zip(cells, scores) {
            guard let score else { continue }
            bestOfRow[cell.i1] = max(bestOfRow[cell.i1] ?? score, score)
            bestOfColumn[cell.i2] = max(bestOfColumn[cell.i2] ?? score, score)
        }
        return zip(cells, scores).map { cell, score in
            guard let score else { return false }
            return score >= bestOfRow[cell.i1]! - margin && score >= bestOfColumn[cell.i2]! - margin
        }
    }

    /// Every sentence's main-clause tense, or all present when `separateTenses` is off.
    func sentenceTenses(_ documents: [CorpusAlignDocument]) -> [[RoundTense]] {
        options.separateTenses ? documents.map(Self.tenses) : documents.map { $0.sentences.map { _ in RoundTense.present } }
    }

    /// Fewer words than this state no fact of their own: a dateline split off as a sentence
    /// ("Riad.", "Istanbul:") names a place every report of the round names, and would otherwise
    /// link to each report's lead on that place alone. (Parallel beads may still hold it.)
    static let factWords = 3

    /// Words of letters (numbers do not count: "Riad, 14. Oktober." is still a dateline).
    static func wordCount(_ sentence: String) -> Int {
        sentence.split { !$0.isLetter && !$0.isNumber }.filter { $0.contains(where: \.isLetter) }.count
    }

    /// The tense of each sentence's main clause as the rounds stage reads it, present when the
    /// main clause has no marker of its own (a past relative clause — "the consulates, which
    /// were closed in 2017, are to be discussed later" — says nothing of the main clause), and
    /// present for a future seen from the past: a plan told after the fact ("Møtet skulle
    /// opprinnelig ha vært holdt 28. mai, men ble utsatt", "had originally been scheduled for
    /// May 28") reads as future in one language and as past in another ("sollte ursprünglich …
    /// stattfinden, wurde aber verschoben"), so it may pair with either.
    static func tenses(_ document: CorpusAlignDocument) -> [RoundTense] {
        document.sentences.enumerated().map { index, text in
            let features = SentenceRoundFeatures(ref: document.ref(index), language: document.language, text: text, mentions: [], placeNames: [:])
            guard features.mainClauseMarked else { return .present }
            // A plan told in the past ("the round had been expected in Washington") is no future
            // either, whatever the expectation word makes of the main clause.
            if features.mainClauseTense == .future, futureSeenFromThePast(text, language: document.language) || features.formerPlan { return .present }
            return features.mainClauseTense
        }
    }

    /// "would", "zou", "skulle", "sollte", "würde" with none of the plain future's auxiliaries
    /// ("will", "zal", "skal", "wird"), or a plan told in the past (`DateWords.planToldInPast`).
    static func futureSeenFromThePast(_ text: String, language: LanguageCode) -> Bool {
        let words = Tokenizer().tokenize(text).map { $0.text.lowercased() }
        if DateWords.planToldInPast(words, language: language) { return true }
        let (seenFromPast, plain): (Set<String>, Set<String>) = switch language {
        case .german: (["sollte", "sollten", "würde", "würden"], ["wird", "werden", "soll", "sollen"])
        case .dutch: (["zou", "zouden"], ["zal", "zullen"])
        case .norwegian: (["skulle", "ville"], ["skal", "vil"])
        default: (["would"], ["will", "shall"])
        }
        return words.contains(where: seenFromPast.contains) && !words.contains(where: plain.contains)
    }

    /// One sentence tells the future, the other the past. The present goes with either: German
    /// and Dutch tell planned events in the present ("das Treffen findet am Donnerstag statt").
    static func tensesConflict(_ a: RoundTense, _ b: RoundTense) -> Bool {
        (a == .future && b == .past) || (a == .past && b == .future)
    }

    /// The highest lexical similarity of each row's and each column's cells.
    static func bestLexical(_ cells: [Candidate]) -> (rows: [Int: Double], columns: [Int: Double]) {
        var rows: [Int: Double] = [:], columns: [Int: Double] = [:]
        for cell in cells {
            rows[cell.i1] = max(rows[cell.i1] ?? 0, cell.features.lexical)
            columns[cell.i2] = max(columns[cell.i2] ?? 0, cell.features.lexical)
        }
        return (rows, columns)
    }

    /// Mutually best cells between sentences left without a counterpart by refused beads, in
    /// sentence order (monotone, as a translation is).
    static func repairedPairs(_ cells: [Candidate], rows: Set<Int>, columns: Set<Int>, lexical: Double) -> [Candidate] {
        let open = cells.filter { rows.contains($0.i1) && columns.contains($0.i2) && $0.features.lexical >= lexical }
        let (bestOfRow, bestOfColumn) = bestLexical(open)
        var result: [Candidate] = []
        for cell in open.sorted(by: { ($0.i1, $0.i2) < ($1.i1, $1.i2) })
        where cell.features.lexical >= bestOfRow[cell.i1]! && cell.features.lexical >= bestOfColumn[cell.i2]! {
            if let last = result.last, last.i1 >= cell.i1 || last.i2 >= cell.i2 { continue }
            result.append(cell)
        }
        return result
    }

    /// Cells that put a sentence without a counterpart (`rows`, `columns`) into the 1-1 bead of
    /// its neighbour, making it a 1-2 bead: the neighbour's partner is paired with nothing else
    /// on this side, and the sentence is as close to that partner as a chain cell (`lexical`,
    /// on the translatable words), holds `containment` of its words in it, and has no closer
    /// counterpart, and no bead `weighed` the pair (a pair a bead refused stays refused). A
    /// translation that drops one sentence and splits the next shifts the model by one: it pairs
    /// the dropped sentence with the first half (a pair refused for want of common words) rather
    /// than pay for a deletion and a 1-2 bead, and the half is left alone.
    static func joinedToNeighbours(_ window: [Candidate], weighed: Set<Int64> = [], pairs: [(Int, Int)], rows: Set<Int>, columns: Set<Int>,
                                   lexical: Double, containment: Double) -> [Candidate] {
        func partners(_ i: Int, onRows: Bool) -> [Int] { pairs.filter { (onRows ? $0.0 : $0.1) == i }.map { onRows ? $0.1 : $0.0 } }
        func join(_ alone: Set<Int>, onRows: Bool) -> [Candidate] {
            alone.sorted().compactMap { x in
                let own = window.filter { (onRows ? $0.i1 : $0.i2) == x }
                let closest = own.map(\.features.translatable).max() ?? 0
                for neighbour in [x - 1, x + 1] {
                    let across = partners(neighbour, onRows: onRows)
                    guard across.count == 1, partners(across[0], onRows: !onRows) == [neighbour],
                          let cell = own.first(where: { (onRows ? $0.i2 : $0.i1) == across[0] }),
                          !weighed.contains(Int64(cell.i1) << 32 | Int64(cell.i2)),
                          cell.features.translatable >= max(lexical, closest), cell.features.containment >= containment else { continue }
                    return cell
                }
                return nil
            }
        }
        return join(rows, onRows: true) + join(columns, onRows: false)
    }

    /// Which chains of one pair of reports are translations: those whose faithfulness reaches
    /// the bar, and a chain that ends or starts within `gap` sentences (both sides) of one of
    /// those. A sentence a translation splits in two breaks the chain there, and the shorter
    /// piece, a few cells, may fall under the bar on a thin dictionary (English–Norwegian) while
    /// the rest of the same translation clears it; two reports that tell one story in the same
    /// order have no such anchor next to their chain.
    static func faithfulChains(_ chains: [Chain], bar: Double, gap: Int, faithfulness: ([Candidate]) -> Double) -> [Bool] {
        let passes = chains.map { faithfulness($0.chain) >= bar }
        func near(_ x: Chain, _ y: Chain) -> Bool {
            guard gap >= 1, let r = sentencesBetween(x.rows, y.rows), let c = sentencesBetween(x.columns, y.columns) else { return false }
            // Same direction on both sides, each within the gap.
            return (x.rows.upperBound < y.rows.lowerBound) == (x.columns.upperBound < y.columns.lowerBound) && r <= gap && c <= gap
        }
        return chains.indices.map { n in passes[n] || chains.indices.contains { passes[$0] && near(chains[$0], chains[n]) } }
    }

    /// How many sentences lie between two ranges of one report that do not overlap; nil when
    /// they do.
    static func sentencesBetween(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int? {
        a.upperBound < b.lowerBound ? b.lowerBound - a.upperBound - 1 : b.upperBound < a.lowerBound ? a.lowerBound - b.upperBound - 1 : nil
    }

    /// The cells of `cells` whose word similarity (`translatable`) is the best of their row or of
    /// their column among `all` the pair's cells (ties kept).
    static func bestOfRowOrColumn(_ cells: [Candidate], among all: [Candidate]) -> [Candidate] {
        var row: [Int: Double] = [:], column: [Int: Double] = [:]
        for cell in all {
            row[cell.i1] = max(row[cell.i1] ?? 0, cell.features.translatable)
            column[cell.i2] = max(column[cell.i2] ?? 0, cell.features.translatable)
        }
        return cells.filter { $0.features.translatable >= (row[$0.i1] ?? 0) || $0.features.translatable >= (column[$0.i2] ?? 0) }
    }

    /// Short diagonal runs (fewer than `minimumRun` cells, each step 1-1) just before or after a
    /// faithful chain, within `gap` sentences on both sides, that are faithful themselves. A
    /// translation's opening lines are cut off from the rest of its chain by a sentence it splits
    /// in two (both halves fail the length bar): too short to count as a stretch on their own,
    /// they join the stretch they lead into (`joinedAcrossBeads`), and the bitext aligner sees
    /// the split bead whole. Cells already in a chain are not reused. On U9's Norwegian→Dutch
    /// translation, the first three parallel pairs were lost this way (parallel R 0.857 → 0.964).
    static func edgeChains(_ cells: [Candidate], next chains: [Chain], minimumRun: Int, lexical: Double, gap: Int,
                           faithful: ([Candidate]) -> Bool) -> [Chain] {
        guard minimumRun > 2, gap >= 1, !chains.isEmpty else { return [] }
        let free = cells.filter { cell in !chains.contains { $0.rows.contains(cell.i1) || $0.columns.contains(cell.i2) } }
        return parallelStretches(free, minimumRun: 2, lexical: lexical).filter { short in
            guard short.chain.count < minimumRun,
                  zip(short.chain.dropFirst(), short.chain).allSatisfy({ $0.i1 - $1.i1 == 1 && $0.i2 - $1.i2 == 1 }),
                  faithful(short.chain) else { return false }
            return chains.contains { long in
                guard let r = sentencesBetween(short.rows, long.rows), let c = sentencesBetween(short.columns, long.columns) else { return false }
                return (short.rows.upperBound < long.rows.lowerBound) == (short.columns.upperBound < long.columns.lowerBound)
                    && (1...gap).contains(r) && (1...gap).contains(c)
            }
        }
    }

    /// How faithfully a chain's sentences render each other: the mean of word similarity over
    /// the translatable words (`AlignmentFeatures.translatable`) plus anchor overlap over the
    /// cells where either sentence names something (an entity, a glossary concept). nil when
    /// none does: sentences without names say nothing either way.
    static func faithfulness(of chain: [Candidate], named: (Candidate) -> Bool) -> Double? {
        let scored = chain.filter(named)
        guard !scored.isEmpty else { return nil }
        return scored.reduce(0) { $0 + $1.features.translatable + $1.features.anchors } / Double(scored.count)
    }

    /// Parallel stretches of one pair of reports that follow each other with 1 to `gap`
    /// sentences between them on both sides, joined into one. A sentence that merges two of its
    /// source's (or is split in two) is twice as long as either, so its cells fail the chain's
    /// length bar and the chain breaks there into two stretches; aligned apart, each stretch
    /// sees only one of the two halves, and the 1-2 bead becomes a 1-1 bead and a lost link.
    /// Joined, the bitext aligner sees the whole bead. Sentences on one side only are an
    /// insertion, which each stretch's own edge handles: joined, the bitext aligner would rather
    /// pair the inserted sentences with their neighbours than leave them out (Gale–Church makes
    /// deletions dear), and the generated corpus lost 65 right parallel links that way.
    static func joinedAcrossBeads(_ stretches: [(ClosedRange<Int>, ClosedRange<Int>)], gap: Int) -> [(ClosedRange<Int>, ClosedRange<Int>)] {
        var result: [(ClosedRange<Int>, ClosedRange<Int>)] = []
        for (rows, columns) in stretches.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if gap >= 1, let (lastRows, lastColumns) = result.last,
               (1...gap).contains(rows.lowerBound - lastRows.upperBound - 1),
               (1...gap).contains(columns.lowerBound - lastColumns.upperBound - 1) {
                result[result.count - 1] = (lastRows.lowerBound...rows.upperBound, lastColumns.lowerBound...columns.upperBound)
            } else {
                result.append((rows, columns))
            }
        }
        return result
    }

    /// Diagonal chains of lexically close cells: (rows, columns) of each chain of at least
    /// `minimumRun` cells, longest first, not overlapping. Steps of 1 or 2 on either side allow
    /// 1-2/2-1 beads and a dropped sentence inside a stretch. Each comes with its chain's cells.
    /// `measure` is the similarity a cell needs at least `lexical` of.
    static func parallelStretches(_ cells: [Candidate], minimumRun: Int, lexical: Double,
                                  measure: KeyPath<AlignmentFeatures, Double> = \.translatable) -> [Chain] {
        let strong = cells.filter { $0.features[keyPath: measure] >= lexical }.sorted { ($0.i1, $0.i2) < ($1.i1, $1.i2) }
        guard strong.count >= minimumRun else { return [] }
        var index: [Int64: Int] = [:]
        for (n, cell) in strong.enumerated() { index[Int64(cell.i1) << 32 | Int64(cell.i2)] = n }
        var run = [Int](repeating: 1, count: strong.count), back = [Int](repeating: -1, count: strong.count)
        for (n, cell) in strong.enumerated() {
            for (di, dj) in [(1, 1), (1, 2), (2, 1), (2, 2)] {
                guard cell.i1 - di >= 0, cell.i2 - dj >= 0, let p = index[Int64(cell.i1 - di) << 32 | Int64(cell.i2 - dj)] else { continue }
                if run[p] + 1 > run[n] { run[n] = run[p] + 1; back[n] = p }
            }
        }
        var used = Set<Int>(), result: [Chain] = []
        for end in strong.indices.sorted(by: { run[$0] > run[$1] }) where run[end] >= minimumRun && !used.contains(end) {
            var chain: [Int] = [], n = end
            while n >= 0, !used.contains(n) { chain.append(n); n = back[n] }
            guard chain.count >= minimumRun else { continue }
            // Translations are mostly 1-1 beads (Gale & Church count about nine in ten), so a
            // short translated stretch steps strictly along the diagonal at least `minimumRun - 1`
            // times, a dropped or merged sentence in the middle allowed ((0,0),(1,1),(3,2),(4,3)).
            // Two comparable leads that tell one event in the same order step over each other's
            // sentences ((0,0),(2,1),(3,2)) and do not. A chain twice as long is evidence enough
            // on its own (one wire story cut differently by two outlets).
            let strictSteps = zip(chain.dropFirst(), chain).filter { earlier, later in
                strong[later].i1 - strong[earlier].i1 == 1 && strong[later].i2 - strong[earlier].i2 == 1
            }.count
            guard strictSteps >= minimumRun - 1 || chain.count >= 2 * minimumRun else { continue }
            let rows = strong[chain.last!].i1...strong[chain[0]].i1, columns = strong[chain.last!].i2...strong[chain[0]].i2
            if result.contains(where: { $0.0.overlaps(rows) || $0.1.overlaps(columns) }) { continue }
            used.formUnion(chain)
            result.append((rows, columns, chain.reversed().map { strong[$0] }))
        }
        return result
    }

    /// Translations learned from the corpus: stems of two languages that co-occur in confident
    /// parallel links (≥ 0.8) at least twice and rarely apart (Dice ≥ 0.5) — hunalign's realign idea at
    /// corpus level. Keyed "lang:stem" → ["otherLang:otherStem"].
    static func learnTranslations(links: [SentenceLink], documents: [CorpusAlignDocument], evidence: CorpusEvidence) -> [String: [String]] {
        let position = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        func stems(_ ref: SentenceRef) -> [String] {
            guard let d = position[ref.articleID], ref.index < evidence.sentences[d].count else { return [] }
            return evidence.sentences[d][ref.index].words.compactMap { word in
                let name = evidence.keyNames[Int(word.stemKey)]
                guard name.hasPrefix("s") else { return nil }
                return String(name.dropFirst())   // "de:botschaft"
            }
        }
        var together: [String: Int] = [:], seen: [String: Int] = [:]
        // Parallel links only: same-fact links are paraphrases, and with a calibration that
        // rates them highly their co-occurring stems were learned as translations, which then
        // made comparable stretches look parallel.
        for link in links where link.kind == .parallel && link.score >= 0.8 {
            let x = stems(link.a), y = stems(link.b)
            guard let first = x.first, let second = y.first, first.prefix(2) != second.prefix(2) else { continue }
            for s in x { seen[s, default: 0] += 1 }
            for t in y { seen[t, default: 0] += 1 }
            for s in x { for t in y { together[s + "|" + t, default: 0] += 1 } }
        }
        var learned: [String: [String]] = [:]
        for (pair, count) in together where count >= 2 {
            let parts = pair.split(separator: "|").map(String.init)
            let dice = 2 * Double(count) / Double((seen[parts[0]] ?? 0) + (seen[parts[1]] ?? 0))
            guard dice >= 0.5 else { continue }
            learned[parts[0], default: []].append(parts[1])
            learned[parts[1], default: []].append(parts[0])
        }
        return learned.mapValues { $0.sorted() }
    }
}
