import Foundation

extension CorpusStore {
    public struct SearchHit: Codable, Sendable, Equatable {
        /// One stretch of the sentence that answers a query term, and how.
        public struct Match: Codable, Sendable, Equatable {
            /// Most direct first: of two overlapping matches the first kind is kept.
            public enum Kind: String, Codable, Sendable, CaseIterable {
                /// The query word (folded: case, diacritics, ø æ ß).
                case exact
                /// The quoted words in order.
                case phrase
                /// A word starting with the prefix.
                case prefix
                /// Another spelling of the name: the glossary's, or one the entity stage linked.
                case variant
                /// The query word with an ending of the sentence's language (the glossary matcher's rules).
                case inflection
                /// A word with the query word's Snowball stem in the sentence's language.
                case stem
                /// The query word as part of a closed compound.
                case compound
                /// A term (or its inflection or compound) of the glossary concept the query word is a form of.
                case glossary
                /// A mention the entity stage linked to the entity the query word names.
                case entity
            }
            /// The query term, as typed.
            public var query: String
            /// The sentence's words that matched.
            public var form: String
            public var kind: Kind
            /// The glossary concept (`glossary`) or entity (`entity`) behind the match.
            public var source: String?

            /// "Kuriere: inflection of Kurier", for people.
            public var explanation: String {
                let how: String
                switch kind {
                case .exact: how = "the word"
                case .phrase: how = "the phrase"
                case .prefix: how = "starts with"
                case .variant: how = "other spelling of"
                case .inflection: how = "inflection of"
                case .stem: how = "same stem as"
                case .compound: how = "compound with"
                case .glossary: how = "glossary term for"
                case .entity: how = "same entity as"
                }
                return "\(form): \(how) \(query)" + (source.map { " (\($0))" } ?? "")
            }
        }

        public var articleID: String
        public var language: LanguageCode
        public var sentenceIndex: Int
        public var text: String
        /// The sentence with the matched words in «».
        public var snippet: String
        /// What matched, in text order.
        public var matches: [Match]
    }

    /// Full-text search of the exact words (folded the same way as the index: case, diacritics,
    /// ø æ ß). Words are ANDed; a trailing * is a prefix query; "quoted phrases" match as phrases.
    /// `variants`: other spellings of a folded word (`Glossary.searchVariants`); a plain query word
    /// with variants matches any of them. `SearchService.search` is the widened search of
    /// `dragoman search`.
    public func search(_ query: String, limit: Int = 50, variants: [String: [String]] = [:]) throws -> [SearchHit] {
        try SearchEngine(store: self, query: SearchQuery(query), variants: variants, widening: nil).run(limit: limit)
    }
}

/// How `dragoman search` reads a query.
public struct SearchOptions: Sendable, Equatable {
    public var limit: Int
    /// Only the words as typed (folded): no name variants, stems, inflections, compounds,
    /// glossary translations or entity mentions.
    public var exact: Bool
    /// The languages a query word is read in: stemmed with their stemmers, matched as a term of
    /// theirs, looked up among their glossary terms. Its exact form, and the translations and
    /// entity mentions found through the glossary and the entity stage, match in every language.
    public var languages: [LanguageCode]

    public init(limit: Int = 50, exact: Bool = false, languages: [LanguageCode] = LanguageCode.supported) {
        self.limit = limit; self.exact = exact; self.languages = languages
    }
}

/// The search of `dragoman search`.
///
/// First the sentences the words themselves find, as before: exact (folded) words, phrases,
/// prefixes and the names' other spellings, ranked by the full-text index. Then, unless `exact`,
/// the sentences only the widening finds (`WordWidening`): inflections and stems, compounds,
/// glossary translations, entity mentions. Every query term must match in a sentence, each in
/// any of its ways; every hit lists what matched and how.
///
/// The widening reads the entity tables, so they are brought up to date first (as every
/// command that reads them does): the answer does not depend on which command ran before.
public enum SearchService {
    public static func search(_ query: String, store: CorpusStore, workspace: Workspace, options: SearchOptions = .init(),
                              beforeEntityRebuild: () -> Void = {}) throws -> [CorpusStore.SearchHit] {
        let parsed = SearchQuery(query)
        if options.exact {
            return try SearchEngine(store: store, query: parsed, variants: [:], widening: nil).run(limit: options.limit)
        }
        let glossary = try EntityIndex.ensureCurrent(store: store, workspace: workspace, beforeRebuild: beforeEntityRebuild)
        let analyzer = SentenceAnalyzer()
        let widener = SearchWidener(store: store, glossary: glossary, entities: try EntityIndex.storedEntities(in: store),
                                    languages: options.languages, analyzer: analyzer)
        let widening = try widener.widen(parsed)
        return try SearchEngine(store: store, query: parsed, variants: widening.words.mapValues { $0.variants.sorted() },
                                widening: widening, analyzer: analyzer).run(limit: options.limit)
    }
}

