/// The store's schema as ordered migrations per component. Each pipeline stage owns its tables
/// and its list (next to its code); the `schema_versions` table records how many migrations of
/// each component have run. Opening a store runs the missing ones, each in one transaction.
/// Never edit a shipped migration: append a new one.
struct SchemaComponent: Sendable {
    var name: String
    var migrations: [String]
}

enum StoreSchema {
    static let components: [SchemaComponent] = [
        SchemaComponent(name: "corpus", migrations: corpusMigrations),
        SchemaComponent(name: "glossary", migrations: GlossarySchema.migrations),
        SchemaComponent(name: "entities", migrations: EntitySchema.migrations),
        SchemaComponent(name: "alignment", migrations: AlignmentSchema.migrations),
        SchemaComponent(name: "rounds", migrations: RoundSchema.migrations),
    ]

    static let corpusMigrations: [String] = [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL UNIQUE,
            language TEXT NOT NULL,
            publication_date TEXT,
            title TEXT,
            title_start INTEGER,
            title_end INTEGER,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            added_at TEXT NOT NULL
        );
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            role TEXT NOT NULL,
            tokens TEXT NOT NULL,   -- folded word tokens, space separated
            stems TEXT NOT NULL,    -- Snowball stems of the word tokens, space separated
            UNIQUE (article_id, idx)
        );
        CREATE TABLE removed_spans (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        -- Folded text (ø æ ß already spelled out, which unicode61 does not fold); rowid = sentences.id.
        CREATE VIRTUAL TABLE sentence_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
            DELETE FROM sentence_fts WHERE rowid = old.id;
        END;
        """,
        // 2: a generation counter bumped on every article insert and delete. Derived tables are
        // deleted with their articles (ON DELETE CASCADE); a reindex re-inserts the same texts,
        // so a stage's fingerprint over content hashes alone would call its emptied tables fresh.
        """
        CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO corpus_state (key, value) VALUES ('generation', 0);
        CREATE TRIGGER articles_generation_insert AFTER INSERT ON articles BEGIN
            UPDATE corpus_state SET value = value + 1 WHERE key = 'generation';
        END;
        CREATE TRIGGER articles_generation_delete AFTER DELETE ON articles BEGIN
            UPDATE corpus_state SET value = value + 1 WHERE key = 'generation';
        END;
        """,
    ]
}
