/// Splits one paragraph (one line of text) into sentences. Offsets are Unicode scalar offsets into
/// the paragraph, end exclusive, trimmed of surrounding white space. A paragraph without a
/// boundary comes back whole; lines themselves are the caller's business.
///
/// Rule-based, one left-to-right pass over the scalars: a candidate is a run of "." "!" "?" "…"
/// (and, in Norwegian, ":"), plus any closing quotation marks or brackets glued to it. A candidate
/// followed by white space ends a sentence when what comes next can open one (a capital, an
/// opening quote, a dialogue dash, a number) and the word before the stop is not an
/// abbreviation, an initial or an ordinal. A stop glued to the next character ("Gazeta.ru", URLs,
/// "3.5", "06.45") never ends a sentence.
public struct SentenceSegmenter: Sendable {
    public let language: LanguageCode
    public let rules: SegmentationRules

    public init(language: LanguageCode) {
        self.init(language: language, rules: .forLanguage(language))
    }

    /// For callers that extend a language's abbreviation lists.
    public init(language: LanguageCode, rules: SegmentationRules) {
        self.language = language
        self.rules = rules
    }

    public func segment(_ paragraph: String) -> [Range<Int>] {
        segment(scalars: Array(paragraph.unicodeScalars))
    }

    /// What comes after a candidate boundary, once white space is skipped.
    private enum Next {
        case upper, lower, digit
        /// An opening quotation mark or dialogue dash.
        case opener
        /// "(" or "[": opens a sentence after a word, not after an abbreviation ("Inc. (CPS)").
        case bracket
        /// Another symbol ("***", "====", "•"): a new unit after an ordinary sentence end.
        case symbol
        /// ",", ";", ":", "%", a closing bracket, a dash before a number: the sentence goes on.
        case other
    }

    /// The same on scalars, for callers that already hold them.
    public func segment(scalars s: [Unicode.Scalar]) -> [Range<Int>] {
        let n = s.count
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        // Norwegian guillemets nest titles and quotations («Guitar Hero: World Tour»): a colon
        // inside them is not a boundary.
        var guillemetDepth = 0

        func push(_ end: Int) {
            var a = start, b = end
            while a < b, Self.isSpace(s[a]) { a += 1 }
            while b > a, Self.isSpace(s[b - 1]) { b -= 1 }
            if a < b { ranges.append(a..<b) }
        }

        while i < n {
            let c = s[i]
            if rules.colonBeforeCapitalEndsSentence {
                if c == "«" { guillemetDepth += 1 } else if c == "»" { guillemetDepth = max(0, guillemetDepth - 1) }
            }
            let isColon = c == ":" && rules.colonBeforeCapitalEndsSentence && guillemetDepth == 0
            guard Self.isTerminator(c) || isColon else { i += 1; continue }

            // The terminator run: "." "?!" "..." "…".
            var j = i
            var dots = 0
            var strong = false  // "?" or "!"
            var ellipsis = false
            if isColon {
                j = i + 1
            } else {
                while j < n, Self.isTerminator(s[j]) {
                    switch s[j] {
                    case ".": dots += 1
                    case "…": ellipsis = true
                    default: strong = true
                    }
                    j += 1
                }
            }
            if dots > 1 { ellipsis = true }
            // Closing quotation marks and brackets belong to the sentence they close.
            var closedQuote = false
            while j < n, Self.isCloser(s[j]) {
                if s[j] != ")" && s[j] != "]" { closedQuote = true }
                if rules.colonBeforeCapitalEndsSentence, s[j] == "»" { guillemetDepth = max(0, guillemetDepth - 1) }
                j += 1
            }
            // Glued to what follows (a URL, "Gazeta.ru", a decimal, a time) or at the end.
            guard j < n, Self.isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < n, Self.isSpace(s[k]) { k += 1 }
            guard k < n else { break }
            // A closing quote standing apart: Dutch and Penn-style text write a spaced "''";
            // some Norwegian text a spaced "»".
            let spacedQuoteLength: Int
            if s[k] == "'", k + 1 < n, s[k + 1] == "'" {
                spacedQuoteLength = 2
            } else {
                spacedQuoteLength = rules.spacedClosingQuotes.contains(s[k]) ? 1 : 0
            }
            if spacedQuoteLength > 0, k + spacedQuoteLength == n || Self.isSpace(s[k + spacedQuoteLength]) {
                closedQuote = true
                j = k + spacedQuoteLength
                k = j
                while k < n, Self.isSpace(s[k]) { k += 1 }
                guard k < n else { break }
            }

            let next = Self.classify(s, k)
            let boundary: Bool
            if next == .other || (closedQuote && next == .lower) {
                // "…Tagesordnung“, sagte" never reaches here (no terminator); "„Warum?“ fragte
                // er" and "«Nei!» sa hun" do: a quotation followed by lower case continues.
                boundary = false
            } else if isColon {
                boundary = next == .upper || next == .opener
            } else if strong {
                boundary = (next != .lower || rules.lowercaseSentenceStarts)
                    && !(closedQuote && next == .upper && attributionFollows(s, from: k))
            } else if ellipsis {
                // A trailing-off "…" before a lower-case word is a pause, not an end.
                boundary = next != .lower
            } else {
                boundary = stopEndsSentence(s, stop: i, closedQuote: closedQuote, next: next, nextAt: k)
            }
            if boundary {
                push(j)
                start = k
            }
            i = j
        }
        push(n)
        return ranges
    }

