/// One occurrence of a glossary term in a text.
public struct GlossaryMatch: Hashable, Codable, Sendable {
    /// How the term sits in the text's words.
    public enum Role: String, Codable, Sendable {
        /// Whole words ("Botschaften", "ministerie van Buitenlandse Zaken").
        case words
        /// One side of a hyphenated word ("US" in "US-Außenministeriums").
        case hyphenPart
        /// The head (last part) of a closed compound ("sprecher" in "Kremlsprecher").
        case head
        /// A modifier (first or middle part) of a closed compound ("Botschaft" in
        /// "Botschaftsmitarbeiter", linking -s- left out of the span).
        case modifier
        /// A syntactic variant of the term (`GlossaryMatcher.variantMatches`): words inserted
        /// ("drift av russiske og amerikanske ambassader"), another function word ("Arbeit von
        /// Botschaften"), or a compound taken apart or put together ("Betrieb der Botschaften" for
        /// "Botschaftsbetrieb"). The span runs from the first word of the variant to the last.
        case variant
    }

    public var conceptID: String
    /// The glossary term that matched (its text as in the glossary).
    public var term: String
    public var language: LanguageCode
    /// Unicode scalar offsets into the text, end exclusive.
    public var span: TextSpan
    /// The text at `span`.
    public var matchedForm: String
    public var role: Role
    /// True when the match is part of a longer word (compound part or hyphen part).
    public var inCompound: Bool
    /// True when a longer match (of another concept) contains this one: "russischen" inside
    /// "russischen Konsulat in Istanbul". Top-level matches never overlap each other.
    public var nested: Bool
    public var status: Term.Status
    public var kind: Concept.Kind
    /// 0: the folded forms are equal; 1: they differ by inflectional endings.
    public var distance: Int
}

/// Finds glossary terms in running text despite inflection and word formation. Build one per
/// glossary (the index is precomputed) and share it: it is an immutable value and `Sendable`.
///
/// Words are compared folded (`TextFolding.fold`, so umlaut plurals fold together:
/// "Gastland"/"Gastländer"). Two words match when they are equal or differ only by endings of
/// the language and part of speech: "Botschaft"/"Botschaften", "ambassade"/"ambassades"/
/// "ambassadene", "negotiate"/"negotiating", "gesprek"/"gesprekken", Dutch "consulaat"/
/// "consulaten". German feminine nouns do not take "-er", so "Botschafter" is not "Botschaft".
/// This is deliberately narrower than Snowball stemming, which gives the same conflations on
/// those words but also "relations" = "related", "Vertretung" = "vertreten", "Einigung" =
/// "einige", "ontmoeting" = "ontmoeten" (each a false match on the seeds).
///
/// * Multi-word terms match word by word; between words the text may have white space or a
///   hyphen (also "US -amerikanische"), and a term's own punctuation ("Gazeta.ru").
/// * Acronyms and all-capital words ("US", "TASS", "VS", "UdSSR") match case-sensitively, with
///   a genitive -s ("USAs"); so English "us" is never "US".
/// * Capitalised words of names and of non-German terms must be capitalised in the text
///   ("West" is not "west").
/// * In German, Dutch and Norwegian a single-word term is also found as the head of a longer
///   word ("Kremlsprecher" → Sprecher) or as a modifier before a linking element -s-, -es-,
///   -n-, -en-, -e-, -er- and at least four more letters ("Botschaftsmitarbeiter",
///   "ambassadeoperaties"). Short forms, acronyms and terms under four letters are not
///   looked for inside words.
/// * Longest matches win: the result has the top-level matches, which never overlap, and the
///   matches of other concepts nested inside them (`nested`), in text order.
public struct GlossaryMatcher: Sendable {
    public let languages: [LanguageCode]
    /// The glossary's concept relations, handed on with the concepts found.
    public let relations: ConceptRelations
    private let indexes: [LanguageCode: LanguageIndex]

    public init(glossary: Glossary, languages: [LanguageCode] = LanguageCode.supported) {
        self.languages = languages
        self.relations = ConceptRelations(glossary: glossary)
        var indexes: [LanguageCode: LanguageIndex] = [:]
        for language in languages {
            indexes[language] = LanguageIndex(glossary: glossary, language: language)
        }
        self.indexes = indexes
    }

