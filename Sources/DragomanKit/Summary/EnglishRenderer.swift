import Foundation

/// Word translations for glossing: the bilingual lexicon behind a small seam, so the brief can
/// use the workspace's cached Debian dictionaries while tests use an in-memory lexicon.
public protocol GlossLexicon {
    /// English translations of a folded word (lower case, diacritics removed), best first;
    /// empty when the word is unknown.
    func translations(of word: String, from language: LanguageCode) -> [BilingualLexicon.Translation]
    /// How many dictionary entries of the language have this English translation: a frequency
    /// proxy (common words translate many source words), so "former" wins over "alum" and
    /// "step" over "crotch" among a dictionary's equally weighted senses.
    func popularity(of english: String, from language: LanguageCode) -> Int
}

/// The workspace lexicon (`dragoman glossary lexicon import`). Only the lexicon: glossary terms
/// are found by the renderer's matcher before a word ever gets here, so glossary-first holds.
public struct CachedGlossLexicon: GlossLexicon {
    let cache: LexiconCache
    public init(cache: LexiconCache) { self.cache = cache }
    public func translations(of word: String, from language: LanguageCode) -> [BilingualLexicon.Translation] {
        (try? cache.translations(of: word, from: language, to: .english, limit: 12)) ?? []
    }
    public func popularity(of english: String, from language: LanguageCode) -> Int {
        (try? cache.database.scalarInt("SELECT count(*) FROM lexicon_entries WHERE source_language = ? AND target_language = 'en' AND target = ?",
                                       [.text(language.rawValue), .text(english)])) ?? 0
    }
}

/// In-memory lexicons per source language (tests; callers that parsed dictionaries themselves).
public struct InMemoryGlossLexicon: GlossLexicon, Sendable {
    let lexicons: [LanguageCode: BilingualLexicon]
    let counts: [LanguageCode: [String: Int]]
    public init(_ lexicons: [BilingualLexicon]) {
        let merged = Dictionary(lexicons.filter { $0.targetLanguage == .english }.map { ($0.sourceLanguage, $0) }, uniquingKeysWith: { a, b in a.merging(b) })
        self.lexicons = merged
        counts = merged.mapValues { lexicon in
            var counts: [String: Int] = [:]
            for entry in lexicon.entries { counts[entry.target, default: 0] += 1 }
            return counts
        }
    }
    public func translations(of word: String, from language: LanguageCode) -> [BilingualLexicon.Translation] {
        lexicons[language]?.translations(of: word) ?? []
    }
    public func popularity(of english: String, from language: LanguageCode) -> Int { counts[language]?[english] ?? 0 }
}

/// No lexicon: glossary, entities, dates and function words only.
public struct EmptyGlossLexicon: GlossLexicon {
    public init() {}
    public func translations(of word: String, from language: LanguageCode) -> [BilingualLexicon.Translation] { [] }
    public func popularity(of english: String, from language: LanguageCode) -> Int { 0 }
}

/// One sentence to render, with what the entity stage found in it.
public struct RenderInput: Sendable {
    public var sentence: SentenceRef
    public var language: LanguageCode
    public var text: String
    public var role: SentenceRole
    /// Mentions in this sentence (spans index `text`).
    public var mentions: [EntityMention]
    public init(sentence: SentenceRef, language: LanguageCode, text: String, role: SentenceRole = .body, mentions: [EntityMention] = []) {
        self.sentence = sentence; self.language = language; self.text = text; self.role = role; self.mentions = mentions
    }
}

/// Turns a statement into English: the cleanest English member when there is one, else a gloss
/// of the best non-English member through the glossary, the entity stage's canonical names,
/// normalised dates, a function-word table and the bilingual lexicon.
///
/// Glossing is deliberately literal (it must never invent content): it keeps every content word
/// it cannot translate, drops only function words that have no English counterpart (reflexive
/// "sich", infinitive "zu"/"om"/"te"), and moves a clause-final German/Dutch verb up to its
/// auxiliary ("wird … treffen" → "will meet …") because that one reordering makes most glosses
/// readable.
public struct EnglishRenderer {
    public let glossary: Glossary
    let matcher: GlossaryMatcher
    let lexicon: any GlossLexicon
    let entityNames: [String: CanonicalEntity]
    /// Per English report, the share of its mentions of glossary people and properties whose
    /// spelling is garbled ("Dartschiew", "Kirentworth"): machine-translated reports garble names
    /// and word order alike, so of two English sentences saying the same, the one from the report
    /// that garbles fewer names usually reads better (`garbledShares`).
    public var garbling: [String: Double] = [:]
    /// Per English report, the share of its sentences in a foreign word order
    /// (`EnglishWordOrder`): a report machine-translated into English reads clumsily in its
    /// other sentences too.
    public var foreignOrder: [String: Double] = [:]
    /// Folded words of the corpus's English reports: among a dictionary's equal senses, the one
    /// the story's own English uses (`GlossMorphology.bestTranslation`).
    public var englishVocabulary: Set<String> = []
    /// Per glossary place, its names in the other languages that are not also English names
    /// (folded): "Wien", "Moskau" left standing in a machine-translated English sentence.
    let foreignPlaceNames: [String: Set<String>]

