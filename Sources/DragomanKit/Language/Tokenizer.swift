/// A word or number in a sentence, with its scalar offsets in the sentence.
public struct Token: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case word, number, punctuation }
    public var text: String
    public var span: TextSpan
    public var kind: Kind
    /// Lower-cased, diacritics folded.
    public var folded: String
    public var stem: String

    public init(text: String, span: TextSpan, kind: Kind, folded: String, stem: String) {
        self.text = text; self.span = span; self.kind = kind; self.folded = folded; self.stem = stem
    }
}

/// Splits text into word, number and punctuation tokens. Letters joined by hyphens stay one token
/// ("US-Außenministeriums", "russisk-amerikanske"), as do apostrophes inside words ("Russia’s" is
/// split before the possessive), decimals ("3,5") and dotted abbreviations ("U.S.").
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [(text: String, span: TextSpan, kind: Token.Kind)] {
        let source = ScalarText(text)
        let scalars = source.scalars
        var result: [(String, TextSpan, Token.Kind)] = []
        var i = 0
        func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLetter(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ScalarClass.isDigit(s) }
        while i < scalars.count {
            let c = scalars[i]
            if ScalarClass.isWhitespace(c) { i += 1; continue }
            let start = i
            if isLetter(c) || isDigit(c) {
                var kind: Token.Kind = isDigit(c) ? .number : .word
                i += 1
                while i < scalars.count {
                    let s = scalars[i]
                    if isLetter(s) || isDigit(s) { if isLetter(s) { kind = .word }; i += 1; continue }
                    // Joiners that keep a token together when a letter or digit follows.
                    if i + 1 < scalars.count, isLetter(scalars[i + 1]) || isDigit(scalars[i + 1]) {
                        if s == "-" || s == "‐" || s == "_" { i += 1; continue }
                        if (s == "." || s == ",") && isDigit(scalars[i - 1]) && isDigit(scalars[i + 1]) { i += 1; continue }
                        if s == "." && isLetter(scalars[i - 1]) && ScalarClass.isUppercase(scalars[i - 1])
                            && (i - 1 == start || scalars[i - 2] == ".") { i += 1; continue }
                        if (s == "'" || s == "’") && isLetter(scalars[i - 1]) {
                            // Keep "O'Brien", split the English possessive "’s".
                            let rest = i + 2 < scalars.count ? scalars[i + 2] : " "
                            if (scalars[i + 1] == "s" || scalars[i + 1] == "S") && !isLetter(rest) { break }
                            i += 1; continue
                        }
                    }
                    break
                }
                // "U.S." keeps its final dot when it is an initialism.
                if i < scalars.count, scalars[i] == ".", i - start >= 3, scalars[i - 2] == "." { i += 1 }
                result.append((source.substring(start..<i), TextSpan(start: start, end: i), kind))
            } else {
                i += 1
                result.append((String(c), TextSpan(start: start, end: i), .punctuation))
            }
        }
        return result
    }
}
