import Foundation

/// What a query word stands for besides itself, in every language the query is read in.
///
/// * Other spellings of a name: the glossary's and those the entity stage linked
///   (`Glossary.searchVariants`), matched as whole words.
/// * The glossary concepts the word is a form of (a whole-word match of one of their terms in a
///   language it is read in), matched through their terms of the same part of speech in every
///   language by `GlossaryMatcher`'s rules, inflected and in compounds: "Kurier" finds
///   "couriers" and "diplomatkurerer" when the glossary has them as one concept; a verb term of
///   the concept does not widen a noun. In the language of the term, that is the word's own
///   inflections, by the term's part of speech and gender ("Botschaft" → "Botschaften", not
///   "Botschaftern").
/// * In the languages whose glossary terms it is not a form of: its Snowball stem, matched
///   against the stems of sentences in that language ("negotiate" ~ "negotiating"), and the word
///   itself as a term of no known kind, matched by the same rules: its inflections
///   ("diplomatkurer" → "diplomatkurerer", which Snowball does not conflate) and compounds
///   ("Kurier" in "Diplomatenkurier").
/// * The entities whose spelling has the word ("Washington"), or that are one of those concepts:
///   their mentions in sentences, where a word of the mention is close to the query word as a
///   name (`NameKey.similarity` ≥ 0.6): the entity stage's "Vashington", "Aleksandr Dartsjiev".
struct WordWidening {
    var typed: String
    var folded: String
    var variants: Set<String> = []
    /// Folded Snowball stems by language (only words with letters, stems of three letters or
    /// more; not in a language whose glossary terms the word is a form of).
    var stems: [LanguageCode: String] = [:]
    /// The id under which the word itself is a term of the search glossary, in the languages
    /// whose glossary terms it is not a form of (nil: none such, or too short to inflect: the
    /// matcher compares terms under four letters exactly).
    var termID: String?
    /// Glossary concepts the word is a form of → the parts of speech of the terms it matched
    /// ("" for a term without one); a match of a term of another part of speech does not count.
    var concepts: [String: Set<String>] = [:]
    /// Entity mentions that count for the word, by sentence.
    var mentions: [SentenceRef: [SearchMark]] = [:]
    /// FTS5 atoms that together find every sentence any of the above can match (and more:
    /// candidates are checked by `SearchEngine.marks`).
    var candidates: [String] = []

    static let nameSimilarity = 0.6
}

/// A matched stretch of a sentence: what `SearchHit.matches` and the snippet's «» are made of.
struct SearchMark {
    var span: TextSpan
    var kind: CorpusStore.SearchHit.Match.Kind
    var source: String?
}

/// The widenings of a query's words and what checks them: the workspace's glossary plus one
/// concept per query word (the word as a term of every language it is read in).
struct SearchWidening {
    var words: [String: WordWidening]
    var matcher: GlossaryMatcher
    /// The glossary's concepts by id.
    var concepts: [String: Concept]

    /// The part of speech of the glossary term a match is of.
    func partOfSpeech(_ match: GlossaryMatch) -> String? { Self.partOfSpeech(match, concepts: concepts) }

    static func partOfSpeech(_ match: GlossaryMatch, concepts: [String: Concept]) -> String? {
        concepts[match.conceptID]?.terms.first { $0.language == match.language && $0.text == match.term }?.partOfSpeech
    }
}

/// Builds the widenings of a query's words from the glossary, the stored entities and the
/// full-text index's vocabulary.
struct SearchWidener {
    let store: CorpusStore
    let glossary: Glossary
    let entities: [CanonicalEntity]
    let languages: [LanguageCode]
    let analyzer: SentenceAnalyzer