    public init(glossary: Glossary, matcher: GlossaryMatcher? = nil, lexicon: any GlossLexicon, entities: [CanonicalEntity]) {
        self.glossary = glossary
        self.matcher = matcher ?? GlossaryMatcher(glossary: glossary)
        self.lexicon = lexicon
        self.entityNames = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var foreign: [String: Set<String>] = [:]
        for concept in glossary.concepts where concept.kind == .place {
            let english = Set(concept.terms(in: .english).map { TextFolding.fold($0.text) })
            // Names only: a lowercase term is an adjective ("russisch"), not a name to swap.
            let others = Set(concept.terms.filter { $0.language != .english && $0.text.first?.isUppercase == true }
                .map { TextFolding.fold($0.text) }).subtracting(english)
            if !others.isEmpty { foreign[concept.id] = others }
        }
        foreignPlaceNames = foreign
    }

    // MARK: - Choosing the member

    /// How clean an English sentence looks: names and terms the glossary knows count for it,
    /// capitalised words nobody knows (garbled names like "Kirentworth") against it.
    /// A wire dateline ("OSLO, Dec 9 (Northern Wire) - ") counts neither way: the brief drops it.
    public func cleanliness(_ input: RenderInput) -> Double {
        let dateline = WireDateline.datelineScalars(input.text) ?? 0
        let matches = matcher.topLevelMatches(in: input.text, language: input.language).filter { $0.span.start >= dateline }
        let mentions = input.mentions.filter { !$0.nested && $0.span.start >= dateline }
        var covered: [TextSpan] = matches.map(\.span)
        covered += mentions.map(\.span)
        let known = matches.filter { $0.kind != .term }.count + mentions.filter { $0.kind != .date }.count
        var unknown = 0
        // The first word after the dateline starts the sentence: its capital says nothing.
        let words = GlossTokenizer.tokens(input.text).filter { $0.kind == .word && $0.span.start >= dateline }
        for token in words.dropFirst() {
            guard token.text.first?.isUppercase == true else { continue }
            if !covered.contains(where: { $0.start <= token.span.start && token.span.end <= $0.end }) { unknown += 1 }
        }
        var score = Double(known) - 1.5 * Double(unknown)
        if input.role == .fragment { score -= 10 }
        if input.role == .subheading { score -= 1 }
        return score
    }

    /// The member to render: an English one if any (the cleanest), else the cleanest of the
    /// others, German and Dutch before Norwegian only on ties (the lexicons are larger).
    /// - Parameter roundHeld: the round has taken place, so a member telling it in the future
    ///   ("the talks will be held at the embassy", from a preview) reads worse than one telling
    ///   what happened.
    /// - Parameter previews: reports published before the round's day: for a held round they
    ///   tell what was expected ("Moscow wants access to the estate"), not what came of it.
    public func chooseMember(_ members: [RenderInput], roundHeld: Bool = false, previews: Set<String> = []) -> RenderInput? {
        let english = members.filter { $0.language == .english }
        let pool = english.isEmpty ? members : english
        let languageRank: [LanguageCode: Int] = [.english: 0, .german: 1, .dutch: 2, .norwegian: 3]
        // For a held round, a reporter's English told after the fact comes first, however many
        // names the preview's sentence holds; cleanliness decides within each group. Among
        // glosses a preview may be the only one with the date and the names, so there it only
        // loses points. A sentence of a later report told in the future only loses points too:
        // it is as often a step the round agreed ("under the deal, each side will designate a
        // bank") as a forecast. Each member's key is computed once (glossary matching and the
        // tense reading are not cheap), not in every comparison.
        let keyed = pool.map { input in
            let preview = roundHeld && previews.contains(input.sentence.articleID)
            let future = roundHeld && !preview && Self.isFuture(input)
            return (input: input,
                    afterTheFact: english.isEmpty || !preview,
                    // Among glosses the preview only loses points: it may still be the one with
                    // the date and the names.
                    score: cleanliness(input) - lengthPenalty(input) - 3 * (garbling[input.sentence.articleID] ?? 0)
                        - wordOrderPenalty(input) - ((preview && english.isEmpty) || future ? 3 : 0),
                    rank: languageRank[input.language] ?? 9)
        }
        return keyed.max { a, b in
            if a.afterTheFact != b.afterTheFact { return !a.afterTheFact }
            if a.score != b.score { return a.score < b.score }
            if a.rank != b.rank { return a.rank > b.rank }
            return a.input.sentence > b.input.sentence
        }?.input
    }

    /// The sentence's main clause is in the future, as the rounds stage reads it ("the talks
    /// will be held…", "are expected to discuss…"; not "we agreed that visas will be issued").
    /// Only a future marked in the main clause itself counts: "Die Delegationen vereinbarten,
    /// dass Visa künftig … erteilt werden" has its only future after the complementizer. A plan
    /// told in the past ("the round had been expected in Washington") is no future.
    static func isFuture(_ input: RenderInput) -> Bool {
        let features = SentenceRoundFeatures(ref: input.sentence, language: input.language, text: input.text, mentions: input.mentions,
                                             placeNames: [:])
        return features.mainClauseMarked && features.mainClauseTense == .future && !features.formerPlan
    }

    /// Per report, the share of its English mentions of glossary people and properties that
    /// `normalizingNames` would respell (0 for reports without such mentions).
    public func garbledShares(_ mentions: [EntityMention]) -> [String: Double] {
        var counts: [String: (garbled: Int, all: Int)] = [:]
        for mention in mentions where mention.language == .english && !mention.nested && (mention.kind == .person || mention.kind == .property) {
            guard let entity = entityNames[mention.entityID], entity.conceptID != nil else { continue }
            let words = mention.text.split { !$0.isLetter && $0 != "-" }.map(String.init)
            let garbled = !Self.respellings(words, name: entity.displayName).isEmpty
            counts[mention.articleID, default: (0, 0)].all += 1
            if garbled { counts[mention.articleID, default: (0, 0)].garbled += 1 }
        }
        return counts.mapValues { Double($0.garbled) / Double($0.all) }
    }

