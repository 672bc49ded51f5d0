import Foundation

/// The alignment stage's entry point for the CLI, the rounds/brief stages and the main job:
/// read the corpus and the entity stage's ids from the store, align, apply the workspace's
/// decisions, store the graph and write the exports in `Alignments/`.
public enum AlignmentService {
    public struct Outputs: Sendable {
        public var graph: AlignmentGraph
        public var tmx: URL
        public var xml: URL
        public var schema: URL
        /// Decisions not applied because a sentence they name says something else now.
        public var staleDecisions: [AlignmentDecision] = []
    }

    /// Aligns the whole corpus (or only `articleIDs`), stores the graph, writes the exports.
    /// `lexicon` nil: built from the store's cached Debian dictionaries (glossary-first lookups
    /// happen through the concept ids); `glossary` gives concept ids per sentence.
    @discardableResult
    public static func alignCorpus(store: CorpusStore, workspace: Workspace, articleIDs: [String]? = nil,
                                   glossary: Glossary? = nil, lexicon: AlignmentLexicon? = nil,
                                   options: CorpusAligner.Options = .init()) throws -> AlignmentGraph {
        try run(store: store, workspace: workspace, articleIDs: articleIDs, glossary: glossary, lexicon: lexicon, options: options).graph
    }

    ///
    /// A `selection` (some reports: a round's, or named ones) is aligned on its own and written
    /// to `alignment-SELECTION.tmx` and `.xml`; the corpus alignment (the stored graph the
    /// briefs, `align view` and `rounds show` use, and `alignment.tmx`) stays as it was, so
    /// looking at two reports never throws away the alignment of the rest.
    public static func run(store: CorpusStore, workspace: Workspace, articleIDs: [String]? = nil, selection: String? = nil,
                           glossary: Glossary? = nil, lexicon: AlignmentLexicon? = nil,
                           options: CorpusAligner.Options = .init()) throws -> Outputs {
        let articles = try (articleIDs ?? store.articleIDs()).map { try store.article(id: $0) }
        let mentions = try storedMentions(store: store, articleIDs: Set(articles.map(\.id)))
        let documents = CorpusAlignDocument.documents(articles: articles, mentions: mentions,
                                                      matcher: glossary.map { GlossaryMatcher(glossary: $0) })
        let lexicon = try lexicon ?? storedLexicon(store: store, documents: documents)
        let decisions = try AlignmentDecisions.load(from: workspace)
        // A decision on a sentence that now says something else is not applied (`stale`).
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.sentences) })
        let stale = decisions.stale(texts: texts)
        let graph = CorpusAligner(lexicon: lexicon, options: options).align(documents, decisions: decisions.removing(stale))
        if selection == nil {
            try save(graph, store: store, fingerprint: fingerprint(store: store, articleIDs: articles.map(\.id), decisions: decisions))
        }
        try FileManager.default.createDirectory(at: workspace.alignments, withIntermediateDirectories: true)
        let stem = selection.map { "alignment-\($0)" } ?? "alignment"
        let tmx = workspace.alignments.appendingPathComponent(stem + ".tmx")
        let xml = workspace.alignments.appendingPathComponent(stem + ".xml")
        let schema = workspace.alignments.appendingPathComponent(AlignmentXML.schemaFileName)
        try AtomicFile.write(try TMXWriter.write(graph: graph, documents: documents), to: tmx)
        try AtomicFile.write(try AlignmentXML.write(graph: graph, documents: documents), to: xml)
        try AtomicFile.write(AlignmentXML.schema, to: schema)
        try AtomicFile.write(TMXWriter.dtd, to: workspace.alignments.appendingPathComponent(TMXWriter.dtdFileName))
        return Outputs(graph: graph, tmx: tmx, xml: xml, schema: schema, staleDecisions: stale)
    }

    /// Per sentence, the rounds the corpus alignment was made with (`CorpusAlignDocument.alignerRounds`
    /// over every article), for explaining why linked sentences share no statement.
    public static func alignerRounds(store: CorpusStore) throws -> [SentenceRef: Set<Int>] {
        let articles = try store.articleIDs().map { try store.article(id: $0) }
        let mentions = try storedMentions(store: store, articleIDs: Set(articles.map(\.id)))
        return CorpusAlignDocument.alignerRounds(articles: articles, mentions: mentions).mapValues(Set.init)
    }

    /// The X→English dictionaries the store has cached, restricted to the corpus vocabulary.
    public static func storedLexicon(store: CorpusStore, documents: [CorpusAlignDocument]) throws -> AlignmentLexicon {
        let cache = LexiconCache(store: store)
        var lexicons: [BilingualLexicon] = []
        for language in Set(documents.map(\.language)) where language != .english {
            let lexicon = try cache.lexicon(from: language, to: .english)
            if !lexicon.isEmpty { lexicons.append(lexicon) }
        }
        return AlignmentLexicon.build(lexicons: lexicons, vocabulary: AlignmentLexicon.vocabulary(of: documents))
    }

    /// The entity stage's stored mentions of these articles (empty when it has not run).
    static func storedMentions(store: CorpusStore, articleIDs: Set<String>) throws -> [EntityMention] {
        try store.database.query("""
            SELECT article_id, sentence_idx, start, end, text, kind, nested, in_compound, entity_id, confidence, date_value
            FROM entity_mentions WHERE sentence_idx >= 0
            """) { row -> EntityMention? in
            let article = row.text(0)
            guard articleIDs.contains(article), let kind = EntityKind(rawValue: row.text(5)) else { return nil }
            let span = TextSpan(start: row.int(2), end: row.int(3))
            let date = row.optionalText(10).map {
                DateMention(sentenceIndex: row.int(1), span: span, text: row.text(4), value: CalendarDate(parsing: $0), kind: .explicit)
            }
            return EntityMention(articleID: article, language: .english, sentenceIndex: row.int(1), span: span, text: row.text(4),
                                 kind: kind, nested: row.int(6) != 0, inCompound: row.int(7) != 0, entityID: row.text(8),
                                 linkConfidence: row.double(9), evidence: .glossary, date: date)
        }.compactMap { $0 }
    }

    /// Bumped when the aligner's output for the same input changes, so stored graphs read as stale.
    public static let version = 10

    /// What a stored graph was aligned from: which reports, their entity tables (whose
    /// fingerprint covers every article's content and the glossary), the rounds and aligner
    /// code, the imported lexicon and the decisions. A graph stored from other inputs is stale:
    /// the brief must not be built on an alignment that misses a report added since, or one
    /// aligned before the lexicon was imported.
    static func fingerprint(store: CorpusStore, articleIDs: [String], decisions: AlignmentDecisions) throws -> String {
        let entities = try EntityIndex.storedFingerprint(in: store) ?? "none"
        let lexicon = try LexiconCache(store: store).sizes().sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let text = "alignment v\(version) rounds v\(RoundAnalyzer.version)\n\(entities)\n\(articleIDs.sorted().joined(separator: " "))\n"
            + lexicon.joined(separator: " ") + "\n" + decisions.text
        return SHA256.hex(Array(text.utf8))
    }

    /// True when a graph is stored and was aligned from the whole current corpus, entities,
    /// lexicon and decisions (what `dragoman align` with no arguments stores).
    public static func isCurrent(store: CorpusStore, workspace: Workspace) throws -> Bool {
        guard let stored = try store.database.query("SELECT value FROM alignment_state WHERE key = 'fingerprint'", [], { $0.text(0) }).first
        else { return false }
        return try stored == fingerprint(store: store, articleIDs: store.articleIDs(), decisions: AlignmentDecisions.load(from: workspace))
    }

    /// Replaces the stored graph in one transaction.
    public static func save(_ graph: AlignmentGraph, store: CorpusStore, fingerprint: String? = nil) throws {
        let db = store.database
        try db.transaction {
            try deleteStored(in: store)
            for link in graph.links {
                try db.run("INSERT INTO alignment_links (a_article, a_idx, b_article, b_idx, kind, score, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [.text(link.a.articleID), .int(link.a.index), .text(link.b.articleID), .int(link.b.index),
                            .text(link.kind.rawValue), .real(link.score), .text(link.status.rawValue)])
            }
            for (position, statement) in graph.statements.enumerated() {
                try db.run("INSERT INTO alignment_statements (id, position) VALUES (?, ?)", [.text(statement.id), .int(position)])
                for member in statement.members {
                    try db.run("INSERT INTO alignment_members (statement_id, article_id, idx) VALUES (?, ?, ?)",
                               [.text(statement.id), .text(member.articleID), .int(member.index)])
                }
            }
            try db.run("INSERT OR REPLACE INTO alignment_state (key, value) VALUES ('aligned_at', ?)", [.text(ISO8601DateFormatter().string(from: Date()))])
            if let fingerprint { try db.run("INSERT OR REPLACE INTO alignment_state (key, value) VALUES ('fingerprint', ?)", [.text(fingerprint)]) }
        }
    }

    /// Empties the alignment tables: afterwards there is no stored graph (`hasStoredGraph` is
    /// false). Run inside the caller's transaction.
    static func deleteStored(in store: CorpusStore) throws {
        try store.database.execute("""
            DELETE FROM alignment_members; DELETE FROM alignment_statements; DELETE FROM alignment_links; DELETE FROM alignment_state;
            """)
    }

    /// The stored graph (empty when `dragoman align` has not run).
    public static func storedGraph(store: CorpusStore) throws -> AlignmentGraph {
        let db = store.database
        let links = try storedLinks(store: store)
        var members: [String: [SentenceRef]] = [:]
        for (id, ref) in try db.query("SELECT statement_id, article_id, idx FROM alignment_members", [], { ($0.text(0), SentenceRef(articleID: $0.text(1), index: $0.int(2))) }) {
            members[id, default: []].append(ref)
        }
        let statements = try db.query("SELECT id FROM alignment_statements ORDER BY position") { $0.text(0) }
            .map { Statement(id: $0, members: members[$0] ?? []) }
        return AlignmentGraph(links: links, statements: statements)
    }

    /// The stored links, all or of one kind, in a fixed order.
    public static func storedLinks(store: CorpusStore, kind: SentenceLink.Kind? = nil) throws -> [SentenceLink] {
        let filter = kind == nil ? "" : " WHERE kind = ?"
        return try store.database.query("SELECT a_article, a_idx, b_article, b_idx, kind, score, status FROM alignment_links\(filter) "
                                        + "ORDER BY a_article, a_idx, b_article, b_idx", kind.map { [.text($0.rawValue)] } ?? []) { row in
            SentenceLink(SentenceRef(articleID: row.text(0), index: row.int(1)), SentenceRef(articleID: row.text(2), index: row.int(3)),
                         kind: SentenceLink.Kind(rawValue: row.text(4)) ?? .sameFact, score: row.double(5),
                         status: SentenceLink.Status(rawValue: row.text(6)) ?? .proposed)
        }
    }

    public static func hasStoredGraph(store: CorpusStore) throws -> Bool {
        try store.database.scalarInt("SELECT count(*) FROM alignment_state") ?? 0 > 0
    }
}