    /// Number of indexed terms per language.
    public var termCounts: [LanguageCode: Int] { indexes.mapValues(\.terms.count) }

    /// All matches in `text`, top-level and nested, ordered by start then by length (longest
    /// first). Safe to call from many tasks at once: it only reads the index.
    public func matches(in text: String, language: LanguageCode) -> [GlossaryMatch] {
        guard let index = indexes[language] else { return [] }
        let analysed = AnalysedText(text)
        var candidates: [Candidate] = []
        for p in analysed.parts.indices {
            index.matchWords(at: p, in: analysed, into: &candidates)
            if index.compounds { index.matchCompoundParts(at: p, in: analysed, into: &candidates) }
        }
        return Self.resolve(candidates, index: index, text: analysed)
    }

    /// Syntactic variants of terms (see `VariantIndex`): "driften av russiske og amerikanske
    /// ambassader" for "drift av ambassader", "Betrieb der Botschaften" for "Botschaftsbetrieb".
    /// Only where `matches(in:language:)` finds no term of the same concept overlapping, so the
    /// two lists together count each occurrence once. Role `.variant`; kept apart from `matches`
    /// because a variant's span holds words that are not the term's (a renderer replacing the
    /// span by a translation would lose them).
    /// - Parameter exact: `matches(in: text, language:)` when the caller has it already.
    public func variantMatches(in text: String, language: LanguageCode, exact: [GlossaryMatch]? = nil) -> [GlossaryMatch] {
        guard let index = indexes[language], !index.variants.patterns.isEmpty else { return [] }
        let analysed = AnalysedText(text)
        var candidates: [Candidate] = []
        for p in analysed.parts.indices { index.matchVariants(at: p, in: analysed, into: &candidates) }
        guard !candidates.isEmpty else { return [] }
        var taken: [String: [TextSpan]] = [:]
        for match in exact ?? matches(in: text, language: language) { taken[match.conceptID, default: []].append(match.span) }
        candidates.sort { a, b in a.span.start != b.span.start ? a.span.start < b.span.start : a.span.length > b.span.length }
        var result: [GlossaryMatch] = []
        for candidate in candidates {
            let concept = index.terms[candidate.term].conceptID
            if taken[concept, default: []].contains(where: { $0.start < candidate.span.end && candidate.span.start < $0.end }) { continue }
            taken[concept, default: []].append(candidate.span)
            var match = Self.makeMatch(candidate, nested: false, index: index, text: analysed)
            // A variant inside one word is a compound put together from a phrase term.
            match.inCompound = !match.matchedForm.unicodeScalars.contains { $0.properties.isWhitespace }
            result.append(match)
        }
        return result
    }

    /// Only the top-level (non-nested) matches.
    public func topLevelMatches(in text: String, language: LanguageCode) -> [GlossaryMatch] {
        matches(in: text, language: language).filter { !$0.nested }
    }