    /// The widenings by folded query word.
    func widen(_ query: SearchQuery) throws -> SearchWidening {
        let variants = glossary.searchVariants(entities: entities)
        let concepts = Dictionary(glossary.concepts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lookup = GlossaryMatcher(glossary: glossary, languages: languages)
        var words: [String: WordWidening] = [:]
        var queryConcepts: [Concept] = []
        for term in query.terms {
            guard case .word(let typed, let folded) = term, words[folded] == nil else { continue }
            var widening = WordWidening(typed: typed, folded: folded)
            widening.variants = Set((variants[folded] ?? []).filter { $0.allSatisfy { $0.isLetter || $0.isNumber } })
            guard folded.contains(where: \.isLetter) else { words[folded] = widening; continue }
            // The glossary concepts the word is a whole-word form of (as typed, or capitalised:
            // a name's terms must be capitalised in the text), and in which languages.
            var known: Set<LanguageCode> = []
            for form in Set([typed, typed.prefix(1).uppercased() + typed.dropFirst()]) {
                let whole = TextSpan(start: 0, end: form.unicodeScalars.count)
                for language in languages {
                    for match in lookup.matches(in: form, language: language) where match.span == whole && match.role == .words {
                        widening.concepts[match.conceptID, default: []].insert(SearchWidening.partOfSpeech(match, concepts: concepts) ?? "")
                        known.insert(language)
                    }
                }
            }
            // Where the glossary knows the word, its terms' part of speech and gender decide the
            // inflections; elsewhere the language's stem and the word as a term of no known kind.
            let unknown = languages.filter { !known.contains($0) }
            for language in unknown {
                if let stem = analyzer.analyze(typed, language: language).stems.first, stem.count >= 3 { widening.stems[language] = stem }
            }
            if folded.count >= 4, !unknown.isEmpty {
                let id = " search \(queryConcepts.count)"   // not an NCName: no glossary concept has it
                widening.termID = id
                queryConcepts.append(Concept(id: id, subjectField: "search", terms: unknown.map { Term(language: $0, text: typed.lowercased()) }))
            }
            words[folded] = widening
        }
        var result = SearchWidening(words: words, matcher: GlossaryMatcher(glossary: Glossary(concepts: glossary.concepts + queryConcepts)),
                                    concepts: concepts)
        try addMentions(to: &result.words)
        try addCandidates(to: &result.words)
        return result
    }

    /// Mentions of the entities each word names (see `WordWidening`).
    private func addMentions(to words: inout [String: WordWidening]) throws {
        var selected: [String: Set<String>] = [:]   // entity id → folded query words
        for (folded, widening) in words where folded.count >= 3 && folded.contains(where: \.isLetter) {
            for entity in entities where entity.kind != .date {
                let spellingWords = entity.spellings.values.joined().flatMap { TextFolding.fold($0).split { !$0.isLetter && !$0.isNumber } }
                if spellingWords.contains(where: { $0 == folded }) || entity.conceptID.map({ widening.concepts[$0] != nil }) == true {
                    selected[entity.id, default: []].insert(folded)
                }
            }
        }
        guard !selected.isEmpty else { return }
        let ids = selected.keys.sorted()
        let rows = try store.database.query("""
            SELECT m.article_id, m.sentence_idx, m.start, m.end, m.text, m.entity_id, a.language
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.sentence_idx >= 0 AND m.entity_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
            """, ids.map { .text($0) }) { row in
            (SentenceRef(articleID: row.text(0), index: row.int(1)), TextSpan(start: row.int(2), end: row.int(3)),
             row.text(4), row.text(5), LanguageCode(row.text(6)))
        }
        for (ref, span, text, entity, language) in rows {
            let mentionWords = TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 3 }
            for folded in selected[entity] ?? [] {
                let key = NameKey.wordKey(folded, language: language)
                guard mentionWords.contains(where: { NameKey.similarity(NameKey.wordKey($0, language: language), key) >= WordWidening.nameSimilarity })
                else { continue }
                words[folded]!.mentions[ref, default: []].append(SearchMark(span: span, kind: .entity, source: entity))
                words[folded]!.candidates += mentionWords.map { SearchQuery.atom($0) }
            }
        }
    }

    /// FTS5 atoms for each word's candidates: its variants, a prefix of each stem, and the words
    /// of the index's vocabulary that contain a key of the word's own term or of its concepts'
    /// terms (compounds have the term anywhere: "diplomatenkurier").
    private func addCandidates(to words: inout [String: WordWidening]) throws {
        var keys: [String: Set<String>] = [:]   // key → folded query words
        for (folded, widening) in words {
            var atoms = Set(widening.variants.map { SearchQuery.atom($0) })
            for stem in Set(widening.stems.values) {
                // One letter short: English "embassies" stems to "embassi", "embassy" does not start with it.
                atoms.insert(SearchQuery.atom(String(stem.prefix(max(4, stem.count - 1))), prefix: true))
            }
            if widening.termID != nil { keys[Self.key(folded), default: []].insert(folded) }
            for (concept, parts) in widening.concepts {
                for term in glossary.concept(id: concept)?.terms ?? [] {
                    guard parts.contains(term.partOfSpeech ?? "") || parts.contains("") else { continue }
                    let termWords = TextFolding.fold(term.text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
                    guard let longest = termWords.max(by: { $0.count < $1.count }) else { continue }
                    if longest.count >= 4 { keys[Self.key(longest), default: []].insert(folded) }
                    else { atoms.formUnion([SearchQuery.atom(longest), SearchQuery.atom(longest + "s")]) }
                }
            }
            words[folded]!.candidates += atoms.sorted()
        }
        guard !keys.isEmpty else { return }
        try store.database.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, sentence_fts, row)")
        let list = keys.keys.sorted()
        let vocabulary = try store.database.query(
            "SELECT term FROM temp.search_vocabulary WHERE " + list.map { _ in "instr(term, ?) > 0" }.joined(separator: " OR "),
            list.map { .text($0) }) { $0.text(0) }
        for term in vocabulary {
            for key in list where term.contains(key) {
                for folded in keys[key]! { words[folded]!.candidates.append(SearchQuery.atom(term)) }
            }
        }
    }

    /// What a term word's inflections and compounds contain: the word without the endings it
    /// may drop (three letters at most: "negotiat|e", Dutch "consul|aat" → "consulaten"), at
    /// least four letters.
    static func key(_ folded: String) -> String { String(folded.prefix(max(4, folded.count - 3))) }
}