    /// Whether the words from `k` attribute the quotation before them: an attribution verb among
    /// the first eight words, before any comma, colon, semicolon, quotation mark or sentence end
    /// ("Foreign Ministry spokeswoman Maria Zakharova said on Thursday, …"). "Nobody knows, the
    /// minister said" is a sentence of its own: its verb comes after a comma.
    private func attributionFollows(_ s: [Unicode.Scalar], from k: Int) -> Bool {
        guard !rules.attributionVerbs.isEmpty else { return false }
        var p = k, words = 0
        while p < s.count, words < 8 {
            while p < s.count, Self.isSpace(s[p]) { p += 1 }
            let start = p
            while p < s.count, s[p].properties.isAlphabetic || s[p] == "-" || s[p] == "'" || s[p] == "’" || s[p] == "." { p += 1 }
            guard p > start else { return false }  // punctuation, a digit, a quotation mark: no attribution
            var word = Self.lowercased(s, start..<p)
            let closesSentence = word.hasSuffix(".")
            while word.hasSuffix(".") { word.removeLast() }
            if rules.attributionVerbs.contains(word) { return true }
            // A full stop after a word that is no initialism ("U.S.") or abbreviation ("Mr.")
            // ends the sentence.
            if closesSentence && !word.contains(".") && !rules.abbreviations.contains(word) { return false }
            words += 1
            guard p < s.count, Self.isSpace(s[p]) else { return false }
        }
        return false
    }

    /// Decides a single full stop from the word before it and what follows.
    private func stopEndsSentence(_ s: [Unicode.Scalar], stop: Int, closedQuote: Bool, next: Next, nextAt k: Int) -> Bool {
        // The token before the stop, without opening punctuation ("(Dr." → "Dr").
        var a = stop
        while a > 0, !Self.isSpace(s[a - 1]) { a -= 1 }
        while a < stop, Self.isOpenerPunctuation(s[a]) { a += 1 }
        // "Russian-U.S. consultations", "EU/U.S. talks": an abbreviation after a hyphen or slash
        // is the word the stop ends.
        if let last = (a..<stop).last(where: { s[$0] == "-" || s[$0] == "/" }), last + 1 < stop {
            let part = Self.lowercased(s, (last + 1)..<stop)
            if rules.abbreviations.contains(part) || part.contains(".") { a = last + 1 }
        }
        let length = stop - a
        // A closing quote before the stop ('stabiliseren".') or a bare stop (" .") is plain
        // end-of-sentence punctuation.
        if closedQuote || length == 0 || !Self.isLetterOrDigit(s[stop - 1]) {
            return next != .lower || rules.lowercaseSentenceStarts
        }

        var letters = 0, digits = 0, innerDots = 0, longestSegment = 0, segment = 0
        for p in a..<stop {
            let x = s[p]
            if Self.isDigit(x) { digits += 1; segment += 1 } else if x == "." {
                innerDots += 1; longestSegment = max(longestSegment, segment); segment = 0
            } else if Self.isLetterOrDigit(x) { letters += 1; segment += 1 } else { segment += 1 }
        }
        longestSegment = max(longestSegment, segment)

        // Abbreviation lists; no entry is longer than a dozen scalars.
        if length <= 12, letters > 0 {
            let key = Self.lowercased(s, a..<stop)
            if rules.numberAbbreviations.contains(key), next == .digit { return false }
            // "14. Okt. 2025", "14 okt. 2025", "Sept. 16": an abbreviated month before its year
            // or day. Before a word it is left to the rules below ("…im Okt. Danach…" may end).
            if rules.monthAbbreviations.contains(key), next == .digit { return false }
            if rules.abbreviations.contains(key) { return false }
            if rules.finalAbbreviations.contains(key) {
                // "usw. Die …", "etc. The …" end; "GmbH & Co. KG", "Enron Corp. common" do not.
                switch next {
                case .opener: return true
                case .upper: return !rules.capitalisesNouns || rules.sentenceStarters.contains(nextWord(s, k))
                default: return false
                }
            }
        }
        // An initial ("Sergej W. Lawrow", "A. Noel") or one half of "z. B.", "d. h.", "u. a.",
        // unless the letter is a word of its own ("…bor i.") or a capital closes a sentence
        // before a typical opener ("…because of X. So I…"), which names after initials are not.
        if length == 1, letters == 1, !rules.oneLetterWords.contains(String(s[a])) {
            guard next == .upper, s[a].properties.isUppercase else { return false }
            let halfOfAbbreviation = a >= 3 && s[a - 1] == " " && s[a - 2] == "." && s[a - 3].properties.isAlphabetic
                && (a == 3 || Self.isSpace(s[a - 4]))
            let word = nextWord(s, k)
            return !halfOfAbbreviation && word.unicodeScalars.count > 1 && rules.sentenceStarters.contains(word)
        }

        if digits == length {
            let word = (next == .upper || next == .lower) ? nextWord(s, k) : ""
            if rules.months.contains(word) { return false }  // "10. April", "27. februar"
            if rules.ordinalsWithStop, rules.capitalisesNouns, length <= 3 {
                // German: "am 10. April", "der 1. FC", "im 19. Jahrhundert", "2. Soziale …".
                switch next {
                case .opener: return true
                case .upper: return rules.sentenceStarters.contains(word)
                default: return false
                }
            }
            if rules.ordinalsWithStop, next == .digit, length <= 2 { return false }  // "1. 2. …"
        } else if innerDots > 0, longestSegment <= 3, letters > 0 {
            // Dotted initialisms ("U.S.", "J.W.", "a.m."): ambiguous, so only a typical
            // sentence opener after them ("… in the U.S. The …") makes a boundary.
            switch next {
            case .opener: return true
            case .upper: return rules.sentenceStarters.contains(nextWord(s, k))
            default: return false
            }
        }

        switch next {
        case .upper, .opener, .bracket, .digit, .symbol: return true
        case .lower: return rules.lowercaseSentenceStarts
        case .other: return false
        }
    }