    /// For each word of a mention that is not a word of the entity's name but close to one
    /// ("Culter" → "Coulter"), its index and that word of the name; a word far from every word
    /// of the name ("Ambassador") is none.
    static func respellings(_ words: [String], name: String) -> [(Int, String)] {
        func key(_ word: String) -> String { TextFolding.fold(word) }
        let canonical = name.split { !$0.isLetter && $0 != "-" }.map(String.init)
        var result: [(Int, String)] = []
        for (index, word) in words.enumerated() where !canonical.contains(where: { key($0) == key(word) }) {
            guard let closest = canonical.max(by: { NameKey.similarity(key($0), key(word)) < NameKey.similarity(key($1), key(word)) }),
                  NameKey.similarity(key(closest), key(word)) >= 0.6 else { continue }
            result.append((index, closest))
        }
        return result
    }

    /// An English sentence in a German word order reads worst (3), and any sentence of a report
    /// that often writes so reads clumsily (up to 8 for a report written so throughout). No
    /// sentence of the held-out sets' English reports written as English shows a sign
    /// (`EnglishWordOrderTests`), so fluent reports lose nothing.
    func wordOrderPenalty(_ input: RenderInput) -> Double {
        guard input.language == .english else { return 0 }
        return (EnglishWordOrder.showsForeignOrder(input.text) ? 3 : 0) + 8 * (foreignOrder[input.sentence.articleID] ?? 0)
    }

    /// Very long sentences make long brief lines; very short ones are usually headlines.
    private func lengthPenalty(_ input: RenderInput) -> Double {
        let words = BriefText.wordCount(BriefText.strippingDateline(input.text))
        return words > 40 ? Double(words - 40) * 0.1 : (words < 6 ? 1 : 0)
    }

    // MARK: - Glossing

    /// The English gloss of a German, Dutch or Norwegian sentence; English input comes back as
    /// written except for garbled names (`normalizingNames`).
    public func gloss(_ input: RenderInput) -> String { glossWithCoverage(input).english }

    /// The gloss and its `glossCoverage`, from one pass over the sentence.
    public func glossWithCoverage(_ input: RenderInput) -> (english: String, coverage: Double) {
        guard input.language != .english else { return (normalizingNames(input), 1) }
        let pieces = glossPieces(input)
        return (GlossAssembler.assemble(GlossReorder.apply(pieces, language: input.language)), Self.coverage(of: pieces))
    }

    /// The share of a gloss's words that found an English word (function words, glossary terms
    /// and dictionary entries). A word left as written counts against it only when it was lower
    /// case in the source ("zakelijk", "saklig"): a capitalised one may be a name, which stays as
    /// written in any translation. Numbers do not count. 1 for English.
    public func glossCoverage(_ input: RenderInput) -> Double {
        input.language == .english ? 1 : Self.coverage(of: glossPieces(input))
    }

    static func coverage(of pieces: [GlossPiece]) -> Double {
        let words = pieces.filter {
            $0.kind == .word && !$0.isDate && $0.text.contains(where: \.isLetter) && ($0.isKnown || $0.sourceLowercase)
        }
        guard !words.isEmpty else { return 1 }
        return Double(words.filter(\.isKnown).count) / Double(words.count)
    }

