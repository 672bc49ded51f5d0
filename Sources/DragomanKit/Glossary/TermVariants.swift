/// Syntactic variants of glossary terms, after Jacquemin's FASTR (Spotting and Discovering Terms
/// through Natural Language Processing, 2001): a term is used in running text in more shapes than
/// the one the glossary lists, and news reports, machine-translated ones most of all, use those
/// shapes freely. "drift av ambassader" is written "driften av russiske og amerikanske
/// ambassader", "Arbeit der Botschaften" is "Arbeit von Botschaften und Konsulaten",
/// "Botschaftsbetrieb" is "Betrieb der Botschaften", "embassy operations" is "the operations of
/// our embassy".
///
/// Four shapes, each conservative: a variant must keep every content word of the term, in the
/// term's own grammatical roles.
/// * **Insertion and substitution** (multi-word terms): the content words in order; where the
///   term has function words between two content words the text has one or two of its own
///   (another preposition or article: "der" → "von"), then up to three modifier words or a
///   coordination ("russiske og amerikanske"). Where the term writes two words side by side,
///   only a coordination may come between ("diplomatic and consular property"). No
///   punctuation and no other function word may sit inside.
/// * **Of-phrase** (English noun–noun terms): "embassy operations" → "operations of (the/our…)
///   (up to two modifiers) embassy", the modifier ending its noun phrase.
/// * **Split compound** (German, Dutch, Norwegian single-word terms): "Botschaftsbetrieb" →
///   "Betrieb der (modifiers) Botschaften"; a split is tried at every linking element, and only
///   one whose both halves are words of the text in that order counts.
/// * **Joined phrase** (phrase terms "head + preposition/article + modifier"): German, Dutch,
///   Norwegian close them into a compound ("werking van de ambassades" → "ambassadewerking"),
///   English into a noun–noun phrase ("work of embassies" → "embassy work").
///
/// Only concepts of kind `term` have variants: names are not rephrased that way.
struct VariantIndex: Sendable {
    enum Shape: Sendable {
        /// The term's content words (indexes into its words) and, per content word after the
        /// first, whether the term has function words before it.
        case spread(content: [Int], functionBefore: [Bool])
        /// English "M H": head word index, modifier word index.
        case ofPhrase(head: Int, modifier: Int)
        /// A closed compound of the term split at a linking element.
        case split(modifier: IndexedWord, head: IndexedWord)
        /// Phrase "H … M" put together: stems the modifier may take in a compound, head word index.
        case joined(modifierStems: [[Unicode.Scalar]], modifierWord: Int, head: Int)
    }

    struct Pattern: Sendable {
        var term: Int
        var shape: Shape
    }

    let patterns: [Pattern]
    /// Key of the text word a pattern starts at (first two to four folded scalars) → patterns.
    let byKey: [String: [Int]]
    /// Prepositions, articles, possessives and demonstratives: what may stand between the
    /// content words of a term.
    let connectors: Set<String>
    /// Every closed-class word of the language (`LanguageProfileWords` plus the connectors).
    let functionWords: Set<String>
    /// Coordinating conjunctions, the only closed-class words an insertion may hold.
    let conjunctions: Set<String>
    /// The connector that opens an English of-phrase.
    let ofWords: Set<String>
    let nounEndings: Set<String>