    /// The lower-cased letters of the word starting at `k` (at most 20), for list look-ups.
    private func nextWord(_ s: [Unicode.Scalar], _ k: Int) -> String {
        var e = k
        while e < s.count, e - k < 20, s[e].properties.isAlphabetic { e += 1 }
        return Self.lowercased(s, k..<e)
    }

    private static func lowercased(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for p in range {
            let x = s[p]
            if x.value >= 0x41 && x.value <= 0x5A {
                view.append(Unicode.Scalar(x.value + 0x20)!)
            } else if x.value < 0x80 || !x.properties.isUppercase {
                view.append(x)
            } else {
                view.append(contentsOf: x.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(view)
    }

    private static func classify(_ s: [Unicode.Scalar], _ k: Int) -> Next {
        let x = s[k]
        if isDigit(x) { return .digit }
        if x.value < 0x80 {
            if x.value >= 0x41 && x.value <= 0x5A { return .upper }
            if x.value >= 0x61 && x.value <= 0x7A { return .lower }
        }
        switch x {
        case "\"", "'", "`", "„", "“", "”", "‘", "’", "‚", "«", "»", "‹", "›":
            return .opener
        case "(", "[":
            return .bracket
        case ",":
            // Dutch ",,Mijn …" is a low opening quote typed as two commas.
            return k + 1 < s.count && s[k + 1] == "," ? .opener : .other
        case "-", "–", "—":
            // A dialogue or quotation dash ("- Jeg tolket det …", "-Sover du", "-``Wie") opens a
            // sentence; "-5" and "-ish" do not.
            guard k + 1 < s.count else { return .other }
            switch classify(s, k + 1) {
            case .upper, .opener: return .opener
            default: return isSpace(s[k + 1]) ? .opener : .other
            }
        case "¿", "¡":
            return .opener
        default:
            break
        }
        switch x {
        case ",", ";", ":", "%", ")", "]", "}", ".", "/", "&", "+":
            return .other
        default:
            break
        }
        if x.value < 0x80 {
            // ASCII without a property lookup (hundreds of instructions each).
            if x.value >= 0x41 && x.value <= 0x5A { return .upper }
            if x.value >= 0x61 && x.value <= 0x7A { return .lower }
            return x.value == 0x20 || (x.value >= 0x09 && x.value <= 0x0D) ? .other : .symbol
        }
        let properties = x.properties
        if properties.isUppercase || properties.changesWhenLowercased { return .upper }
        if properties.isLowercase { return .lower }
        if properties.isAlphabetic { return .upper }  // scripts without case
        return properties.isWhitespace ? .other : .symbol
    }

    @inline(__always) private static func isTerminator(_ x: Unicode.Scalar) -> Bool {
        x == "." || x == "!" || x == "?" || x == "…"
    }

    @inline(__always) private static func isCloser(_ x: Unicode.Scalar) -> Bool {
        switch x {
        case "\"", "'", "”", "“", "’", "‘", "»", "«", "›", "‹", ")", "]": return true
        default: return false
        }
    }

    /// Punctuation that can open a token: stripped before the abbreviation look-up.
    @inline(__always) private static func isOpenerPunctuation(_ x: Unicode.Scalar) -> Bool {
        switch x {
        case "(", "[", "\"", "'", "`", "„", "“", "”", "‘", "’", "‚", "«", "»", "‹", "›", "-", "–", "—", "/": return true
        default: return false
        }
    }

    @inline(__always) private static func isSpace(_ x: Unicode.Scalar) -> Bool { ScalarClass.isWhitespace(x) }

    @inline(__always) private static func isDigit(_ x: Unicode.Scalar) -> Bool {
        x.value >= 0x30 && x.value <= 0x39
    }

    /// ASCII digits only: other scripts' digits count as neither here.
    @inline(__always) private static func isLetterOrDigit(_ x: Unicode.Scalar) -> Bool { isDigit(x) || ScalarClass.isLetter(x) }
}