    /// An English sentence with the glossary's spelling of the people and properties it names:
    /// machine-translated reports garble names ("Sergei Lavroff", "Sonata Culter", "the
    /// Kirentworth estate", "the pioneering point"), and the brief should not repeat the
    /// garbling when the entity stage has linked the mention to a glossary entry. Only entities
    /// with a glossary concept are respelled (their English name is curated, not guessed from the
    /// corpus), word by word, and only words close in spelling to a word of that name: "Bruce"
    /// and "Darchiev" stay, so does "Ambassador" in "Ambassador Darchieff" (which becomes
    /// "Ambassador Darchiev"). The citations keep the original wording.
    ///
    /// A glossary place named in another language's form ("in Wien", "in Moskau") takes its
    /// English name whole; adjectives and English forms are not touched.
    func normalizingNames(_ input: RenderInput) -> String {
        var scalars = Array(input.text.unicodeScalars)
        let mentions = input.mentions.filter { !$0.nested && ($0.kind == .person || $0.kind == .property || $0.kind == .place) }
        for mention in mentions.sorted(by: { $0.span.start > $1.span.start }) {
            guard let entity = entityNames[mention.entityID], let concept = entity.conceptID,
                  mention.span.start >= 0, mention.span.end <= scalars.count else { continue }
            if mention.kind == .place {
                let text = String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end]))
                if foreignPlaceNames[concept]?.contains(TextFolding.fold(text)) == true {
                    scalars.replaceSubrange(mention.span.start..<mention.span.end, with: Array(entity.displayName.unicodeScalars))
                }
                continue
            }
            // The mention's words with their offsets; each word not in the name is respelled as
            // the name's closest word, if it is close ("Culter" → "Coulter"); a word like
            // "Ambassador" in the mention is far from every word of the name and stays.
            var words: [(range: Range<Int>, text: String)] = []
            var i = mention.span.start
            while i < mention.span.end {
                guard scalars[i].properties.isAlphabetic else { i += 1; continue }
                var j = i
                while j < mention.span.end, scalars[j].properties.isAlphabetic || scalars[j] == "-" { j += 1 }
                words.append((i..<j, String(String.UnicodeScalarView(scalars[i..<j]))))
                i = j
            }
            for (index, closest) in Self.respellings(words.map(\.text), name: entity.displayName).reversed() {
                scalars.replaceSubrange(words[index].range, with: Array(closest.unicodeScalars))
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// A replacement for a span of the sentence found by the glossary, the entity stage or the date recogniser.
    struct Replacement {
        var span: TextSpan
        var english: String
        var priority: Int
    }

    func glossPieces(_ input: RenderInput) -> [GlossPiece] {
        let scalars = Array(input.text.unicodeScalars)
        let replacements = self.replacements(input, scalars: scalars)
        let tokens = GlossTokenizer.tokens(input.text)
        var pieces: [GlossPiece] = []
        var emitted = Set<Int>()  // replacement indexes already written
        func isCovered(_ token: GlossTokenizer.Token) -> Bool {
            replacements.contains { $0.span.start < token.span.end && token.span.start < $0.span.end }
        }
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            // Replacements overlapping the token, in text order.
            let overlapping = replacements.enumerated().filter { $0.element.span.start < token.span.end && token.span.start < $0.element.span.end }
            if overlapping.isEmpty {
                // Fixed phrases of the function-word table ("finne sted", "naar verwachting") first.
                if token.kind == .word, let (entry, length) = phrase(at: position - 1, in: tokens, language: input.language, isCovered: isCovered) {
                    if !entry.english.isEmpty {
                        pieces.append(GlossPiece(text: entry.english, kind: .word, isName: false, sourceLowercase: true, isKnown: true, role: entry.role))
                    }
                    position += length - 1
                    continue
                }
                pieces.append(contentsOf: translateToken(token, language: input.language, sentenceStart: token.index == 0))
                continue
            }
            // A word partly covered (compound parts: "Kremlsprecher", "Killenworth-landgoed"):
            // the covered parts by their replacements, the rest through the lexicon when it is
            // long enough to be a word (a linking -s- or a hyphen is dropped).
            var cursor = token.span.start
            for (index, replacement) in overlapping.sorted(by: { $0.element.span.start < $1.element.span.start }) {
                if replacement.span.start > cursor {
                    pieces += fragmentPieces(scalars, from: cursor, to: replacement.span.start, language: input.language)
                }
                if !emitted.contains(index) {
                    pieces.append(GlossPiece(text: replacement.english, kind: .word, isName: replacement.english.first?.isUppercase == true,
                                             sourceLowercase: false, isKnown: true, isDate: replacement.priority == 3))
                    emitted.insert(index)
                }
                cursor = max(cursor, replacement.span.end)
            }
            if cursor < token.span.end {
                pieces += fragmentPieces(scalars, from: cursor, to: token.span.end, language: input.language)
            }
        }
        return pieces
    }

    /// The longest table phrase (three words, then two) starting at a token, all words uncovered.
    private func phrase(at start: Int, in tokens: [GlossTokenizer.Token], language: LanguageCode,
                        isCovered: (GlossTokenizer.Token) -> Bool) -> (FunctionWords.Entry, Int)? {
        guard let table = FunctionWords.table[language] else { return nil }
        for length in [3, 2] where start + length <= tokens.count {
            let run = tokens[start..<(start + length)]
            guard run.allSatisfy({ $0.kind == .word && !isCovered($0) }) else { continue }
            if let entry = table[run.map { $0.text.lowercased() }.joined(separator: "_")] { return (entry, length) }
        }
        return nil
    }

    private func fragmentPieces(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, language: LanguageCode) -> [GlossPiece] {
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "-–"))
        guard text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3 else { return [] }
        let token = GlossTokenizer.Token(text: text, span: TextSpan(start: start, end: end), kind: .word, index: 1)
        return translateToken(token, language: language, sentenceStart: false)
    }

    /// Glossary matches first (they carry the part of speech: "russischen" is "Russian", not
    /// "Russia"), then the entity stage's mentions for names the glossary lacks, and dates,
    /// which win over everything because their English form is normalised.
    func replacements(_ input: RenderInput, scalars: [Unicode.Scalar]) -> [Replacement] {
        var candidates: [Replacement] = []
        for mention in input.mentions where !mention.nested {
            if mention.kind == .date, let date = mention.date {
                candidates.append(Replacement(span: mention.span, english: dateEnglish(date, language: input.language), priority: 3))
            } else if let entity = entityNames[mention.entityID], mention.kind != .date {
                candidates.append(Replacement(span: mention.span, english: entity.displayName, priority: 1))
            }
        }
        for match in matcher.topLevelMatches(in: input.text, language: input.language) {
            guard let english = englishTerm(for: match) else { continue }
            candidates.append(Replacement(span: match.span, english: english, priority: 2))
        }
        // Longest first, then priority; the chosen spans never overlap.
        candidates.sort { a, b in
            if a.span.length != b.span.length { return a.span.length > b.span.length }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.span.start < b.span.start
        }
        var chosen: [Replacement] = []
        for candidate in candidates where !chosen.contains(where: { $0.span.start < candidate.span.end && candidate.span.start < $0.span.end }) {
            // A date inside a longer name-less match still wins (dates are never glossary terms).
            chosen.append(candidate)
        }
        return chosen.sorted { $0.span.start < $1.span.start }
    }

    /// The glossary's English term for a match, in the matched term's part of speech, plural when
    /// the matched form carries a plural ending.
    func englishTerm(for match: GlossaryMatch) -> String? {
        guard let concept = glossary.concept(id: match.conceptID) else { return nil }
        let source = concept.terms.first { $0.language == match.language && $0.text == match.term }
        let usable = concept.terms(in: .english).filter { $0.status == .preferred || $0.status == .admitted }
        guard !usable.isEmpty else { return nil }
        let samePOS = usable.filter { $0.partOfSpeech != nil && $0.partOfSpeech == source?.partOfSpeech }
        let pool = samePOS.isEmpty ? usable : samePOS
        var english = (pool.first { $0.status == .preferred } ?? pool[0]).text
        if concept.kind == .term, source?.partOfSpeech == "noun" || source?.partOfSpeech == nil,
           GlossMorphology.looksPlural(form: match.matchedForm, term: match.term, language: match.language) {
            english = GlossMorphology.pluralize(english)
        }
        if concept.kind == .term, source?.partOfSpeech == "verb", GlossMorphology.looksPast(form: match.matchedForm, term: match.term, language: match.language) {
            english = GlossMorphology.past(english)
        }
        if concept.kind != .term, match.language != .english, source?.partOfSpeech != "adjective",
           GlossMorphology.isGenitive(form: match.matchedForm, term: match.term) {
            english += "’s"
        }
        return english
    }

    func dateEnglish(_ date: DateMention, language: LanguageCode) -> String {
        guard let value = date.value else { return translateWordText(date.text, language: language) }
        switch date.kind {
        case .weekday:
            // Keep the weekday the report wrote; the resolved date would add a claim it did not make.
            return translateWordText(date.text, language: language)
        case .relative:
            return translateWordText(date.text, language: language)
        case .explicit:
            return BriefText.english(value, includeYear: !date.impliedYear || value.granularity != .day)
        }
    }

    private func translateWordText(_ text: String, language: LanguageCode) -> String {
        let words = GlossTokenizer.tokens(text).filter { $0.kind == .word }
        return words.flatMap { translateToken($0, language: language, sentenceStart: false) }.map(\.text).joined(separator: " ")
    }

    /// A word outside every replacement: function-word table, then the lexicon (with a few
    /// inflection fallbacks), else the word itself.
    func translateToken(_ token: GlossTokenizer.Token, language: LanguageCode, sentenceStart: Bool) -> [GlossPiece] {
        guard token.kind == .word else {
            return [GlossPiece(text: GlossAssembler.englishPunctuation(token.text), kind: .punctuation, isName: false, sourceLowercase: false, isKnown: true)]
        }
        let word = token.text
        if word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            return [GlossPiece(text: word.hasSuffix(".") ? String(word.dropLast()) : word, kind: .word, isName: false, sourceLowercase: false, isKnown: true)]
        }
        let lower = word.lowercased()
        let isLower = word.first?.isLowercase == true
        if let entry = FunctionWords.table[language]?[lower] {
            if entry.english.isEmpty { return [] }
            return [GlossPiece(text: entry.english, kind: .word, isName: false, sourceLowercase: isLower, isKnown: true, role: entry.role)]
        }
        // Hyphenated words: translate each part ("US-Delegation" is handled by the glossary).
        if word.contains("-"), word.split(separator: "-").count > 1 {
            let parts = word.split(separator: "-").map(String.init)
            return parts.flatMap { translateToken(GlossTokenizer.Token(text: $0, span: token.span, kind: .word, index: 1), language: language, sentenceStart: false) }
        }
        if let english = lexiconTranslation(of: word, language: language) {
            return [GlossPiece(text: english, kind: .word, isName: false, sourceLowercase: isLower, isKnown: true)]
        }
        // Unknown: kept as written (names, numbers, words of no dictionary).
        return [GlossPiece(text: word, kind: .word, isName: !isLower && !sentenceStart, sourceLowercase: isLower, isKnown: false)]
    }

    func lexiconTranslation(of word: String, language: LanguageCode) -> String? {
        for candidate in GlossMorphology.lookupForms(word, language: language) {
            let translations = lexicon.translations(of: candidate, from: language)
            let vocabulary = englishVocabulary
            let attested: (String) -> Bool = { term in
                // Singular and plural count alike ("operation" attests "operations").
                !vocabulary.isEmpty && term.split(separator: " ").allSatisfy { word in
                    let w = TextFolding.fold(String(word))
                    return vocabulary.contains(w) || vocabulary.contains(w + "s") || (w.hasSuffix("s") && vocabulary.contains(String(w.dropLast())))
                }
            }
            if let best = GlossMorphology.bestTranslation(translations, source: candidate, attested: attested,
                                                          popularity: { lexicon.popularity(of: $0, from: language) }) {
                return GlossMorphology.isWeakPast(TextFolding.fold(word), infinitive: candidate, language: language) ? GlossMorphology.past(best) : best
            }
        }
        return nil
    }
}