    /// Best candidate per span and concept, then longest-first selection.
    private static func resolve(_ candidates: [Candidate], index: LanguageIndex, text: AnalysedText) -> [GlossaryMatch] {
        // Per span: the smallest distance wins across concepts (so "Botschafter" is the
        // ambassador, not an inflected embassy); per concept the best term (distance, status).
        var bySpan: [TextSpan: [Candidate]] = [:]
        for candidate in candidates { bySpan[candidate.span, default: []].append(candidate) }
        var best: [Candidate] = []
        for (_, group) in bySpan {
            let minimum = group.map(\.distance).min()!
            var perConcept: [String: Candidate] = [:]
            for candidate in group where candidate.distance == minimum {
                let term = index.terms[candidate.term]
                if let existing = perConcept[term.conceptID] {
                    let old = index.terms[existing.term]
                    if (term.statusRank, candidate.term) < (old.statusRank, existing.term) { perConcept[term.conceptID] = candidate }
                } else {
                    perConcept[term.conceptID] = candidate
                }
            }
            best += perConcept.values
        }
        // Longest first; ties by position, then role (whole words before parts), then term order.
        best.sort { a, b in
            if a.span.length != b.span.length { return a.span.length > b.span.length }
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.role.rank != b.role.rank { return a.role.rank < b.role.rank }
            return a.term < b.term
        }
        var top: [Candidate] = []
        var result: [GlossaryMatch] = []
        for candidate in best {
            let concept = index.terms[candidate.term].conceptID
            let containers = top.filter { $0.span.start <= candidate.span.start && candidate.span.end <= $0.span.end }
            let crosses = top.contains { $0.span.start < candidate.span.end && candidate.span.start < $0.span.end }
            if containers.isEmpty {
                if crosses { continue }  // a partial overlap with a longer match: the longer one stands
                top.append(candidate)
                result.append(makeMatch(candidate, nested: false, index: index, text: text))
            } else {
                // Inside a longer match of the same concept it adds nothing ("Botschaft" inside
                // "Botschaften in Moskau"…); of another concept it is reported as nested.
                if containers.contains(where: { index.terms[$0.term].conceptID == concept }) { continue }
                if containers.contains(where: { $0.span == candidate.span }) {
                    // Same span, another concept, same distance: an ambiguous term; both stand.
                    top.append(candidate)
                    result.append(makeMatch(candidate, nested: false, index: index, text: text))
                    continue
                }
                result.append(makeMatch(candidate, nested: true, index: index, text: text))
            }
        }
        // Nested matches of the same concept as each other (two terms of one concept) were
        // deduplicated per span above; remove a nested one inside a nested one of its concept.
        result.sort { a, b in a.span.start != b.span.start ? a.span.start < b.span.start : a.span.length > b.span.length }
        return result
    }

    private static func makeMatch(_ candidate: Candidate, nested: Bool, index: LanguageIndex, text: AnalysedText) -> GlossaryMatch {
        let term = index.terms[candidate.term]
        let form = String(String.UnicodeScalarView(text.scalars[candidate.span.start..<candidate.span.end]))
        return GlossaryMatch(conceptID: term.conceptID, term: term.text, language: index.language, span: candidate.span,
                             matchedForm: form, role: candidate.role, inCompound: candidate.role != .words, nested: nested,
                             status: term.status, kind: term.kind, distance: candidate.distance)
    }
}

// MARK: - Index

struct Candidate {
    var term: Int
    var span: TextSpan
    var role: GlossaryMatch.Role
    var distance: Int
}

private extension GlossaryMatch.Role {
    var rank: Int {
        switch self { case .words: 0; case .hyphenPart: 1; case .head: 2; case .modifier: 3; case .variant: 4 }
    }
}

/// Which endings a word may differ by.
enum EndingClass: Sendable {
    case noun, feminineNoun, adjective, verb, properNoun, phrase
}

enum Endings {
    static func set(_ language: LanguageCode, _ kind: EndingClass) -> Set<String> {
        switch (language.rawValue, kind) {
        case ("de", .noun): return ["", "e", "en", "n", "s", "es", "er", "ern", "ns", "ens", "nen", "in", "innen", "a"]
        case ("de", .feminineNoun): return ["", "en", "n", "nen"]
        case ("de", .adjective): return ["", "e", "en", "em", "er", "es"]
        case ("de", .verb): return ["", "e", "en", "n", "t", "te", "ten", "st", "et", "end", "ete", "eten"]
        case ("de", .properNoun): return ["", "s", "es", "n", "en", "e", "em", "er", "'"]
        case ("nl", .noun): return ["", "s", "en", "n", "'s", "es", "e", "a"]
        case ("nl", .adjective): return ["", "e", "en", "s"]
        case ("nl", .verb): return ["", "en", "n", "t", "d", "de", "den", "te", "ten", "end", "ende"]
        case ("nl", .properNoun): return ["", "s", "'s", "e"]
        case ("nb", .noun), ("no", .noun): return ["", "e", "en", "et", "er", "ene", "a", "n", "r", "ne", "s", "es", "ens", "ets", "ers", "enes", "ns", "t"]
        case ("nb", .adjective), ("no", .adjective): return ["", "e", "t", "ere", "est", "este", "s"]
        case ("nb", .verb), ("no", .verb): return ["", "e", "r", "er", "t", "te", "de", "et", "es", "s", "ende"]
        case ("nb", .properNoun), ("no", .properNoun): return ["", "s", "en", "et", "ens", "ets", "e"]
        case ("en", .noun): return ["", "s", "es", "'s", "'", "y", "ies"]
        case ("en", .adjective): return ["", "s"]
        case ("en", .verb): return ["", "s", "es", "ed", "d", "ing", "e", "y", "ies", "ied"]
        case ("en", .properNoun): return ["", "s", "'s", "'"]
        case ("de", .phrase): return set(language, .noun).union(set(language, .adjective)).union(set(language, .properNoun))
        case (_, .phrase): return set(language, .noun).union(set(language, .adjective)).union(set(language, .properNoun))
        case (_, .feminineNoun): return set(language, .noun)
        default: return [""]
        }
    }

