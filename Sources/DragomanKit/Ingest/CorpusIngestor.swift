import Foundation
import Synchronization

/// Adds files to a workspace: copies each into `Corpus/` byte for byte and indexes it in the
/// store in one transaction. A refused file leaves both untouched.
public final class CorpusIngestor {
    public enum Outcome: Sendable, Equatable {
        /// `warnings`: what the user should know about the added file (it looks truncated; its
        /// text is part of an article already in the corpus), one line each.
        case added(id: String, sentences: Int, language: LanguageCode, warnings: [String])
        case alreadyPresent(id: String)
        case refused(DragomanError)
    }

    public let workspace: Workspace
    public let store: CorpusStore
    private let builder: ArticleBuilder
    private let analyzer = SentenceAnalyzer()

    public init(workspace: Workspace, store: CorpusStore, identifier: LanguageIdentifier) {
        self.workspace = workspace
        self.store = store
        self.builder = ArticleBuilder(identifier: identifier)
    }

    /// The article id for a file name: its name without extension, made safe and unique.
    func articleID(for fileName: String) throws -> String {
        let base = Self.baseID(for: fileName)
        var candidate = base, counter = 2
        while try store.articleExists(id: candidate) { candidate = "\(base)-\(counter)"; counter += 1 }
        return candidate
    }

