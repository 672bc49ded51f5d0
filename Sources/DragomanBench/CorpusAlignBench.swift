import DragomanKit
import Foundation

/// The corpus aligner's figures: the seed gold (parallel F1; central same-fact recall, precision
/// over the allowed set, F1) in-sample and leave-one-document-out, the speed on 400 generated
/// reports, and align-files on Text+Berg.
enum CorpusAlignBench {
    static func run(sharedData: String, seedOnly: Bool = false) throws -> String {
        var report = ""
        func say(_ line: String) { report += line + "\n"; print(line) }
        // `sharedData` is the shared folder or its data/ subfolder (AlignmentBench's convention).
        let fm = FileManager.default
        let shared = fm.fileExists(atPath: sharedData + "/seeds/gold.json") ? sharedData : sharedData + "/.."
        let goldFile = URL(fileURLWithPath: shared + "/seeds/gold.json")
        let documents = try seedDocuments(goldFile: goldFile)
        let gold = try AlignmentEvaluation.goldPairs(goldFile: goldFile)

        say("== Dictionaries (X→English pivot, restricted to the corpus vocabulary)")
        // The dictionaries the workbench itself uses (and the seed tests), so the figures are its own.
        let (lexicons, tLoad) = BenchSupport.time { LexiconSource.debian.compactMap { try? $0.load() } }
        let (lexicon, tBuild) = BenchSupport.time { AlignmentLexicon.build(lexicons: lexicons, vocabulary: AlignmentLexicon.vocabulary(of: documents)) }
        say(String(format: "%d dictionaries parsed in %.1f s, pivot built in %.2f s", lexicons.count, tLoad, tBuild))

        say("\n== Seed gold (5 reports, 119 pairs: 5 parallel, 78 central same-fact)")
        let (graph, tSeed) = BenchSupport.time { CorpusAligner(lexicon: lexicon).align(documents) }
        say(String(format: "aligned in %.3f s: %d links, %d statements", tSeed, graph.links.count, graph.statements.count))
        let seedEvaluation = AlignmentEvaluation(links: graph.links, gold: gold)
        say("in-sample (weights fitted on this gold, optimistic): \(seedEvaluation)")
        if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_VERBOSE"] != nil {
            // The seed's wrong and missed same-fact links, as the held-out sets list theirs.
            let text = Dictionary(uniqueKeysWithValues: documents.flatMap { d in d.sentences.indices.map { ("\(d.id)#\($0)", d.sentences[$0]) } })
            for link in seedEvaluation.wrong {
                say("  wrong \(link.kind) \(link.a) \(link.b) \(String(format: "%.2f", link.score)): \(text["\(link.a)"]?.prefix(60) ?? "") | \(text["\(link.b)"]?.prefix(60) ?? "")")
            }
            for pair in seedEvaluation.missedCentral {
                say("  missed \(pair.a) \(pair.b): \(text["\(pair.a)"]?.prefix(70) ?? "") | \(text["\(pair.b)"]?.prefix(70) ?? "")")
            }
        }
        for threshold in [0.85, 0.9, 0.93, 0.95, 0.97] {
            var options = CorpusAligner.Options(); options.statementThreshold = threshold
            let g = CorpusAligner(lexicon: lexicon, options: options).align(documents)
            let (right, total) = AlignmentEvaluation.statementPairs(g, gold: gold)
            say(String(format: "statements (merge from %.2f%@): %d, %d sentences; pairs inside them the gold allows: %d/%d (%.2f)",
                       threshold, threshold == CorpusAligner.Options().statementThreshold ? ", default" : "", g.statements.count,
                       g.statements.reduce(0) { $0 + $1.members.count }, right, total, total == 0 ? 1 : Double(right) / Double(total)))
        }
        // DRAGOMAN_BENCH_DUMP=FILE writes every candidate pair with its label and features.
        if let dump = ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_DUMP"] {
            let rows = AlignmentEvaluation.candidateTable(documents: documents, lexicon: lexicon, gold: gold)
            try (rows.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
            say("candidate pairs written to \(dump)")
        }
        // DRAGOMAN_BENCH_EXPLAIN="000_5bde82b7ff01abba#10 003_38f1f85eb9aef9f1#5" explains seed pairs word by word too.
        for (a, b) in BenchSupport.pairsToExplain(in: documents) {
            say(AlignmentEvaluation.explain(documents: documents, lexicon: lexicon, a, b))
        }
        let refit = AlignmentEvaluation.fitted(documents: documents, lexicon: lexicon, gold: gold)
        say("weights fitted on all the gold now: [" + refit.calibration.weights.map { String(format: "%.2f", $0) }.joined(separator: ", ")
            + String(format: "], best threshold %.2f (the defaults: [", refit.threshold)
            + AlignmentCalibration.seed.weights.map { String(format: "%.2f", $0) }.joined(separator: ", ")
            + String(format: "], %.2f)", CorpusAligner.Options().linkThreshold))
        let (lodo, fits) = AlignmentEvaluation.leaveOneDocumentOut(documents: documents, lexicon: lexicon, gold: gold)
        say("leave-one-document-out: \(lodo)")
        say("fold weights (" + AlignmentFeatures.names.joined(separator: ", ") + "): " + fits.map { "[" + $0.weights.map { String(format: "%.2f", $0) }.joined(separator: ", ") + "]" }.joined(separator: " "))
        for threshold in [0.5, 0.55, 0.6, 0.65, 0.7] {
            var options = CorpusAligner.Options(); options.linkThreshold = threshold
            let evaluation = AlignmentEvaluation(links: CorpusAligner(lexicon: lexicon, options: options).align(documents).links, gold: gold)
            say(String(format: "threshold %.2f: ", threshold) + evaluation.description)
        }