    /// The endings a term itself may drop. A German noun term is its citation form, and "-er",
    /// "-in", "-innen" there make another word ("Botschafter" is not "Botschaft" + "er":
    /// "Botschaften" must not match it); other classes and languages drop what they add.
    ///
    /// Nouns borrowed from Latin and Italian also replace their singular's ending in the plural:
    /// German "Visum"/"Visa", "Bankkonto"/"Bankkonten", "Agenda"/"Agenden"; Dutch and Norwegian
    /// "visum"/"visa", "centrum"/"centra". So a noun term may drop "-um" (and in German "-o",
    /// "-a") where the text adds its plural ending.
    static func termSide(_ language: LanguageCode, _ kind: EndingClass) -> Set<String> {
        let all = set(language, kind)
        guard kind == .noun || kind == .feminineNoun else { return all }
        switch language {
        case .german: return all.subtracting(["er", "ern", "in", "innen"]).union(["um", "o", "a"])
        case .dutch, .norwegian: return all.union(["um"])
        default: return all
        }
    }

    /// German noun suffixes that make a feminine noun ("Botschaft", "Vertretung", "Delegation",
    /// "Universität"), folded. Feminine nouns take no "-er" or "-s": "Botschafter" is another word
    /// (the ambassador), not an inflection of "Botschaft".
    static let germanFeminineSuffixes = ["schaft", "ung", "heit", "keit", "tion", "sion", "itat"]

    /// A capitalised German word with a feminine suffix: the class of a noun the glossary gives no
    /// gender for, and of each such word inside a multi-word term.
    static func isGermanFeminine(_ folded: [Unicode.Scalar], capitalised: Bool) -> Bool {
        guard capitalised else { return false }
        let word = String(String.UnicodeScalarView(folded))
        return germanFeminineSuffixes.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
    }

    /// What may follow a modifier's own letters before the rest of the compound.
    static let linking: [[Unicode.Scalar]] = ["es", "en", "er", "s", "n", "e", ""].map { Array($0.unicodeScalars) }

    /// Continuations that show the "modifier" is really the start of a longer stem or a
    /// derivation ("Konsul|tationen", "Präsident|schaft", "Diplomat|ie"), not a compound.
    static let notACompoundRest: [String] = [
        "ation", "tation", "ieren", "ierung", "ismus", "istisch", "ität", "itat", "schaft", "ung", "heit", "keit",
        "lich", "isch", "ische", "erin", "innen", "ieve", "atie", "isering", "ering", "ighet", "else", "elser",
        "skap", "isme", "iske", "ship", "ment", "ness", "ique", "ium", "ar", "at", "ta", "ie",
    ]
}

struct IndexedWord: Sendable {
    var folded: [Unicode.Scalar]
    /// Matched case-sensitively against the original text ("US", "TASS", "D.C.").
    var caseSensitive: Bool
    var original: [Unicode.Scalar]
    /// The text's word must start with a capital.
    var requiresCapital: Bool
    /// The endings this word of a multi-word term may differ by, when narrower than the term's:
    /// a phrase allows the endings of every class (its words are nouns, adjectives, names), but
    /// its German feminine nouns take only theirs, so "russische Botschafter in Washington" is
    /// not "russische Botschaft in Washington".
    var endings: Set<String>? = nil
}

enum Gap: Sendable, Equatable {
    /// White space or a hyphen.
    case soft
    /// The term's own punctuation, e.g. "." in "Gazeta.ru" or "," in "Washington, D.C.".
    case literal(String)

