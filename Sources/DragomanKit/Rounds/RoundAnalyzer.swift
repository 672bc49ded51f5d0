/// The rounds stage on values: articles and the entity stage's mentions in, `RoundAnalysis` out.
/// No store, so tests and other stages can run it on any set of reports.
public enum RoundAnalyzer {
    /// Bump when detection or classification changes, so stored results are rebuilt.
    public static let version = 35

    /// - Parameters:
    ///   - mentions: the entity stage's mentions (dates with values, places with entity ids).
    ///   - entities: canonical entities, for English venue names; optional.
    ///   - translations: the alignment's links; its parallel ones (not rejected) place a sentence
    ///     the cues left about no round where its translation's cues place it. Without them (the
    ///     aligner's own input, which must not depend on an alignment) each report stands alone.
    public static func analyze(articles: [Article], mentions: [EntityMention], entities: [CanonicalEntity] = [],
                               translations: [SentenceLink] = []) -> RoundAnalysis {
        let placeNames = Dictionary(entities.filter { $0.kind == .place }.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        var bySentence: [SentenceRef: [EntityMention]] = [:]
        for m in mentions where m.sentenceIndex >= 0 {
            bySentence[SentenceRef(articleID: m.articleID, index: m.sentenceIndex), default: []].append(m)
        }
        // Every form each place takes in each language of the corpus, to tell "Moskau" from
        // "Moskauer"/"Moskaus". Per language: "Riyad" (Dutch) and "Riyadh" (English) are two
        // spellings of the name, not a name and its derivative.
        var placeForms: [String: Set<String>] = [:]
        for m in mentions where m.kind == .place { placeForms["\(m.language.rawValue):\(m.entityID)", default: []].insert(TextFolding.fold(m.text)) }
        var features: [String: [SentenceRoundFeatures]] = [:]
        for article in articles {
            features[article.id] = article.sentences.map { s in
                let ref = SentenceRef(articleID: article.id, index: s.index)
                return SentenceRoundFeatures(ref: ref, language: article.language, text: s.text,
                                             mentions: bySentence[ref] ?? [], placeNames: placeNames, placeForms: placeForms)
            }
        }
        // Places the corpus also writes in lower case, as adjectives ("russischen", "russiske"),
        // inside a ministry's name too: countries.
        let adjectival = Set(mentions.filter { $0.kind == .place && ($0.text.first?.isLowercase ?? false) }.map(\.entityID))
        let detection = RoundDetector().detect(articles: articles, features: features, adjectivalPlaces: adjectival)
        let classifier = SentenceRoundClassifier()
        var assignments: [RoundAssignment] = []
        var uncued: Set<SentenceRef> = []
        for article in articles {
            let result = classifier.classify(article: article, features: features[article.id] ?? [], detection: detection)
            assignments += result.assignments
            uncued.formUnion(result.uncued)
        }
        assignments = placedByTranslations(assignments, uncued: uncued, links: translations)
        // Articles and sentence counts from the assignments: a round is about what is said of it.
        var rounds = detection.rounds
        for i in rounds.indices {
            let mine = assignments.filter { $0.rounds.contains(rounds[i].number) }
            rounds[i].sentenceCount = mine.count
            var seen: [String] = []
            for a in mine where !seen.contains(a.sentence.articleID) { seen.append(a.sentence.articleID) }
            rounds[i].articleIDs = seen
        }
        return RoundAnalysis(rounds: rounds, assignments: assignments)
    }
}

extension RoundAnalyzer {
    /// A machine translation garbles the word order its cues rely on ("Moscow booked however a
    /// small success … Russian experts may in April …" read as having no cue, where the Dutch
    /// it translates goes on about the report's round), but a translation says what its source
    /// says, about the same round. So a sentence the cues left about no round takes the rounds of
    /// the sentences it translates (a 1-2 bead: both halves), when those agree; their own
    /// rounds count as the cues gave them, so the result does not depend on the order of the
    /// reports. A sentence read as background, about all rounds or about another meeting keeps
    /// its reading: that is a cue of its own.
    static func placedByTranslations(_ assignments: [RoundAssignment], uncued: Set<SentenceRef>, links: [SentenceLink]) -> [RoundAssignment] {
        var partners: [SentenceRef: [SentenceRef]] = [:]
        for link in links where link.kind == .parallel && link.status != .rejected {
            partners[link.a, default: []].append(link.b)
            partners[link.b, default: []].append(link.a)
        }
        guard !partners.isEmpty else { return assignments }
        let given = Dictionary(assignments.map { ($0.sentence, $0.rounds) }, uniquingKeysWith: { a, _ in a })
        return assignments.map { assignment in
            guard uncued.contains(assignment.sentence), let others = partners[assignment.sentence]?.sorted() else { return assignment }
            let placed = others.filter { !(given[$0] ?? []).isEmpty }
            guard let first = placed.first, let rounds = given[first], placed.allSatisfy({ given[$0] == rounds }) else { return assignment }
            return RoundAssignment(sentence: assignment.sentence, rounds: rounds,
                                   evidence: "translates \(first) (round \(rounds.map(String.init).joined(separator: ",")))")
        }
    }
}

extension RoundAnalysis {
    /// The sentences about a round, in corpus order.
    public func sentences(inRound number: Int) -> [SentenceRef] {
        assignments.filter { $0.rounds.contains(number) }.map(\.sentence).sorted()
    }

    public func round(_ number: Int) -> Round? { rounds.first { $0.number == number } }
}
