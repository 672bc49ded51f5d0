import Foundation

/// Adds files to a workspace: copies each into `Corpus/` byte for byte and indexes it in the
/// store in one transaction. A refused file leaves both untouched.
public final class CorpusIngestor {
    public enum Outcome: Sendable, Equatable {
        case added(id: String, sentences: Int, language: LanguageCode)
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
        let stem = (fileName as NSString).deletingPathExtension
        var base = String(stem.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "-" ? Character(scalar) : "_"
        })
        if base.isEmpty { base = "article" }
        var candidate = base, counter = 2
        while try store.articleExists(id: candidate) { candidate = "\(base)-\(counter)"; counter += 1 }
        return candidate
    }

    /// Adds one file. Errors about the file become `.refused`; store failures are thrown.
    public func add(fileAt path: String, options: IngestOptions = .init()) throws -> Outcome {
        let url = URL(fileURLWithPath: path)
        let displayName = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return .refused(DragomanError("no such file", file: displayName))
        }
        if isDirectory.boolValue { return .refused(DragomanError("is a directory, not a file", file: displayName)) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .refused(DragomanError("cannot read the file", file: displayName))
        }
        let bytes = [UInt8](data)
        let insideCorpus = url.deletingLastPathComponent().standardizedFileURL.path == workspace.corpus.standardizedFileURL.path
        var fileName = url.lastPathComponent
        if !insideCorpus { fileName = try uniqueCorpusName(fileName) }

        let article: Article
        do {
            article = try builder.build(bytes: bytes, fileName: fileName, id: try articleID(for: fileName), options: options)
        } catch let error as DragomanError {
            return .refused(DragomanError(error.message, file: displayName))
        }
        if let existing = try store.articleID(forHash: article.contentHash) { return .alreadyPresent(id: existing) }

        let target = workspace.corpus.appendingPathComponent(fileName)
        // Not fsynced: atomic rename is what keeps a killed process from leaving half a file; against
        // power loss the copy has the same guarantee as the WAL store (synchronous = NORMAL).
        if !insideCorpus { try AtomicFile.write(data, to: target, durable: false) }
        do {
            try store.insert(article, analyzer: analyzer)
            if options.language != nil || options.date != nil || options.encoding != nil {
                var overrides = try IngestOverrides.load(from: workspace)
                overrides.entries[fileName] = .init(options)
                try overrides.save(to: workspace)
            }
        } catch {
            // The store refused: take the copy back out so Corpus/ and the store agree.
            if !insideCorpus { try? FileManager.default.removeItem(at: target) }
            throw error
        }
        return .added(id: article.id, sentences: article.sentences.count, language: article.language)
    }

    private func uniqueCorpusName(_ name: String) throws -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = name, counter = 2
        while try FileManager.default.fileExists(atPath: workspace.corpus.appendingPathComponent(candidate).path) || store.fileNameExists(candidate) {
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
        var outcomes: [Outcome] = []
        for (index, file) in files.enumerated() {
            outcomes.append(try add(fileAt: file.path, options: overrides[file.lastPathComponent] ?? .init()))
            progress(index + 1, files.count)
        }
        return outcomes
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