    static func of(_ between: some Collection<Unicode.Scalar>) -> Gap? {
        if between.contains("\n") { return nil }
        let trimmed = String(String.UnicodeScalarView(between.filter { !$0.properties.isWhitespace }))
        if trimmed.isEmpty || trimmed == "-" || trimmed == "‐" { return .soft }
        return .literal(trimmed)
    }
}

struct IndexedTerm: Sendable {
    var conceptID: String
    var text: String
    var status: Term.Status
    var kind: Concept.Kind
    var words: [IndexedWord]
    var gaps: [Gap]
    var endings: Set<String>
    /// The endings the term's own last word may drop (`Endings.termSide`).
    var termEndings: Set<String>
    /// The glossary notes the term is plural in this sense ("betrekkingen", not "met
    /// betrekking tot"): the text may not drop the term's ending.
    var pluralOnly: Bool
    var compoundEligible: Bool
    var statusRank: Int
}

struct LanguageIndex: Sendable {
    let language: LanguageCode
    let terms: [IndexedTerm]
    /// First-word key (the folded word's first min(4, length) scalars) → terms.
    let byKey: [String: [Int]]
    /// Single-word terms looked for inside compounds, by their first four folded scalars.
    let compoundByKey: [String: [Int]]
    let compounds: Bool
    let undoublesVowels: Bool
    let variants: VariantIndex

    init(glossary: Glossary, language: LanguageCode) {
        self.language = language
        compounds = ["de", "nl", "nb", "no", "nn"].contains(language.rawValue)
        undoublesVowels = language == .dutch
        var terms: [IndexedTerm] = []
        var byKey: [String: [Int]] = [:]
        var compoundByKey: [String: [Int]] = [:]
        for concept in glossary.concepts {
            for term in concept.terms where term.language == language {
                let analysed = AnalysedText(term.text)
                guard !analysed.parts.isEmpty else { continue }
                var gaps: [Gap] = []
                var valid = true
                for p in analysed.parts.indices.dropFirst() {
                    guard let gap = Gap.of(analysed.scalars[analysed.parts[p - 1].end..<analysed.parts[p].start]) else { valid = false; break }
                    gaps.append(gap)
                }
                guard valid else { continue }
                let single = analysed.parts.count == 1
                let isAcronymTerm = single && (term.termType == "acronym" || term.termType == "abbreviation")
                var words = analysed.parts.map { part -> IndexedWord in
                    let original = Array(analysed.scalars[part.start..<part.end])
                    let letters = original.filter { $0.properties.isAlphabetic }
                    let allCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
                    let capitalised = original.first?.properties.isUppercase == true
                    // German capitalises every noun, so a lower-case "treffen" is the verb, not
                    // the noun "Treffen"; in the other languages a capital marks a name or a
                    // sense ("West", not "west").
                    return IndexedWord(folded: part.folded, caseSensitive: allCaps || isAcronymTerm, original: original,
                                       requiresCapital: capitalised)
                }
                let endingClass: EndingClass
                if !single {
                    endingClass = .phrase
                    if language == .german {
                        for w in words.indices where Endings.isGermanFeminine(words[w].folded, capitalised: words[w].requiresCapital) {
                            words[w].endings = Endings.set(language, .feminineNoun)
                        }
                    }
                } else {
                    switch term.partOfSpeech {
                    case "adjective": endingClass = .adjective
                    case "verb": endingClass = .verb
                    case "properNoun": endingClass = .properNoun
                    default:
                        let feminine = term.grammaticalGender == "feminine"
                            || (term.grammaticalGender == nil && Endings.isGermanFeminine(words[0].folded, capitalised: words[0].requiresCapital))
                        endingClass = language == .german && feminine ? .feminineNoun : .noun
                    }
                }
                let statusRank: Int
                switch term.status {
                case .preferred: statusRank = 0
                case .admitted: statusRank = 1
                case .deprecated: statusRank = 2
                case .superseded: statusRank = 3
                case .forbidden: statusRank = 4
                }
                let eligible = single && !words[0].caseSensitive && words[0].folded.count >= 4
                    && term.termType != "shortForm" && term.termType != "abbreviation" && term.termType != "acronym"
                    && (term.partOfSpeech == nil || term.partOfSpeech == "noun" || term.partOfSpeech == "properNoun")
                let index = terms.count
                let termEndings = Endings.termSide(language, endingClass)
                terms.append(IndexedTerm(conceptID: concept.id, text: term.text, status: term.status, kind: concept.kind, words: words,
                                         gaps: gaps, endings: Endings.set(language, endingClass),
                                         termEndings: termEndings,
                                         pluralOnly: (term.note ?? "").lowercased().contains("plural"), compoundEligible: eligible,
                                         statusRank: statusRank))
                byKey[Self.key(words[0].folded), default: []].append(index)
                // A term whose stem, without an ending it may drop, is shorter than a key is
                // also found by the stem ("Visum" → "vis", for "Visa").
                for ending in termEndings where single && !ending.isEmpty {
                    let length = ending.unicodeScalars.count
                    guard words[0].folded.count == 3 + length,
                          String(String.UnicodeScalarView(words[0].folded.suffix(length))) == ending else { continue }
                    let key = Self.key(words[0].folded.dropLast(length))
                    if byKey[key]?.last != index { byKey[key, default: []].append(index) }
                }
                if eligible, words[0].folded.count >= 4 {
                    compoundByKey[String(String.UnicodeScalarView(words[0].folded.prefix(4))), default: []].append(index)
                }
            }
        }
        self.terms = terms
        self.byKey = byKey
        self.compoundByKey = compoundByKey
        self.variants = VariantIndex(terms: terms, language: language, compounds: compounds)
    }

