import Foundation

/// Persistence of the entity stage in the corpus store.
extension EntityIndex {
    /// The fingerprint the tables are built from: code version, every article's content hash,
    /// the glossary's bytes and the aligned pairs used as context.
    public static func fingerprint(articleHashes: [String], glossaryDigest: String, aligned: [AlignedSentencePair] = []) -> String {
        var text = "entities v\(version)\n" + articleHashes.sorted().joined(separator: "\n") + "\nglossary " + glossaryDigest
        for pair in aligned { text += "\n\(pair.a.articleID)#\(pair.a.index)=\(pair.b.articleID)#\(pair.b.index)" }
        return SHA256.hex(Array(text.utf8))
    }

    public static func storedFingerprint(in store: CorpusStore) throws -> String? {
        try store.database.query("SELECT value FROM entity_state WHERE key = 'fingerprint'") { $0.text(0) }.first
    }

    public static func currentFingerprint(store: CorpusStore, glossaryDigest: String, aligned: [AlignedSentencePair] = []) throws -> String {
        let hashes = try store.database.query("SELECT content_hash FROM articles") { $0.text(0) }
        return fingerprint(articleHashes: hashes + ["generation \(try store.corpusGeneration())"], glossaryDigest: glossaryDigest, aligned: aligned)
    }

    /// True when the stored tables were built from another corpus, glossary or code version.
    public static func isStale(store: CorpusStore, glossaryDigest: String, aligned: [AlignedSentencePair] = []) throws -> Bool {
        try storedFingerprint(in: store) != currentFingerprint(store: store, glossaryDigest: glossaryDigest, aligned: aligned)
    }

    /// Brings the entity tables up to date with the corpus and the workspace's glossary: rebuilds
    /// them when stale (calling `beforeRebuild` first, e.g. to tell the user), else leaves them.
    /// Every stage or command that reads the tables goes through here, so what it sees does not
    /// depend on which command ran before. Returns the glossary it loaded.
    @discardableResult
    public static func ensureCurrent(store: CorpusStore, workspace: Workspace, beforeRebuild: () -> Void = {}) throws -> Glossary {
        let (glossary, digest) = try Glossary.loadMerged(from: workspace.glossary)
        if try isStale(store: store, glossaryDigest: digest) {
            beforeRebuild()
            let recognizer = EntityRecognizer(glossary: glossary, spotter: GlossaryTermSpotter(glossary: glossary), wordLists: .system())
            try rebuild(store: store, recognizer: recognizer, glossaryDigest: digest)
        }
        return glossary
    }

