import Foundation

/// Where glossary files are written. The seam exists so tests can make a write fail at the worst
/// moment; production code uses `AtomicGlossaryFileWriter`.
public protocol GlossaryFileWriting: Sendable {
    func write(_ data: Data, to url: URL) throws
}

/// Temporary file in the same folder, flushed, renamed over the target: a reader (or a crash)
/// sees the old file or the new one, never a mix.
public struct AtomicGlossaryFileWriter: GlossaryFileWriting {
    public init() {}
    public func write(_ data: Data, to url: URL) throws { try AtomicFile.write(data, to: url) }
}

/// One TBX file of the workspace's `Glossary/` folder as read.
public struct GlossaryFile: Sendable, Hashable {
    public var name: String
    public var url: URL
    public var glossary: Glossary
    /// SHA-256 of the bytes read (or last written): the store reloads a file whose hash changed,
    /// and an edit refuses to overwrite a file that changed on disk since it was read.
    public var sha256: String
    public var warnings: [String]
}

/// The workspace glossary: every `Glossary/*.tbx` file, in file-name order. The files are the
/// truth; every edit writes the file that holds the concept (atomically, validated first) and
/// only then changes the value. A value type: a failed write leaves both the file and the value
/// as they were.
public struct GlossaryRepository: Sendable {
    public let folder: URL
    public private(set) var files: [GlossaryFile]
    public var writer: any GlossaryFileWriting
    /// Where new concepts go when the folder has no TBX file yet.
    public static let defaultFileName = "glossary.tbx"

