/// Finds person, place, organisation, property and date mentions in a report.
///
/// Evidence, strongest first:
/// 1. Glossary terms (through a `TermSpotter`): the curated names, country names and adjectives,
///    inflected, in compounds and hyphenations. Spans are normalised to the annotation conventions:
///    a glued inflection is taken whole ("Russlands", "Darchievs"), a glued word is a compound
///    ("Kreml" in "Kremlsprecher"), a locative tail ("in Istanbul") and a generic head ("estate",
///    "-landgoed") are cut off a facility name.
/// 2. Heads: a country adjective before a singular consulate word is a facility ("Russian
///    Consulate"); a foreign-ministry word is an organisation even without a country modifier
///    ("das Außenministerium"), whose entity is the country that qualifies it (`headCandidate`).
/// 3. Cues for names the glossary lacks, accepted only for words that look like names (capitalised,
///    not a common word in the language's word list, or recurring in reports in other languages):
///    persons after titles, roles, first names and speech verbs; places after locative
///    prepositions and in "City, Country" appositions; facilities before "estate"/"landgoed";
///    organisations ending in a head such as Ministry or Agency.
///    A word with the name key of a glossary name (`NameKey`: "Dartchijev" = Darchiev) is a
///    name of that kind even without a cue.
/// 4. Garbled multi-word glossary names whose words share the glossary words' stems in order
///    ("the pioneering point of Maryland" = Pioneer Point), at low confidence.
///
/// Not Sendable (holds per-language derived tables only, but is meant to be made once per task
/// like `SentenceAnalyzer`).
public final class EntityRecognizer {
    public let glossary: Glossary
    private let spotter: any TermSpotter
    private let wordLists: WordLists
    private let tokenizer = Tokenizer()
    private let dates = DateRecognizer()
    private let concepts: [String: Concept]
    /// Place concepts that have an adjective: countries ("russisch", "Amerikaanse").
    private let countryIDs: Set<String>
    /// Folded country names and adjectives (base forms) → country concept.
    private let countryForms: [(form: String, conceptID: String)]
    /// Concepts whose every term is a descriptive phrase ("residence of the Russian consul
    /// general"): not names, so never annotated.
    private let descriptiveConceptIDs: Set<String>
    /// Organisation/property concepts by head class, with the country and places their terms name.
    private let headConcepts: [HeadClass: [(conceptID: String, country: String?, places: Set<String>)]]
    /// First names of glossary persons, folded ("tammy", "sergej").
    private let firstNames: Set<String>
    /// Multi-word organisation and property names, folded words, for garble matching.
    private let multiwordNames: [(conceptID: String, words: [String])]
    /// Place concept → the country concept it is the capital of, from the glossary's definitions
    /// ("Oslo, capital of Norway."): "das Außenministerium in Moskau" is Russia's.
    private let capitalOf: [String: String]
    /// Abbreviations the glossary gives for a head's own vocabulary concept, per language, as
    /// written (Norwegian "UD" for "utenriksdepartementet").
    private let headAbbreviations: [HeadClass: [LanguageCode: Set<String>]]
    /// Name keys (`NameKey`) of the glossary's one-word names and of the surnames of its people,
    /// with their kind: a capitalised word with such a key is a spelling of a known name even
    /// without a cue ("Dartchijev described the talks…").
    private let nameKeys: [String: EntityKind]

    enum HeadClass: Hashable, CaseIterable {
        case consulate, foreignMinistry

        /// The start of the id of an entity of this head the glossary has no concept for.
        var entityPrefix: String {
            switch self {
            case .consulate: "new-fac-consulate"
            case .foreignMinistry: "new-org-foreign-ministry"
            }
        }

        /// English name of the head, for display ("Norwegian Foreign Ministry").
        var englishName: String {
            switch self {
            case .consulate: "Consulate"
            case .foreignMinistry: "Foreign Ministry"
            }
        }
    }

    public init(glossary: Glossary, spotter: any TermSpotter, wordLists: WordLists = WordLists()) {
        self.glossary = glossary
        self.spotter = spotter
        self.wordLists = wordLists
        var concepts: [String: Concept] = [:]
        for concept in Self.namedConcepts(glossary) { concepts[concept.id] = concept }
        self.concepts = concepts
        let countries = glossary.concepts.filter { $0.kind == .place && $0.terms.contains { $0.partOfSpeech == "adjective" } }
        countryIDs = Set(countries.map(\.id))
        countryForms = countries.flatMap { c in c.terms.map { (TextFolding.fold($0.text), c.id) } }
            .sorted { $0.form.count > $1.form.count }
        descriptiveConceptIDs = Set(Self.namedConcepts(glossary).filter { c in !c.terms.isEmpty && c.terms.allSatisfy { $0.termType == "phrase" } }.map(\.id))
        let places = glossary.concepts.filter { $0.kind == .place && !countries.map(\.id).contains($0.id) }
        var heads: [HeadClass: [(String, String?, Set<String>)]] = [:]
        var multiword: [(String, [String])] = []
        var names: Set<String> = Self.commonFirstNames
        for concept in Self.namedConcepts(glossary) {
            let folded = concept.terms.map { TextFolding.fold($0.text) }
            if concept.kind == .person {
                for term in concept.terms where term.termType != "shortForm" {
                    let words = term.text.split(separator: " ")
                    if words.count >= 2 { names.insert(TextFolding.fold(String(words[0]))) }
                }
            }
            guard concept.kind == .organisation || concept.kind == .property else { continue }
            for term in concept.terms {
                let words = TextFolding.fold(term.text).split { !$0.isLetter }.map(String.init)
                if words.count >= 2, term.termType != "phrase" { multiword.append((concept.id, words)) }
            }
            for head in [HeadClass.consulate, .foreignMinistry] where folded.contains(where: { Self.headForms(head).contains(where: $0.contains) }) {
                let country = Self.country(in: folded, forms: countries.flatMap { c in c.terms.map { (TextFolding.fold($0.text), c.id) } })
                let named = Set(places.filter { p in p.terms.contains { t in folded.contains { $0.contains(TextFolding.fold(t.text)) } } }.map(\.id))
                heads[head, default: []].append((concept.id, country, named))
            }
        }
        headConcepts = heads
        firstNames = names
        multiwordNames = multiword
        capitalOf = Self.capitals(glossary, countries: countries)
        var abbreviations: [HeadClass: [LanguageCode: Set<String>]] = [:]
        for head in HeadClass.allCases {
            let forms = Set(Self.headForms(head))
            for concept in glossary.concepts where concept.kind == .term && concept.terms.contains(where: { forms.contains(TextFolding.fold($0.text)) }) {
                for term in concept.terms where term.termType == "abbreviation" || term.termType == "acronym" {
                    abbreviations[head, default: [:]][term.language, default: []].insert(term.text)
                }
            }
        }
        headAbbreviations = abbreviations
        var keys: [String: EntityKind] = [:]
        var conflicting: Set<String> = []
        for concept in Self.namedConcepts(glossary) {
            guard let kind = EntityKind(concept.kind) else { continue }
            for term in concept.terms where term.partOfSpeech == "properNoun" && term.termType != "phrase" && term.termType != "acronym" {
                let words = term.text.split(separator: " ")
                guard words.count == 1 || kind == .person, let word = words.last,
                      word.unicodeScalars.filter({ $0.properties.isUppercase }).count == 1 else { continue }
                let key = NameKey.key(String(word), language: term.language)
                guard key.count >= 5 else { continue }
                if let known = keys[key], known != kind { conflicting.insert(key) }
                keys[key] = kind
            }
        }
        for key in conflicting { keys[key] = nil }
        nameKeys = keys
    }

