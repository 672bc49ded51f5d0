import Foundation

/// Reads a dictionary in Ding's text format, as Debian's `trans-de-en` installs it
/// (`/usr/share/trans/de-en`): one entry per line,
/// `Aalleiter {f}; Aaltreppe {f} (Wasserbau) | Aalleitern {pl} :: eel ladder | eel ladders`,
/// `#` comment lines. The `|`-separated parts on both sides correspond in order (singular with
/// singular, plural with plural, example with example); inside a part, `;` separates synonyms.
/// Annotations in `{}`, `[]`, `()` and `<>` are dropped, and so are the valency placeholders
/// ("etw.", "jdn.", "sth.", "sb.") and the infinitive marker "to", which no sentence contains
/// in that place.
public struct DingDictionary: Sendable {
    /// A folded term pair, left language first; `primary` for the first `|` part of a line.
    public struct Pair: Hashable, Sendable {
        public var left: String
        public var right: String
        public var primary: Bool
    }

    /// Pairs in file order (duplicates kept).
    public var pairs: [Pair]

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DragomanError("cannot read dictionary", file: path)
        }
        self.init(bytes: [UInt8](data))
    }

    public init(bytes: [UInt8]) {
        var storage: [Pair] = []
        let separator = Array(" :: ".utf8)
        for line in LexiconBytes.lines(bytes[...]) {
            guard let first = line.first, first != 0x23 else { continue } // '#'
            guard let split = Self.find(separator, in: line) else { continue }
            let leftParts = Self.parts(line[line.startIndex..<split])
            let rightParts = Self.parts(line[(split + separator.count)..<line.endIndex])
            // Parts pair up by position; a line whose sides disagree in count still pairs its
            // first parts, the only ones whose correspondence is certain.
            let count = leftParts.count == rightParts.count ? leftParts.count : min(1, leftParts.count, rightParts.count)
            for index in 0..<count {
                for left in leftParts[index] {
                    for right in rightParts[index] {
                        storage.append(Pair(left: left, right: right, primary: index == 0))
                    }
                }
            }
        }
        self.pairs = storage
    }

    /// Left → right lexicon (German → English for de-en); later parts (plurals, examples) get 0.8.
    public func lexicon(source: LanguageCode, target: LanguageCode) -> BilingualLexicon {
        BilingualLexicon(sourceLanguage: source, targetLanguage: target,
                         entries: pairs.lazy.map { BilingualLexicon.Entry(source: $0.left, target: $0.right, weight: $0.primary ? 1 : 0.8) })
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// `a {f}; b | c` → [["a", "b"], ["c"]], folded, annotations and placeholders removed.
    private static func parts(_ side: ArraySlice<UInt8>) -> [[String]] {
        // Split on '|' first: annotations never contain it, while they do contain ';'.
        side.split(separator: 0x7C, omittingEmptySubsequences: false).map { part in
            let cleaned = LexiconBytes.stripAnnotations(part)
            return LexiconBytes.split(cleaned, separators: [LexiconBytes.semicolon]).compactMap { synonym in
                let term = dropPlaceholders(LexiconBytes.foldTerm(synonym))
                return term.isEmpty ? nil : term
            }
        }
    }

    /// Valency placeholders, with and without their dot (folding drops a term's final dot).
    private static let placeholders: Set<Substring> = ["etw.", "jdn.", "jdm.", "jds.", "sth.", "sb.", "sb.'s", "sth.'s", "jmd.", "jmdn.", "jmdm.",
                                                       "etw", "jdn", "jdm", "jds", "sth", "sb"]

    private static func dropPlaceholders(_ term: String) -> String {
        guard term.contains(" ") else { return term }
        var words = term.split(separator: " ").filter { !placeholders.contains($0) }
        if words.count > 1, words[0] == "to" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
