/// Store tables for glossary (concepts, terms) and the bilingual lexicon. Append migrations; never edit a shipped one.
///
/// The glossary tables are a cache of the TBX files in `Glossary/` (the files are the truth):
/// `glossary_files` keeps each file's SHA-256 so a changed file is reloaded. The lexicon tables
/// hold the Debian dictionaries once imported, so later runs do not parse them again.
enum GlossarySchema {
    static let migrations: [String] = [
        """
        CREATE TABLE glossary_files (
            name TEXT PRIMARY KEY,          -- file name in Glossary/, e.g. diplomacy.tbx
            sha256 TEXT NOT NULL,
            concept_count INTEGER NOT NULL,
            loaded_at TEXT NOT NULL
        );
        CREATE TABLE glossary_concepts (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL REFERENCES glossary_files(name) ON DELETE CASCADE,
            position INTEGER NOT NULL,      -- order in the file
            subject_field TEXT NOT NULL,
            kind TEXT NOT NULL,             -- term, person, place, organisation, property
            definition TEXT,
            note TEXT
        );
        CREATE TABLE glossary_terms (
            concept_id TEXT NOT NULL REFERENCES glossary_concepts(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,           -- order within the concept
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            folded TEXT NOT NULL,           -- TextFolding.fold(text), for search and duplicates
            part_of_speech TEXT,
            gender TEXT,
            term_type TEXT,
            status TEXT NOT NULL,
            context TEXT,
            note TEXT,
            source TEXT,
            PRIMARY KEY (concept_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX glossary_terms_folded ON glossary_terms(folded, language);
        CREATE TABLE lexicon_sources (
            name TEXT PRIMARY KEY,          -- e.g. trans-de-en, freedict-nld-eng
            source_language TEXT NOT NULL,
            target_language TEXT NOT NULL,
            path TEXT NOT NULL,
            file_size INTEGER NOT NULL,
            file_mtime REAL NOT NULL,
            entry_count INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE lexicon_entries (
            source_name TEXT NOT NULL REFERENCES lexicon_sources(name) ON DELETE CASCADE,
            source_language TEXT NOT NULL,
            target_language TEXT NOT NULL,
            source TEXT NOT NULL,           -- folded term
            target TEXT NOT NULL,           -- folded translation
            weight REAL NOT NULL
        );
        CREATE INDEX lexicon_entries_lookup ON lexicon_entries(source_language, target_language, source);
        """,
        // Reverse look-ups (English → German from the German–English dictionary).
        """
        CREATE INDEX lexicon_entries_reverse ON lexicon_entries(source_language, target_language, target);
        """,
    ]
}
