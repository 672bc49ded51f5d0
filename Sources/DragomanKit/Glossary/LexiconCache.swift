import Foundation

/// A Debian bilingual dictionary the lexicon is built from.
public struct LexiconSource: Sendable, Hashable, Codable {
    public enum Format: String, Sendable, Codable { case ding, dictd }
    public var name: String
    public var format: Format
    /// The file (Ding) or the common stem of `.index`/`.dict.dz` (dictd).
    public var path: String
    /// The dictionary's own direction.
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    /// Store it reversed (Debian has English→Norwegian only; Dragoman wants Norwegian→English).
    public var reversed: Bool

    public init(name: String, format: Format, path: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode, reversed: Bool = false) {
        self.name = name; self.format = format; self.path = path
        self.sourceLanguage = sourceLanguage; self.targetLanguage = targetLanguage; self.reversed = reversed
    }

    /// The pair as stored: (from, to).
    public var storedPair: (LanguageCode, LanguageCode) { reversed ? (targetLanguage, sourceLanguage) : (sourceLanguage, targetLanguage) }

    /// German, Dutch and Norwegian (with Danish as a fallback) to English from the packages
    /// `scripts/setup.sh` installs.
    public static let debian: [LexiconSource] = [
        LexiconSource(name: "trans-de-en", format: .ding, path: "/usr/share/trans/de-en", sourceLanguage: .german, targetLanguage: .english),
        LexiconSource(name: "freedict-nld-eng", format: .dictd, path: "/usr/share/dictd/freedict-nld-eng", sourceLanguage: .dutch, targetLanguage: .english),
        LexiconSource(name: "freedict-eng-nor", format: .dictd, path: "/usr/share/dictd/freedict-eng-nor", sourceLanguage: .english,
                      targetLanguage: .norwegian, reversed: true),
        // Debian has no Norwegian→English dictionary, and the reversed English–Norwegian one is
        // small (15k entries). Danish shares most written forms with Bokmål ("beslutningen",
        // "ambassadør"), so its dictionary is a fallback for nb→en; the glossary still wins.
        LexiconSource(name: "freedict-dan-eng", format: .dictd, path: "/usr/share/dictd/freedict-dan-eng", sourceLanguage: .norwegian,
                      targetLanguage: .english),
    ]

    var fileForStat: String { format == .dictd ? path + ".index" : path }

    /// Parses the dictionary file (reversed when `reversed`).
    public func load() throws -> BilingualLexicon {
        let lexicon: BilingualLexicon
        switch format {
        case .ding: lexicon = try DingDictionary(path: path).lexicon(source: sourceLanguage, target: targetLanguage)
        case .dictd: lexicon = try DictdDictionary(path: path).lexicon(source: sourceLanguage, target: targetLanguage)
        }
        return reversed ? lexicon.reversed() : lexicon
    }
}

/// The bilingual lexicon in the workspace database: the Debian dictionaries are parsed once
/// (`import`) and later runs read the table. A source is imported again only when its file
/// changed (size or modification time) or when forced. Lookups put the glossary first.
public struct LexiconCache {
    public let database: SQLiteDatabase

    public init(store: CorpusStore) { database = store.database }

    public struct SourceReport: Codable, Sendable, Equatable {
        public var name: String
        public var pair: String
        /// imported, cached (already in the store), missing (package not installed).
        public var outcome: String
        public var entries: Int
        public var seconds: Double
    }