    static func baseID(for fileName: String) -> String {
        let stem = (fileName as NSString).deletingPathExtension
        let base = String(stem.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "-" ? Character(scalar) : "_"
        })
        return base.isEmpty ? "article" : base
    }

    /// A file read, cleaned, identified, segmented and analysed, not yet in the store. Pure work
    /// that touches neither the store nor `Corpus/`, so several can be prepared at once.
    public enum Prepared: Sendable {
        /// `staged`: a hidden copy already written into `Corpus/`, renamed into place by `commit`
        /// (writing copies on the preparing threads keeps file I/O off the committing one).
        case ready(path: String, data: Data, article: Article, rows: [SentenceAnalyzer.IndexRow], staged: URL?, warnings: [String])
        case refused(DragomanError)
    }

    /// Reads and analyses one file. `analyzer` must belong to the calling task.
    public static func prepare(fileAt path: String, options: IngestOptions, builder: ArticleBuilder,
                               analyzer: SentenceAnalyzer, stagingFolder: URL? = nil) -> Prepared {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return .refused(DragomanError("no such file", file: path))
        }
        if isDirectory.boolValue { return .refused(DragomanError("is a directory, not a file", file: path)) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .refused(DragomanError("cannot read the file", file: path))
        }
        do {
            // The id and name are provisional: `commit` makes them unique against the store.
            let article = try builder.build(bytes: [UInt8](data), fileName: url.lastPathComponent,
                                            id: baseID(for: url.lastPathComponent), options: options)
            let rows = article.sentences.map { analyzer.indexRow($0.text, language: article.language) }
            var staged: URL?
            if let stagingFolder, url.deletingLastPathComponent().standardizedFileURL.path != stagingFolder.standardizedFileURL.path {
                let copy = stagingFolder.appendingPathComponent("\(Self.stagingPrefix)\(UUID().uuidString)")
                if AtomicFile.createNew(data, atPath: copy.path) { staged = copy }
            }
            var warnings: [String] = []
            // A page cut off (a broken download, a copy saved mid-load): libxml2 recovers it
            // silently, so the user must hear it here.
            let bytes = [UInt8](data)
            if options.encoding == nil, HTMLExtractor.looksLikeHTML(bytes), let open = HTMLExtractor.truncation(bytes) {
                warnings.append(open.hasPrefix("a ") ? "HTML ends inside \(open) (truncated?)" : "HTML ends inside <\(open)> (truncated?)")
            }
            return .ready(path: path, data: data, article: article, rows: rows, staged: staged, warnings: warnings)
        } catch let error as DragomanError {
            return .refused(DragomanError(error.message, file: path))
        } catch {
            return .refused(DragomanError("\(error)", file: path))
        }
    }

    /// Puts a prepared article into `Corpus/` and the store. Store failures are thrown; the copy
    /// is taken back out so `Corpus/` and the store agree.
    public func commit(_ prepared: Prepared, options: IngestOptions = .init()) throws -> Outcome {
        guard case .ready(let path, let data, var article, let rows, let staged, var warnings) = prepared else {
            if case .refused(let error) = prepared { return .refused(error) }
            fatalError("unreachable")
        }
        var stagedCopy = staged
        defer { if let stagedCopy { try? FileManager.default.removeItem(at: stagedCopy) } }
        if let existing = try store.articleID(forHash: article.contentHash) { return .alreadyPresent(id: existing) }
        if let overlap = try Self.containment(of: article, rows: rows, in: store) { warnings.append(overlap) }
        let url = URL(fileURLWithPath: path)
        let insideCorpus = url.deletingLastPathComponent().standardizedFileURL.path == workspace.corpus.standardizedFileURL.path
        if !insideCorpus { article.fileName = try uniqueCorpusName(url.lastPathComponent, data: data) }
        article.id = try articleID(for: article.fileName)

        let target = workspace.corpus.appendingPathComponent(article.fileName)
        // Not fsynced: atomic rename is what keeps a killed process from leaving half a file; against
        // power loss the copy has the same guarantee as the WAL store (synchronous = NORMAL).
        if !insideCorpus {
            if let staged, rename(staged.path, target.path) == 0 { stagedCopy = nil }
            else { try AtomicFile.write(data, to: target, durable: false) }
        }
        do {
            try store.insert(article, rows: rows)
            if options.language != nil || options.date != nil || options.encoding != nil {
                var overrides = try IngestOverrides.load(from: workspace)
                overrides.entries[article.fileName] = .init(options)
                try overrides.save(to: workspace)
            }
        } catch {
            if !insideCorpus { try? FileManager.default.removeItem(at: target) }
            throw error
        }
        return .added(id: article.id, sentences: article.sentences.count, language: article.language, warnings: warnings)
    }

    /// Adds one file. Errors about the file become `.refused`; store failures are thrown.
    public func add(fileAt path: String, options: IngestOptions = .init()) throws -> Outcome {
        try commit(Self.prepare(fileAt: path, options: options, builder: builder, analyzer: analyzer), options: options)
    }

    /// Adds many files: prepares them in batches on all cores while the previous batch is
    /// committed, in the given order. Each article is all or nothing (a savepoint); a batch
    /// commits as one transaction, because a commit per article cost more than all the analysis.
    /// A process killed mid-batch loses that batch from the store only: its copies in `Corpus/`
    /// are reused by the next `add` and picked up by `reindex`. `report` is called after each file.
    /// `shouldStop` is asked before each file (a Ctrl-C): when it says so, the batch being committed
    /// is rolled back and its copies taken back out of `Corpus/` like a failed one, and
    /// `Interrupted` is thrown; the batches committed before stay.
    public func add(filesAt paths: [String], options: IngestOptions = .init(), shouldStop: () -> Bool = { false },
                    report: (Int, String, Outcome) -> Void = { _, _, _ in }) throws -> [Outcome] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let batchSize = 32 * workers
        removeStaleStagedCopies()
        let batches = stride(from: 0, to: paths.count, by: batchSize).map { Array(paths[$0..<min($0 + batchSize, paths.count)]) }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(paths.count)
        // Two batches are prepared ahead of the one being committed, so the preparing threads
        // never wait for a commit to finish (with one ahead, a core idled whenever preparing
        // ran faster than committing).
        func start(_ number: Int) -> PreparedBatch? {
            number < batches.count ? PreparedBatch.start(batches[number], options: options, builder: builder, workers: workers, stagingFolder: workspace.corpus) : nil
        }
        var ahead = [start(0), start(1)].compactMap { $0 }
        for (number, batch) in batches.enumerated() {
            let prepared = ahead.removeFirst().wait()
            if let started = start(number + 2) { ahead.append(started) }
            var copies: [URL] = []
            do {
                try store.database.transaction {
                    for (offset, item) in prepared.enumerated() {
                        if shouldStop() { throw Interrupted() }
                        let outcome = try commit(item, options: options)
                        if case .added(let id, _, _, _) = outcome, case .ready(let path, _, _, _, _, _) = item,
                           URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path != workspace.corpus.standardizedFileURL.path {
                            copies.append(workspace.corpus.appendingPathComponent(try store.fileName(ofArticle: id)))
                        }
                        outcomes.append(outcome)
                        report(outcomes.count - 1, batch[offset], outcome)
                    }
                }
            } catch {
                // The batch was rolled back: take its copies back out of Corpus/ as well, and the
                // staged copies of its files not reached yet and of the batches prepared ahead.
                for copy in copies { try? FileManager.default.removeItem(at: copy) }
                for case .ready(_, _, _, _, let staged?, _) in prepared + ahead.flatMap({ $0.wait() }) { try? FileManager.default.removeItem(at: staged) }
                throw error
            }
        }
        return outcomes
    }

    static let stagingPrefix = ".staged-"

    /// `add(filesAt:)` stopped on request before its last file.
    public struct Interrupted: Error {}

    /// A warning when the new article's text lies wholly inside an article of the corpus (a
    /// truncated copy, an excerpt) or holds one whole (the full version of a truncated copy),
    /// comparing the sentences' text, so a file cut mid-sentence or mid-word counts. Nil for an
    /// article that is neither. Candidates come from the full-text index (a few four-word
    /// phrases spread over the new text, its first and last word left out as perhaps cut), so
    /// the check costs one index look-up.
    static func containment(of article: Article, rows: [SentenceAnalyzer.IndexRow], in store: CorpusStore) throws -> String? {
        let words = rows.flatMap { $0.folded.split { !$0.isLetter && !$0.isNumber } }
        guard words.count >= 6 else { return nil }
        let inner = Array(words[1..<(words.count - 1)])
        let windows = inner.count <= 4 ? [0] : Array(Set((0..<8).map { $0 * (inner.count - 4) / 7 })).sorted()
        let expression = windows.map { start in "\"" + inner[start..<min(inner.count, start + 4)].joined(separator: " ") + "\"" }
            .joined(separator: " OR ")
        let candidates = try store.database.query("""
            SELECT s.article_id FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid
            WHERE sentence_fts MATCH ? GROUP BY s.article_id ORDER BY min(sentence_fts.rank) LIMIT 8
            """, [.text(expression)]) { $0.text(0) }
        let text = article.sentences.map(\.text).joined(separator: " ")
        for id in candidates where id != article.id {
            let sentences = try store.database.query("SELECT text FROM sentences WHERE article_id = ? ORDER BY idx", [.text(id)]) { $0.text(0) }
            let other = sentences.joined(separator: " ")
            if other.contains(text) {
                return "its text is part of \(id), already in the corpus (a truncated copy or an excerpt?)"
            }
            if text.contains(other) {
                return "it holds the whole text of \(id), already in the corpus (\(id) may be a truncated copy or an excerpt)"
            }
        }
        return nil
    }

    /// Staged copies left by a process killed between preparing and committing (hidden, so no
    /// listing shows them); an hour-old one belongs to no running ingest.
    private func removeStaleStagedCopies() {
        let files = (try? FileManager.default.contentsOfDirectory(at: workspace.corpus, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files where file.lastPathComponent.hasPrefix(Self.stagingPrefix) {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
            if modified.timeIntervalSinceNow < -3600 { try? FileManager.default.removeItem(at: file) }
        }
    }

    /// A batch being prepared on background threads.
    private final class PreparedBatch: @unchecked Sendable {
        // Written by the workers before `group` is left, read after `wait()`: the group orders them.
        private var results: [Prepared?]
        private let group = DispatchGroup()

        private init(count: Int) { results = Array(repeating: nil, count: count) }

        static func start(_ paths: [String], options: IngestOptions, builder: ArticleBuilder, workers: Int,
                          stagingFolder: URL) -> PreparedBatch {
            let batch = PreparedBatch(count: paths.count)
            batch.group.enter()
            DispatchQueue.global().async {
                let prepared = CorpusIngestor.prepareConcurrently(paths, options: options, builder: builder, workers: workers,
                                                                  stagingFolder: stagingFolder)
                batch.results = prepared
                batch.group.leave()
            }
            return batch
        }

        func wait() -> [Prepared] {
            group.wait()
            return results.map { $0! }
        }
    }

    fileprivate static func prepareConcurrently(_ paths: [String], options: IngestOptions, builder: ArticleBuilder,
                                            workers: Int, stagingFolder: URL?) -> [Prepared] {
        let results = Mutex<[Prepared?]>(Array(repeating: nil, count: paths.count))
        // Each worker takes every `workers`-th file and has its own analyzer (stemmers are not
        // thread-safe).
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let analyzer = SentenceAnalyzer()
            for index in stride(from: worker, to: paths.count, by: workers) {
                let item = prepare(fileAt: paths[index], options: options, builder: builder, analyzer: analyzer,
                                   stagingFolder: stagingFolder)
                results.withLock { $0[index] = item }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// A name under `Corpus/` for a new file. A same-named file with the same bytes that the
    /// store does not know is the leftover of an add that was killed before its transaction
    /// committed: it is reused rather than copied a second time.
    private func uniqueCorpusName(_ name: String, data: Data) throws -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = name, counter = 2
        func isTaken(_ candidate: String) throws -> Bool {
            if try store.fileNameExists(candidate) { return true }
            let path = workspace.corpus.appendingPathComponent(candidate).path
            guard FileManager.default.fileExists(atPath: path) else { return false }
            return FileManager.default.contents(atPath: path) != data
        }
        while try isTaken(candidate) {
            candidate = ext.isEmpty ? "\(base)-\(counter)" : "\(base)-\(counter).\(ext)"
            counter += 1
        }
        return candidate
    }

    /// Rebuilds the article tables from `Corpus/`. Overrides given at `add` time (--lang, --date,
    /// --encoding) are kept in `Corpus/.dragoman-overrides.json` so a reindex reproduces them.
    public func reindex(progress: (Int, Int) -> Void = { _, _ in }) throws -> [Outcome] {
        let files = try workspace.corpusFiles()
        let overrides = try IngestOverrides.load(from: workspace).entries.mapValues(\.options)
        try store.database.transaction { try store.deleteAllArticles() }
        var outcomes = [Outcome?](repeating: nil, count: files.count)
        var done = 0
        // Files added with overrides go one by one with their own options; the rest in batches.
        let plain = files.indices.filter { overrides[files[$0].lastPathComponent] == nil }
        let batch = try add(filesAt: plain.map { files[$0].path }, report: { _, _, _ in done += 1; progress(done, files.count) })
        for (index, outcome) in zip(plain, batch) { outcomes[index] = outcome }
        for index in files.indices where outcomes[index] == nil {
            outcomes[index] = try add(fileAt: files[index].path, options: overrides[files[index].lastPathComponent]!)
            done += 1; progress(done, files.count)
        }
        return outcomes.map { $0! }
    }
}

/// The `--lang`, `--date` and `--encoding` a user gave when adding files, kept beside the corpus
/// so that `reindex` rebuilds the same store.
public struct IngestOverrides: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var language: String?
        public var date: String?
        public var encoding: String?
        init(_ options: IngestOptions) {
            language = options.language?.rawValue; date = options.date?.description; encoding = options.encoding?.rawValue
        }
        var options: IngestOptions {
            IngestOptions(language: language.map(LanguageCode.init(rawValue:)), date: date.flatMap(CalendarDate.init(parsing:)),
                          encoding: encoding.flatMap(TextDecoder.Encoding.init(rawValue:)))
        }
    }
    public var entries: [String: Entry] = [:]

    static func url(in workspace: Workspace) -> URL { workspace.corpus.appendingPathComponent(".dragoman-overrides.json") }

    public static func load(from workspace: Workspace) throws -> IngestOverrides {
        let url = url(in: workspace)
        guard let data = FileManager.default.contents(atPath: url.path) else { return IngestOverrides() }
        do { return try JSONDecoder().decode(IngestOverrides.self, from: data) }
        catch { throw DragomanError("the overrides file is not valid JSON", file: url.path) }
    }

    public func save(to workspace: Workspace) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: Self.url(in: workspace))
    }
}
