/// An ISO 639-1 language code. The workbench fully supports German, Dutch, Norwegian Bokmål and
/// English; other codes (French, Danish, Swedish…) occur as identified-but-refused languages and
/// in the bitext benchmark mode, so the type is open rather than a closed enum.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    public init(_ code: String) { self.init(rawValue: code) }

    public static let german = LanguageCode("de")
    public static let dutch = LanguageCode("nl")
    public static let norwegian = LanguageCode("nb")
    public static let english = LanguageCode("en")
    public static let french = LanguageCode("fr")
    public static let danish = LanguageCode("da")
    public static let swedish = LanguageCode("sv")

    /// The languages Dragoman ingests.
    public static let supported: [LanguageCode] = [.german, .dutch, .norwegian, .english]

    public var isSupported: Bool { Self.supported.contains(self) }

    public var name: String {
        switch rawValue {
        case "de": return "German"
        case "nl": return "Dutch"
        case "nb": return "Norwegian Bokmål"
        case "no": return "Norwegian"
        case "nn": return "Norwegian Nynorsk"
        case "en": return "English"
        case "fr": return "French"
        case "da": return "Danish"
        case "sv": return "Swedish"
        case "af": return "Afrikaans"
        case "es": return "Spanish"
        case "it": return "Italian"
        case "pt": return "Portuguese"
        case "ru": return "Russian"
        case "pl": return "Polish"
        case "fi": return "Finnish"
        default: return rawValue
        }
    }

    /// Accepts "no" and "nob" for Bokmål, as users type them.
    public static func parse(_ text: String) -> LanguageCode? {
        switch text.lowercased() {
        case "de", "deu", "ger", "german", "deutsch": return .german
        case "nl", "nld", "dut", "dutch", "nederlands": return .dutch
        case "nb", "no", "nob", "nor", "norwegian", "bokmål", "bokmal", "norsk": return .norwegian
        case "en", "eng", "english": return .english
        case "fr", "fra", "fre", "french": return .french
        case "da", "dan", "danish": return .danish
        case "sv", "swe", "swedish": return .swedish
        case let other where other.count == 2 && other.allSatisfy(\.isLetter): return LanguageCode(other)
        default: return nil
        }
    }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
