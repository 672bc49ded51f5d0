import Foundation

/// One report as the corpus aligner sees it: its sentences plus the language-independent
/// evidence the earlier stages found in each (canonical entity ids, normalised dates, glossary
/// concept ids). Built from the store (`AlignmentService`) or, in tests, from the gold sentences,
/// so alignment figures do not depend on the cleaner and segmenter.
public struct CorpusAlignDocument: Sendable, Hashable {
    public var id: String
    public var language: LanguageCode
    public var sentences: [String]
    /// Per sentence: canonical entity ids of named entities (`loc-russia`, `per-darchiev`…).
    public var entities: [[String]]
    /// Per sentence: normalised date values (`2025-04-10`, `2025-02`, `2016`, `2025-W09`).
    public var dates: [[String]]
    /// Per sentence: glossary concept ids (filled by `CorpusAligner` when empty).
    public var concepts: [[String]]
    /// Per sentence: the rounds the rounds stage says it is about (empty: background or
    /// unknown). Two sentences about different rounds state different facts (GOLD.md "Links").
    public var rounds: [[Int]]
    /// Which of the concepts are kin (the glossary's relations, from the matcher that found them).
    public var relations: ConceptRelations
    /// Per sentence: the entity ids among `entities` that are persons. Two sentences that each
    /// name someone and share no one report what different people said or did
    /// (`AlignmentFeatures.persons`).
    public var persons: [[String]]

    public init(id: String, language: LanguageCode, sentences: [String], entities: [[String]]? = nil,
                dates: [[String]]? = nil, concepts: [[String]]? = nil, rounds: [[Int]]? = nil, relations: ConceptRelations = .none,
                persons: [[String]]? = nil) {
        self.relations = relations
        self.persons = persons ?? Array(repeating: [], count: sentences.count)
        self.id = id; self.language = language; self.sentences = sentences
        let empty = Array(repeating: [String](), count: sentences.count)
        self.entities = entities ?? empty
        self.dates = dates ?? empty
        self.concepts = concepts ?? empty
        self.rounds = rounds ?? Array(repeating: [], count: sentences.count)
    }

    public func ref(_ index: Int) -> SentenceRef { SentenceRef(articleID: id, index: index) }
}

/// Cross-language word evidence for the aligner, in an English pivot space: every stored
/// lexicon runs X→English (de, nl, nb), so translating each content stem of a sentence into
/// English stems lets any two of the four languages be compared with three dictionaries. Only
/// the corpus's vocabulary is kept, so it is small whatever the dictionaries' size.
public struct AlignmentLexicon: Sendable, Codable {
    /// Language → folded stem → English stems (at most `fanOut`, best weight first).
    public var pivot: [LanguageCode: [String: [String]]]
    /// The same dictionaries restricted to the corpus vocabulary (word forms), for BitextAligner.
    public var restricted: [LanguageCode: BilingualLexicon]

    public init(pivot: [LanguageCode: [String: [String]]] = [:], restricted: [LanguageCode: BilingualLexicon] = [:]) {
        self.pivot = pivot; self.restricted = restricted
    }

    public static let empty = AlignmentLexicon()

    // Codable by hand (BilingualLexicon is not): a built lexicon can be cached as JSON.
    private struct Stored: Codable { var pivot: [String: [String: [String]]]; var restricted: [String: [[String]]] }
    public init(from decoder: any Decoder) throws {
        let stored = try Stored(from: decoder)
        pivot = Dictionary(uniqueKeysWithValues: stored.pivot.map { (LanguageCode($0.key), $0.value) })
        restricted = Dictionary(uniqueKeysWithValues: stored.restricted.map { key, rows in
            (LanguageCode(key), BilingualLexicon(sourceLanguage: LanguageCode(key), targetLanguage: .english,
                                                 entries: rows.map { BilingualLexicon.Entry(source: $0[0], target: $0[1], weight: Double($0[2]) ?? 1) }))
        })
    }
    public func encode(to encoder: any Encoder) throws {
        try Stored(pivot: Dictionary(uniqueKeysWithValues: pivot.map { ($0.key.rawValue, $0.value) }),
                   restricted: Dictionary(uniqueKeysWithValues: restricted.map { ($0.key.rawValue, $0.value.entries.map { [$0.source, $0.target, String($0.weight)] }) }))
            .encode(to: encoder)
    }

    /// Changes whenever `build` reads the dictionaries differently, so that a lexicon cached by
    /// vocabulary (the tests keep one in the temporary folder) is rebuilt rather than reused.
    public static let buildVersion = 5