    /// Capitals by the glossary's definitions: a place whose definition says "capital of X",
    /// where X is a name of a country concept ("Washington, D.C., capital of the United States").
    static func capitals(_ glossary: Glossary, countries: [Concept]) -> [String: String] {
        var countryByName: [String: String] = [:]
        for country in countries { for term in country.terms { countryByName[TextFolding.fold(term.text)] = country.id } }
        var result: [String: String] = [:]
        for place in glossary.concepts where place.kind == .place {
            guard let definition = place.definition.map(TextFolding.fold), let range = definition.range(of: "capital of ") else { continue }
            var name = String(definition[range.upperBound...].prefix { ![";", ".", ",", "(", ":"].contains($0) })
            while name.last == " " { name.removeLast() }
            if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
            if let country = countryByName[name], country != place.id { result[place.id] = country }
        }
        return result
    }

    /// The glossary's named entities: concepts of an entity kind with a proper-noun term. The
    /// subject field alone is not enough: real-estate vocabulary ("estate", "dacha") has the
    /// subject field "property" too.
    public static func namedConcepts(_ glossary: Glossary) -> [Concept] {
        glossary.entityConcepts.filter { c in c.terms.contains { $0.partOfSpeech == "properNoun" } || c.terms.allSatisfy { $0.termType == "phrase" } }
    }

    private static func country(in terms: [String], forms: [(String, String)]) -> String? {
        for term in terms {
            for word in term.split(whereSeparator: { !$0.isLetter }) {
                let w = String(word)
                for (form, id) in forms where !form.contains(" ") && (w == form || (w.hasPrefix(form) && w.count - form.count <= 3)) { return id }
            }
        }
        return nil
    }

    // MARK: - Reports

    /// Every mention in a report: title (sentence index −1) and sentences, dates included.
    /// `crossLingualNames` holds folded capitalised words that occur in reports in other languages
    /// (see `EntityIndex`): evidence that a word is a name, not a common noun.
    public func recognize(_ article: Article, dateContext: DateRecognizer.Context,
                          crossLingualNames: Set<String> = []) -> [RecognizedMention] {
        var result: [RecognizedMention] = []
        var texts: [(Int, String)] = article.sentences.map { ($0.index, $0.text) }
        if let title = article.title { texts.insert((-1, title), at: 0) }
        // Places of the whole report, for choosing which consulate a "Russian Consulate" is.
        var reportPlaces: [String: Int] = [:]
        var perSentence: [(Int, String, [RecognizedMention])] = []
        let filedIn = datelineCountry(article, crossLingualNames: crossLingualNames)
        for (index, text) in texts {
            let mentions = recognize(sentence: text, index: index, language: article.language, crossLingualNames: crossLingualNames,
                                     datelineCountry: filedIn)
            for m in mentions where m.kind == .place { if let id = m.conceptID { reportPlaces[id, default: 0] += 1 } }
            perSentence.append((index, text, mentions))
        }
        for (_, _, mentions) in perSentence {
            for var m in mentions {
                if m.conceptID == nil, m.cue == Self.consulateCue { m.conceptID = pickFacility(for: m, sentence: mentions, report: reportPlaces) }
                result.append(m)
            }
        }
        // Dates need the whole report (anchors, implicit years).
        let found = dates.recognize(sentences: article.sentences.map(\.text), language: article.language, context: dateContext)
        for date in found {
            let sentenceIndex = article.sentences[date.sentenceIndex].index
            var stored = date
            stored.sentenceIndex = sentenceIndex
            result.append(RecognizedMention(sentenceIndex: sentenceIndex, span: date.span, text: date.text, kind: .date,
                                            confidence: date.value == nil ? 0.5 : 0.95, cue: "date (\(date.kind.rawValue))", date: stored))
        }
        return result.sorted { ($0.sentenceIndex, $0.span.start, -$0.span.end) < ($1.sentenceIndex, $1.span.start, -$1.span.end) }
    }

    static let consulateCue = "country adjective + consulate"

    /// The country a wire report was filed in, by the place of its dateline ("OSLO, 4. desember
    /// (NTB) –": a capital stands for its country).
    private func datelineCountry(_ article: Article, crossLingualNames: Set<String>) -> String? {
        guard let first = article.sentences.first, let end = WireDateline.datelineScalars(first.text) else { return nil }
        let mentions = recognize(sentence: first.text, index: first.index, language: article.language, crossLingualNames: crossLingualNames)
        guard let place = mentions.first(where: { $0.kind == .place && $0.span.end <= end })?.conceptID else { return nil }
        return countryIDs.contains(place) ? place : capitalOf[place]
    }

    private func pickFacility(for mention: RecognizedMention, sentence: [RecognizedMention], report: [String: Int]) -> String? {
        let country = sentence.first { $0.nested && $0.span.start >= mention.span.start && $0.span.end <= mention.span.end }?.conceptID
        let candidates = (headConcepts[.consulate] ?? []).filter { country == nil || $0.country == country }
        let here = Set(sentence.compactMap { $0.kind == .place ? $0.conceptID : nil })
        let local = candidates.filter { !$0.places.isDisjoint(with: here) }
        if local.count == 1 { return local[0].conceptID }
        let scored = candidates.map { c in (c.conceptID, c.places.map { report[$0] ?? 0 }.reduce(0, +)) }.filter { $0.1 > 0 }
        let best = scored.max { $0.1 < $1.1 }
        if let best, scored.filter({ $0.1 == best.1 }).count == 1 { return best.0 }
        return nil
    }

    // MARK: - Sentences

    struct Candidate {
        var mention: RecognizedMention
        /// 0 = glossary or head rule, 1 = cue or garble.
        var tier: Int
    }

    /// Named-entity mentions of one sentence (no dates). `datelineCountry`: the country the report
    /// was filed in, if its dateline says (see `headCandidate`).
    public func recognize(sentence: String, index: Int, language: LanguageCode, crossLingualNames: Set<String> = [],
                          datelineCountry: String? = nil) -> [RecognizedMention] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = tokenizer.tokenize(sentence)
        func text(_ span: TextSpan) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        var candidates: [Candidate] = []

        // 1. Glossary spots, normalised.
        for spot in spotter.spots(in: sentence, language: language) {
            guard let concept = concepts[spot.conceptID], let kind = EntityKind(concept.kind),
                  !descriptiveConceptIDs.contains(concept.id) else { continue }
            var span = spot.span
            var inCompound = spot.inCompound
            // Glued inflection → whole word; glued longer word → compound.
            var end = span.end
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
            if end > span.end {
                let rest = TextFolding.fold(String(String.UnicodeScalarView(scalars[span.end..<end])))
                if Self.inflections.contains(rest) { span.end = end } else { inCompound = true }
            }
            if span.start > 0, scalars[span.start - 1].properties.isAlphabetic || scalars[span.start - 1] == "-" { inCompound = true }
            if span.end < scalars.count, scalars[span.end] == "-", span.end + 1 < scalars.count, scalars[span.end + 1].properties.isAlphabetic { inCompound = true }
            if kind == .organisation || kind == .property { (span, inCompound) = trimName(span, inCompound: inCompound, scalars: scalars) }
            guard span.length > 0 else { continue }
            candidates.append(Candidate(mention: RecognizedMention(
                sentenceIndex: index, span: span, text: text(span), kind: kind, inCompound: inCompound,
                conceptID: concept.id, confidence: 1, cue: "glossary term “\(spot.term)”"), tier: 0))
        }
        candidates = mergeSplitCountries(candidates, scalars: scalars)
        let countries = candidates.filter { $0.mention.conceptID.map(countryIDs.contains) == true }

