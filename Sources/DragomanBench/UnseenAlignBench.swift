import DragomanKit
import Foundation

/// Alignment on reports nothing was fitted on: `Tests/Fixtures/UnseenRound` (seven reports on a
/// hypothetical round, written with their gold by a helper session that never saw the
/// aligner). Unlike the seed figures, the sentences come from the pipeline itself (cleaning,
/// segmentation, entities, rounds), and the weights are the defaults: an out-of-sample check.
enum UnseenAlignBench {
    struct Gold: Decodable {
        struct Member: Decodable { var file: String; var quote: String; var central: Bool }
        struct Fact: Decodable { var id: String; var kind: String; var members: [Member] }
        var facts: [Fact]
        /// Optional: per file, the meetings (ISO dates; an interval or a month for an undated
        /// one) each sentence reports on.
        struct FileRounds: Decodable {
            struct Entry: Decodable { var quote: String; var rounds: [String] }
            var sentences: [Entry]
        }
        var rounds: [String: FileRounds]?
    }

    static func run(directory: URL, lexicons: [BilingualLexicon], say: (String) -> Void) throws {
        let builder = ArticleBuilder(identifier: try BenchSupport.languageIdentifier())
        let files = try FileManager.default.contentsOfDirectory(at: directory.appendingPathComponent("articles"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let articles = try files.map { file in
            try builder.build(text: String(contentsOf: file, encoding: .utf8), fileName: file.lastPathComponent,
                              id: file.deletingPathExtension().lastPathComponent)
        }
        let (documents, cueRounds, afterAlignment) = try CorpusAlignBench.analyzedWithRounds(articles)

        // Gold members by quote → (article, sentence); a quote the segmenter split is looked up
        // by its first 25 characters.
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent("gold.json")))
        let byFile = Dictionary(uniqueKeysWithValues: articles.map { ($0.fileName, $0) })
        var unplaced: [String] = []
        func place(_ member: Gold.Member) -> SentenceRef? {
            guard let article = byFile[member.file] else { unplaced.append(member.quote); return nil }
            let head = String(member.quote.prefix(25))
            guard let sentence = article.sentences.first(where: { $0.text.contains(member.quote) })
                    ?? article.sentences.first(where: { $0.text.contains(head) }) else { unplaced.append(member.quote); return nil }
            return SentenceRef(articleID: article.id, index: sentence.index)
        }
        var pairs: [String: AlignmentEvaluation.GoldPair] = [:]
        for fact in gold.facts {
            let members = fact.members.compactMap { m in place(m).map { ($0, m.central) } }
            for i in members.indices {
                for j in members.indices where j > i && members[i].0.articleID != members[j].0.articleID {
                    let pair = AlignmentEvaluation.GoldPair(members[i].0, members[j].0, parallel: fact.kind == "parallel",
                                                            central: members[i].1 && members[j].1)
                    let key = "\(pair.a)|\(pair.b)"
                    if var old = pairs[key] {
                        old.parallel = old.parallel || pair.parallel; old.central = old.central || pair.central
                        pairs[key] = old
                    } else {
                        pairs[key] = pair
                    }
                }
            }
        }
        let goldPairs = pairs.keys.sorted().map { pairs[$0]! }
        let vocabulary = AlignmentLexicon.vocabulary(of: documents)
        let lexicon = AlignmentLexicon.build(lexicons: lexicons, vocabulary: vocabulary)
        say(dictionaryCoverage(vocabulary: vocabulary, lexicon: lexicon,
                               verbose: ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_VERBOSE"] != nil))
        let (graph, seconds) = BenchSupport.time { CorpusAligner(lexicon: lexicon).align(documents) }
        say(String(format: "%d reports, %d sentences, %d gold pairs (%d parallel, %d central same-fact); %d quotes not placed; aligned in %.3f s",
                   articles.count, documents.reduce(0) { $0 + $1.sentences.count }, goldPairs.count,
                   goldPairs.filter(\.parallel).count, goldPairs.filter { $0.central && !$0.parallel }.count, unplaced.count, seconds))
        let evaluation = AlignmentEvaluation(links: graph.links, gold: goldPairs)
        say("default weights: \(evaluation)")
        if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_VERBOSE"] != nil {
            let goldParallel = Set(goldPairs.filter(\.parallel).map { "\($0.a)|\($0.b)" })
            for link in graph.links where link.kind == .parallel && !goldParallel.contains("\(link.a)|\(link.b)") {
                say("  parallel, gold not: \(link.a) \(link.b) \(String(format: "%.2f", link.score))")
            }
            let predictedParallel = Set(graph.links.filter { $0.kind == .parallel }.map { "\($0.a)|\($0.b)" })
            for pair in goldPairs where pair.parallel && !predictedParallel.contains("\(pair.a)|\(pair.b)") {
                say("  parallel missed: \(pair.a) \(pair.b)")
            }
            let text = Dictionary(uniqueKeysWithValues: documents.flatMap { d in d.sentences.indices.map { ("\(d.id)#\($0)", d.sentences[$0]) } })
            for link in evaluation.wrong {
                say("  wrong \(link.kind) \(link.a) \(link.b) \(String(format: "%.2f", link.score)): \(text["\(link.a)"]?.prefix(60) ?? "") | \(text["\(link.b)"]?.prefix(60) ?? "")")
            }
            for pair in evaluation.missedCentral {
                say("  missed \(pair.a) \(pair.b): \(text["\(pair.a)"]?.prefix(70) ?? "") | \(text["\(pair.b)"]?.prefix(70) ?? "")")
            }
        }
        // DRAGOMAN_BENCH_DUMP_UNSEEN=PREFIX writes every candidate pair with its label and
        // features to PREFIX-<fixture>.tsv, one file per fixture.
        if let prefix = ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_DUMP_UNSEEN"] {
            let dump = "\(prefix)-\(directory.lastPathComponent).tsv"
            let rows = AlignmentEvaluation.candidateTable(documents: documents, lexicon: lexicon, gold: goldPairs)
            try (rows.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        // DRAGOMAN_BENCH_EXPLAIN="en1#3 nb1#3,de2#7 en2#7" explains those pairs word by word.
        for (a, b) in BenchSupport.pairsToExplain(in: documents) {
            say(AlignmentEvaluation.explain(documents: documents, lexicon: lexicon, a, b))
        }
        let (right, total) = AlignmentEvaluation.statementPairs(graph, gold: goldPairs)
        say(String(format: "statements: %d; pairs inside them the gold allows: %d/%d (%.2f)", graph.statements.count, right, total,
                   total == 0 ? 1 : Double(right) / Double(total)))
        if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_VERBOSE"] != nil {
            // Each statement holding a pair the gold does not allow, with those pairs.
            let allowed = Set(goldPairs.map { "\($0.a)|\($0.b)" })
            for statement in graph.statements {
                var disallowed: [String] = []
                for (n, x) in statement.members.enumerated() {
                    for y in statement.members[(n + 1)...] where x.articleID != y.articleID && !allowed.contains(x < y ? "\(x)|\(y)" : "\(y)|\(x)") {
                        disallowed.append("\(x)~\(y)")
                    }
                }
                if !disallowed.isEmpty {
                    say("  statement \(statement.members.map(\.description).joined(separator: " ")): not allowed \(disallowed.joined(separator: " "))")
                }
            }
        }

        // Rounds per sentence, when the gold has them, named as the gold names them (`RoundGoldLabels`).
        if let goldRounds = gold.rounds {
            for (name, analysis) in [("cues alone", cueRounds), ("with the alignment's translations", afterAlignment(graph.links))] {
                let labels = RoundGoldLabels(goldValues: goldRounds.values.flatMap { $0.sentences.flatMap(\.rounds) })
                var right = 0, total = 0
                for (file, entry) in goldRounds.sorted(by: { $0.key < $1.key }) {
                    guard let article = byFile[file] else { continue }
                    for sentence in entry.sentences {
                        guard let found = article.sentences.first(where: { $0.text.contains(sentence.quote) }) else { continue }
                        let ours = labels.labels(of: SentenceRef(articleID: article.id, index: found.index), in: analysis)
                        let expected = Set(sentence.rounds.map(RoundGoldLabels.label(gold:)))
                        total += 1
                        if ours == expected { right += 1 }
                        else if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_VERBOSE"] != nil {
                            say("  round \(article.id)#\(found.index): gold \(expected.sorted()), ours \(ours.sorted()): \(found.text.prefix(70))")
                        }
                    }
                }
                say(String(format: "sentences with the right round(s), %@: %d/%d (%.2f); rounds found: %@", name, right, total,
                           total == 0 ? 1 : Double(right) / Double(total),
                           analysis.rounds.map { "\($0.number) \($0.date?.description ?? "undated") \($0.venueName ?? "?")" }.joined(separator: ", ")))
            }
        }
    }