    /// Recognises and links the whole corpus and replaces the entity tables in one transaction.
    @discardableResult
    public static func rebuild(store: CorpusStore, recognizer: EntityRecognizer, glossaryDigest: String,
                               aligned: [AlignedSentencePair] = []) throws -> Result {
        let articles = try store.allArticles()
        let result = build(articles: articles, recognizer: recognizer, aligned: aligned)
        // The same fingerprint `isStale` compares with (it counts the corpus generation too), or
        // the tables would be stale again the moment they were rebuilt.
        let fingerprint = try currentFingerprint(store: store, glossaryDigest: glossaryDigest, aligned: aligned)
        let db = store.database
        try db.transaction {
            try deleteStored(in: store)
            for entity in result.entities {
                try db.run("INSERT INTO entity_entities (id, kind, display_name, concept_id, date_value, mention_count) VALUES (?, ?, ?, ?, ?, ?)",
                           [.text(entity.id), .text(entity.kind.rawValue), .text(entity.displayName), .optionalText(entity.conceptID),
                            .optionalText(entity.date?.description), .int(entity.mentionCount)])
                for (language, spellings) in entity.spellings {
                    for (rank, spelling) in spellings.enumerated() {
                        try db.run("INSERT INTO entity_spellings (entity_id, language, spelling, rank) VALUES (?, ?, ?, ?)",
                                   [.text(entity.id), .text(language.rawValue), .text(spelling), .int(rank)])
                    }
                }
            }
            for m in result.mentions {
                try db.run("""
                    INSERT INTO entity_mentions (article_id, sentence_idx, start, end, text, kind, nested, in_compound, entity_id,
                                                 confidence, evidence, date_value, date_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(m.articleID), .int(m.sentenceIndex), .int(m.span.start), .int(m.span.end), .text(m.text), .text(m.kind.rawValue),
                          .int(m.nested ? 1 : 0), .int(m.inCompound ? 1 : 0), .text(m.entityID), .real(m.linkConfidence),
                          .text(m.evidence.rawValue), .optionalText(m.date?.value?.description), .optionalText(m.date?.kind.rawValue)])
            }
            for p in result.proposals {
                try db.run("INSERT OR REPLACE INTO entity_proposals (spelling, language, concept_id, confidence, evidence) VALUES (?, ?, ?, ?, ?)",
                           [.text(p.spelling), .text(p.language.rawValue), .text(p.conceptID), .real(p.confidence), .text(p.evidence.rawValue)])
            }
            try db.run("INSERT OR REPLACE INTO entity_state (key, value) VALUES ('fingerprint', ?)", [.text(fingerprint)])
        }
        return result
    }

    /// Empties the entity tables, fingerprint included (so they read as stale). Run inside the
    /// caller's transaction.
    static func deleteStored(in store: CorpusStore) throws {
        try store.database.execute("""
            DELETE FROM entity_mentions; DELETE FROM entity_spellings; DELETE FROM entity_entities; DELETE FROM entity_proposals;
            DELETE FROM entity_state;
            """)
    }

    /// The stored entities, optionally of one kind, with spellings and articles.
    public static func storedEntities(in store: CorpusStore, kind: EntityKind? = nil) throws -> [CanonicalEntity] {
        let db = store.database
        var entities = try db.query("""
            SELECT id, kind, display_name, concept_id, date_value, mention_count FROM entity_entities
            WHERE ?1 IS NULL OR kind = ?1
            """, [.optionalText(kind?.rawValue)]) { row in
            CanonicalEntity(id: row.text(0), kind: EntityKind(rawValue: row.text(1)) ?? .place, displayName: row.text(2),
                            conceptID: row.optionalText(3), spellings: [:], mentionCount: row.int(5), articleIDs: [],
                            date: row.optionalText(4).flatMap(CalendarDate.init(parsing:)))
        }
        var spellings: [String: [LanguageCode: [String]]] = [:]
        for (id, language, spelling) in try db.query("SELECT entity_id, language, spelling FROM entity_spellings ORDER BY entity_id, language, rank", [], {
            ($0.text(0), LanguageCode($0.text(1)), $0.text(2)) }) {
            spellings[id, default: [:]][language, default: []].append(spelling)
        }
        var articles: [String: [String]] = [:]
        for (id, article) in try db.query("SELECT DISTINCT entity_id, article_id FROM entity_mentions ORDER BY article_id", [], { ($0.text(0), $0.text(1)) }) {
            articles[id, default: []].append(article)
        }
        for i in entities.indices {
            entities[i].spellings = spellings[entities[i].id] ?? [:]
            entities[i].articleIDs = articles[entities[i].id] ?? []
        }
        return entities.sorted { ($0.kind, -$0.mentionCount, $0.id) < ($1.kind, -$1.mentionCount, $1.id) }
    }

    /// Every stored mention of an entity, in corpus order.
    public static func storedMentions(in store: CorpusStore, entityID: String) throws -> [EntityMention] {
        try mentions(in: store, where: "m.entity_id = ?", [.text(entityID)], orderBy: "a.file_name, m.sentence_idx, m.start")
    }

    /// Every stored mention in a sentence (titles left out), by article and position.
    public static func storedSentenceMentions(in store: CorpusStore) throws -> [EntityMention] {
        try mentions(in: store, where: "m.sentence_idx >= 0", [], orderBy: "m.article_id, m.sentence_idx, m.start")
    }

    private static func mentions(in store: CorpusStore, where condition: String, _ values: [SQLValue], orderBy order: String) throws -> [EntityMention] {
        try store.database.query("""
            SELECT m.article_id, a.language, m.sentence_idx, m.start, m.end, m.text, m.kind, m.nested, m.in_compound, m.entity_id,
                   m.confidence, m.evidence, m.date_value, m.date_kind
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
            WHERE \(condition) ORDER BY \(order)
            """, values) { row in
            let span = TextSpan(start: row.int(3), end: row.int(4))
            let date = row.optionalText(13).map { kind in
                DateMention(sentenceIndex: row.int(2), span: span, text: row.text(5), value: row.optionalText(12).flatMap(CalendarDate.init(parsing:)),
                            kind: DateKind(rawValue: kind) ?? .explicit)
            }
            return EntityMention(articleID: row.text(0), language: LanguageCode(row.text(1)), sentenceIndex: row.int(2), span: span,
                                 text: row.text(5), kind: EntityKind(rawValue: row.text(6)) ?? .place, nested: row.int(7) != 0,
                                 inCompound: row.int(8) != 0, entityID: row.text(9), linkConfidence: row.double(10),
                                 evidence: LinkEvidence(rawValue: row.text(11)) ?? .new, date: date)
        }
    }

    public static func storedProposals(in store: CorpusStore) throws -> [GlossaryProposal] {
        try store.database.query("SELECT spelling, language, concept_id, confidence, evidence FROM entity_proposals ORDER BY confidence DESC, concept_id") { row in
            GlossaryProposal(spelling: row.text(0), language: LanguageCode(row.text(1)), conceptID: row.text(2),
                             confidence: row.double(3), evidence: LinkEvidence(rawValue: row.text(4)) ?? .fuzzy)
        }
    }
}