/// Runs a parsed query against the store's full-text index and marks what matched.
struct SearchEngine {
    let store: CorpusStore
    let query: SearchQuery
    let variants: [String: [String]]
    /// nil: the exact search.
    let widening: SearchWidening?
    var analyzer = SentenceAnalyzer()

    private struct Row {
        var ref: SentenceRef
        var language: LanguageCode
        var text: String
    }

    func run(limit: Int) throws -> [CorpusStore.SearchHit] {
        guard !query.terms.isEmpty, limit > 0 else { return [] }
        var hits: [CorpusStore.SearchHit] = []
        var seen: Set<SentenceRef> = []
        let direct = query.expression { word in
            (variants[word] ?? []).filter { $0.allSatisfy { $0.isLetter || $0.isNumber } }.map { SearchQuery.atom($0) }
        }
        // The index found every term: the marks only show where (a form the index splits
        // otherwise than words of letters and digits may go unmarked).
        for row in try rows(direct, limit: limit) {
            seen.insert(row.ref)
            hits.append(hit(row, marks: marks(row).flatMap { $0 }))
        }
        guard let widening, hits.count < limit else { return hits }
        let wide = query.expression { word in Array(Set(widening.words[word]?.candidates ?? [])).sorted() }
        for row in try rows(wide, limit: nil) where !seen.contains(row.ref) {
            let perTerm = marks(row)
            guard perTerm.allSatisfy({ !$0.isEmpty }) else { continue }
            hits.append(hit(row, marks: perTerm.flatMap { $0 }))
            if hits.count == limit { break }
        }
        return hits
    }

    private func rows(_ expression: String, limit: Int?) throws -> [Row] {
        try store.database.query("""
            SELECT s.article_id, a.language, s.idx, s.text
            FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid JOIN articles a ON a.id = s.article_id
            WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ?
            """, [.text(expression), .int(limit ?? -1)]) { row in
            Row(ref: SentenceRef(articleID: row.text(0), index: row.int(2)), language: LanguageCode(row.text(1)), text: row.text(3))
        }
    }

    /// A word of the sentence as the index splits it: a run of letters and digits.
    private struct Word {
        var text: String
        var folded: String
        var span: TextSpan
    }