    public init(folder: URL, writer: any GlossaryFileWriting = AtomicGlossaryFileWriter()) throws {
        self.folder = folder
        self.writer = writer
        var files: [GlossaryFile] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.lowercased().hasSuffix(".tbx") && !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DragomanError("cannot read the glossary file", file: url.path)
            }
            let result = try TBXReader.read(data: data, file: url.path)
            files.append(GlossaryFile(name: name, url: url, glossary: result.glossary, sha256: SHA256.hex(data), warnings: result.warnings))
        }
        self.files = files
    }

    public init(workspace: Workspace, writer: any GlossaryFileWriting = AtomicGlossaryFileWriter()) throws {
        try self.init(folder: workspace.glossary, writer: writer)
    }

    /// All concepts of all files, in file order then concept order; the first file's header.
    public var glossary: Glossary {
        var merged = files.first?.glossary ?? Glossary(title: "Dragoman glossary")
        merged.concepts = files.flatMap(\.glossary.concepts)
        return merged
    }

    public func location(of id: String) -> (file: Int, index: Int)? {
        for (f, file) in files.enumerated() {
            if let index = file.glossary.concepts.firstIndex(where: { $0.id == id }) { return (f, index) }
        }
        return nil
    }

    public func concept(id: String) -> Concept? { location(of: id).map { files[$0.file].glossary.concepts[$0.index] } }

    /// The one place of a concept an edit may change. An id two files define is refused: an
    /// edit of the first would leave the second saying otherwise, and which one the workbench
    /// reads would depend on file names.
    func editableLocation(of id: String) throws -> (file: Int, index: Int) {
        guard let found = location(of: id) else { throw DragomanError("no concept \(id) in the glossary") }
        let holders = files.filter { $0.glossary.concepts.contains { $0.id == id } }.map(\.name)
        guard holders.count == 1 else {
            throw DragomanError("\(id) is defined in \(holders.joined(separator: " and ")); keep it in one file (dragoman glossary check lists every duplicate)")
        }
        return found
    }

    // MARK: - Edits

    /// Adds a concept to `fileName` (default: the first file, or `glossary.tbx` in an empty folder).
    public mutating func add(_ concept: Concept, toFile fileName: String? = nil) throws {
        let concept = GlossaryRules.normalized(concept)
        if concept.id.isEmpty { throw DragomanError("a concept needs an id or an English term to make one from") }
        if self.concept(id: concept.id) != nil {
            throw DragomanError("concept \(concept.id) exists already; use dragoman glossary edit \(concept.id)")
        }
        let problems = GlossaryRules.problems(in: concept)
        if let first = problems.first { throw DragomanError("refused: \(first)") }
        let target = try fileIndex(named: fileName)
        var updated = target < files.count ? files[target].glossary : Glossary(title: "Dragoman glossary")
        updated.concepts.append(concept)
        try save(updated, at: target, name: fileName)
    }

    /// Applies edits to one concept; all of them or none.
    @discardableResult
    public mutating func edit(id: String, _ edits: [ConceptEdit]) throws -> Concept {
        let (f, index) = try editableLocation(of: id)
        let before = files[f].glossary.concepts[index]
        var after = before
        for edit in edits { after = try edit.apply(to: after) }
        // Only problems the edit introduces are refused: an old flaw elsewhere in the concept
        // must not block fixing it.
        let old = Set(GlossaryRules.problems(in: before))
        if let problem = GlossaryRules.problems(in: after).first(where: { !old.contains($0) }) {
            throw DragomanError("refused: \(problem)")
        }
        for target in after.related where !before.related.contains(target) && target != id && concept(id: target) == nil {
            throw DragomanError("refused: no concept \(target) in the glossary to relate \(id) to")
        }
        if after == before { return after }
        var updated = files[f].glossary
        updated.concepts[index] = after
        try save(updated, at: f, name: nil)
        return after
    }

    @discardableResult
    public mutating func remove(id: String) throws -> Concept {
        let (f, index) = try editableLocation(of: id)
        // A relation to a removed concept would dangle; the user decides what replaces it.
        let referrers = files.flatMap(\.glossary.concepts).filter { $0.id != id && $0.related.contains(id) }.map(\.id)
        if !referrers.isEmpty {
            throw DragomanError("refused: \(referrers.joined(separator: ", ")) relate(s) to \(id); "
                                + "remove that first (dragoman glossary edit \(referrers[0]) --unrelate \(id))")
        }
        var updated = files[f].glossary
        let removed = updated.concepts.remove(at: index)
        try save(updated, at: f, name: nil)
        return removed
    }

    /// Merges an imported glossary into one file (default: the first) and reports what changed.
    public mutating func merge(_ imported: Glossary, intoFile fileName: String? = nil) throws -> GlossaryMergeReport {
        // Concepts of other files are matched too, so an import never duplicates an id that
        // lives in another file.
        let target = try fileIndex(named: fileName)
        let base = target < files.count ? files[target].glossary : Glossary(title: "Dragoman glossary")
        let others = files.enumerated().filter { $0.offset != target }.flatMap(\.element.glossary.concepts)
        var combined = base
        combined.concepts = others + base.concepts
        let (merged, report) = GlossaryMerge.merge(imported, into: combined)
        // Concepts of other files that the import extended are written back to their files.
        var updatedOthers: [Int: Glossary] = [:]
        var result = base
        let otherIDs = Set(others.map(\.id))
        result.concepts = merged.concepts.filter { !otherIDs.contains($0.id) }
        for concept in merged.concepts where otherIDs.contains(concept.id) && report.extended[concept.id] != nil {
            guard let (f, index) = location(of: concept.id) else { continue }
            var glossary = updatedOthers[f] ?? files[f].glossary
            glossary.concepts[index] = concept
            updatedOthers[f] = glossary
        }
        if !report.added.isEmpty || report.extended.keys.contains(where: { !otherIDs.contains($0) }) {
            try save(result, at: target, name: fileName)
        }
        for (f, glossary) in updatedOthers.sorted(by: { $0.key < $1.key }) { try save(glossary, at: f, name: nil) }
        return report
    }

    private func fileIndex(named name: String?) throws -> Int {
        guard let name else { return 0 }  // the first file, or a new default file in an empty folder
        guard name.lowercased().hasSuffix(".tbx"), !name.contains("/"), !name.hasPrefix(".") else {
            throw DragomanError("glossary file names end in .tbx and have no folder (got \(name))")
        }
        if let index = files.firstIndex(where: { $0.name == name }) { return index }
        return files.count  // a new file, appended on save
    }

    /// Writes the file first (refusing when it changed on disk since it was read), then updates
    /// the value. A failed write throws before anything in `self` changes.
    private mutating func save(_ glossary: Glossary, at index: Int, name: String?) throws {
        let isNew = index >= files.count
        let fileName = isNew ? (name ?? Self.defaultFileName) : files[index].name
        let url = folder.appendingPathComponent(fileName)
        if !isNew {
            let current = FileManager.default.contents(atPath: url.path).map(SHA256.hex)
            guard current == files[index].sha256 else {
                throw DragomanError("the file changed on disk since it was read; nothing was written, run the command again", file: url.path)
            }
        } else if FileManager.default.fileExists(atPath: url.path) {
            throw DragomanError("the file appeared on disk since the glossary was read; run the command again", file: url.path)
        }
        let data = try TBXWriter.data(glossary)
        do {
            try writer.write(data, to: url)
        } catch let error as DragomanError {
            throw DragomanError("the glossary was not changed: \(error.message)", file: error.file ?? url.path)
        } catch {
            throw DragomanError("the glossary was not changed: \(error.localizedDescription)", file: url.path)
        }
        let file = GlossaryFile(name: fileName, url: url, glossary: glossary, sha256: SHA256.hex(data), warnings: [])
        if isNew { files.append(file) } else { files[index] = file }
    }
}

/// The glossary tables of the workspace database: a cache of the TBX files, reloaded per file
/// when its hash changes, queried by the other stages (search, checks). Not Sendable, like the
/// connection it uses.
public struct GlossaryStore {
    public let database: SQLiteDatabase

