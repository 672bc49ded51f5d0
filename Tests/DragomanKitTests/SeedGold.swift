import Foundation
@testable import DragomanKit

/// Paths of the package and of `../shared` beside the checkout (tests skip when it is missing).
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let goldFile = shared.appendingPathComponent("seeds/gold.json")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: goldFile.path) }
    static let corpus = packageRoot.appendingPathComponent("Corpus")

    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder(_ name: String = "dragoman-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The hand annotation of the seed reports (`../shared/seeds/gold.json`, see GOLD.md there).
struct SeedGold: Decodable {
    struct Span: Decodable { var start: Int; var end: Int }
    struct Boilerplate: Decodable { var start: Int; var end: Int; var kind: String }
    struct Metadata: Decodable { var text: String; var start: Int; var end: Int; var key: String }
    struct Entity: Decodable {
        var text: String; var id: String; var start: Int; var end: Int
        var nested: Bool; var in_compound: Bool
        var date_kind: String?; var granularity: String?
    }
    /// `round` is a number, null, or a list of numbers.
    enum RoundValue: Decodable, Equatable {
        case none, rounds([Int])
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .none }
            else if let single = try? container.decode(Int.self) { self = .rounds([single]) }
            else { self = .rounds(try container.decode([Int].self)) }
        }
        var set: Set<Int> { if case .rounds(let r) = self { return Set(r) } else { return [] } }
    }
    struct GoldSentence: Decodable {
        var index: Int; var text: String; var start: Int; var end: Int
        var round: RoundValue; var role: String; var entities: [Entity]
    }
    struct Doc: Decodable {
        var language: String
        var primary_round: Int
        var metadata: [String: String]
        var metadata_spans: [Metadata]
        var title: String?
        var title_span: Span?
        var title_entities: [Entity]
        var boilerplate: [String]
        var boilerplate_spans: [Boilerplate]
        var sentences: [GoldSentence]
    }
    struct Member: Decodable { var doc: String; var index: Int; var central: Bool? }
    struct Link: Decodable { var id: String; var kind: String; var fact: String; var members: [Member] }
    struct Pair: Decodable { var a: Member; var b: Member; var kind: String; var central: Bool }
    struct Round: Decodable { var date: String?; var place: String }

    var rounds: [String: Round]
    var entity_ids: [String: String]
    var docs: [String: Doc]
    var links: [Link]
    var pairs: [Pair]

    static func load() throws -> SeedGold {
        try JSONDecoder().decode(SeedGold.self, from: Data(contentsOf: TestPaths.goldFile))
    }
}
