/// The rounds stage on values: articles and the entity stage's mentions in, `RoundAnalysis` out.
/// No store, so tests and other stages can run it on any set of reports.
public enum RoundAnalyzer {
    /// Bump when detection or classification changes, so stored results are rebuilt.
    public static let version = 29

    /// - Parameters:
    ///   - mentions: the entity stage's mentions (dates with values, places with entity ids).
    ///   - entities: canonical entities, for English venue names; optional.
    public static func analyze(articles: [Article], mentions: [EntityMention], entities: [CanonicalEntity] = []) -> RoundAnalysis {
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
        for article in articles {
            assignments += classifier.classify(article: article, features: features[article.id] ?? [], detection: detection).assignments
        }
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

extension RoundAnalysis {
    /// The sentences about a round, in corpus order.
    public func sentences(inRound number: Int) -> [SentenceRef] {
        assignments.filter { $0.rounds.contains(number) }.map(\.sentence).sorted()
    }

    public func round(_ number: Int) -> Round? { rounds.first { $0.number == number } }
}
