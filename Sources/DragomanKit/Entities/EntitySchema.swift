/// Store tables for entities, mentions and dates. Append migrations; never edit a shipped one.
///
/// The tables are derived data, rebuilt whole by `EntityIndex.rebuild` in one transaction:
/// * `entity_entities`: canonical entities (glossary concept, date, or a new name).
/// * `entity_spellings`: the spellings of each entity per language, most frequent first.
/// * `entity_mentions`: every mention with its span in the sentence, the entity it is linked to,
///   the link's confidence and the kind of evidence (glossary, key-match, fuzzy+context…).
/// * `entity_proposals`: corpus spellings proposed as new glossary variants.
/// * `entity_state`: the fingerprint of corpus + glossary + code version the tables were built from.
enum EntitySchema {
    static let migrations: [String] = [
        """
        CREATE TABLE entity_entities (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            display_name TEXT NOT NULL,
            concept_id TEXT,
            date_value TEXT,
            mention_count INTEGER NOT NULL
        );
        CREATE TABLE entity_spellings (
            entity_id TEXT NOT NULL REFERENCES entity_entities(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            spelling TEXT NOT NULL,
            rank INTEGER NOT NULL,
            PRIMARY KEY (entity_id, language, spelling)
        ) WITHOUT ROWID;
        CREATE TABLE entity_mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_idx INTEGER NOT NULL,      -- -1 = the title
            start INTEGER NOT NULL,             -- scalar offsets in the sentence, end exclusive
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            nested INTEGER NOT NULL,
            in_compound INTEGER NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entity_entities(id) ON DELETE CASCADE,
            confidence REAL NOT NULL,
            evidence TEXT NOT NULL,
            date_value TEXT,
            date_kind TEXT
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
        CREATE INDEX entity_mentions_article ON entity_mentions(article_id, sentence_idx);
        CREATE TABLE entity_proposals (
            spelling TEXT NOT NULL,
            language TEXT NOT NULL,
            concept_id TEXT NOT NULL,
            confidence REAL NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (spelling, language, concept_id)
        ) WITHOUT ROWID;
        CREATE TABLE entity_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,
    ]
}