    static func key(_ folded: some Collection<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(folded.prefix(4)))
    }

    /// Whole-word and multi-word matches starting at part `p`.
    func matchWords(at p: Int, in text: AnalysedText, into candidates: inout [Candidate]) {
        let part = text.parts[p]
        var seen: Set<Int> = []
        for length in 2...4 where length <= part.folded.count {
            // Keys of two and three scalars only index terms that short ("US", "USA"), so a
            // text word finds them with a suffix ("USAs"); the 4-key finds the rest.
            guard let list = byKey[String(String.UnicodeScalarView(part.folded.prefix(length)))] else { continue }
            for t in list where seen.insert(t).inserted {
                let term = terms[t]
                guard p + term.words.count <= text.parts.count else { continue }
                var distance = 0
                var ok = true
                for (w, word) in term.words.enumerated() {
                    let q = p + w
                    if w > 0 {
                        guard let gap = Gap.of(text.scalars[text.parts[q - 1].end..<text.parts[q].start]), gap == term.gaps[w - 1] else { ok = false; break }
                    }
                    guard let d = wordDistance(text, q, word, endings: word.endings ?? term.endings, termEndings: word.endings ?? term.termEndings),
                          !(term.pluralOnly && d > 0 && text.parts[q].folded.count < word.folded.count) else { ok = false; break }
                    distance = max(distance, d)
                }
                guard ok else { continue }
                let last = text.parts[p + term.words.count - 1]
                // A match that is only part of a hyphenated word is a hyphen part.
                let partial = part.hyphenBefore || last.hyphenAfter
                candidates.append(Candidate(term: t, span: TextSpan(start: part.start, end: last.end),
                                            role: partial ? .hyphenPart : .words, distance: distance))
            }
        }
    }

    /// How far a text part is from a term word, or nil when they do not match.
    func wordDistance(_ text: AnalysedText, _ q: Int, _ word: IndexedWord, endings: Set<String>, termEndings: Set<String>? = nil) -> Int? {
        let part = text.parts[q]
        if word.caseSensitive {
            let original = text.scalars[part.start..<part.end]
            if original.elementsEqual(word.original) { return 0 }
            // Genitive -s ("USAs", "NATOs").
            if original.count == word.original.count + 1, original.last == "s", original.dropLast().elementsEqual(word.original) { return 1 }
            return nil
        }
        if word.requiresCapital, text.scalars[part.start].properties.isUppercase == false { return nil }
        return distance(part.folded[...], word, endings: endings, termEndings: termEndings)
    }

    /// Distance between folded scalars `w` (text) and a term word: 0 equal, 1 inflected.
    func distance(_ w: ArraySlice<Unicode.Scalar>, _ word: IndexedWord, endings: Set<String>, termEndings: Set<String>? = nil) -> Int? {
        let t = word.folded
        if w.elementsEqual(t) { return 0 }
        guard t.count >= 4 else { return nil }
        if Self.differByEndings(w, t[...], endings: endings, termEndings: termEndings) { return 1 }
        // Dutch spells a long vowel single in an open syllable: "consulaat" → "consulaten",
        // "diplomaat" → "diplomaten", "bilateraal" → "bilaterale".
        if undoublesVowels, t.count >= 5, let last = t.last, !Self.vowels.contains(last),
           t[t.count - 2] == t[t.count - 3], Self.vowels.contains(t[t.count - 2]) {
            var short = t
            short.remove(at: t.count - 2)
            if w.count > short.count, w.starts(with: short), Self.vowels.contains(w[w.startIndex + short.count]),
               endings.contains(String(String.UnicodeScalarView(w.dropFirst(short.count)))) {
                return 1
            }
        }
        // Plurals that change the stem, so no ending rule can reach them.
        for (single, plural) in Self.stemChanges[language] ?? [] {
            for (from, to) in [(single, plural), (plural, single)] where t.count >= from.count + 2 && t.reversed().starts(with: from.reversed()) {
                if w.elementsEqual(t.dropLast(from.count) + to) { return 1 }
            }
        }
        // A German noun made from an adjective is inflected as one: "Angehöriger" (the strong
        // form a glossary gives), "Angehörige", "Angehörigen", "Vorsitzender", "Delegierten".
        if language == .german, Self.germanAdjectivalNouns.contains(where: { t.count >= $0.count + 3 && t.reversed().starts(with: $0.reversed()) }),
           w.count >= t.count - 2, w.starts(with: t.dropLast(2)),
           ["e", "en", "em", "er", "es"].contains(String(String.UnicodeScalarView(w.dropFirst(t.count - 2)))) {
            return 1
        }
        return nil
    }

    /// Noun plurals whose stem changes, folded (singular end, plural end): Dutch compounds of
    /// "lid" ("gezinslid"/"gezinsleden"), "-heid"/"-heden", "stad"/"steden", "schip"/"schepen",
    /// "kind"/"kinderen", "blad"/"bladeren"; Norwegian "mann"/"menn", "bok"/"bøker" (folded).
    static let stemChanges: [LanguageCode: [([Unicode.Scalar], [Unicode.Scalar])]] = [
        .dutch: [("lid", "leden"), ("heid", "heden"), ("stad", "steden"), ("schip", "schepen"), ("kind", "kinderen"), ("blad", "bladeren")],
        .norwegian: [("mann", "menn"), ("mannen", "mennene"), ("bok", "boker")],
    ].mapValues { $0.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) } }

    /// Endings of German nouns made from adjectives and participles, in the strong masculine
    /// form ("Angehöriger", "Delegierter", "Vorsitzender", "Gesandter", "Beamter"), folded. Not
    /// "-ter" alone: "Botschafter" and "Vertreter" are nouns of their own.
    static let germanAdjectivalNouns: [[Unicode.Scalar]] = ["iger", "ierter", "ender", "ndter", "mter"].map { Array($0.unicodeScalars) }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// True when the two words share all but endings of the language: "Botschaft"/"Botschaften",
    /// "negotiate"/"negotiating" (the term side may lose an ending too), or a doubled final
    /// consonant before the ending ("gesprek"/"gesprekken", "expel"/"expelled").
    static func differByEndings(_ w: ArraySlice<Unicode.Scalar>, _ t: ArraySlice<Unicode.Scalar>, endings: Set<String>,
                                termEndings: Set<String>? = nil) -> Bool {
        var c = 0
        var wi = w.startIndex
        var ti = t.startIndex
        while ti < t.endIndex, wi < w.endIndex, t[ti] == w[wi] { c += 1; wi += 1; ti += 1 }
        guard c >= 3 else { return false }
        // The endings may share letters ("stellvertretend-er"/"stellvertretend-en" share the
        // "e"), so the split point may be up to two letters before the common prefix's end.
        for back in 0...min(2, c - 3) {
            let termExtra = String(String.UnicodeScalarView(t[(ti - back)...]))
            let textExtra = String(String.UnicodeScalarView(w[(wi - back)...]))
            if (termEndings ?? endings).contains(termExtra), endings.contains(textExtra) { return true }
        }
        let termExtra = t[ti...], textExtra = w[wi...]
        if termExtra.isEmpty, textExtra.count >= 2, let last = t.last, !vowels.contains(last),
           textExtra.first == last, endings.contains(String(String.UnicodeScalarView(textExtra.dropFirst()))) {
            return true
        }
        return false
    }

    /// Heads and modifiers of closed compounds inside part `p`.
    func matchCompoundParts(at p: Int, in text: AnalysedText, into candidates: inout [Candidate]) {
        let part = text.parts[p]
        let w = part.folded
        guard w.count >= 7 else { return }
        for position in 0...(w.count - 4) {
            guard let list = compoundByKey[String(String.UnicodeScalarView(w[position..<(position + 4)]))] else { continue }
            for t in list {
                let term = terms[t]
                let word = term.words[0]
                let tail = w[position...]
                // Head: at least three letters before it, the rest of the word is the term.
                if position >= 3, let d = distance(tail, word, endings: term.endings, termEndings: term.termEndings) {
                    candidates.append(Candidate(term: t, span: span(part, position, w.count), role: .head, distance: d))
                    continue
                }
                // Modifier: the term's letters, a linking element, four or more letters.
                guard position == 0 || position >= 3, tail.starts(with: word.folded) else { continue }
                if position == 0, word.requiresCapital, text.scalars[part.start].properties.isUppercase == false { continue }
                let after = position + word.folded.count
                for link in Endings.linking {
                    let restStart = after + link.count
                    guard w.count - restStart >= 4, w[after...].starts(with: link) else { continue }
                    let rest = String(String.UnicodeScalarView(w[restStart...]))
                    if Endings.notACompoundRest.contains(where: { rest.hasPrefix($0) }) { continue }
                    candidates.append(Candidate(term: t, span: span(part, position, after), role: .modifier, distance: 0))
                    break
                }
            }
        }
    }

    /// Scalar span in the text of folded positions [from, to) of a part.
    func span(_ part: AnalysedText.Part, _ from: Int, _ to: Int) -> TextSpan {
        let start = part.foldMap[from]
        let end = to < part.foldMap.count ? part.foldMap[to] : part.end
        return TextSpan(start: start, end: end)
    }
}

