/// Store tables for sentence links and statements. Append migrations; never edit a shipped one.
///
/// Derived data, replaced whole by `AlignmentService.save` in one transaction; the user's
/// decisions live in `Alignments/decisions.tsv`, not here, so a rebuilt database loses nothing.
/// * `alignment_links`: every link (a < b) with kind, calibrated score and status.
/// * `alignment_statements` / `alignment_members`: the statements, in display order.
/// * `alignment_state`: what the tables were built from (fingerprint, time).
enum AlignmentSchema {
    static let migrations: [String] = [
        """
        CREATE TABLE alignment_links (
            a_article TEXT NOT NULL,
            a_idx INTEGER NOT NULL,
            b_article TEXT NOT NULL,
            b_idx INTEGER NOT NULL,
            kind TEXT NOT NULL,          -- parallel | same-fact
            score REAL NOT NULL,         -- calibrated probability 0…1
            status TEXT NOT NULL,        -- proposed | confirmed | rejected
            PRIMARY KEY (a_article, a_idx, b_article, b_idx)
        ) WITHOUT ROWID;
        CREATE INDEX alignment_links_b ON alignment_links(b_article, b_idx);
        CREATE TABLE alignment_statements (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE alignment_members (
            statement_id TEXT NOT NULL REFERENCES alignment_statements(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            PRIMARY KEY (statement_id, article_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX alignment_members_sentence ON alignment_members(article_id, idx);
        CREATE TABLE alignment_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,
    ]
}