        // Every held-out set under Tests/Fixtures with a gold.json (rounds the seeds do not
        // mention, written by helper sessions that never saw the aligner; nothing fitted on them).
        let fixtures = BenchSupport.packageRoot.appendingPathComponent("Tests/Fixtures")
        for name in ((try? fm.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted() {
            let unseen = fixtures.appendingPathComponent(name)
            guard fm.fileExists(atPath: unseen.appendingPathComponent("gold.json").path) else { continue }
            say("\n== Unseen reports (Tests/Fixtures/\(name): nothing fitted on them)")
            try UnseenAlignBench.run(directory: unseen, lexicons: lexicons, say: say)
        }

        if seedOnly { return report }
        say("\n== 400 generated reports (seed sentences recombined and perturbed)")
        let (generated, origins) = generate(from: documents, count: 400, seed: 7)
        let sentences = generated.reduce(0) { $0 + $1.sentences.count }
        let bigLexicon = AlignmentLexicon.build(lexicons: lexicons, vocabulary: AlignmentLexicon.vocabulary(of: generated))
        let (big, tBig) = BenchSupport.time { CorpusAligner(lexicon: bigLexicon).align(generated) }
        // A parallel link is right when both sentences come from one seed sentence, or from two
        // the seed gold calls translations of each other.
        let parallelGold = Set(gold.filter(\.parallel).map { "\($0.a)|\($0.b)" })
        let parallelLinks = big.links.filter { $0.kind == .parallel }
        let rightParallel = parallelLinks.filter { link in
            guard let x = origins[link.a], let y = origins[link.b] else { return false }
            return x == y || parallelGold.contains(x < y ? "\(x)|\(y)" : "\(y)|\(x)")
        }.count
        say(String(format: "%d reports, %d sentences: aligned in %.2f s (%d links, %d parallel, %d statements), peak RSS %.0f MiB",
                   generated.count, sentences, tBig, big.links.count, parallelLinks.count,
                   big.statements.count, BenchSupport.peakMemoryMiB()))
        say(String(format: "parallel links between copies of one seed sentence or of a gold translation pair: %d of %d (%.3f)",
                   rightParallel, parallelLinks.count, parallelLinks.isEmpty ? 1 : Double(rightParallel) / Double(parallelLinks.count)))

        let directory = [sharedData + "/textberg-dev", sharedData + "/data/textberg-dev"].first { fm.fileExists(atPath: $0 + "/dev.defr") } ?? ""
        if FileManager.default.fileExists(atPath: directory + "/dev.defr") {
            say("\n== align-files on Text+Berg dev (BitextAligner through AlignmentPairLexicon)")
            let german = try BenchSupport.lines(directory + "/dev.de"), french = try BenchSupport.lines(directory + "/dev.fr")
            let pairLexicon = try AlignmentPairLexicon.lexicon(.german, .french, workspace: nil)
            let (beads, t) = BenchSupport.time { BitextAligner(lexicon: pairLexicon, sourceLanguage: .german, targetLanguage: .french).align(source: german, target: french) }
            say(String(format: "%.2f s; ", t) + BitextEvaluation(gold: try BitextEvaluation.readBeads(directory + "/dev.defr"), test: beads).report)
        }
        return report
    }

    /// The seed reports from the gold's sentences, with the entity stage's ids and glossary
    /// concepts (not the gold's entities: the figures measure the pipeline).
    static func seedDocuments(goldFile: URL) throws -> [CorpusAlignDocument] {
        struct Sentence: Decodable { var index: Int; var text: String; var start: Int; var end: Int; var role: String }
        struct Doc: Decodable { var language: String; var metadata: [String: String]; var sentences: [Sentence] }
        struct File: Decodable { var docs: [String: Doc] }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: goldFile))
        let articles = file.docs.keys.sorted().map { id -> Article in
            let doc = file.docs[id]!
            let sentences = doc.sentences.map {
                DragomanKit.Sentence(index: $0.index, text: $0.text, span: TextSpan(start: $0.start, end: $0.end), paragraph: 0,
                                     role: SentenceRole(rawValue: $0.role) ?? .body)
            }
            return Article(id: id, fileName: id + ".txt", language: LanguageCode(doc.language),
                           publicationDate: doc.metadata["date"].flatMap(CalendarDate.init(parsing:)), title: nil, titleSpan: nil,
                           text: doc.sentences.map(\.text).joined(separator: "\n"), sentences: sentences, removed: [], contentHash: id)
        }
        return try documents(for: articles)
    }

    /// The aligner's input for these articles: the shipped glossary's concepts, the entity
    /// stage's ids and the rounds stage's rounds, as the workbench computes them.
    static func documents(for articles: [Article]) throws -> [CorpusAlignDocument] {
        try analyzed(articles).documents
    }

    /// The aligner's input and the rounds stage's analysis, from one entity pass.
    static func analyzed(_ articles: [Article]) throws -> (documents: [CorpusAlignDocument], rounds: RoundAnalysis) {
        let (documents, rounds, _) = try analyzedWithRounds(articles)
        return (documents, rounds)
    }

    /// Also the rounds stage as the workbench runs it once the alignment is known
    /// (`RoundService`): a function of the alignment's links.
    static func analyzedWithRounds(_ articles: [Article]) throws
        -> (documents: [CorpusAlignDocument], rounds: RoundAnalysis, afterAlignment: ([SentenceLink]) -> RoundAnalysis) {
        let glossary = try TBXReader.read(url: BenchSupport.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")).glossary
        let recognizer = EntityRecognizer(glossary: glossary, spotter: GlossaryTermSpotter(glossary: glossary), wordLists: .system())
        let index = EntityIndex.build(articles: articles, recognizer: recognizer)
        let rounds = RoundAnalyzer.analyze(articles: articles, mentions: index.mentions, entities: index.entities)
        let documents = CorpusAlignDocument.documents(articles: articles, mentions: index.mentions, matcher: GlossaryMatcher(glossary: glossary),
                                                      rounds: rounds)
        return (documents, rounds, { links in
            RoundAnalyzer.analyze(articles: articles, mentions: index.mentions, entities: index.entities, translations: links)
        })
    }

    /// Reports made from a seed report's sentences (in order, a third dropped), two sentences of
    /// another report of the same language, and one word dropped from some sentences.
    /// Also returns each generated sentence's seed sentence.
    static func generate(from seeds: [CorpusAlignDocument], count: Int, seed: UInt64) -> ([CorpusAlignDocument], [SentenceRef: SentenceRef]) {
        var random = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(max(1, n))) }
        var origins: [SentenceRef: SentenceRef] = [:]
        let documents = (0..<count).map { k in
            let base = seeds[pick(seeds.count)]
            var rows: [(String, [String], [String], [String], SentenceRef, [String])] = []
            for i in base.sentences.indices where pick(3) != 0 {
                var words = base.sentences[i].split(separator: " ").map(String.init)
                if words.count > 6, pick(2) == 0 { words.remove(at: pick(words.count)) }
                rows.append((words.joined(separator: " "), base.entities[i], base.dates[i], base.concepts[i], base.ref(i), base.persons[i]))
            }
            let others = seeds.filter { $0.language == base.language && $0.id != base.id }
            if let other = others.first {
                for _ in 0..<2 {
                    let i = pick(other.sentences.count)
                    rows.insert((other.sentences[i], other.entities[i], other.dates[i], other.concepts[i], other.ref(i), other.persons[i]),
                                at: pick(rows.count + 1))
                }
            }
            let document = CorpusAlignDocument(id: String(format: "gen%04d", k), language: base.language, sentences: rows.map(\.0),
                                               entities: rows.map(\.1), dates: rows.map(\.2), concepts: rows.map(\.3), persons: rows.map(\.5))
            for (n, row) in rows.enumerated() { origins[document.ref(n)] = row.4 }
            return document
        }
        return (documents, origins)
    }
}
