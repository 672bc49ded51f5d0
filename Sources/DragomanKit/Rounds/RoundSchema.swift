/// Store tables for rounds and sentence–round assignments. Append migrations; never edit a shipped one.
enum RoundSchema {
    static let migrations: [String] = []
}