        // 2. Heads.
        let folded = tokens.map { TextFolding.fold($0.text) }
        for (i, token) in tokens.enumerated() where token.kind == .word {
            let word = folded[i]
            if Self.consulateWords.contains(word) {
                // "Russian Consulate (General)": the country adjective right before it.
                guard let country = countries.first(where: { $0.mention.span.end + 1 == token.span.start || $0.mention.span.end == token.span.start }) else { continue }
                var end = token.span.end
                if i + 1 < tokens.count, ["general", "generaal"].contains(folded[i + 1]), tokens[i + 1].text.first?.isUppercase == true { end = tokens[i + 1].span.end }
                let span = TextSpan(start: country.mention.span.start, end: end)
                candidates.append(Candidate(mention: RecognizedMention(
                    sentenceIndex: index, span: span, text: text(span), kind: .property,
                    confidence: 0.85, cue: Self.consulateCue), tier: 0))
            }
            let abbreviation = headAbbreviations[.foreignMinistry]?[language]?.contains(token.text) == true
            if let length = abbreviation ? 1 : Self.ministryLength(folded, at: i) {
                candidates.append(headCandidate(.foreignMinistry, first: i, length: length, tokens: tokens, folded: folded, scalars: scalars,
                                                known: candidates, index: index, language: language, crossLingual: crossLingualNames,
                                                datelineCountry: datelineCountry))
            }
        }

        // 3. Cues for unknown names.
        candidates += cueCandidates(tokens: tokens, folded: folded, scalars: scalars, index: index, language: language,
                                    known: candidates, crossLingual: crossLingualNames)
        candidates += nameKeyCandidates(tokens: tokens, index: index, language: language, known: candidates, crossLingual: crossLingualNames)
        // 4. Garbled multi-word names.
        candidates += garbleCandidates(tokens: tokens, folded: folded, scalars: scalars, index: index)