    /// How many of the reports' content stems (4+ letters) the dictionaries translate into
    /// English, per language. A stem whose only English guess is itself (a name, an
    /// international word, a word no dictionary lists) counts as untranslated, as it does for
    /// the aligner's `translatable`. Verbose: the untranslated stems.
    static func dictionaryCoverage(vocabulary: [LanguageCode: Set<String>], lexicon: AlignmentLexicon, verbose: Bool) -> String {
        let english = SnowballStemmer(language: .english)
        var parts: [String] = [], lists: [String] = []
        for (language, stems) in vocabulary.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where language != .english {
            let table = lexicon.pivot[language] ?? [:]
            let words = stems.filter { $0.count > 3 && $0.allSatisfy(\.isLetter) }
            let missing = words.filter { stem in
                let guesses = table[stem] ?? []
                return guesses.isEmpty || guesses == [TextFolding.fold(english?.stem(stem) ?? stem)]
            }.sorted()
            parts.append(String(format: "%@ %d/%d (%.2f)", language.rawValue, words.count - missing.count, words.count,
                                words.isEmpty ? 1 : Double(words.count - missing.count) / Double(words.count)))
            if verbose { lists.append("  untranslated \(language.rawValue): " + missing.joined(separator: " ")) }
        }
        return (["dictionaries translate content stems: " + parts.joined(separator: ", ")] + lists).joined(separator: "\n")
    }
}