/// A piece of the English output before assembly.
struct GlossPiece: Equatable {
    enum Kind: Equatable { case word, punctuation }
    var text: String
    var kind: Kind
    /// A name kept or rendered (not lower-cased at the start, not moved).
    var isName: Bool
    /// The source word was lower case (in German: not a noun), which makes it a verb candidate.
    var sourceLowercase: Bool
    var isKnown: Bool
    var role: FunctionWords.Role = .other
    /// A normalised date ("10 April"): "in the"/"on the" before it lose their article.
    var isDate = false
}

/// Tokens with Unicode scalar spans (the offsets of the entity and glossary stages).
enum GlossTokenizer {
    struct Token: Equatable {
        enum Kind: Equatable { case word, punctuation }
        var text: String
        var span: TextSpan
        var kind: Kind
        /// Position among the tokens (0 = first).
        var index: Int
    }

    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            if isWordScalar(s) {
                var j = i + 1
                // Inner hyphens, apostrophes and dots between letters/digits stay in the word
                // ("US-Delegation", "Russia’s", "U.S", "Gazeta.ru"); a dot after digits ("10.")
                // stays too, so ordinals are one token.
                while j < scalars.count {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    if (c == "-" || c == "'" || c == "’" || c == "."), j + 1 < scalars.count, isWordScalar(scalars[j + 1]) { j += 1; continue }
                    break
                }
                let text = String(String.UnicodeScalarView(scalars[i..<j]))
                tokens.append(Token(text: text, span: TextSpan(start: i, end: j), kind: .word, index: tokens.count))
                i = j
            } else {
                tokens.append(Token(text: String(s), span: TextSpan(start: i, end: i + 1), kind: .punctuation, index: tokens.count))
                i += 1
            }
        }
        return tokens
    }
}