        return resolveOverlaps(candidates)
    }

    /// What says whose a generic head is ("das norwegische Außenministerium", "Norway’s Foreign
    /// Ministry", "Utenriksdepartementet i Oslo").
    enum Qualifier: Equatable {
        /// A country the glossary knows, named or (through its capital) located.
        case country(String)
        /// A place the glossary knows that is no country nor a known capital.
        case place(String)
        /// A nationality adjective, genitive or place the glossary does not know: whose it is, is
        /// said, but not understood.
        case unknown
        /// Nothing.
        case none
    }

    /// An organisation (or facility) named by a generic head such as "Außenministerium",
    /// "Foreign Ministry", "ministerie van Buitenlandse Zaken", "utenriksdepartementet" or "UD". The
    /// head alone names no entity: every country has one. Its entity is decided by what qualifies
    /// it, in this order:
    /// 1. a glossary place right before: a country adjective or genitive ("norwegische",
    ///    "Norway’s", "Russlands"; the mention then includes it, the country nested) or a city
    ///    adjective ("Moskauer"), a capital standing for its country;
    /// 2. a glossary place right after, after "in"/"i"/"at" ("in Moskau", "i Oslo") or, for a
    ///    country, "of"/"van"/"der"/"des" or nothing ("Außenministerium Russlands");
    /// 3. with no qualifier at all, the only country the sentence names, when the report was filed
    ///    there (its dateline: "OSLO (NTB) – … Ifølge UD bidrar Norge …") or the glossary has that
    ///    country's organisation. The sentence's only country alone makes no entity of its own:
    ///    "Ukraine was not on the agenda, a foreign ministry spokesperson said".
    /// A country or place resolved this way is the glossary's concept for that country's head
    /// when there is one, else one entity per country (`GenericEntity`), the same in every
    /// language. A qualifier the glossary does not know (a nationality adjective or a place it
    /// lacks), and a bare head the sentence gives no owner for, leave the mention unclustered:
    /// it joins no other mention by its words alone.
    private func headCandidate(_ head: HeadClass, first: Int, length: Int, tokens: [(text: String, span: TextSpan, kind: Token.Kind)],
                               folded: [String], scalars: [Unicode.Scalar], known: [Candidate], index: Int,
                               language: LanguageCode, crossLingual: Set<String>, datelineCountry: String?) -> Candidate {
        let span = TextSpan(start: tokens[first].span.start, end: tokens[first + length - 1].span.end)
        let places = known.filter { $0.mention.kind == .place && $0.mention.conceptID != nil }
        func qualifier(of place: Candidate, countryOnly: Bool) -> Qualifier? {
            guard let id = place.mention.conceptID else { return nil }
            if countryIDs.contains(id) { return .country(id) }
            if countryOnly { return nil }
            return capitalOf[id].map(Qualifier.country) ?? .place(id)
        }
        func placeStarting(at k: Int) -> Candidate? {
            guard k < tokens.count else { return nil }
            return places.first { $0.mention.span.start == tokens[k].span.start }
        }
        var resolved = Qualifier.none
        var fullSpan = span
        var before = false
        // 1. Right before: only white space, or an English possessive, between.
        if let place = places.first(where: { p in
            p.mention.span.end <= span.start && Self.possessiveGap(String(String.UnicodeScalarView(scalars[p.mention.span.end..<span.start])))
        }), let q = qualifier(of: place, countryOnly: false) {
            resolved = q
            before = true
            if case .country = q, countryIDs.contains(place.mention.conceptID ?? "") { fullSpan.start = place.mention.span.start }
        } else if unknownQualifierBefore(first: first, tokens: tokens, folded: folded, language: language) {
            resolved = .unknown
        }
        // 2. Right after.
        if resolved == .none || resolved == .unknown {
            let next = first + length
            var after: Qualifier?
            if next + 1 < tokens.count, Self.locativePrepositions.contains(folded[next]) || folded[next] == "at" {
                if let place = placeStarting(at: next + 1) { after = qualifier(of: place, countryOnly: false) }
                else if tokens[next + 1].kind == .word, tokens[next + 1].text.first?.isUppercase == true,
                        looksLikeName(tokens[next + 1].text, language: language, sentenceInitial: false, crossLingual: crossLingual) {
                    after = .unknown
                }
            } else if next + 1 < tokens.count, ["of", "van", "der", "des"].contains(folded[next]), let place = placeStarting(at: next + 1) {
                after = qualifier(of: place, countryOnly: true)
            } else if let place = placeStarting(at: next) {
                after = qualifier(of: place, countryOnly: true)
            }
            if let after, after != .none, resolved == .none || after != .unknown { resolved = after }
        }
        // 3. The sentence's only country, for a head nothing qualifies.
        var fallback: String?
        if resolved == .none {
            let sentenceCountries = Set(known.compactMap { c in c.mention.conceptID.flatMap { countryIDs.contains($0) ? $0 : nil } })
            if sentenceCountries.count == 1, let only = sentenceCountries.first {
                if only == datelineCountry { resolved = .country(only) }
                else { fallback = headConcepts[head]?.first { $0.country == only }?.conceptID }
            }
        }
        var mention = RecognizedMention(sentenceIndex: index, span: fullSpan, text: String(String.UnicodeScalarView(scalars[fullSpan.start..<fullSpan.end])),
                                        kind: head == .consulate ? .property : .organisation, confidence: 0.6, cue: "\(head.englishName.lowercased()) head")
        switch resolved {
        case .country(let country):
            mention.confidence = before ? 0.85 : 0.8
            if let concept = headConcepts[head]?.first(where: { $0.country == country })?.conceptID {
                mention.conceptID = concept
            } else {
                mention.generic = GenericEntity(id: head.entityPrefix + "-" + Self.idPart(country), head: head.entityPrefix,
                                                name: countryHeadName(head, country: country))
            }
        case .place(let place):
            mention.confidence = 0.8
            let name = glossary.concept(id: place)?.preferredTerm(in: .english)?.text ?? place
            mention.generic = GenericEntity(id: head.entityPrefix + "-" + Self.idPart(place), head: head.entityPrefix,
                                            name: "\(head.englishName) in \(name)")
        case .unknown, .none:
            if let fallback {
                mention.conceptID = fallback
                mention.confidence = 0.7
            } else {
                mention.generic = GenericEntity(id: nil, head: head.entityPrefix, name: head.englishName)
            }
        }
        let qualified: Bool
        switch resolved { case .country, .place: qualified = true; case .unknown, .none: qualified = false }
        return Candidate(mention: mention, tier: qualified ? 0 : 1)
    }

    /// Only white space between a qualifier and its head, or an English possessive ("Norway’s ").
    static func possessiveGap(_ gap: String) -> Bool {
        var rest = Substring(gap)
        if rest.hasPrefix("’s") || rest.hasPrefix("'s") { rest = rest.dropFirst(2) }
        return !rest.isEmpty && rest.allSatisfy { $0 == " " }
    }

    /// A word right before a head that says whose it is without the glossary knowing the place:
    /// a nationality adjective (German "-sch…", Norwegian "-sk(e)", a capitalised Dutch or English
    /// word: "norwegische", "norske", "Noorse", "Norwegian"), a capitalised German or Norwegian
    /// genitive ("Norwegens", "Norges"), a German city adjective ("Osloer"), an English possessive.
    func unknownQualifierBefore(first: Int, tokens: [(text: String, span: TextSpan, kind: Token.Kind)], folded: [String],
                                language: LanguageCode) -> Bool {
        let p = first - 1
        guard p >= 0 else { return false }
        func capitalised(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].text.first?.isUppercase == true }
        if p >= 2, folded[p] == "s", ["'", "’"].contains(tokens[p - 1].text), tokens[p - 1].span.start == tokens[p - 2].span.end {
            return capitalised(p - 2) && !Self.functionWords.contains(folded[p - 2])
        }
        guard tokens[p].kind == .word, !Self.functionWords.contains(folded[p]), tokens[p].span.end < tokens[first].span.start else { return false }
        let word = folded[p]
        switch language {
        case .german:
            if capitalised(p) { return p > 0 && (word.hasSuffix("s") || word.hasSuffix("er")) }
            return ["sch", "sche", "schen", "scher", "sches", "schem"].contains { word.hasSuffix($0) }
        case .norwegian:
            if capitalised(p) { return p > 0 && word.hasSuffix("s") }
            return word.hasSuffix("sk") || word.hasSuffix("ske")
        default:
            return capitalised(p)
        }
    }

    /// "loc-norway" → "norway": a concept id without its kind prefix, for a derived entity id.
    static func idPart(_ conceptID: String) -> String {
        for prefix in ["loc-", "org-", "fac-", "per-"] where conceptID.hasPrefix(prefix) { return String(conceptID.dropFirst(prefix.count)) }
        return conceptID
    }

    /// "Norwegian Foreign Ministry" from the country's English adjective, else "Foreign Ministry
    /// of Norway".
    func countryHeadName(_ head: HeadClass, country: String) -> String {
        let concept = glossary.concept(id: country)
        if let adjective = concept?.terms.first(where: { $0.language == .english && $0.partOfSpeech == "adjective" })?.text {
            return "\(adjective) \(head.englishName)"
        }
        return "\(head.englishName) of \(concept?.preferredTerm(in: .english)?.text ?? Self.idPart(country))"
    }

    /// "US -amerikanische": a country name and its adjective split by a stray " -" are one mention.
    private func mergeSplitCountries(_ candidates: [Candidate], scalars: [Unicode.Scalar]) -> [Candidate] {
        var result = candidates.sorted { $0.mention.span.start < $1.mention.span.start }
        var i = 0
        while i + 1 < result.count {
            let a = result[i].mention, b = result[i + 1].mention
            if let id = a.conceptID, id == b.conceptID, countryIDs.contains(id), b.span.start > a.span.end {
                let gap = String(String.UnicodeScalarView(scalars[a.span.end..<b.span.start]))
                if gap == " -" || gap == "- " {
                    var merged = a
                    merged.span = TextSpan(start: a.span.start, end: b.span.end)
                    merged.text = String(String.UnicodeScalarView(scalars[merged.span.start..<merged.span.end]))
                    merged.inCompound = false
                    result[i].mention = merged
                    result.remove(at: i + 1)
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Cuts a locative tail ("… in Istanbul") and a generic head ("estate", "-landgoed") off an
    /// organisation or facility surface: the gold annotates the place separately and the name
    /// without the head.
    private func trimName(_ span: TextSpan, inCompound: Bool, scalars: [Unicode.Scalar]) -> (TextSpan, Bool) {
        var span = span, inCompound = inCompound
        let surface = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        let words = surface.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count >= 3 {
            for k in 1..<(words.count - 1) where Self.locativePrepositions.contains(words[k].lowercased()) && words[k + 1].first?.isUppercase == true {
                let kept = words[0..<k].joined(separator: " ")
                span.end = span.start + kept.unicodeScalars.count
                break
            }
        }
        let current = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        for head in Self.facilityHeads {
            for separator in ["-", " "] where TextFolding.fold(current).hasSuffix(separator + head) && current.count > head.count + 1 {
                span.end -= head.unicodeScalars.count + 1
                if separator == "-" { inCompound = true }
            }
        }
        return (span, inCompound)
    }

    private func resolveOverlaps(_ candidates: [Candidate]) -> [RecognizedMention] {
        let ordered = candidates.sorted {
            ($0.tier, -$0.mention.span.length, $0.mention.span.start) < ($1.tier, -$1.mention.span.length, $1.mention.span.start)
        }
        var accepted: [RecognizedMention] = []
        for candidate in ordered {
            var m = candidate.mention
            let overlapping = accepted.filter { $0.span.start < m.span.end && m.span.start < $0.span.end }
            if overlapping.isEmpty { accepted.append(m); continue }
            // A country inside an organisation or facility name is annotated twice (nested).
            let isCountry = m.kind == .place && m.conceptID.map(countryIDs.contains) == true
            if isCountry, overlapping.allSatisfy({ ($0.kind == .organisation || $0.kind == .property) && !$0.nested
                && $0.span.start <= m.span.start && m.span.end <= $0.span.end && $0.span != m.span }) {
                m.nested = true
                accepted.append(m)
            }
        }
        return accepted.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
    }

    // MARK: - Cues

    /// Does this capitalised word look like a name rather than a common word?
    func looksLikeName(_ word: String, language: LanguageCode, sentenceInitial: Bool, crossLingual: Set<String>) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        let fold = TextFolding.fold(word)
        if Self.functionWords.contains(fold) || DateWords.calendarWords.contains(fold) { return false }
        if crossLingual.contains(fold) { return true }
        guard let list = wordLists[language] else { return !sentenceInitial }
        let lower = word.lowercased()
        if language == .german {
            // German capitalises nouns: a word (or an inflected form, or a two-part compound) the
            // list knows is a common noun; only unknown words count as names.
            if list.contains(word) || list.contains(lower) { return false }
            for suffix in ["s", "es", "n", "en", "e", "er", "ern"] where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
                if list.contains(String(word.dropLast(suffix.count))) { return false }
            }
            let letters = Array(word)
            if letters.count >= 8 {
                for cut in 4...(letters.count - 4) {
                    let head = String(letters[..<cut]), tail = String(letters[cut...])
                    let tailCap = tail.prefix(1).uppercased() + tail.dropFirst()
                    let headOK = list.contains(head) || (head.hasSuffix("s") && list.contains(String(head.dropLast())))
                    if headOK && (list.contains(tailCap) || list.contains(tail)) { return false }
                }
            }
            return true
        }
        if list.contains(lower) { return false }
        return true
    }

    private func cueCandidates(tokens: [(text: String, span: TextSpan, kind: Token.Kind)], folded: [String], scalars: [Unicode.Scalar],
                               index: Int, language: LanguageCode, known: [Candidate], crossLingual: Set<String>) -> [Candidate] {
        var result: [Candidate] = []
        let words = CueWords.forLanguage(language)
        func isName(_ k: Int) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word else { return false }
            return looksLikeName(tokens[k].text, language: language, sentenceInitial: k == 0, crossLingual: crossLingual)
                || (firstNames.contains(folded[k]) && tokens[k].text.first?.isUppercase == true)
        }
        func covered(_ k: Int) -> Bool { known.contains { $0.mention.span.start <= tokens[k].span.start && tokens[k].span.end <= $0.mention.span.end } }
        /// A run of name words from k (at most three), not already a known mention.
        func run(from k: Int) -> Int? {
            guard isName(k), !covered(k) else { return nil }
            var end = k
            // Outside German a capital in mid-sentence right after a name is itself evidence
            // ("Espen Barth Eide", though "eide" is a Norwegian word).
            while end + 1 < tokens.count, end - k < 2, !covered(end + 1), tokens[end + 1].span.start == tokens[end].span.end + 1,
                  isName(end + 1) || (language != .german && tokens[end + 1].kind == .word && tokens[end + 1].text.first?.isUppercase == true
                                      && !Self.functionWords.contains(folded[end + 1])) { end += 1 }
            return end
        }
        /// `dropLast`: letters glued to the last word that are not the name's (a genitive "s").
        func add(_ a: Int, _ b: Int, _ kind: EntityKind, _ confidence: Double, _ cue: String, dropLast: Int = 0) {
            let span = TextSpan(start: tokens[a].span.start, end: tokens[b].span.end - dropLast)
            result.append(Candidate(mention: RecognizedMention(
                sentenceIndex: index, span: span, text: String(String.UnicodeScalarView(scalars[span.start..<span.end])),
                kind: kind, confidence: confidence, cue: cue), tier: 1))
        }
        // English organisations: capitalised words ending in a head ("Federal Security Service").
        if !words.orgHeads.isEmpty {
            var k = 1
            while k < tokens.count {
                var end = k
                while end < tokens.count, tokens[end].kind == .word, tokens[end].text.first?.isUppercase == true, !covered(end),
                      !Self.functionWords.contains(folded[end]) { end += 1 }
                if end - k >= 2, words.orgHeads.contains(folded[end - 1]) {
                    add(k, end - 1, .organisation, 0.7, "organisation head “\(tokens[end - 1].text)”")
                }
                k = max(end, k + 1)
            }
        }
        // Titles and roles, also as the end of a compound ("Kremlsprecher").
        func isBareRoleWord(_ w: String) -> Bool { words.roles.contains(w) || words.roleSuffixes.contains { w.count > $0.count && w.hasSuffix($0) } }
        func isRoleWord(_ w: String) -> Bool {
            isBareRoleWord(w) || words.definiteEndings.contains { w.count > $0.count + 3 && w.hasSuffix($0) && isBareRoleWord(String(w.dropLast($0.count))) }
        }
        /// The office after a name's comma, past at most two articles or modifiers: the index of
        /// the role word, or nil.
        func officeAfterComma(_ comma: Int) -> Int? {
            var j = comma + 1
            while j < tokens.count, j - comma <= 3 {
                if tokens[j].kind == .word, isRoleWord(folded[j]) { return j }
                guard tokens[j].kind == .word, words.appositionModifiers.contains(folded[j]) else { return nil }
                j += 1
            }
            return nil
        }
        /// After a German title, a capitalised word the list reads as a compound of two nouns
        /// ("Walen|Tina") is still the first name when a name follows it: "Stellvertreterin
        /// Walentina Orlowa".
        func titledRun(from k: Int) -> Int? {
            guard language == .german, k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].text.first?.isUppercase == true, !covered(k),
                  !Self.functionWords.contains(folded[k]), !isRoleWord(folded[k]), tokens[k + 1].span.start == tokens[k].span.end + 1,
                  let end = run(from: k + 1), end <= k + 2 else { return nil }
            return end
        }
        /// Whether nothing of the clause follows a name ending at `end`: the sentence ends, a
        /// punctuation mark, or a speech verb.
        func closes(_ end: Int) -> Bool {
            end + 1 >= tokens.count || tokens[end + 1].kind == .punctuation || words.speechVerbs.contains(folded[end + 1])
        }
        /// An office with its complement and then, after a comma, the name: "Die Sprecherin der
        /// russischen Botschaft in Washington, Jelena Schurawljowa, nannte …", "sa lederen for
        /// den russiske delegasjonen, Jevgenij Zjuravljov". The complement is at most eight
        /// words; the name is two name words, or a known first name, and closes its clause, so
        /// "the ambassador in Washington, Moscow and Kyiv" stays places.
        func nameAfterOfficeComplement(_ k: Int) -> (start: Int, end: Int)? {
            guard isRoleWord(folded[k]) || words.officeHeads.contains(folded[k]), k + 2 < tokens.count,
                  words.complementOpeners.contains(folded[k + 1]),
                  let comma = (k + 2..<min(tokens.count, k + 10)).first(where: { tokens[$0].kind == .punctuation }),
                  tokens[comma].text == ",", let end = run(from: comma + 1),
                  end > comma + 1 || firstNames.contains(folded[comma + 1]), closes(end) else { return nil }
            return (comma + 1, end)
        }
        /// An office held relative to another person, also in a Norwegian definite form ("stedfortrederen").
        func isRelativeRole(_ w: String) -> Bool {
            words.relativeRoles.contains(w)
                || words.definiteEndings.contains { w.count > $0.count + 3 && w.hasSuffix($0) && words.relativeRoles.contains(String(w.dropLast($0.count))) }
        }
        /// An office held relative to another person, past at most two modifiers, from `j` on:
        /// "Zjuravljovs stedfortreder", "Schumilows neue Stellvertreterin".
        func relativeRoleFollows(_ j: Int) -> Bool {
            var j = j
            while j < tokens.count, tokens[j].kind == .word {
                if isRelativeRole(folded[j]) { return true }
                guard words.appositionModifiers.contains(folded[j]) else { return false }
                j += 1
            }
            return false
        }
        /// The place noun a name at `k` names: right before it, or before its "of"/"van"/"von"
        /// (never a capitalised word: "City Council Smith" is no place).
        func placeHeadBefore(_ k: Int) -> Int? {
            guard k > 0 else { return nil }
            if words.placeHeads.contains(folded[k - 1]), language == .german || tokens[k - 1].text.first?.isLowercase == true { return k - 1 }
            if k > 1, words.placeHeadLinks.contains(folded[k - 1]), words.placeHeads.contains(folded[k - 2]),
               language == .german || tokens[k - 2].text.first?.isLowercase == true { return k - 2 }
            return nil
        }
        var k = 0
        while k < tokens.count {
            let w = folded[k]
            let isRole = isRoleWord(w)
            // The name after an abbreviated title starts past its full stop ("Dr. Katrin Wolff"),
            // and a title after a speech verb is the title's to read ("said Dr. …"), not a name.
            let start = isRole && k + 2 < tokens.count && tokens[k + 1].text == "." && tokens[k + 1].span.start == tokens[k].span.end ? k + 2 : k + 1
            let titleFollows = start < tokens.count && isRoleWord(folded[start])
            if isRole || (words.speechVerbs.contains(w) && !titleFollows), let end = run(from: start) ?? (isRole ? titledRun(from: start) : nil) {
                add(start, end, .person, isRole ? 0.8 : 0.7, isRole ? "after title “\(tokens[k].text)”" : "after “\(tokens[k].text)”")
                k = end + 1; continue
            }
            // A title with its office: "Secretary of State Rebecca Langhorne".
            if isRole, k + 3 < tokens.count, ["of", "for"].contains(folded[k + 1]), tokens[k + 2].text.first?.isUppercase == true,
               let end = run(from: k + 3) {
                add(k + 3, end, .person, 0.75, "after title “\(tokens[k].text) \(tokens[k + 1].text) \(tokens[k + 2].text)”")
                k = end + 1; continue
            }
            // The person an office is relative to: "de plaatsvervanger van Zjoeravljov".
            if isRelativeRole(w), k + 2 < tokens.count, words.relativeRolePrepositions.contains(folded[k + 1]),
               let end = run(from: k + 2) {
                add(k + 2, end, .person, 0.65, "after “\(tokens[k].text) \(tokens[k + 1].text)”")
                k = end + 1; continue
            }
            if let name = nameAfterOfficeComplement(k) {
                add(name.start, name.end, .person, 0.65, "after “\(tokens[k].text) \(tokens[k + 1].text) …,”")
                k = name.end + 1; continue
            }
            // Who led a delegation: "led by Oleg Kirichenko", "geleitet von …", "ledet av …", "geleid
            // door …", "represented by …", and the German verb before its subject ("leitete Rebecca
            // Langhorne"), past one adverb ("verhandelt erstmals Catherine Bramwell").
            if words.leadVerbs.contains(w) {
                var after = k + 1 < tokens.count && words.leadPrepositions.contains(folded[k + 1]) ? k + 2 : (language == .german ? k + 1 : -1)
                if after == k + 1, k + 2 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].text.first?.isLowercase == true,
                   !Self.functionWords.contains(folded[k + 1]), run(from: k + 1) == nil { after = k + 2 }
                if after > 0, let end = run(from: after) {
                    add(after, end, .person, 0.7, "leads a delegation (“\(tokens[k].text)”)")
                    k = end + 1; continue
                }
            }
            // The agent before the participle: "wurde von Jewgeni Schurawljow geleitet", "werd door
            // … geleid".
            if words.leadPrepositions.contains(w), let end = run(from: k + 1), end + 1 < tokens.count, words.leadVerbs.contains(folded[end + 1]) {
                add(k + 1, end, .person, 0.7, "leads a delegation (“\(tokens[k].text) … \(tokens[end + 1].text)”)")
                k = end + 1; continue
            }
            if tokens[k].kind == .word, firstNames.contains(w), tokens[k].text.first?.isUppercase == true, !covered(k),
               k + 1 < tokens.count, tokens[k + 1].span.start == tokens[k].span.end + 1, let end = run(from: k + 1) {
                add(k, end, .person, 0.75, "first name “\(tokens[k].text)”")
                k = end + 1; continue
            }
            if let end = run(from: k) {
                let next = end + 1 < tokens.count ? folded[end + 1] : ""
                let previous = k > 0 ? folded[k - 1] : ""
                if Self.facilityHeads.contains(next) || (end + 1 < tokens.count && Self.facilityHeads.contains(where: { next.hasSuffix("-" + $0) })) {
                    add(k, end, .property, 0.75, "before “\(tokens[end + 1].text)”"); k = end + 1; continue
                }
                // The head before the name: "das Anwesen Killenworth", "the property Kirentworth".
                if k > 0, Self.facilityHeadsBefore.contains(previous) {
                    add(k, end, .property, 0.7, "after “\(tokens[k - 1].text)”"); k = end + 1; continue
                }
                if words.speechVerbs.contains(next) && language != .german {
                    add(k, end, .person, 0.6, "before “\(tokens[end + 1].text)”"); k = end + 1; continue
                }
                // Whose office it is: "Zjuravljovs stedfortreder", "Schumilows neue Stellvertreterin".
                if relativeRoleFollows(end + 1) {
                    add(k, end, .person, 0.6, "before “\(tokens[end + 1].text)”"); k = end + 1; continue
                }
                // A name with its office after a copula: "Zjuravljov er direktør for …", not after
                // a locative ("in Moskau ist Botschafter …").
                if words.copulas.contains(next), let office = officeAfterComma(end + 1),
                   !(k > 0 && words.locatives.contains(previous) && tokens[k - 1].text.first?.isLowercase == true) {
                    add(k, end, .person, 0.6, "before “\(tokens[end + 1].text) … \(tokens[office].text)”"); k = end + 1; continue
                }
                // A name with its office after a comma: "Oleg Kirichenko, director of …",
                // "Oleg Kiritschenko, Direktor der Nordamerika-Abteilung", "…, the new deputy head".
                // Past modifiers, not after a locative: "in Los Angeles, the deputy mayor" is a place.
                if end > k, end + 2 < tokens.count, tokens[end + 1].text == ",", let office = officeAfterComma(end + 1),
                   office == end + 2 || !(words.locatives.contains(previous) && tokens[k - 1].text.first?.isLowercase == true) {
                    add(k, end, .person, 0.65, "before “, \(tokens[office].text)”"); k = end + 1; continue
                }
                // Whose place noun it is, in a glued genitive that is not part of the name (also after
                // "in", so before that rule) ("Aserbajdsjans hovedstad", "Aserbaidschans Hauptstadt").
                if end + 1 < tokens.count, words.placeHeads.contains(folded[end + 1]), language == .german || language == .norwegian,
                   tokens[end].text.count > 4, tokens[end].text.hasSuffix("s") {
                    add(k, end, .place, 0.6, "before “\(tokens[end + 1].text)”", dropLast: 1); k = end + 1; continue
                }
                if k > 0, words.locatives.contains(previous), tokens[k - 1].text.first?.isLowercase == true {
                    add(k, end, .place, 0.6, "after “\(tokens[k - 1].text)”"); k = end + 1; continue
                }
                // The name of a place noun: "the capital of Azerbaijan", "de hoofdstad van X", "die
                // Hauptstadt X", "hovedstaden Baku".
                if let head = placeHeadBefore(k) {
                    add(k, end, .place, 0.6, "after “\(tokens[head].text)”"); k = end + 1; continue
                }
                if end + 3 < tokens.count, ["'", "’"].contains(tokens[end + 1].text), folded[end + 2] == "s", words.placeHeads.contains(folded[end + 3]) {
                    add(k, end, .place, 0.6, "before “\(tokens[end + 3].text)”"); k = end + 1; continue
                }
                // A name joined to a place ("San Francisco und Jekaterinburg") is a place, when
                // it ends its phrase and no speech verb follows.
                if k >= 2, words.conjunctions.contains(previous),
                   let place = (known + result).first(where: { $0.mention.kind == .place && $0.mention.span.end == tokens[k - 2].span.end }),
                   end + 1 >= tokens.count || (tokens[end + 1].text.first?.isUppercase != true && !words.speechVerbs.contains(folded[end + 1])) {
                    add(k, end, .place, 0.6, "joined to “\(place.mention.text)”"); k = end + 1; continue
                }
                // "in Istanbul, Torkiye": a place apposed to a known place.
                if k >= 2, tokens[k - 1].text == ",", let place = known.first(where: { $0.mention.kind == .place && $0.mention.span.end == tokens[k - 2].span.end }),
                   place.mention.conceptID.map({ !countryIDs.contains($0) }) ?? true, end == k,
                   end + 1 >= tokens.count || tokens[end + 1].text.first?.isUppercase != true {
                    add(k, end, .place, 0.65, "apposition to “\(place.mention.text)”"); k = end + 1; continue
                }
            }
            k += 1
        }
        return result
    }

    /// A word that looks like a name and has the key (`NameKey`, also without a glued ending) of a
    /// glossary name, though no cue stands by it: "Dartchijev described the talks…" spells
    /// Darchiev. A mention of that name's kind; the linker ties it to the concept by its key.
    private func nameKeyCandidates(tokens: [(text: String, span: TextSpan, kind: Token.Kind)], index: Int, language: LanguageCode,
                                   known: [Candidate], crossLingual: Set<String>) -> [Candidate] {
        var result: [Candidate] = []
        for (k, token) in tokens.enumerated() where token.kind == .word {
            guard !known.contains(where: { $0.mention.span.start < token.span.end && token.span.start < $0.mention.span.end }),
                  looksLikeName(token.text, language: language, sentenceInitial: k == 0, crossLingual: crossLingual),
                  let kind = EntityLinker.keys(of: token.text, language: language).lazy.compactMap({ self.nameKeys[$0] }).first else { continue }
            result.append(Candidate(mention: RecognizedMention(sentenceIndex: index, span: token.span, text: token.text, kind: kind,
                                                               confidence: 0.7, cue: "spelling of a glossary name"), tier: 1))
        }
        return result
    }

    /// "the pioneering point of Maryland": the words of a multi-word glossary name in order, each
    /// the glossary word or an inflection of it (≤ 3 more letters), case ignored.
    private func garbleCandidates(tokens: [(text: String, span: TextSpan, kind: Token.Kind)], folded: [String],
                                  scalars: [Unicode.Scalar], index: Int) -> [Candidate] {
        var result: [Candidate] = []
        for (conceptID, words) in multiwordNames where words.count <= tokens.count {
            guard let kind = concepts[conceptID].flatMap({ EntityKind($0.kind) }), !descriptiveConceptIDs.contains(conceptID) else { continue }
            for start in 0...(tokens.count - words.count) {
                var exact = 0, ok = true
                for (offset, word) in words.enumerated() {
                    let t = folded[start + offset]
                    if t == word { exact += 1; continue }
                    if word.count >= 4, t.hasPrefix(word), t.count - word.count <= 3 { continue }
                    ok = false; break
                }
                guard ok, exact < words.count else { continue }
                let span = TextSpan(start: tokens[start].span.start, end: tokens[start + words.count - 1].span.end)
                result.append(Candidate(mention: RecognizedMention(
                    sentenceIndex: index, span: span, text: String(String.UnicodeScalarView(scalars[span.start..<span.end])),
                    kind: kind, conceptID: conceptID, confidence: 0.55, cue: "garbled glossary name"), tier: 1))
            }
        }
        return result
    }

    // MARK: - Word tables

    /// Endings glued to a name that keep it the same name ("Russlands", "Darchievs", "Kongressen").
    static let inflections: Set<String> = ["s", "es", "n", "en", "e", "er", "em", "ns", "ens", "ne", "a", "et", "ene", "ske"]
    static let locativePrepositions: Set<String> = ["in", "i", "im", "at", "bei", "bij", "på"]
    /// Generic facility heads that are not part of the name.
    static let facilityHeads: [String] = ["estate", "landgoed", "anwesen", "eiendom", "eiendommen", "compound", "dacha", "datscha"]
    /// Facility heads that stand before the name ("het landgoed Killenworth", "eiendommen
    /// Killenworth"), folded.
    static let facilityHeadsBefore: Set<String> = ["estate", "property", "compound", "anwesen", "landsitz", "landgut", "landgoed",
                                                   "buitenplaats", "eiendom", "eiendommen", "eiendommene", "landsted", "landstedet"]
    static let consulateWords: Set<String> = ["konsulat", "generalkonsulat", "consulaat", "consulaat-generaal", "consulate",
                                              "konsulatet", "generalkonsulatet"]
    static func headForms(_ head: HeadClass) -> [String] {
        switch head {
        case .consulate: ["konsulat", "consulaat", "consulate"]
        case .foreignMinistry: ["aussenministerium", "ministerie van buitenlandse zaken", "foreign ministry", "ministry of foreign affairs",
                                "utenriksdepartement", "utenriksministeri", "state department", "department of state"]
        }
    }

    /// Length in tokens of a foreign-ministry expression at i ("Außenministeriums" = 1,
    /// "ministerie van Buitenlandse Zaken" = 4, "Foreign Ministry" = 2).
    static func ministryLength(_ folded: [String], at i: Int) -> Int? {
        if ministryWords.contains(folded[i]) { return 1 }
        for phrase in ministryPhrases where i + phrase.count <= folded.count && Array(folded[i..<(i + phrase.count)]) == phrase { return phrase.count }
        return nil
    }

    /// One-word foreign-ministry heads with their inflections, folded (German, Norwegian).
    static let ministryWords: Set<String> = [
        "aussenministerium", "aussenministeriums", "utenriksdepartement", "utenriksdepartementet", "utenriksdepartements",
        "utenriksdepartementets", "utenriksministerium", "utenriksministeriet", "utenriksministeriets",
    ]
    /// Multi-word foreign-ministry heads, folded words (Dutch, English).
    static let ministryPhrases: [[String]] = [
        ["ministerie", "van", "buitenlandse", "zaken"], ["ministry", "of", "foreign", "affairs"], ["foreign", "ministry"],
    ]

    static let functionWords: Set<String> = [
        "der", "die", "das", "ein", "eine", "und", "oder", "aber", "auch", "laut", "seit", "trotz", "nach", "kein", "diese", "dieser", "es",
        "de", "het", "een", "en", "maar", "ook", "volgens", "zowel", "beide", "voorafgaand", "op", "ze", "wat",
        "den", "det", "et", "og", "men", "etter", "ifolge", "nar", "jeg", "konsultasjoner",
        "the", "a", "an", "and", "but", "also", "according", "both", "in", "on", "at", "this", "these", "those", "it", "its",
    ]
    /// A small set of common first names beyond the glossary's, for unknown persons.
    static let commonFirstNames: Set<String> = [
        "alexander", "aleksandr", "alexei", "aleksei", "andrei", "anna", "boris", "dmitri", "dmitry", "dmitrij", "elena", "igor",
        "ivan", "maria", "marija", "mikhail", "michail", "nikolai", "olga", "pavel", "sergei", "sergej", "sergey", "vladimir",
        "wladimir", "yuri", "juri", "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
        "mary", "elizabeth", "jennifer", "linda", "susan", "karen", "hillary", "antony", "anthony", "mike", "marco", "steve",
        "donald", "joe", "barack", "kamala", "jake", "jens", "mark", "emmanuel", "olaf", "friedrich", "annalena",
        // Russian names in the English, German, Dutch and Norwegian transliterations.
        "yelena", "jelena", "yekaterina", "jekaterina", "ekaterina", "natalia", "natalya", "natalja", "tatiana", "tatyana",
        "tatjana", "svetlana", "irina", "galina", "lyudmila", "ljudmila", "oksana", "valentina", "walentina", "yevgenia", "jewgenija",
        "jevgenija", "yevgeny", "yevgeni", "evgeny", "jewgeni", "jevgeni", "jevgenij", "oleg", "konstantin", "leonid", "maxim", "maksim",
        "pyotr", "pjotr", "anatoly", "anatoli", "gennady", "gennadi", "viktor", "vasily", "wassili", "grigory", "grigori", "alexey",
        "aleksej", "aleksey", "vyacheslav", "wjatscheslaw", "vjatsjeslav", "andrey", "andrej",
        // Common English first names.
        "catherine", "katherine", "kathryn", "sarah", "emily", "emma", "laura", "rebecca", "jessica", "rachel", "anne", "julia", "helen",
        "margaret", "patricia", "barbara", "nancy", "christine", "daniel", "matthew", "christopher", "andrew", "peter", "george",
        "edward", "brian", "kevin", "jason", "eric", "scott", "jeffrey", "timothy", "charles",
    ]
}