    private static func words(_ text: String) -> [Word] {
        var result: [Word] = [], current = "", start = 0, offset = 0
        func flush() {
            if !current.isEmpty { result.append(Word(text: current, folded: TextFolding.fold(current), span: TextSpan(start: start, end: offset))) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else { flush() }
            offset += character.unicodeScalars.count
        }
        flush()
        return result
    }

    /// Per query term, what matches it in the sentence (empty: the term does not match).
    private func marks(_ row: Row) -> [[(term: SearchQuery.Term, mark: SearchMark)]] {
        let words = Self.words(row.text)
        var stems: [Int: String] = [:]
        func stem(_ index: Int) -> String {
            if let known = stems[index] { return known }
            let value = TextFolding.fold(analyzer.stem(words[index].text, language: row.language))
            stems[index] = value
            return value
        }
        let needsMatcher = widening?.words.values.contains { $0.termID != nil || !$0.concepts.isEmpty } ?? false
        let glossaryMatches = needsMatcher ? widening!.matcher.matches(in: row.text, language: row.language) : []

        return query.terms.map { term -> [(term: SearchQuery.Term, mark: SearchMark)] in
            var found: [SearchMark] = []
            switch term {
            case .phrase(let phrase):
                guard !phrase.isEmpty, words.count >= phrase.count else { break }
                for start in 0...(words.count - phrase.count)
                where words[start..<(start + phrase.count)].map(\.folded).elementsEqual(phrase) {
                    found.append(SearchMark(span: TextSpan(start: words[start].span.start, end: words[start + phrase.count - 1].span.end), kind: .phrase))
                }
            case .prefix(let prefix):
                for word in words where word.folded.hasPrefix(prefix) { found.append(SearchMark(span: word.span, kind: .prefix)) }
            case .word(_, let folded):
                let others = Set(variants[folded] ?? [])
                let widened = widening?.words[folded]
                for (index, word) in words.enumerated() {
                    if word.folded == folded { found.append(SearchMark(span: word.span, kind: .exact)) }
                    else if others.contains(word.folded) { found.append(SearchMark(span: word.span, kind: .variant)) }
                    else if let wanted = widened?.stems[row.language], stem(index) == wanted {
                        found.append(SearchMark(span: word.span, kind: .stem))
                    }
                }
                if let widened {
                    for match in glossaryMatches {
                        // The word's own term (the query's, or the glossary's the word is a form of).
                        if match.conceptID == widened.termID || (widened.concepts[match.conceptID] != nil && TextFolding.fold(match.term) == folded) {
                            let kind: CorpusStore.SearchHit.Match.Kind = match.role == .head || match.role == .modifier ? .compound
                                : match.distance == 0 ? .exact : .inflection
                            found.append(SearchMark(span: match.span, kind: kind))
                        } else if let parts = widened.concepts[match.conceptID],
                                  parts.contains("") || parts.contains(widening!.partOfSpeech(match) ?? "") {
                            found.append(SearchMark(span: match.span, kind: .glossary, source: match.conceptID))
                        }
                    }
                    found += widened.mentions[row.ref] ?? []
                }
            }
            return found.map { (term, $0) }
        }
    }

    /// The hit with its snippet and matches: overlapping marks keep the most direct kind.
    private func hit(_ row: Row, marks: [(term: SearchQuery.Term, mark: SearchMark)]) -> CorpusStore.SearchHit {
        let order = Dictionary(uniqueKeysWithValues: CorpusStore.SearchHit.Match.Kind.allCases.enumerated().map { ($1, $0) })
        var kept: [(term: SearchQuery.Term, mark: SearchMark)] = []
        for candidate in marks.sorted(by: { (order[$0.mark.kind]!, $0.mark.span.start) < (order[$1.mark.kind]!, $1.mark.span.start) }) {
            let span = candidate.mark.span
            if kept.contains(where: { $0.mark.span.start < span.end && span.start < $0.mark.span.end }) { continue }
            kept.append(candidate)
        }
        kept.sort { $0.mark.span.start < $1.mark.span.start }
        let scalars = Array(row.text.unicodeScalars)
        func slice(_ span: TextSpan) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        var matches: [CorpusStore.SearchHit.Match] = []
        for mark in kept {
            let match = CorpusStore.SearchHit.Match(query: mark.term.display, form: slice(mark.mark.span), kind: mark.mark.kind, source: mark.mark.source)
            if !matches.contains(match) { matches.append(match) }
        }
        return CorpusStore.SearchHit(articleID: row.ref.articleID, language: row.language, sentenceIndex: row.ref.index, text: row.text,
                                     snippet: Self.snippet(scalars, spans: kept.map(\.mark.span)), matches: matches)
    }

    /// The sentence with the spans in «», spans only white space apart as one ("«niet op de
    /// agenda»"). «» in the text itself stay as they are.
    static func snippet(_ scalars: [Unicode.Scalar], spans: [TextSpan]) -> String {
        var merged: [TextSpan] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, span.start <= last.end || scalars[last.end..<span.start].allSatisfy({ $0.properties.isWhitespace }) {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else { merged.append(span) }
        }
        var result = String.UnicodeScalarView(), position = 0
        for span in merged {
            result.append(contentsOf: scalars[position..<span.start])
            result.append("«"); result.append(contentsOf: scalars[span.start..<span.end]); result.append("»")
            position = span.end
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }
}