extension AlignmentService {
    /// The reports the rounds stage placed in round `number`; an error when there is no round data.
    public static func articleIDs(round number: Int, store: CorpusStore, workspace: Workspace) throws -> [String] {
        // Through the rounds stage, which rebuilds its tables when the corpus or glossary changed.
        let analysis = try RoundService.analyze(store: store, workspace: workspace)
        guard let round = analysis.rounds.first(where: { $0.number == number }) else {
            throw DragomanError("there is no round \(number) (the corpus knows \(analysis.rounds.count) round(s); dragoman rounds lists them)")
        }
        return round.articleIDs
    }

    /// The decision a user's command makes on the pair (a, b). `link` gives its kind; `confirm`
    /// and `unlink` keep the kind the aligner proposed. Confirming a pair the aligner never
    /// proposed is an error that points to `link`: a confirmation of nothing would otherwise
    /// invent a kind the user never chose.
    public static func decision(_ a: SentenceRef, _ b: SentenceRef, verdict: AlignmentDecision.Verdict, kind: SentenceLink.Kind?,
                                store: CorpusStore) throws -> AlignmentDecision {
        if let kind { return AlignmentDecision(a, b, verdict: verdict, kind: kind) }
        let key = SentenceLink(a, b, kind: .sameFact, score: 0)
        let proposed = try hasStoredGraph(store: store) ? storedGraph(store: store).links.first { $0.a == key.a && $0.b == key.b } : nil
        if verdict == .confirmed && proposed == nil {
            throw DragomanError("no link between \(a) and \(b) to confirm (dragoman align view lists the proposed ones); "
                                + "dragoman align link \(a) \(b) --kind parallel|same-fact links them")
        }
        return AlignmentDecision(a, b, verdict: verdict, kind: proposed?.kind ?? .sameFact)
    }

    /// Records a decision in `Alignments/decisions.tsv` (atomically) and returns all decisions.
    /// The decision keeps what each sentence says (`AlignmentDecision.keyA`), so it is not
    /// applied to other sentences if the report changes.
    @discardableResult
    public static func decide(_ decision: AlignmentDecision, workspace: Workspace, store: CorpusStore) throws -> AlignmentDecisions {
        var keys: [String] = []
        for ref in [decision.a, decision.b] {
            let texts = try store.database.query("SELECT text FROM sentences WHERE article_id = ? AND idx = ?", [.text(ref.articleID), .int(ref.index)]) { $0.text(0) }
            guard let text = texts.first else { throw DragomanError("no sentence \(ref) in the corpus (dragoman show ARTICLE numbers them)") }
            keys.append(AlignmentDecisions.sentenceKey(text))
        }
        guard decision.a.articleID != decision.b.articleID else {
            throw DragomanError("\(decision.a) and \(decision.b) are in the same report; a link joins sentences of two different reports")
        }
        var keyed = decision
        (keyed.keyA, keyed.keyB) = (keys[0], keys[1])
        var decisions = try AlignmentDecisions.load(from: workspace)
        decisions.record(keyed)
        try decisions.save(to: workspace)
        return decisions
    }
}