/// Context words for names the glossary does not know, per language (folded).
struct CueWords: Sendable {
    var roles: Set<String>
    /// Role words that end compounds ("Kremlsprecher", "Regierungssprecherin").
    var roleSuffixes: [String]
    var speechVerbs: Set<String>
    var locatives: Set<String>
    var orgHeads: Set<String>
    var conjunctions: Set<String>
    /// Verbs of leading a delegation and the preposition of the passive ("led by").
    var leadVerbs: Set<String> = []
    var leadPrepositions: Set<String> = []
    /// Words that may stand between a name's comma and its office ("Jane Roe, the new deputy
    /// head of …", "…, den nye nestlederen av …"): articles, possessives and "new", "former",
    /// "acting".
    var appositionModifiers: Set<String> = []
    /// The endings of a definite noun that follows the noun (Norwegian "nestlederen", "direktøren").
    var definiteEndings: [String] = []
    /// Words that open the complement of an office, between it and a name after a comma ("die
    /// Sprecherin der russischen Botschaft in Washington, Jelena …", "lederen for den russiske
    /// delegasjonen, Jevgenij …"), and the heads such an office may have besides the titles.
    var complementOpeners: Set<String> = []
    var officeHeads: Set<String> = []
    /// The copula of "NAME is director of …" ("Zjuravljov er direktør for …").
    var copulas: Set<String> = []
    /// Offices held relative to another person, and the word joining them ("the deputy of X",
    /// "de plaatsvervanger van X"; "X's deputy", "Zjuravljovs stedfortreder").
    var relativeRoles: Set<String> = []
    var relativeRolePrepositions: Set<String> = []
    /// Nouns whose name is a place ("the capital of X", "de hoofdstad van X", "die Hauptstadt X",
    /// "Xs hovedstad"), also in a Norwegian definite form, and the word that may join them.
    var placeHeads: Set<String> = []
    var placeHeadLinks: Set<String> = []