    /// Imports the sources that are not in the store yet (or changed). Missing files are
    /// reported, not fatal: the glossary works without a lexicon. The changed sources are parsed
    /// first and stored in one transaction, all or nothing; the look-up indexes are dropped for
    /// the inserts and built once at the end (the Debian import into a new workspace, release
    /// build: 11.4 s with the indexes kept up to date row by row, 9.1 s so).
    @discardableResult
    public func importSources(_ sources: [LexiconSource] = LexiconSource.debian, force: Bool = false) throws -> [SourceReport] {
        var reports: [SourceReport] = []
        var parsed: [(source: LexiconSource, size: Int, mtime: Double, entries: [BilingualLexicon.Entry], parseSeconds: Double)] = []
        for source in sources {
            let (from, to) = source.storedPair
            let pair = "\(from)→\(to)"
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.fileForStat) else {
                reports.append(SourceReport(name: source.name, pair: pair, outcome: "missing (\(source.fileForStat); run scripts/setup.sh)", entries: 0, seconds: 0))
                continue
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let stored = try database.query("SELECT file_size, file_mtime, entry_count FROM lexicon_sources WHERE name = ?", [.text(source.name)]) {
                ($0.int(0), $0.double(1), $0.int(2))
            }.first
            if !force, let stored, stored.0 == size, abs(stored.1 - mtime) < 0.001 {
                reports.append(SourceReport(name: source.name, pair: pair, outcome: "cached", entries: stored.2, seconds: 0))
                continue
            }
            let started = Date()
            let entries = try source.load().entries
            parsed.append((source, size, mtime, entries, Date().timeIntervalSince(started)))
            reports.append(SourceReport(name: source.name, pair: pair, outcome: "imported", entries: 0, seconds: 0))
        }
        guard !parsed.isEmpty else { return reports }
        try database.transaction {
            for index in Self.indexes { try database.execute("DROP INDEX IF EXISTS \(index.name)") }
            for item in parsed {
                let source = item.source, (from, to) = source.storedPair
                let started = Date()
                try database.run("DELETE FROM lexicon_entries WHERE source_name = ?", [.text(source.name)])
                try database.run("DELETE FROM lexicon_sources WHERE name = ?", [.text(source.name)])
                try database.run("""
                    INSERT INTO lexicon_sources (name, source_language, target_language, path, file_size, file_mtime, entry_count, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(source.name), .text(from.rawValue), .text(to.rawValue), .text(source.path), .int(item.size), .real(item.mtime),
                          .int(item.entries.count), .text(ISO8601DateFormatter().string(from: Date()))])
                for entry in item.entries {
                    try database.run("""
                        INSERT INTO lexicon_entries (source_name, source_language, target_language, source, target, weight) VALUES (?, ?, ?, ?, ?, ?)
                        """, [.text(source.name), .text(from.rawValue), .text(to.rawValue), .text(entry.source), .text(entry.target), .real(entry.weight)])
                }
                if let r = reports.firstIndex(where: { $0.name == source.name }) {
                    reports[r].entries = item.entries.count
                    reports[r].seconds = item.parseSeconds + Date().timeIntervalSince(started)
                }
            }
            for index in Self.indexes { try database.execute(index.sql) }
        }
        return reports
    }

    /// The look-up indexes of `lexicon_entries`, as the schema migrations create them.
    static let indexes: [(name: String, sql: String)] = [
        ("lexicon_entries_lookup", "CREATE INDEX lexicon_entries_lookup ON lexicon_entries(source_language, target_language, source)"),
        ("lexicon_entries_reverse", "CREATE INDEX lexicon_entries_reverse ON lexicon_entries(source_language, target_language, target)"),
    ]

    /// Imports the Debian dictionaries when the store has none yet (`beforeImport` runs first,
    /// e.g. to tell the user: the first import takes seconds). The commands that translate
    /// (`align`, `export`) call this, so a new workspace does not silently align on the
    /// glossary alone. Returns the import's reports, or nil when the lexicon was there.
    @discardableResult
    public func ensureImported(_ sources: [LexiconSource] = LexiconSource.debian, beforeImport: () -> Void = {}) throws -> [SourceReport]? {
        guard try sizes().isEmpty else { return nil }
        beforeImport()
        return try importSources(sources)
    }

    /// Entry counts per stored pair ("de→en": 812345).
    public func sizes() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try database.query("""
            SELECT source_language, target_language, sum(entry_count) FROM lexicon_sources GROUP BY source_language, target_language
            """) { ("\($0.text(0))→\($0.text(1))", $0.int(2)) })
    }

    /// The whole cached lexicon of a pair, e.g. for the aligner (reads the table, no parsing).
    public func lexicon(from: LanguageCode, to: LanguageCode) throws -> BilingualLexicon {
        let entries = try database.query("""
            SELECT source, target, weight FROM lexicon_entries WHERE source_language = ? AND target_language = ?
            """, [.text(from.rawValue), .text(to.rawValue)]) { BilingualLexicon.Entry(source: $0.text(0), target: $0.text(1), weight: $0.double(2)) }
        return BilingualLexicon(sourceLanguage: from, targetLanguage: to, entries: entries)
    }

    /// Translations of a folded word or phrase; the reverse direction is searched too (English
    /// → German from de→en), best weight first.
    public func translations(of text: String, from: LanguageCode, to: LanguageCode, limit: Int = 10) throws -> [BilingualLexicon.Translation] {
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces))
        var best: [String: Double] = [:]
        for row in try database.query("""
            SELECT target, weight FROM lexicon_entries WHERE source_language = ? AND target_language = ? AND source = ?
            """, [.text(from.rawValue), .text(to.rawValue), .text(folded)], { ($0.text(0), $0.double(1)) }) {
            best[row.0] = max(best[row.0] ?? 0, row.1)
        }
        for row in try database.query("""
            SELECT source, weight FROM lexicon_entries WHERE source_language = ? AND target_language = ? AND target = ?
            """, [.text(to.rawValue), .text(from.rawValue), .text(folded)], { ($0.text(0), $0.double(1)) }) {
            best[row.0] = max(best[row.0] ?? 0, row.1)
        }
        return best.map { BilingualLexicon.Translation(term: $0.key, weight: $0.value) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            .prefix(limit).map { $0 }
    }

    public struct Lookup: Codable, Sendable, Equatable {
        public enum Origin: String, Codable, Sendable { case glossary, lexicon, none }
        public var text: String
        public var from: LanguageCode
        public var to: LanguageCode
        public var origin: Origin
        public var conceptID: String?
        public var translations: [String]
    }

    /// Glossary first: when the text is (an inflected form of) a glossary term, the concept's
    /// usable target terms (preferred first; never deprecated, superseded or forbidden) are
    /// the answer, whatever the dictionary says; otherwise the lexicon's translations.
    public func lookup(_ text: String, from: LanguageCode, to: LanguageCode, glossary: Glossary, matcher: GlossaryMatcher? = nil) throws -> Lookup {
        let matcher = matcher ?? GlossaryMatcher(glossary: glossary, languages: [from])
        let length = text.unicodeScalars.count
        let trimmedStart = text.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let trimmedEnd = length - text.unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count
        let whole = matcher.topLevelMatches(in: text, language: from)
            .filter { $0.role == .words && $0.span.start == trimmedStart && $0.span.end == trimmedEnd }
            .sorted { ($0.distance, $0.status == .preferred ? 0 : 1) < ($1.distance, $1.status == .preferred ? 0 : 1) }
        for match in whole {
            guard let concept = glossary.concept(id: match.conceptID) else { continue }
            let usable = concept.terms(in: to).filter { $0.status == .preferred || $0.status == .admitted }
            if !usable.isEmpty {
                let ordered = usable.filter { $0.status == .preferred } + usable.filter { $0.status != .preferred }
                return Lookup(text: text, from: from, to: to, origin: .glossary, conceptID: concept.id, translations: ordered.map(\.text))
            }
        }
        let translations = try self.translations(of: text, from: from, to: to)
        return Lookup(text: text, from: from, to: to, origin: translations.isEmpty ? .none : .lexicon, conceptID: nil,
                      translations: translations.map(\.term))
    }
}