    /// Translations per stem kept: dictionaries list many senses and most are noise here.
    static let fanOut = 10

    /// English words that carry no content; translations into them are dropped.
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "be", "is", "are", "was", "were",
        "and", "or", "not", "it", "its", "as", "from", "that", "this", "there", "have", "has", "do", "oneself",
        "sth", "sb", "something", "somebody", "someone", "up", "out", "off", "into", "one", "s",
    ]

    /// Builds the pivot from X→English lexicons (English→X ones are reversed), keeping the
    /// stems of `vocabulary` only.
    public static func build(lexicons: [BilingualLexicon], vocabulary: [LanguageCode: Set<String>]) -> AlignmentLexicon {
        let english = SnowballStemmer(language: .english)
        var pivot: [LanguageCode: [String: [String: Double]]] = [:]
        var restricted: [LanguageCode: [BilingualLexicon.Entry]] = [:]
        // Readings of each vocabulary stem for when the dictionaries do not list it (participles,
        // compounds): their stems are looked up too.
        var readings: [LanguageCode: [String: [PivotFallback.Reading]]] = [:]
        var wanted: [LanguageCode: Set<String>] = vocabulary
        for (language, words) in vocabulary where language != .english {
            let fallback = PivotFallback(language: language)
            for word in words {
                let found = fallback.readings(of: word)
                readings[language, default: [:]][word] = found
                for reading in found { wanted[language, default: []].formUnion(reading) }
            }
        }
        for var lexicon in lexicons {
            if lexicon.sourceLanguage == .english && lexicon.targetLanguage != .english { lexicon = lexicon.reversed() }
            guard lexicon.targetLanguage == .english, let words = vocabulary[lexicon.sourceLanguage],
                  let lookups = wanted[lexicon.sourceLanguage] else { continue }
            let language = lexicon.sourceLanguage
            let stemmer = SnowballStemmer(language: language)
            for entry in lexicon.entries where !entry.source.contains(" ") {
                let stem = TextFolding.fold(stemmer?.stem(entry.source) ?? entry.source)
                guard lookups.contains(stem) else { continue }
                let targetWords = entry.target.split { !$0.isLetter }.map { String($0).lowercased() }
                    .filter { $0.count > 1 && !englishFunctionWords.contains($0) }
                // Long paraphrases ("to make sth. known to sb.") are explanations, not translations.
                guard !targetWords.isEmpty, targetWords.count <= 2 else { continue }
                if words.contains(stem) { restricted[language, default: []].append(entry) }
                for word in targetWords {
                    let target = TextFolding.fold(english?.stem(word) ?? word)
                    pivot[language, default: [:]][stem, default: [:]][target, default: 0] += entry.weight
                }
            }
        }
        func best(_ targets: [String: Double], _ count: Int) -> [String] {
            Array(targets.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key))
        }
        // Known English stems, against which a cognate spelling's guess is checked.
        var englishStems = vocabulary[.english] ?? []
        for table in pivot.values { for targets in table.values { englishStems.formUnion(targets.keys) } }
        var kept: [LanguageCode: [String: [String]]] = [:]
        for (language, words) in vocabulary {
            let cognates = CognateSpelling(language: language)
            let table = pivot[language] ?? [:]
            for word in words {
                if let targets = table[word] { kept[language, default: [:]][word] = best(targets, fanOut); continue }
                // The first reading whose every part the dictionaries know; a compound gets the
                // best translations of both its parts ("Visa|vergabe": visa and allocation).
                guard let reading = readings[language]?[word]?.first(where: { $0.allSatisfy { table[$0] != nil } }) else {
                    // A word no dictionary knows in any reading is most often an international
                    // one, written as in English ("visa", "department", "bank") or spelt the
                    // language's way ("delegasjon", `CognateSpelling`).
                    if language != .english, word.count >= 3, word.allSatisfy(\.isLetter) {
                        let spelt = cognates.englishForms(of: word).map { TextFolding.fold(english?.stem($0) ?? $0) }
                            .filter { englishStems.contains($0) }
                        let itself = TextFolding.fold(english?.stem(word) ?? word)
                        kept[language, default: [:]][word] = spelt.isEmpty ? [itself]
                            : Array(Set(spelt + (englishStems.contains(itself) ? [itself] : []))).sorted()
                    }
                    continue
                }
                let share = max(1, fanOut / reading.count)
                var merged: [String] = []
                for part in reading { for t in best(table[part]!, share) where !merged.contains(t) { merged.append(t) } }
                kept[language, default: [:]][word] = merged
            }
        }
        var bitext: [LanguageCode: BilingualLexicon] = [:]
        for (language, entries) in restricted {
            bitext[language] = BilingualLexicon(sourceLanguage: language, targetLanguage: .english, entries: entries)
        }
        return AlignmentLexicon(pivot: kept, restricted: bitext)
    }

    /// The lexicon BitextAligner should get for a pair, or nil (cognates, names and numbers only).
    public func bitextLexicon(_ a: LanguageCode, _ b: LanguageCode) -> BilingualLexicon? {
        if a == b { return nil }
        if b == .english { return restricted[a] }
        if a == .english { return restricted[b] }
        return nil
    }
}

