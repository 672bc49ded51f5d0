/// Store tables for sentence links and statements. Append migrations; never edit a shipped one.
enum AlignmentSchema {
    static let migrations: [String] = []
}
