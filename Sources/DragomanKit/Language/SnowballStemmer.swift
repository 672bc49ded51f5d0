import CStemmer

/// A Snowball stemmer for one language (libstemmer). A handle is not thread-safe, so this is a
/// non-Sendable class: make one per task. Input is lower-cased before stemming.
public final class SnowballStemmer {
    private let handle: OpaquePointer
    public let language: LanguageCode
    /// Dutch Snowball leaves "-s" plurals after a vowel alone ("ambassades" ≠ "ambassade");
    /// Dragoman strips that -s itself before stemming, see `stem(_:)`.
    private let stripsVowelS: Bool

    public init?(language: LanguageCode) {
        let algorithm: String
        switch language.rawValue {
        case "de": algorithm = "german"
        case "nl": algorithm = "dutch"
        case "nb", "no", "nn": algorithm = "norwegian"
        case "en": algorithm = "english"
        case "fr": algorithm = "french"
        case "da": algorithm = "danish"
        case "sv": algorithm = "swedish"
        default: return nil
        }
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
        self.language = language
        self.stripsVowelS = language == .dutch
    }

    deinit { sb_stemmer_delete(handle) }

    public func stem(_ word: String) -> String {
        // ASCII words (most English ones) skip the full Unicode lower-casing.
        var lowered = word.utf8.allSatisfy({ $0 < 0x80 }) ? String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self) : word.lowercased()
        if stripsVowelS, lowered.count > 4, lowered.hasSuffix("s") {
            let beforeS = lowered.unicodeScalars.dropLast().last
            if let beforeS, "aeiouéè".unicodeScalars.contains(beforeS), !lowered.hasSuffix("aas"), !lowered.hasSuffix("oos") {
                lowered.removeLast()
            }
        }
        var utf8 = Array(lowered.utf8)
        let count = Int32(utf8.count)
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let out = sb_stemmer_stem(handle, base, count) else { return lowered }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }
}
