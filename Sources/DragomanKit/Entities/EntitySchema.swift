/// Store tables for entities, mentions and dates. Append migrations; never edit a shipped one.
enum EntitySchema {
    static let migrations: [String] = []
}