    static func forLanguage(_ language: LanguageCode) -> CueWords {
        switch language {
        case .german:
            return CueWords(
                roles: ["botschafter", "botschafterin", "sprecher", "sprecherin", "prasident", "prasidentin", "aussenminister",
                        "aussenministerin", "minister", "ministerin", "kanzler", "kanzlerin", "senator", "senatorin", "herr", "frau",
                        "leiter", "leiterin", "gesandte", "gesandter", "dr", "staatssekretar", "staatssekretarin", "direktor",
                        "direktorin", "diplomat", "diplomatin", "generalkonsul", "generalkonsulin", "konsul", "konsulin",
                        "unterhandler", "unterhandlerin", "delegationsleiter", "delegationsleiterin", "stellvertreter", "stellvertreterin",
                        "vizechef", "vizechefin", "berater", "beraterin"],
                roleSuffixes: ["sprecher", "sprecherin", "minister", "ministerin", "botschafter", "botschafterin", "sekretar", "sekretarin",
                               "direktor", "direktorin", "leiter", "leiterin", "stellvertreter", "stellvertreterin"],
                speechVerbs: ["sagte", "erklarte", "betonte", "sagt", "erklart", "betont"],
                locatives: ["in", "nach", "aus", "bei"], orgHeads: [], conjunctions: ["und", "oder"],
                leadVerbs: ["geleitet", "angefuhrt", "leitete", "leiteten", "vertreten", "vertrat", "vertritt", "verhandelt", "verhandelte"],
                leadPrepositions: ["von", "durch"],
                appositionModifiers: ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "neue", "neuer", "neuen",
                                      "ehemalige", "ehemaliger", "amtierende", "amtierender", "erste", "erster", "sein", "seine",
                                      "seiner", "ihr", "ihre", "ihrer"],
                complementOpeners: ["der", "des", "von", "vom", "fur", "im", "beim"], officeHeads: ["chef", "chefin"],
                copulas: ["ist", "war"],
                relativeRoles: ["stellvertreter", "stellvertreterin", "nachfolger", "nachfolgerin", "vorganger", "vorgangerin"],
                relativeRolePrepositions: ["von"],
                placeHeads: ["hauptstadt", "stadt", "republik", "region", "provinz", "grenzstadt", "hafenstadt"], placeHeadLinks: ["von"])
        case .dutch:
            return CueWords(
                roles: ["woordvoerder", "woordvoerster", "ambassadeur", "president", "minister", "staatssecretaris", "assistent-secretaris",
                        "secretaris", "senator", "heer", "mevrouw", "dr", "directeur", "diplomaat", "onderminister", "viceminister",
                        "consul", "consul-generaal", "delegatieleider", "onderhandelaar", "plaatsvervanger", "plaatsvervangster", "adviseur",
                        "vicechef", "vicechefin", "leider"],
                roleSuffixes: ["woordvoerder", "minister", "secretaris", "directeur"],
                speechVerbs: ["zei", "zegt", "verklaarde", "benadrukte"],
                locatives: ["in", "naar", "uit", "bij"], orgHeads: [], conjunctions: ["en", "of"],
                leadVerbs: ["geleid", "aangevoerd", "vertegenwoordigd"], leadPrepositions: ["door"],
                appositionModifiers: ["de", "het", "een", "nieuwe", "voormalige", "waarnemend", "waarnemende", "eerste", "zijn", "haar", "hun"],
                complementOpeners: ["van", "voor", "bij"], officeHeads: ["hoofd", "chef"], copulas: ["is", "was"],
                relativeRoles: ["plaatsvervanger", "plaatsvervangster", "opvolger", "opvolgster", "voorganger", "voorgangster"],
                relativeRolePrepositions: ["van"],
                placeHeads: ["hoofdstad", "stad", "republiek", "regio", "provincie", "grensstad", "havenstad"], placeHeadLinks: ["van"])
        case .norwegian:
            return CueWords(
                roles: ["ambassador", "ambassadør", "ambassador", "talsperson", "talsmann", "talskvinne", "president", "utenriksminister",
                        "minister", "statsminister", "senator", "dr", "direktør", "statssekretær", "visestatssekretær", "diplomat",
                        "viseutenriksminister", "konsul", "generalkonsul", "delegasjonsleder", "forhandler", "stedfortreder", "nestleder",
                        "rådgiver", "leder"]
                    .map(TextFolding.fold).reduce(into: Set<String>()) { $0.insert($1) },
                roleSuffixes: ["minister", "talsperson", "sekretaer", "direktor"],
                speechVerbs: ["sa", "sier", "uttalte", "understreket"],
                locatives: ["i", "til", "fra"], orgHeads: [], conjunctions: ["og", "eller"],
                leadVerbs: ["ledet", "ledes", "anfort", "representert"], leadPrepositions: ["av"],
                appositionModifiers: ["den", "det", "de", "en", "ei", "et", "ny", "nye", "tidligere", "fungerende", "forste", "hans",
                                      "hennes", "deres"], definiteEndings: ["en", "et", "a"],
                complementOpeners: ["for", "i", "ved", "til"], officeHeads: ["sjef", "sjefen"], copulas: ["er", "var"],
                relativeRoles: ["stedfortreder", "etterfolger", "forgjenger"],
                relativeRolePrepositions: ["for", "til"],
                placeHeads: ["hovedstad", "hovedstaden", "by", "byen", "republikk", "republikken", "region", "regionen", "provins",
                             "provinsen", "grensebyen", "havnebyen"], placeHeadLinks: [])
        default:
            return CueWords(
                roles: ["spokesman", "spokeswoman", "spokesperson", "ambassador", "president", "minister", "secretary", "senator",
                        "mr", "mrs", "ms", "dr", "envoy", "director", "diplomat", "consul", "undersecretary", "negotiator", "deputy",
                        "adviser", "advisor"],
                roleSuffixes: [],
                speechVerbs: ["said", "says", "told", "stated"],
                locatives: ["in", "to", "from", "near"],
                orgHeads: ["ministry", "agency", "department", "council", "committee", "service", "bank", "institute", "university", "party", "office"],
                conjunctions: ["and", "or"],
                leadVerbs: ["led", "headed", "represented"], leadPrepositions: ["by"],
                appositionModifiers: ["the", "a", "an", "new", "former", "acting", "first", "his", "her", "their"],
                complementOpeners: ["of", "for", "at"], officeHeads: ["head", "chief"], copulas: ["is", "was"],
                relativeRoles: ["deputy", "successor", "predecessor"], relativeRolePrepositions: ["of", "to"],
                placeHeads: ["capital", "city", "town", "republic", "region", "province", "port"], placeHeadLinks: ["of"])
        }
    }
}
