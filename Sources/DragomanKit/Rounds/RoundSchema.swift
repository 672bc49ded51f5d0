/// Store tables for rounds and sentence–round assignments. Append migrations; never edit a shipped one.
///
/// Derived data, replaced whole by `RoundService.rebuild` in one transaction:
/// * `round_rounds`: each round with its date (YYYY-MM-DD / YYYY-MM, NULL when unknown), venue,
///   status and sentence count.
/// * `round_articles`: the reports that say something about a round, in corpus order.
/// * `round_assignments`: per sentence, its rounds ("1,2", "" for none) and the evidence.
/// * `round_state`: the fingerprint (entity tables + code version) the tables were built from.
enum RoundSchema {
    static let migrations: [String] = [
        """
        CREATE TABLE round_rounds (
            number INTEGER PRIMARY KEY,
            date_value TEXT,
            venue_id TEXT,
            venue_name TEXT,
            status TEXT NOT NULL,          -- held | announced
            sentence_count INTEGER NOT NULL
        );
        CREATE TABLE round_articles (
            round_number INTEGER NOT NULL REFERENCES round_rounds(number) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (round_number, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE round_assignments (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_idx INTEGER NOT NULL,
            rounds TEXT NOT NULL,           -- ascending round numbers, comma separated; '' = background
            evidence TEXT NOT NULL,
            PRIMARY KEY (article_id, sentence_idx)
        ) WITHOUT ROWID;
        CREATE TABLE round_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,
    ]
}
