/// Tokens, folded forms and Snowball stems of sentences. Holds one stemmer per language, so it is
/// a non-Sendable class: make one per task.
public final class SentenceAnalyzer {
    private var stemmers: [LanguageCode: SnowballStemmer] = [:]
    private let tokenizer = Tokenizer()

    public init() {}

    public struct Analysis: Sendable, Equatable {
        public var tokens: [Token]
        public var words: [String] { tokens.filter { $0.kind != .punctuation }.map(\.folded) }
        public var stems: [String] { tokens.filter { $0.kind != .punctuation }.map(\.stem) }
    }

    /// What the store keeps of a sentence: its folded words and stems, space-joined, and the
    /// folded text for the full-text index. Computed while preparing an article (on any core), so
    /// that committing it is only inserts.
    public struct IndexRow: Sendable, Equatable {
        public var words: String
        public var stems: String
        public var folded: String
    }

    public func indexRow(_ text: String, language: LanguageCode) -> IndexRow {
        let analysis = analyze(text, language: language)
        return IndexRow(words: analysis.words.joined(separator: " "), stems: analysis.stems.joined(separator: " "),
                        folded: TextFolding.fold(text))
    }

    public func stemmer(for language: LanguageCode) -> SnowballStemmer? {
        if let stemmer = stemmers[language] { return stemmer }
        let made = SnowballStemmer(language: language)
        stemmers[language] = made
        return made
    }

    public func stem(_ word: String, language: LanguageCode) -> String {
        stemmer(for: language)?.stem(word) ?? TextFolding.fold(word)
    }

    public func analyze(_ text: String, language: LanguageCode) -> Analysis {
        let stemmer = stemmer(for: language)
        let tokens = tokenizer.tokenize(text).map { raw -> Token in
            let folded = TextFolding.fold(raw.text)
            let stem = raw.kind == .word ? TextFolding.fold(stemmer?.stem(raw.text) ?? raw.text) : folded
            return Token(text: raw.text, span: raw.span, kind: raw.kind, folded: folded, stem: stem)
        }
        return Analysis(tokens: tokens)
    }
}
