/// A translation dictionary for one language pair: folded term → weighted folded translations.
///
/// Terms are `LexiconBytes.foldTerm` forms (lower case, diacritics removed) and may be phrases;
/// `stemmed(source:target:)` derives the single-word, Snowball-stem lexicon the aligner uses.
/// The value is immutable once built, so it is `Sendable` and can be shared between tasks; the
/// flat `entries` view and `init(sourceLanguage:targetLanguage:entries:)` exist so a store can
/// cache a lexicon (e.g. in SQLite) instead of parsing dictionaries at every start.
public struct BilingualLexicon: Sendable, Equatable {
    public struct Translation: Hashable, Sendable {
        public var term: String
        /// In (0, 1]: 1 for a dictionary's main sense; lower for secondary senses and for
        /// translations derived by splitting phrases.
        public var weight: Double
        public init(term: String, weight: Double) { self.term = term; self.weight = weight }
    }

    public struct Entry: Hashable, Sendable {
        public var source: String
        public var target: String
        public var weight: Double
        public init(source: String, target: String, weight: Double = 1) {
            self.source = source; self.target = target; self.weight = weight
        }
    }

    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    /// Translations per source term, best weight first, each target term once.
    private let table: [String: [Translation]]

    public init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, entries: some Sequence<Entry>) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        // Duplicate pairs (several senses, several sources) keep their best weight.
        var best: [String: [String: Double]] = [:]
        for entry in entries where !entry.source.isEmpty && !entry.target.isEmpty && entry.weight > 0 {
            best[entry.source, default: [:]][entry.target] = max(best[entry.source]?[entry.target] ?? 0, min(1, entry.weight))
        }
        table = best.mapValues { targets in
            targets.map { Translation(term: $0.key, weight: $0.value) }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        }
    }

    /// The translations of a folded term (use `LexiconBytes`-style folding: `TextFolding.fold`).
    public func translations(of term: String) -> [Translation] { table[term] ?? [] }

    public var sourceTermCount: Int { table.count }
    public var entryCount: Int { table.values.reduce(0) { $0 + $1.count } }
    public var isEmpty: Bool { table.isEmpty }

    /// Every (source, target, weight) triple, sorted by source then target so that caches and
    /// tests see a stable order.
    public var entries: [Entry] {
        table.keys.sorted().flatMap { source in
            table[source]!.sorted { $0.term < $1.term }.map { Entry(source: source, target: $0.term, weight: $0.weight) }
        }
    }

    /// The target→source lexicon: Norwegian→English from eng-nor, French→German from deu-fra.
    public func reversed() -> BilingualLexicon {
        BilingualLexicon(sourceLanguage: targetLanguage, targetLanguage: sourceLanguage,
                         entries: table.lazy.flatMap { source, translations in
                             translations.map { Entry(source: $0.term, target: source, weight: $0.weight) }
                         })
    }

    /// The union of two lexicons for the same pair (e.g. deu-fra with reversed fra-deu); a pair in
    /// both keeps its better weight.
    public func merging(_ other: BilingualLexicon) -> BilingualLexicon {
        precondition(other.sourceLanguage == sourceLanguage && other.targetLanguage == targetLanguage,
                     "merging lexicons of different language pairs")
        return BilingualLexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                entries: entries + other.entries)
    }

    /// The word-level lexicon on Snowball stems, which is what sentence alignment matches on:
    /// "Bergen" and "Berg" meet "montagnes" and "montagne". Multi-word source terms are dropped
    /// (a token lookup never sees them); a multi-word translation ("larme de rire") is split into
    /// its words of three or more letters, each with the weight shared out, because any of them
    /// showing up in the other sentence is evidence.
    public func stemmed(source sourceStemmer: SnowballStemmer?, target targetStemmer: SnowballStemmer?) -> BilingualLexicon {
        var targetCache: [String: [String]] = [:]
        func targetStems(_ term: String) -> [String] {
            if let cached = targetCache[term] { return cached }
            let words = term.split(separator: " ").filter { $0.unicodeScalars.count >= 3 || !term.contains(" ") }
            let stems = words.map { targetStemmer?.stem(String($0)) ?? String($0) }
            targetCache[term] = stems
            return stems
        }
        var result: [Entry] = []
        for (source, translations) in table where !source.contains(" ") {
            let sourceStem = sourceStemmer?.stem(source) ?? source
            for translation in translations {
                let stems = targetStems(translation.term)
                for stem in stems where !stem.isEmpty {
                    result.append(Entry(source: sourceStem, target: stem, weight: translation.weight / Double(stems.count)))
                }
            }
        }
        return BilingualLexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, entries: result)
    }
}