    public init(store: CorpusStore) { database = store.database }

    /// Reloads the files that are new or changed and drops the rows of files that are gone.
    /// Returns the names of the files (re)loaded. Each file is one transaction.
    @discardableResult
    public func sync(_ repository: GlossaryRepository) throws -> [String] {
        let known = Dictionary(uniqueKeysWithValues: try database.query("SELECT name, sha256 FROM glossary_files") { ($0.text(0), $0.text(1)) })
        var reloaded: [String] = []
        try database.transaction {
            for gone in Set(known.keys).subtracting(repository.files.map(\.name)).sorted() {
                try deleteFile(gone)
            }
        }
        for file in repository.files where known[file.name] != file.sha256 {
            try database.transaction {
                try deleteFile(file.name)
                try insert(file)
            }
            reloaded.append(file.name)
        }
        return reloaded
    }

    private func deleteFile(_ name: String) throws {
        try database.run("DELETE FROM glossary_terms WHERE concept_id IN (SELECT id FROM glossary_concepts WHERE file = ?)", [.text(name)])
        try database.run("DELETE FROM glossary_concepts WHERE file = ?", [.text(name)])
        try database.run("DELETE FROM glossary_files WHERE name = ?", [.text(name)])
    }

    private func insert(_ file: GlossaryFile) throws {
        try database.run("INSERT INTO glossary_files (name, sha256, concept_count, loaded_at) VALUES (?, ?, ?, ?)",
                         [.text(file.name), .text(file.sha256), .int(file.glossary.concepts.count), .text(ISO8601DateFormatter().string(from: Date()))])
        for (position, concept) in file.glossary.concepts.enumerated() {
            // An id used in an earlier file wins, as in `GlossaryRepository.location(of:)`;
            // the checker reports the duplicate.
            let exists = try database.scalarInt("SELECT count(*) FROM glossary_concepts WHERE id = ?", [.text(concept.id)]) ?? 0
            if exists > 0 { continue }
            try database.run("""
                INSERT INTO glossary_concepts (id, file, position, subject_field, kind, definition, note) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(concept.id), .text(file.name), .int(position), .text(concept.subjectField), .text(concept.kind.rawValue),
                      .optionalText(concept.definition), .optionalText(concept.note)])
            for (index, term) in concept.terms.enumerated() {
                try database.run("""
                    INSERT INTO glossary_terms (concept_id, idx, language, text, folded, part_of_speech, gender, term_type, status, context, note, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(concept.id), .int(index), .text(term.language.rawValue), .text(term.text), .text(TextFolding.fold(term.text)),
                          .optionalText(term.partOfSpeech), .optionalText(term.grammaticalGender), .optionalText(term.termType),
                          .text(term.status.rawValue), .optionalText(term.context), .optionalText(term.note), .optionalText(term.source)])
            }
        }
    }

    public struct SearchHit: Codable, Sendable, Equatable {
        public var conceptID: String
        public var language: LanguageCode
        public var term: String
        public var status: Term.Status
        public var kind: Concept.Kind
    }

    /// Terms containing the folded text in any language (or one), exact matches first, then
    /// prefix matches, then the rest; definitions and notes are searched too.
    public func search(_ text: String, language: LanguageCode? = nil, limit: Int = 100) throws -> [SearchHit] {
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces))
        guard !folded.isEmpty else { return [] }
        let pattern = "%" + folded.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        return try database.query("""
            SELECT t.concept_id, t.language, t.text, t.status, c.kind,
                   CASE WHEN t.folded = ?1 THEN 0 WHEN t.folded LIKE ?1 || '%' ESCAPE '\\' THEN 1 WHEN t.folded LIKE ?2 ESCAPE '\\' THEN 2 ELSE 3 END AS rank
            FROM glossary_terms t JOIN glossary_concepts c ON c.id = t.concept_id
            WHERE (t.folded LIKE ?2 ESCAPE '\\' OR lower(coalesce(c.definition, '')) LIKE ?2 ESCAPE '\\' OR lower(coalesce(c.note, '')) LIKE ?2 ESCAPE '\\')
              AND (?3 IS NULL OR t.language = ?3)
            ORDER BY rank, c.file, c.position, t.idx LIMIT ?4
            """, [.text(folded), .text(pattern), .optionalText(language?.rawValue), .int(limit)]) { row in
            SearchHit(conceptID: row.text(0), language: LanguageCode(row.text(1)), term: row.text(2),
                      status: Term.Status(rawValue: row.text(3)) ?? .admitted, kind: Concept.Kind(rawValue: row.text(4)) ?? .term)
        }
    }

    /// Concept and term counts, for `glossary list` footers and the report.
    public func termCounts() throws -> [LanguageCode: Int] {
        Dictionary(uniqueKeysWithValues: try database.query("SELECT language, count(*) FROM glossary_terms GROUP BY language") {
            (LanguageCode($0.text(0)), $0.int(1))
        })
    }

    public func conceptCount() throws -> Int { try database.scalarInt("SELECT count(*) FROM glossary_concepts") ?? 0 }
}

