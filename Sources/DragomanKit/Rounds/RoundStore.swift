import Foundation

/// The rounds stage on a workspace: reads the articles and the entity tables, rebuilds the round
/// tables when the corpus, the entities, the alignment's translations or this code changed, else
/// reads them.
public enum RoundService {
    /// The rounds of the workspace, rebuilding the entity and round tables first when stale.
    /// This is the entry point for the brief stage and `--round N` filters.
    public static func analyze(store: CorpusStore, workspace: Workspace) throws -> RoundAnalysis {
        try EntityIndex.ensureCurrent(store: store, workspace: workspace)
        let translations = try self.translations(store: store, workspace: workspace)
        if try isStale(store: store, translations: translations) { return try rebuild(store: store, translations: translations) }
        return try stored(store: store)
    }

    /// The stored alignment's parallel links, when that alignment is current (aligned from the
    /// whole corpus as it is now): a translation places a sentence its own cues left about no
    /// round (`RoundAnalyzer.placedByTranslations`, which passes over rejected links). None
    /// before `dragoman align` has run, or after the corpus or a decision changed: the rounds
    /// then stand on each report's cues alone, as the aligner's own input always does.
    public static func translations(store: CorpusStore, workspace: Workspace) throws -> [SentenceLink] {
        guard try AlignmentService.isCurrent(store: store, workspace: workspace) else { return [] }
        return try AlignmentService.storedLinks(store: store, kind: .parallel)
    }

    /// What the round tables are built from: the entity tables' fingerprint (itself covering
    /// every article's content and the glossary), the translations and the rounds code version.
    public static func currentFingerprint(store: CorpusStore, translations: [SentenceLink]) throws -> String {
        let entities = try EntityIndex.storedFingerprint(in: store) ?? "none"
        let hashes = try store.database.query("SELECT content_hash FROM articles") { $0.text(0) }.sorted()
        let generation = try store.corpusGeneration()
        let pairs = translations.map { "\($0.a) \($0.b)" }.sorted().joined(separator: " ")
        return SHA256.hex(Array(("rounds v\(RoundAnalyzer.version)\ngeneration \(generation)\n\(entities)\ntranslations \(pairs)\n"
                                 + hashes.joined(separator: "\n")).utf8))
    }

    public static func isStale(store: CorpusStore, workspace: Workspace) throws -> Bool {
        try isStale(store: store, translations: translations(store: store, workspace: workspace))
    }

    static func isStale(store: CorpusStore, translations: [SentenceLink]) throws -> Bool {
        let stored = try store.database.query("SELECT value FROM round_state WHERE key = 'fingerprint'") { $0.text(0) }.first
        return try stored != currentFingerprint(store: store, translations: translations)
    }

    /// Runs the analysis on the stored articles and entity mentions (and the translations)
    /// and replaces the round tables in one transaction.
    @discardableResult
    public static func rebuild(store: CorpusStore, translations: [SentenceLink] = []) throws -> RoundAnalysis {
        let articles = try store.allArticles()
        let mentions = try storedMentions(store: store)
        let places = try EntityIndex.storedEntities(in: store, kind: .place)
        let analysis = RoundAnalyzer.analyze(articles: articles, mentions: mentions, entities: places, translations: translations)
        let fingerprint = try currentFingerprint(store: store, translations: translations)
        let db = store.database
        try db.transaction {
            try deleteStored(in: store)
            for r in analysis.rounds {
                try db.run("INSERT INTO round_rounds (number, date_value, venue_id, venue_name, status, sentence_count) VALUES (?, ?, ?, ?, ?, ?)",
                           [.int(r.number), .optionalText(r.date?.description), .optionalText(r.venueEntityID), .optionalText(r.venueName),
                            .text(r.status.rawValue), .int(r.sentenceCount)])
                for (position, article) in r.articleIDs.enumerated() {
                    try db.run("INSERT INTO round_articles (round_number, article_id, position) VALUES (?, ?, ?)",
                               [.int(r.number), .text(article), .int(position)])
                }
            }
            for a in analysis.assignments {
                try db.run("INSERT INTO round_assignments (article_id, sentence_idx, rounds, evidence) VALUES (?, ?, ?, ?)",
                           [.text(a.sentence.articleID), .int(a.sentence.index), .text(a.rounds.map(String.init).joined(separator: ",")),
                            .text(a.evidence)])
            }
            try db.run("INSERT OR REPLACE INTO round_state (key, value) VALUES ('fingerprint', ?)", [.text(fingerprint)])
        }
        return analysis
    }

    /// Empties the round tables, fingerprint included (so they read as stale). Run inside the
    /// caller's transaction.
    static func deleteStored(in store: CorpusStore) throws {
        try store.database.execute("DELETE FROM round_assignments; DELETE FROM round_articles; DELETE FROM round_rounds; DELETE FROM round_state;")
    }

    /// The stored analysis (empty when the stage has not run).
    public static func stored(store: CorpusStore) throws -> RoundAnalysis {
        let db = store.database
        var articles: [Int: [String]] = [:]
        for (number, article) in try db.query("SELECT round_number, article_id FROM round_articles ORDER BY round_number, position", [], {
            ($0.int(0), $0.text(1)) }) {
            articles[number, default: []].append(article)
        }
        let rounds = try db.query("SELECT number, date_value, venue_id, venue_name, status, sentence_count FROM round_rounds ORDER BY number") { row in
            Round(number: row.int(0), date: row.optionalText(1).flatMap(CalendarDate.init(parsing:)), venueEntityID: row.optionalText(2),
                  venueName: row.optionalText(3), status: Round.Status(rawValue: row.text(4)) ?? .announced,
                  articleIDs: articles[row.int(0)] ?? [], sentenceCount: row.int(5))
        }
        let assignments = try db.query("""
            SELECT r.article_id, r.sentence_idx, r.rounds, r.evidence FROM round_assignments r JOIN articles a ON a.id = r.article_id
            ORDER BY a.file_name, r.sentence_idx
            """) { row in
            RoundAssignment(sentence: SentenceRef(articleID: row.text(0), index: row.int(1)),
                            rounds: row.text(2).split(separator: ",").compactMap { Int($0) }, evidence: row.text(3))
        }
        return RoundAnalysis(rounds: rounds, assignments: assignments)
    }

    /// Every stored entity mention in sentences, with dates, as the entity stage wrote them.
    static func storedMentions(store: CorpusStore) throws -> [EntityMention] {
        try EntityIndex.storedSentenceMentions(in: store)
    }
}
