/// Store tables for glossary (concepts, terms) and the bilingual lexicon. Append migrations; never edit a shipped one.
enum GlossarySchema {
    static let migrations: [String] = []
}