/// Inflection helpers for lookups and for the glossary's English plurals.
enum GlossMorphology {
    /// The forms to look a word up under, most specific first: as written, folded, and with
    /// common endings removed (German/Dutch participles "geleitet" → "leiten").
    static func lookupForms(_ word: String, language: LanguageCode) -> [String] {
        let folded = TextFolding.fold(word)
        var forms = [folded]
        func add(_ form: String) { if form.count >= 3, !forms.contains(form) { forms.append(form) } }
        let endings: [String]
        switch language.rawValue {
        case "de": endings = ["en", "n", "e", "es", "s", "er", "em", "t", "te", "ten", "st"]
        case "nl": endings = ["en", "s", "e", "t", "de", "te", "den", "ten"]
        case "nb": endings = ["ene", "en", "et", "er", "e", "a", "te", "de", "t", "r"]
        default: endings = ["s", "es", "ed", "ing"]
        }
        for ending in endings where folded.hasSuffix(ending) { add(String(folded.dropLast(ending.count))) }
        // Participles: ge…t / ge…en (de), ge…d / ge…t (nl) → infinitive.
        if language == .german || language == .dutch, folded.hasPrefix("ge"), folded.count > 5 {
            let stem = String(folded.dropFirst(2))
            for ending in ["t", "et", "d", "en"] where stem.hasSuffix(ending) {
                let root = String(stem.dropLast(ending.count))
                add(root + "en"); add(root + "n")
            }
        }
        // Separable/inseparable prefixes stay; folded stems with a final -e (nb infinitives).
        // Bokmål participles, passives and weak pasts: "nevnt" → "nevne", "reflektert" →
        // "reflektere", "hindres" → "hindre", "godkjente" → "godkjenne". Short words ending in
        // -t are mostly not participles ("makt", "fant", "ett"), so that rule needs five letters.
        if language == .norwegian {
            for ending in ["er", "et", "te", "de"] where folded.hasSuffix(ending) { add(String(folded.dropLast(ending.count)) + "e") }
            if folded.hasSuffix("t"), folded.count >= 5 { add(String(folded.dropLast()) + "e") }
            if folded.hasSuffix("es") { add(String(folded.dropLast())) }
            // The definite singular of a noun in -e adds only -n ("beslutningen" loses -en, but
            // "gjenopprettelsen" → "gjenopprettelse", "avgjørelsen" → "avgjørelse").
            if folded.hasSuffix("en") { add(String(folded.dropLast())) }
            // Weak past in -te after a stem that drops its double consonant: "godkjente" →
            // "godkjenne", "kjente" → "kjenne" (tried after the plain "-te" → "-e" form).
            if folded.hasSuffix("te"), folded.count >= 6, let last = folded.dropLast(2).last, !"aeiouy".contains(last) {
                add(String(folded.dropLast(2)) + String(last) + "e")
            }
        }
        if language == .german { for ending in ["t", "te", "ten", "st"] where folded.hasSuffix(ending) { add(String(folded.dropLast(ending.count)) + "en") } }
        if language == .dutch { for ending in ["t", "de", "te"] where folded.hasSuffix(ending) { add(String(folded.dropLast(ending.count)) + "en") } }
        // A Dutch weak past whose stem doubles a long vowel in its closed syllable ("duurde",
        // "maakte", "haalde") is the verb of the open one ("duren", "maken", "halen"), tried
        // before the bare stem, which is often an adjective or noun ("duur", dear).
        var verbs: [String] = []
        if language == .dutch {
            for ending in ["de", "te", "den", "ten"] where folded.hasSuffix(ending) {
                let stem = Array(folded.dropLast(ending.count))
                guard stem.count >= 4, let last = stem.last, !"aeiouy".contains(last), "aeou".contains(stem[stem.count - 2]),
                      stem[stem.count - 2] == stem[stem.count - 3] else { continue }
                verbs.append(String(stem[..<(stem.count - 2)]) + String(last) + "en")
            }
        }
        // A three-letter remainder is tried last: stripping a long ending that short often
        // leaves another word ("timer" → "tim", timothy, where "time" is hour; "varte" → "var",
        // our, where "vare" is to last), while "dager" → "dag" still finds day when no longer
        // form has a translation.
        let rest = forms.dropFirst().filter { !verbs.contains($0) }
        return [forms[0]] + verbs + rest.filter { $0.count > 3 } + rest.filter { $0.count <= 3 }
    }