/// A workspace's glossary: the files and the store kept together. Every edit writes the file
/// first (atomically) and then brings the store in line; if the store update fails, the next
/// open reloads the file because its hash differs, so the file is always the truth.
public struct GlossaryWorkspace {
    public let workspace: Workspace
    public private(set) var repository: GlossaryRepository
    public let store: GlossaryStore
    public let corpus: CorpusStore

    public init(workspace: Workspace, writer: any GlossaryFileWriting = AtomicGlossaryFileWriter()) throws {
        self.workspace = workspace
        repository = try GlossaryRepository(workspace: workspace, writer: writer)
        corpus = try workspace.openStore()
        store = GlossaryStore(store: corpus)
        try store.sync(repository)
    }

    public var glossary: Glossary { repository.glossary }

    public mutating func add(_ concept: Concept, toFile file: String? = nil) throws {
        try repository.add(concept, toFile: file)
        try store.sync(repository)
    }

    @discardableResult
    public mutating func edit(id: String, _ edits: [ConceptEdit]) throws -> Concept {
        let concept = try repository.edit(id: id, edits)
        try store.sync(repository)
        return concept
    }

    @discardableResult
    public mutating func remove(id: String) throws -> Concept {
        let concept = try repository.remove(id: id)
        try store.sync(repository)
        return concept
    }

    public mutating func merge(_ imported: Glossary, intoFile file: String? = nil) throws -> GlossaryMergeReport {
        let report = try repository.merge(imported, intoFile: file)
        try store.sync(repository)
        return report
    }

    /// Reads a TBX or CSV file for import (by extension, else by content). A concept id the file
    /// defines twice is refused: merging the two silently would pick one definition for the user.
    /// Terms in languages Dragoman does not read are left out, with a warning naming them, as
    /// `glossary add` refuses them: a partner's termbase often carries French or Russian too.
    public static func readImport(url: URL) throws -> (Glossary, [String]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw DragomanError("cannot read the file", file: url.path) }
        let ext = url.pathExtension.lowercased()
        let text = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var (glossary, warnings): (Glossary, [String])
        if ext == "tbx" || ext == "xml" || (ext != "csv" && text.hasPrefix("<")) {
            let result = try TBXReader.read(data: data, file: url.path)
            (glossary, warnings) = (result.glossary, result.warnings)
        } else {
            guard let string = String(data: data, encoding: .utf8) else { throw DragomanError("not UTF-8 text", file: url.path) }
            do { (glossary, warnings) = try GlossaryCSV.read(string) } catch let error as DragomanError { throw DragomanError(error.message, file: url.path) }
        }
        var seen: Set<String> = []
        if let twice = glossary.concepts.first(where: { !$0.id.isEmpty && !seen.insert($0.id).inserted }) {
            throw DragomanError("concept id \(twice.id) is defined twice; nothing was imported", file: url.path)
        }
        var unread: [LanguageCode: Int] = [:]
        for index in glossary.concepts.indices {
            for term in glossary.concepts[index].terms where !term.language.isSupported { unread[term.language, default: 0] += 1 }
            glossary.concepts[index].terms.removeAll { !$0.language.isSupported }
        }
        if !unread.isEmpty {
            let counts = unread.keys.sorted().map { "\(unread[$0]!) in \($0.rawValue)" }.joined(separator: ", ")
            warnings.append("left out \(counts): Dragoman works in \(LanguageCode.supported.map(\.rawValue).joined(separator: ", "))")
            let emptied = glossary.concepts.filter(\.terms.isEmpty).map(\.id)
            if !emptied.isEmpty { warnings.append("left out \(emptied.joined(separator: ", ")): no term in those languages") }
            glossary.concepts.removeAll(where: \.terms.isEmpty)
        }
        return (glossary, warnings)
    }
}

extension Glossary {
    /// Every `Glossary/*.tbx` of a workspace, merged, and a digest of their names and bytes. The
    /// entity, round and brief stages key their freshness on this digest, so they must all load
    /// the glossary here.
    public static func loadMerged(from folder: URL) throws -> (glossary: Glossary, digest: String) {
        var concepts: [Concept] = []
        var bytes: [UInt8] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.lowercased().hasSuffix(".tbx") }.sorted()
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw DragomanError("cannot read the glossary file", file: url.path) }
            concepts += try TBXReader.read(data: data, file: url.path).glossary.concepts
            bytes += Array(name.utf8) + Array(data)
        }
        return (Glossary(concepts: concepts), SHA256.hex(bytes))
    }
}
