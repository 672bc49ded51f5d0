import Foundation

/// A character n-gram fingerprint in the TextCat format (Debian `libexttextcat-data`,
/// `/usr/share/libexttextcat/XX.lm`): one n-gram (1–5 characters, "_" marking a word edge) per
/// line, most frequent first, optionally followed by a tab and a count. Only the rank is used.
public struct LanguageProfile: Sendable {
    public let language: LanguageCode
    /// Rank (0 = most frequent) by n-gram hash; see `LanguageProfile.hash`.
    public let ranks: [UInt64: Int32]

    public init(language: LanguageCode, ranks: [UInt64: Int32]) {
        self.language = language
        self.ranks = ranks
    }

    /// Parses a TextCat `.lm` file.
    public init(language: LanguageCode, textCatFile url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DragomanError("cannot read the language profile (\(error.localizedDescription))", file: url.path)
        }
        var ranks: [UInt64: Int32] = [:]
        var rank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            // "ngram<TAB>count" or "ngram<SPACES>count" or just "ngram"; an n-gram never holds
            // white space (TextCat writes word edges as "_").
            let gram = line.prefix { $0 != "\t" && $0 != " " }
            guard !gram.isEmpty else { continue }
            // Compared in lower case: the fingerprints keep capitals, which makes any list of
            // names look German (capitalised nouns); folded, "_S" and "_s" share the better rank.
            let key = Self.hash(Array(gram.lowercased().unicodeScalars)[...])
            if ranks[key] == nil { ranks[key] = Int32(rank) }
            rank += 1
        }
        guard !ranks.isEmpty else { throw DragomanError("empty language profile", file: url.path) }
        self.language = language
        self.ranks = ranks
    }

    /// FNV-1a over the scalar values: n-grams are compared by hash so that the hot loop
    /// allocates no strings. With a few thousand n-grams a 64-bit collision is not a concern.
    @inline(__always)
    public static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            h ^= UInt64(scalar.value)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