    /// `compounds`: the language writes closed compounds (`LanguageIndex.compounds`).
    init(terms: [IndexedTerm], language: LanguageCode, compounds compounding: Bool) {
        let fold: (String) -> String = { word in
            String(String.UnicodeScalarView(word.unicodeScalars.flatMap { AnalysedText.fold($0) }))
        }
        let lists = Self.closedClass[language.rawValue] ?? (connectors: "", conjunctions: "")
        connectors = Set(lists.connectors.split(separator: " ").map { fold(String($0)) })
        conjunctions = Set(lists.conjunctions.split(separator: " ").map { fold(String($0)) })
        let closed = Set((LanguageProfileWords.functionWords[language.rawValue] ?? []).map(fold)).union(connectors).union(conjunctions)
        functionWords = closed
        ofWords = language == .english ? ["of"] : []
        let nounEndings = Endings.set(language, .noun)
        self.nounEndings = nounEndings

        var patterns: [Pattern] = []
        var byKey: [String: [Int]] = [:]
        func add(_ pattern: Pattern, key: [Unicode.Scalar]) {
            byKey[LanguageIndex.key(key), default: []].append(patterns.count)
            patterns.append(pattern)
        }
        for (t, term) in terms.enumerated() where term.kind == .term && !term.words.contains(where: \.caseSensitive) {
            let isFunction = term.words.map { closed.contains(String(String.UnicodeScalarView($0.folded))) }
            let content = term.words.indices.filter { !isFunction[$0] }
            if term.words.count >= 2, content.count >= 2 {
                let functionBefore = content.indices.map { k in
                    k > 0 && (content[k - 1] + 1 < content[k])
                }
                add(Pattern(term: t, shape: .spread(content: content, functionBefore: functionBefore)), key: term.words[content[0]].folded)
                if content.count == 2 {
                    let (first, second) = (content[0], content[1])
                    let adjacent = second == first + 1
                    let nothingOutside = first == 0 && second == term.words.count - 1
                    if language == .english, adjacent, term.words.count == 2 {
                        add(Pattern(term: t, shape: .ofPhrase(head: second, modifier: first)), key: term.words[second].folded)
                    }
                    if !adjacent, nothingOutside, term.words[second].folded.count >= 4 {
                        let modifier = term.words[second].folded
                        var stems: [[Unicode.Scalar]] = [modifier]
                        for ending in nounEndings where !ending.isEmpty {
                            let e = Array(ending.unicodeScalars)
                            if modifier.count - e.count >= 4, modifier.suffix(e.count).elementsEqual(e) { stems.append(Array(modifier.dropLast(e.count))) }
                        }
                        if compounding || language == .english {
                            add(Pattern(term: t, shape: .joined(modifierStems: stems, modifierWord: second, head: first)), key: Array(stems.min { $0.count < $1.count }!.prefix(4)))
                        }
                    }
                }
            }
            if compounding, term.compoundEligible, term.words.count == 1, term.words[0].folded.count >= 8 {
                let word = term.words[0].folded
                for i in 4...(word.count - 4) {
                    for link in Endings.linking where word[i...].starts(with: link) {
                        let headStart = i + link.count
                        guard word.count - headStart >= 4 else { continue }
                        let head = Array(word[headStart...])
                        let rest = String(String.UnicodeScalarView(head))
                        if Endings.notACompoundRest.contains(where: { rest.hasPrefix($0) }) { continue }
                        let m = IndexedWord(folded: Array(word[..<i]), caseSensitive: false, original: [], requiresCapital: false)
                        let h = IndexedWord(folded: head, caseSensitive: false, original: [], requiresCapital: false)
                        add(Pattern(term: t, shape: .split(modifier: m, head: h)), key: head)
                    }
                }
            }
        }
        self.patterns = patterns
        self.byKey = byKey
    }

    /// Prepositions, articles, possessives, demonstratives (connectors); coordinating
    /// conjunctions.
    static let norwegian = ("av for til med på i om ved fra den det de en et ei sin sitt sine deres våre vår vårt hans hennes denne dette disse",
                            "og eller")
    static let closedClass: [String: (connectors: String, conjunctions: String)] = [
        "de": ("der die das den dem des ein eine einen einem einer eines von vom zu zum zur für über mit bei in im an am auf aus "
            + "ihr ihre ihrer ihren ihrem ihres sein seine seiner seinen seinem seines unser unsere unserer unseren beider beiden "
            + "dieser diese diesen diesem dieses jener jene", "und oder sowie"),
        "nl": ("de het een van voor over met bij in op aan tot uit hun haar zijn onze ons deze dit die dat", "en of"),
        "nb": norwegian, "no": norwegian,
        "en": ("of for to with on in at about from the a an our their its his her this these those", "and or"),
    ]
}

extension LanguageIndex {
    /// Variant candidates starting at text part `p`.
    func matchVariants(at p: Int, in text: AnalysedText, into candidates: inout [Candidate]) {
        let part = text.parts[p]
        var seen: Set<Int> = []
        for length in 2...4 where length <= part.folded.count {
            guard let list = variants.byKey[String(String.UnicodeScalarView(part.folded.prefix(length)))] else { continue }
            for v in list where seen.insert(v).inserted {
                let pattern = variants.patterns[v]
                let term = terms[pattern.term]
                let end: Int?
                switch pattern.shape {
                case let .spread(content, functionBefore):
                    end = matchSpread(term, content: content, functionBefore: functionBefore, at: p, in: text)
                case let .ofPhrase(head, modifier):
                    end = matchOfPhrase(head: term.words[head], modifier: term.words[modifier], endings: term.endings, at: p, in: text)
                case let .split(modifier, head):
                    end = matchSplit(modifier: modifier, head: head, at: p, in: text)
                case let .joined(stems, modifierWord, head):
                    if language == .english {
                        end = matchAdjacentPair(modifier: term.words[modifierWord], head: term.words[head], endings: term.endings, at: p, in: text)
                    } else {
                        end = matchClosedCompound(stems: stems, head: term.words[head], at: p, in: text) ? p : nil
                    }
                }
                guard let end else { continue }
                candidates.append(Candidate(term: pattern.term, span: TextSpan(start: part.start, end: text.parts[end].end), role: .variant, distance: 1))
            }
        }
    }

    private func folded(_ text: AnalysedText, _ q: Int) -> String { String(String.UnicodeScalarView(text.parts[q].folded)) }

    /// True when parts `q - 1` and `q` are separated by white space or a hyphen only.
    private func softGap(_ text: AnalysedText, _ q: Int) -> Bool {
        Gap.of(text.scalars[text.parts[q - 1].end..<text.parts[q].start]) == .soft
    }

    private func isContent(_ text: AnalysedText, _ q: Int) -> Bool {
        let word = folded(text, q)
        return !variants.functionWords.contains(word) && text.parts[q].folded.contains { $0.properties.isAlphabetic }
    }