extension CorpusAlignDocument {
    /// Documents from articles plus the entity stage's mentions (named entities by canonical id,
    /// dates by value), glossary concepts found by `matcher` (language independent ids) and the
    /// rounds stage's round per sentence (`rounds` nil: `RoundAnalyzer` runs on the same
    /// articles and mentions; it does not depend on alignment).
    /// The rounds the aligner works with when given none: the rounds stage on these articles'
    /// own cues (`align view` explains a link held apart by them with the same rounds).
    public static func alignerRounds(articles: [Article], mentions: [EntityMention]) -> [SentenceRef: [Int]] {
        roundsBySentence(RoundAnalyzer.analyze(articles: articles, mentions: mentions))
    }

    static func roundsBySentence(_ analysis: RoundAnalysis) -> [SentenceRef: [Int]] {
        Dictionary(analysis.assignments.map { ($0.sentence, $0.rounds) }, uniquingKeysWith: { _, last in last })
    }

    public static func documents(articles: [Article], mentions: [EntityMention], matcher: GlossaryMatcher?,
                                 rounds: RoundAnalysis? = nil) -> [CorpusAlignDocument] {
        let roundsOf = rounds.map(roundsBySentence) ?? alignerRounds(articles: articles, mentions: mentions)
        var entities: [String: [Int: Set<String>]] = [:], dates: [String: [Int: Set<String>]] = [:]
        var persons: [String: [Int: Set<String>]] = [:]
        for mention in mentions where mention.sentenceIndex >= 0 {
            if mention.kind == .date {
                if let value = mention.date?.value?.description { dates[mention.articleID, default: [:]][mention.sentenceIndex, default: []].insert(value) }
            } else if !mention.nested {
                entities[mention.articleID, default: [:]][mention.sentenceIndex, default: []].insert(mention.entityID)
                if mention.kind == .person { persons[mention.articleID, default: [:]][mention.sentenceIndex, default: []].insert(mention.entityID) }
            }
        }
        return articles.map { article in
            let texts = article.sentences.map(\.text)
            let concepts: [[String]] = texts.map { text in
                guard let matcher else { return [] }
                // Variants count too: "Betrieb der Botschaften" names the concept "Botschaftsbetrieb" does.
                let exact = matcher.matches(in: text, language: article.language)
                let found = exact.filter { !$0.nested } + matcher.variantMatches(in: text, language: article.language, exact: exact)
                return Array(Set(found.map(\.conceptID))).sorted()
            }
            return CorpusAlignDocument(
                id: article.id, language: article.language, sentences: texts,
                entities: texts.indices.map { (entities[article.id]?[$0] ?? []).sorted() },
                dates: texts.indices.map { (dates[article.id]?[$0] ?? []).sorted() },
                concepts: concepts,
                rounds: texts.indices.map { roundsOf[SentenceRef(articleID: article.id, index: $0)] ?? [] },
                relations: matcher?.relations ?? .none,
                persons: texts.indices.map { (persons[article.id]?[$0] ?? []).sorted() })
        }
    }
}

extension AlignmentLexicon {
    /// Folded Snowball stems of the documents' words per language: what `build` keeps.
    public static func vocabulary(of documents: [CorpusAlignDocument]) -> [LanguageCode: Set<String>] {
        let analyzer = SentenceAnalyzer()
        var result: [LanguageCode: Set<String>] = [:]
        for document in documents {
            for text in document.sentences {
                for token in analyzer.analyze(text, language: document.language).tokens where token.kind == .word {
                    result[document.language, default: []].insert(TextFolding.fold(token.stem))
                    for part in token.folded.split(separator: "-") where part.count >= 3 {
                        result[document.language, default: []].insert(TextFolding.fold(analyzer.stem(String(part), language: document.language)))
                    }
                }
            }
        }
        return result
    }
}