    /// Among the best-weighted translations (a dictionary's main senses): one the corpus's own
    /// English reports use, then a cognate of the source word, then the most popular one, fewer
    /// words first on ties; never an explanation longer than three words.
    ///
    /// The dictionaries list senses unordered ("Seite": beam, page, party, quarter, side, spin),
    /// and popularity favours words with many senses ("beam", "roll"). The English reports of
    /// the same story say "the U.S. side", and German, Dutch and Norwegian share many words with
    /// English ("Liste" → list rather than roll): both pick the sense a reader expects, and
    /// both only choose among the senses the dictionary gives.
    static func bestTranslation(_ translations: [BilingualLexicon.Translation], source: String = "",
                                attested: (String) -> Bool = { _ in false }, popularity: (String) -> Int) -> String? {
        let usable = translations.filter { !$0.term.isEmpty && !$0.term.contains("/") && $0.term.split(separator: " ").count <= 3 }
        guard let top = usable.map(\.weight).max() else { return nil }
        let main = usable.filter { $0.weight >= top - 0.05 }.prefix(12)
        let folded = TextFolding.fold(source)
        func cognate(_ term: String) -> Bool {
            let t = TextFolding.fold(term)
            guard !folded.isEmpty, t.first == folded.first, !t.contains(" ") else { return false }
            let distance = NameKey.editDistance(Array(folded.unicodeScalars), Array(t.unicodeScalars))
            return 1 - Double(distance) / Double(max(folded.count, t.count)) >= 0.6
        }
        return main.max { a, b in
            let (ea, eb) = (attested(a.term), attested(b.term))
            if ea != eb { return !ea }
            let (ca, cb) = (cognate(a.term), cognate(b.term))
            if ca != cb { return !ca }
            let (pa, pb) = (popularity(a.term), popularity(b.term))
            if pa != pb { return pa < pb }
            let (wa, wb) = (a.term.split(separator: " ").count, b.term.split(separator: " ").count)
            if wa != wb { return wa > wb }
            return a.term > b.term
        }?.term
    }

    /// German and Norwegian glue a genitive -s to names ("Russlands", "Darchievs").
    static func isGenitive(form: String, term: String) -> Bool {
        let f = TextFolding.fold(form), t = TextFolding.fold(term)
        return f == t + "s" && !t.hasSuffix("s")
    }

    /// A verb form that reads as past or participle: German/Dutch ge-…-t/-d, Norwegian -t/-te/-et/-de, English -ed.
    static func looksPast(form: String, term: String, language: LanguageCode) -> Bool {
        let f = TextFolding.fold(form), t = TextFolding.fold(term)
        guard f != t else { return false }
        switch language.rawValue {
        case "de": return (f.hasPrefix("ge") && (f.hasSuffix("t") || f.hasSuffix("en"))) || f.hasSuffix("te") || f.hasSuffix("ten")
            || (f.hasSuffix("t") && t.hasSuffix("en"))
        case "nl": return (f.hasPrefix("ge") && (f.hasSuffix("d") || f.hasSuffix("t"))) || f.hasSuffix("de") || f.hasSuffix("te")
        case "nb": return f.hasSuffix("t") || f.hasSuffix("te") || f.hasSuffix("et") || f.hasSuffix("de")
        default: return f.hasSuffix("ed")
        }
    }

    /// A Bokmål weak past found through its infinitive ("godkjente" → "godkjenne", "sendte" →
    /// "sende"): the English verb goes into the past too. Only -te/-de: "-et" is as often a
    /// definite noun ("møtet") and "-t" a neuter adjective ("stort"), which must not become
    /// "meetinged" or "biged".
    static func isWeakPast(_ folded: String, infinitive: String, language: LanguageCode) -> Bool {
        guard language == .norwegian || language == .dutch, folded.hasSuffix("te") || folded.hasSuffix("de"),
              let last = folded.dropLast(2).last else { return false }
        let stem = String(folded.dropLast(2))
        if language == .dutch {
            // "maakte" → "maken", "werkte" → "werken": the stem, its long vowel undoubled, + "en".
            let letters = Array(stem)
            let undoubled = letters.count >= 4 && letters[letters.count - 2] == letters[letters.count - 3]
                ? String(letters[..<(letters.count - 2)]) + String(last) : stem
            return infinitive == stem + "en" || infinitive == undoubled + "en"
        }
        return infinitive == stem + "e" || infinitive == stem + String(last) + "e"
    }

    static func past(_ verb: String) -> String {
        guard let last = verb.split(separator: " ").first else { return verb }
        let word = String(last)
        let irregular = ["meet": "met", "hold": "held", "lead": "led", "say": "said", "take": "taken", "give": "given", "make": "made", "put": "put",
                         "send": "sent", "tell": "told", "find": "found", "keep": "kept", "leave": "left", "bring": "brought",
                         "think": "thought", "sell": "sold", "begin": "begun", "know": "known", "write": "written", "speak": "spoken",
                         "set": "set", "let": "let", "cut": "cut", "get": "got", "go": "gone", "see": "seen", "come": "come"]
        let form: String
        if let known = irregular[word] { form = known }
        else if word.hasSuffix("e") { form = word + "d" }
        else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { form = word.dropLast() + "ied" }
        else { form = word + "ed" }
        return form + verb.dropFirst(word.count)
    }

