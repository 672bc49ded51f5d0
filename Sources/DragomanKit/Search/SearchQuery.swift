/// A search query as typed: words (ANDed, in any order), "quoted phrases" (the words in that
/// order) and prefix* words. Everything is compared folded (`TextFolding.fold`), as indexed.
public struct SearchQuery: Sendable, Equatable {
    public enum Term: Sendable, Equatable {
        /// One word: as typed (stemming and glossary look-up want the real letters: "Tromsø",
        /// "Kurier") and folded (what the full-text index holds).
        case word(typed: String, folded: String)
        /// A word typed with a trailing `*`: any word starting with it. Never widened.
        case prefix(String)
        /// Quoted words, in this order. Never widened.
        case phrase([String])

        /// The term as the user wrote it, folded, for "which query word matched" in results.
        public var display: String {
            switch self {
            case .word(let typed, _): typed
            case .prefix(let folded): folded + "*"
            case .phrase(let words): "\"" + words.joined(separator: " ") + "\""
            }
        }
    }

    public var terms: [Term]

    public init(_ text: String) {
        var terms: [Term] = []
        var phrase: [String]? = nil
        func split(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        for piece in text.replacingOccurrences(of: "\"", with: " \" ").split(separator: " ") {
            if piece == "\"" {
                if let open = phrase { if !open.isEmpty { terms.append(.phrase(open)) }; phrase = nil }
                else { phrase = [] }
                continue
            }
            if phrase != nil { phrase!.append(contentsOf: split(TextFolding.fold(String(piece)))); continue }
            // Each word of a piece is a term of its own ("US-Botschaft" is "US" and "Botschaft");
            // a trailing * makes the last one a prefix.
            var words: [(typed: String, folded: String)] = []
            for typed in split(String(piece)) {
                let folded = split(TextFolding.fold(typed))
                for part in folded { words.append((folded.count == 1 ? typed : part, part)) }
            }
            for (position, word) in words.enumerated() {
                if piece.hasSuffix("*") && position == words.count - 1 { terms.append(.prefix(word.folded)) }
                else { terms.append(.word(typed: word.typed, folded: word.folded)) }
            }
        }
        if let open = phrase, !open.isEmpty { terms.append(.phrase(open)) }
        self.terms = terms
    }

    /// One FTS5 string: quoted, so FTS syntax in the input cannot break the query.
    static func atom(_ word: String, prefix: Bool = false) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
    }

    /// The FTS5 expression of the query with, per word, these alternatives (folded words, or
    /// already-made atoms such as a stem prefix). Terms are ANDed.
    func expression(alternatives: (String) -> [String] = { _ in [] }) -> String {
        terms.map { term -> String in
            switch term {
            case .prefix(let word): return Self.atom(word, prefix: true)
            case .phrase(let words): return Self.atom(words.joined(separator: " "))
            case .word(_, let folded):
                let others = alternatives(folded)
                return others.isEmpty ? Self.atom(folded) : "(" + ([Self.atom(folded)] + others).joined(separator: " OR ") + ")"
            }
        }.joined(separator: " AND ")
    }
}
