import Foundation

/// The workspace's SQLite database: everything derived from the files in the workspace (cleaned
/// text, sentences, tokens, stems, and the later stages' tables). It can always be rebuilt from
/// the files with `dragoman reindex`. Not Sendable: one connection per task.
public final class CorpusStore {
    public let database: SQLiteDatabase
    /// Made once: creating a date formatter per article was a measurable share of ingest time.
    private let timestampFormatter = ISO8601DateFormatter()

    public init(path: String) throws {
        database = try SQLiteDatabase(path: path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        try migrate()
    }

    /// Migrations run per component, e.g. ["corpus": 1, "glossary": 2].
    public func schemaVersions() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try database.query("SELECT component, version FROM schema_versions") { ($0.text(0), $0.int(1)) })
    }

    private func migrate() throws {
        try database.execute("CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)")
        let versions = try schemaVersions()
        for component in StoreSchema.components {
            let current = versions[component.name] ?? 0
            guard current <= component.migrations.count else {
                throw DragomanError("the database was made by a newer Dragoman (\(component.name) schema \(current)); delete it and run dragoman reindex", file: database.path)
            }
            for (offset, migration) in component.migrations.enumerated().dropFirst(current) {
                try database.transaction {
                    try database.execute(migration)
                    try database.run("INSERT OR REPLACE INTO schema_versions (component, version) VALUES (?, ?)",
                                     [.text(component.name), .int(offset + 1)])
                }
            }
        }
    }

    // MARK: - Articles

    /// Changes whenever an article row is inserted or deleted (see the corpus migrations). Stages
    /// put it in their freshness fingerprints.
    public func corpusGeneration() throws -> Int {
        try database.scalarInt("SELECT value FROM corpus_state WHERE key = 'generation'") ?? 0
    }

    /// The id of the article with this content hash, if the corpus has it.
    public func articleID(forHash hash: String) throws -> String? {
        try database.query("SELECT id FROM articles WHERE content_hash = ?", [.text(hash)]) { $0.text(0) }.first
    }

    public func articleExists(id: String) throws -> Bool {
        try database.scalarInt("SELECT count(*) FROM articles WHERE id = ?", [.text(id)]) ?? 0 > 0
    }

    public func fileName(ofArticle id: String) throws -> String {
        guard let name = try database.query("SELECT file_name FROM articles WHERE id = ?", [.text(id)], { $0.text(0) }).first else {
            throw DragomanError("no article \(id) in the corpus")
        }
        return name
    }

    public func fileNameExists(_ name: String) throws -> Bool {
        try database.scalarInt("SELECT count(*) FROM articles WHERE file_name = ?", [.text(name)]) ?? 0 > 0
    }

    /// Inserts an article with its sentences, tokens and stems in one transaction.
    public func insert(_ article: Article, analyzer: SentenceAnalyzer) throws {
        try insert(article, rows: article.sentences.map { analyzer.indexRow($0.text, language: article.language) })
    }

    /// Inserts an article whose sentences were analysed already (`rows[i]` is sentence i).
    public func insert(_ article: Article, rows: [SentenceAnalyzer.IndexRow]) throws {
        precondition(rows.count == article.sentences.count, "one row per sentence")
        try database.transaction { try insertWithoutTransaction(article, rows: rows) }
    }

    private func insertWithoutTransaction(_ article: Article, rows: [SentenceAnalyzer.IndexRow]) throws {
        let now = timestampFormatter.string(from: Date())
        try database.run("""
            INSERT INTO articles (id, file_name, language, publication_date, title, title_start, title_end, text, content_hash, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(article.id), .text(article.fileName), .text(article.language.rawValue),
                  .optionalText(article.publicationDate?.description), .optionalText(article.title),
                  .optionalInt(article.titleSpan?.start), .optionalInt(article.titleSpan?.end),
                  .text(article.text), .text(article.contentHash), .text(now)])
        for (sentence, row) in zip(article.sentences, rows) {
            try database.run("""
                INSERT INTO sentences (article_id, idx, text, start, end, paragraph, role, tokens, stems)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(article.id), .int(sentence.index), .text(sentence.text), .int(sentence.span.start),
                      .int(sentence.span.end), .int(sentence.paragraph), .text(sentence.role.rawValue),
                      .text(row.words), .text(row.stems)])
            let rowID = database.lastInsertRowID
            try database.run("INSERT INTO sentence_fts (rowid, body) VALUES (?, ?)",
                             [.integer(rowID), .text(row.folded)])
        }
        for (index, span) in article.removed.enumerated() {
            try database.run("INSERT INTO removed_spans (article_id, idx, kind, reason, text, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [.text(article.id), .int(index), .text(span.kind.rawValue), .text(span.reason),
                              .text(span.text), .int(span.span.start), .int(span.span.end)])
        }
    }

    public func deleteArticle(id: String) throws {
        try database.run("DELETE FROM articles WHERE id = ?", [.text(id)])
    }

    public func deleteAllArticles() throws {
        try database.execute("DELETE FROM articles; DELETE FROM sentence_fts;")
    }

    public struct ArticleSummary: Codable, Sendable, Equatable {
        public var id: String
        public var fileName: String
        public var language: LanguageCode
        public var publicationDate: String?
        public var title: String?
        public var sentenceCount: Int
    }

    public func articleSummaries() throws -> [ArticleSummary] {
        try database.query("""
            SELECT a.id, a.file_name, a.language, a.publication_date, a.title,
                   (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)
            FROM articles a ORDER BY a.file_name
            """) { row in
            ArticleSummary(id: row.text(0), fileName: row.text(1), language: LanguageCode(row.text(2)),
                           publicationDate: row.optionalText(3), title: row.optionalText(4), sentenceCount: row.int(5))
        }
    }

    public func articleIDs() throws -> [String] {
        try database.query("SELECT id FROM articles ORDER BY file_name") { $0.text(0) }
    }

    /// Resolves a user's article reference: an exact id, a file name, or a unique id prefix.
    public func resolveArticleID(_ reference: String) throws -> String {
        if try articleExists(id: reference) { return reference }
        if let byName = try database.query("SELECT id FROM articles WHERE file_name = ?", [.text(reference)], { $0.text(0) }).first {
            return byName
        }
        let matches = try database.query("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                                         [.text(reference.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%")]) { $0.text(0) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw DragomanError("no article \(reference) in the corpus (dragoman list shows the ids)") }
        throw DragomanError("\(reference) matches several articles: \(matches.prefix(5).joined(separator: ", "))")
    }

    public func article(id: String) throws -> Article {
        guard let article = try database.query("""
            SELECT id, file_name, language, publication_date, title, title_start, title_end, text, content_hash
            FROM articles WHERE id = ?
            """, [.text(id)], { row -> Article in
                let titleSpan: TextSpan? = row.isNull(5) ? nil : TextSpan(start: row.int(5), end: row.int(6))
                return Article(id: row.text(0), fileName: row.text(1), language: LanguageCode(row.text(2)),
                               publicationDate: row.optionalText(3).flatMap(CalendarDate.init(parsing:)),
                               title: row.optionalText(4), titleSpan: titleSpan, text: row.text(7),
                               sentences: [], removed: [], contentHash: row.text(8))
            }).first
        else { throw DragomanError("no article \(id) in the corpus") }
        var result = article
        result.sentences = try database.query("""
            SELECT idx, text, start, end, paragraph, role FROM sentences WHERE article_id = ? ORDER BY idx
            """, [.text(id)]) { row in
            Sentence(index: row.int(0), text: row.text(1), span: TextSpan(start: row.int(2), end: row.int(3)),
                     paragraph: row.int(4), role: SentenceRole(rawValue: row.text(5)) ?? .body)
        }
        result.removed = try database.query("""
            SELECT kind, reason, text, start, end FROM removed_spans WHERE article_id = ? ORDER BY idx
            """, [.text(id)]) { row in
            RemovedSpan(text: row.text(2), span: TextSpan(start: row.int(3), end: row.int(4)),
                        kind: RemovedSpan.Kind(rawValue: row.text(0)) ?? .pageChrome, reason: row.text(1))
        }
        return result
    }

    public func allArticles() throws -> [Article] {
        try articleIDs().map { try article(id: $0) }
    }
}