/// A text cut into word parts: tokens split at hyphens, each folded with a map back to the
/// original scalar offsets (folding can change lengths: "ß" → "ss").
struct AnalysedText {
    struct Part {
        var start: Int
        var end: Int
        var folded: [Unicode.Scalar]
        /// Original scalar offset of each folded scalar.
        var foldMap: [Int]
        var hyphenBefore: Bool
        var hyphenAfter: Bool
    }

    let scalars: [Unicode.Scalar]
    let parts: [Part]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var parts: [Part] = []
        for token in Tokenizer().tokenize(text) where token.kind != .punctuation {
            var start = token.span.start
            var index = token.span.start
            var first = true
            while index <= token.span.end {
                if index == token.span.end || scalars[index] == "-" || scalars[index] == "‐" {
                    if index > start {
                        var folded: [Unicode.Scalar] = []
                        var map: [Int] = []
                        for offset in start..<index {
                            for scalar in Self.fold(scalars[offset]) { folded.append(scalar); map.append(offset) }
                        }
                        parts.append(Part(start: start, end: index, folded: folded, foldMap: map, hyphenBefore: !first,
                                          hyphenAfter: index < token.span.end))
                        first = false
                    }
                    start = index + 1
                }
                index += 1
            }
        }
        self.parts = parts
    }

    /// `TextFolding.fold` for one scalar, with an ASCII fast path (most of the text).
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII {
            if scalar.value >= 0x41 && scalar.value <= 0x5A { return [Unicode.Scalar(scalar.value + 0x20)!] }
            return [scalar]
        }
        return Array(TextFolding.fold(String(scalar)).unicodeScalars)
    }
}
