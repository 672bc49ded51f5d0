import DragomanKit
import Foundation

/// Ingests generated news-sized articles into a fresh workspace through the same path as
/// `dragoman add` (copy into Corpus/, clean, identify, segment, tokenise, stem, one transaction
/// per article) and compares with a baseline in the same process: writing the same files and
/// inserting their raw text into SQLite, with no analysis.
enum IngestBench {
    /// Makes `count` articles by recombining the paragraphs of the seed reports of one language
    /// and varying numbers and names, so that each is different text of news size.
    static func generateArticles(count: Int, from corpus: URL) throws -> [(name: String, text: String)] {
        var byLanguage: [[String]] = []
        for file in try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted(by: { $0.path < $1.path })
        where file.pathExtension == "txt" {
            let paragraphs = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 40 }
            byLanguage.append(paragraphs)
        }
        var random = SplitMix64(seed: 42)
        var articles: [(String, String)] = []
        let weekdays = ["Montag", "Dienstag", "maandag", "dinsdag", "mandag", "tirsdag", "Monday", "Tuesday"]
        for index in 0..<count {
            let source = byLanguage[index % byLanguage.count]
            let length = Int.random(in: 6...12, using: &random)
            var lines: [String] = []
            if index % 3 == 0 { lines.append("date 2025-0\(Int.random(in: 1...9, using: &random))") }
            for _ in 0..<length {
                var paragraph = source.randomElement(using: &random)!
                paragraph = paragraph.replacingOccurrences(of: "10", with: String(Int.random(in: 1...28, using: &random)))
                paragraph += " (\(weekdays.randomElement(using: &random)!) \(index))"
                lines.append(paragraph)
            }
            articles.append(("article-\(String(format: "%05d", index)).txt", lines.joined(separator: "\n\n")))
        }
        return articles
    }

    static func run(count: Int = 10_000) throws -> String {
        let root = BenchSupport.packageRoot
        let articles = try generateArticles(count: count, from: root.appendingPathComponent("Corpus"))
        let averageBytes = articles.reduce(0) { $0 + $1.text.utf8.count } / max(articles.count, 1)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inbox = scratch.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for article in articles { try article.text.write(to: inbox.appendingPathComponent(article.name), atomically: false, encoding: .utf8) }
        let memoryBefore = BenchSupport.peakMemoryMiB()

        // Baseline: copy each file and insert its raw text, one transaction per article.
        let baselineWorkspace = try Workspace.create(at: scratch.appendingPathComponent("baseline"))
        let baselineDatabase = try SQLiteDatabase(path: baselineWorkspace.databasePath)
        try baselineDatabase.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE raw (name TEXT PRIMARY KEY, text TEXT)")
        let (_, baselineSeconds) = try BenchSupport.time {
            for article in articles {
                let data = try Data(contentsOf: inbox.appendingPathComponent(article.name))
                try AtomicFile.write(data, to: baselineWorkspace.corpus.appendingPathComponent(article.name), durable: false)
                try baselineDatabase.transaction {
                    try baselineDatabase.run("INSERT INTO raw VALUES (?, ?)", [.text(article.name), .text(String(decoding: data, as: UTF8.self))])
                }
            }
        }

        // Dragoman: the full `add` path.
        let workspace = try Workspace.create(at: scratch.appendingPathComponent("workspace"))
        let store = try workspace.openStore()
        let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try BenchSupport.languageIdentifier())
        var added = 0, other = 0
        let cpuBefore = BenchSupport.cpuSeconds()
        let (_, seconds) = try BenchSupport.time {
            let outcomes = try ingestor.add(filesAt: articles.map { inbox.appendingPathComponent($0.name).path })
            for outcome in outcomes { if case .added = outcome { added += 1 } else { other += 1 } }
        }
        let cpuAfter = BenchSupport.cpuSeconds()
        let (user, system) = (cpuAfter.user - cpuBefore.user, cpuAfter.system - cpuBefore.system)
        // The analysis alone (read, decode, clean, identify, segment, tokenise, stem) on one core,
        // to show how the time splits between analysis and the store.
        let builder = ArticleBuilder(identifier: try BenchSupport.languageIdentifier())
        let analyzer = SentenceAnalyzer()
        let sample = articles.prefix(2_000)
        let (_, analysisSeconds) = BenchSupport.time {
            for article in sample {
                _ = CorpusIngestor.prepare(fileAt: inbox.appendingPathComponent(article.name).path, options: .init(),
                                           builder: builder, analyzer: analyzer)
            }
        }
        let sentences = try store.database.scalarInt("SELECT count(*) FROM sentences") ?? 0
        let peak = BenchSupport.peakMemoryMiB()
        return """
        Ingest benchmark: \(count) generated articles, \(averageBytes) bytes on average (\(added) added, \(other) not)
          dragoman add path:     \(String(format: "%.2f", seconds)) s  \(String(format: "%.0f", Double(count) / seconds)) articles/s  (\(sentences) sentences)
          CPU for it: \(String(format: "%.2f", user)) s user + \(String(format: "%.2f", system)) s system (kernel: file creation in Corpus/, SQLite I/O) on \(ProcessInfo.processInfo.activeProcessorCount) cores
          analysis only, one core: \(String(format: "%.0f", Double(sample.count) / analysisSeconds)) articles/s
          baseline (copy + raw insert): \(String(format: "%.2f", baselineSeconds)) s  \(String(format: "%.0f", Double(count) / baselineSeconds)) articles/s
          ratio dragoman/baseline time: \(String(format: "%.1f", seconds / baselineSeconds))x
          peak memory: \(String(format: "%.0f", peak)) MiB (\(String(format: "%.0f", memoryBefore)) MiB before ingesting, with the generated texts in memory)
        """
    }
}