    /// True when part `q` ends its noun phrase: the text ends, punctuation follows, or a
    /// closed-class word does.
    private func endsPhrase(_ text: AnalysedText, _ q: Int) -> Bool {
        q + 1 >= text.parts.count || !softGap(text, q + 1) || !isContent(text, q + 1)
    }

    /// From part `from`: `connectors` (a range) connector words, then up to `insertion` words
    /// (content words or conjunctions, not ending in a conjunction), then a word `accept` takes.
    /// Returns the accepted part.
    private func reach(from: Int, in text: AnalysedText, connectors: ClosedRange<Int>, insertion: Int,
                       accept: (Int) -> Bool) -> Int? {
        var q = from
        var used = 0
        while used < connectors.upperBound, q < text.parts.count, softGap(text, q), variants.connectors.contains(folded(text, q)) {
            used += 1; q += 1
        }
        guard used >= connectors.lowerBound else { return nil }
        for inserted in 0...insertion {
            let r = q + inserted
            guard r < text.parts.count, softGap(text, r) else { return nil }
            if inserted > 0 {
                // The word just passed over must be an insertion word.
                let previous = r - 1
                let word = folded(text, previous)
                guard isContent(text, previous) || variants.conjunctions.contains(word) else { return nil }
            }
            if accept(r) {
                if inserted > 0, variants.conjunctions.contains(folded(text, r - 1)) { return nil }
                return r
            }
        }
        return nil
    }

    private func fits(_ text: AnalysedText, _ q: Int, _ word: IndexedWord, endings: Set<String>, termEndings: Set<String>? = nil) -> Bool {
        wordDistance(text, q, word, endings: endings, termEndings: termEndings) != nil
    }

    private func matchSpread(_ term: IndexedTerm, content: [Int], functionBefore: [Bool], at p: Int, in text: AnalysedText) -> Int? {
        let first = term.words[content[0]]
        guard fits(text, p, first, endings: first.endings ?? term.endings, termEndings: first.endings ?? term.termEndings) else { return nil }
        var q = p
        for k in 1..<content.count {
            let word = term.words[content[k]]
            let endings = word.endings ?? term.endings
            let termEndings = word.endings ?? (k == content.count - 1 ? term.termEndings : term.endings)
            let accept = { (r: Int) in self.fits(text, r, word, endings: endings, termEndings: termEndings) }
            if functionBefore[k] {
                guard let next = reach(from: q + 1, in: text, connectors: 1...2, insertion: 3, accept: accept) else { return nil }
                q = next
            } else if q + 1 < text.parts.count, softGap(text, q + 1), accept(q + 1) {
                q += 1
            } else {
                // Words the term writes side by side take only a coordination between them
                // ("diplomatic and consular property"): any other word may change the sense
                // ("Deputy Assistant Secretary of State" is another office).
                let r = q + 3
                guard r < text.parts.count, softGap(text, q + 1), softGap(text, q + 2), softGap(text, r),
                      variants.conjunctions.contains(folded(text, q + 1)), isContent(text, q + 2), accept(r) else { return nil }
                q = r
            }
        }
        return q
    }

    private func matchOfPhrase(head: IndexedWord, modifier: IndexedWord, endings: Set<String>, at p: Int, in text: AnalysedText) -> Int? {
        guard fits(text, p, head, endings: endings), p + 1 < text.parts.count, softGap(text, p + 1),
              variants.ofWords.contains(folded(text, p + 1)) else { return nil }
        return reach(from: p + 2, in: text, connectors: 0...2, insertion: 2) { q in
            self.fits(text, q, modifier, endings: endings) && self.endsPhrase(text, q)
        }
    }

    private func matchSplit(modifier: IndexedWord, head: IndexedWord, at p: Int, in text: AnalysedText) -> Int? {
        // The text may add endings to the head but not drop the compound's ("lede", to lead,
        // is not "-leder", leader).
        guard fits(text, p, head, endings: variants.nounEndings, termEndings: [""]) else { return nil }
        return reach(from: p + 1, in: text, connectors: 1...2, insertion: 2) { q in
            self.fits(text, q, modifier, endings: self.variants.nounEndings) && self.endsPhrase(text, q)
        }
    }

    private func matchAdjacentPair(modifier: IndexedWord, head: IndexedWord, endings: Set<String>, at p: Int, in text: AnalysedText) -> Int? {
        guard p + 1 < text.parts.count, softGap(text, p + 1), !text.parts[p].hyphenAfter,
              fits(text, p, modifier, endings: endings), fits(text, p + 1, head, endings: endings) else { return nil }
        return p + 1
    }

    private func matchClosedCompound(stems: [[Unicode.Scalar]], head: IndexedWord, at p: Int, in text: AnalysedText) -> Bool {
        let w = text.parts[p].folded
        for stem in stems where w.count > stem.count + 4 && w.starts(with: stem) {
            for link in Endings.linking where w[stem.count...].starts(with: link) {
                let rest = w[(stem.count + link.count)...]
                if rest.count >= 4, distance(rest, head, endings: variants.nounEndings) != nil { return true }
            }
        }
        return false
    }
}