    static func looksPlural(form: String, term: String, language: LanguageCode) -> Bool {
        let f = TextFolding.fold(form), t = TextFolding.fold(term)
        guard f != t, f.count > t.count else { return false }
        switch language.rawValue {
        case "de": return f.hasSuffix("en") || f.hasSuffix("er") || (f.hasSuffix("n") && t.hasSuffix("e"))
        case "nl": return f.hasSuffix("en") || f.hasSuffix("s")
        case "nb": return f.hasSuffix("er") || f.hasSuffix("ene")
        default: return f.hasSuffix("s")
        }
    }

    static func pluralize(_ english: String) -> String {
        guard let last = english.split(separator: " ").last, last.first?.isLowercase == true else { return english }
        let word = String(last)
        let plural: String
        // Terms that are plural already ("talks", "negotiations") stay as they are.
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return english }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { plural = word + "es" }
        else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { plural = word.dropLast() + "ies" }
        else { plural = word + "s" }
        return english.dropLast(word.count) + plural
    }
}

/// The one reordering glossing does: a clause-final verb of German or Dutch moves up to the
/// auxiliary it belongs to ("werden sich am 10. April in Istanbul treffen" → "will meet on
/// 10 April in Istanbul"). A clause is cut at punctuation and at conjunctions; the verb is the
/// last word when its source was lower case (German nouns are capitalised) and it follows an
/// auxiliary within the clause.
enum GlossReorder {
    static func apply(_ pieces: [GlossPiece], language: LanguageCode) -> [GlossPiece] {
        guard language == .german || language == .dutch else { return pieces }
        var result = pieces
        var clauseStart = 0
        var i = 0
        while i <= result.count {
            let atEnd = i == result.count
            let isBoundary = atEnd || result[i].kind == .punctuation || result[i].role == .conjunction
            if isBoundary {
                reorderClause(&result, from: clauseStart, to: i)
                clauseStart = i + 1
            }
            i += 1
        }
        return result
    }

    private static func reorderClause(_ pieces: inout [GlossPiece], from start: Int, to end: Int) {
        guard end - start >= 3 else { return }
        // Subordinate clauses end in verb + auxiliary ("vorgebracht habe"): English puts the
        // auxiliary first ("has advanced").
        if pieces[end - 1].role == .auxiliary, pieces[end - 2].kind == .word, pieces[end - 2].sourceLowercase, !pieces[end - 2].isName,
           pieces[end - 2].role == .other || pieces[end - 2].role == .participle {
            pieces.swapAt(end - 1, end - 2)
            return
        }
        let last = end - 1
        let verb = pieces[last]
        guard verb.kind == .word, verb.sourceLowercase, !verb.isName, verb.role == .other || verb.role == .participle else { return }
        guard let auxiliary = (start..<last).last(where: { pieces[$0].role == .auxiliary }), auxiliary < last - 1 else { return }
        pieces.remove(at: last)
        pieces.insert(verb, at: auxiliary + 1)
    }
}

/// Joins pieces into a sentence: spaces between words, punctuation attached, English quotes,
/// repeated words collapsed, first letter capitalised.
enum GlossAssembler {
    static func englishPunctuation(_ text: String) -> String {
        switch text {
        case "„", "«", "‚", "»", "“", "”", "\"": return "\""
        default: return text
        }
    }

    static func assemble(_ pieces: [GlossPiece]) -> String {
        var words: [GlossPiece] = []
        for piece in pieces {
            // "the the", "of of": repeated function words from overlapping glosses.
            if piece.kind == .word, let previous = words.last, previous.kind == .word, previous.text.lowercased() == piece.text.lowercased(), !piece.isName { continue }
            // "im Oktober 2024" is "in October 2024", not "in the October 2024".
            if piece.isDate, let previous = words.last, previous.text == "in the" || previous.text == "on the" {
                words[words.count - 1].text = String(previous.text.dropLast(4))
            }
            // German and Dutch put a comma before "dass"/"dat"; English does not before "that".
            if piece.kind == .word, piece.text == "that", let previous = words.last, previous.kind == .punctuation, previous.text == "," {
                words.removeLast()
            }
            // "the" before a name that is a country or person reads wrong; keep it, it is harmless
            // for organisations ("the State Department").
            words.append(piece)
        }
        var output = ""
        var quoteOpen = false
        var attachNext = true
        for piece in words {
            if piece.kind == .punctuation {
                let p = piece.text
                if p == "\"" {
                    if quoteOpen { output += "\""; quoteOpen = false; attachNext = false }
                    else { if !output.isEmpty && !attachNext { output += " " }; output += "\""; quoteOpen = true; attachNext = true }
                } else if [".", ",", ";", ":", "!", "?", ")", "]"].contains(p) {
                    output += p; attachNext = false
                } else if ["(", "["].contains(p) {
                    if !output.isEmpty { output += " " }; output += p; attachNext = true
                } else if ["–", "—", "-"].contains(p) {
                    output += " " + p; attachNext = false
                } else if p == "'" || p == "’" {
                    output += p; attachNext = false
                } else {
                    output += " " + p; attachNext = false
                }
                continue
            }
            if !output.isEmpty && !attachNext { output += " " }
            output += piece.text
            attachNext = false
        }
        output = output.replacingOccurrences(of: " ,", with: ",").trimmingCharacters(in: .whitespaces)
        if let first = output.first, first.isLowercase { output = first.uppercased() + output.dropFirst() }
        if output.first == "\"", output.count > 1 {
            let second = output.index(after: output.startIndex)
            if output[second].isLowercase { output = "\"" + output[second].uppercased() + output[output.index(after: second)...] }
        }
        return output
    }
}
