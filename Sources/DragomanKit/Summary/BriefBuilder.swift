import Foundation

/// Everything the brief is made from, as plain values: the stages before it (corpus, rounds,
/// alignment, entities, glossary) hand these over, and tests can build them by hand.
public struct BriefCorpus: Sendable {
    public var articles: [Article]
    public var rounds: RoundAnalysis
    public var graph: AlignmentGraph
    public var entities: [CanonicalEntity]
    public var mentions: [EntityMention]
    public var glossary: Glossary

    public init(articles: [Article], rounds: RoundAnalysis, graph: AlignmentGraph, entities: [CanonicalEntity],
                mentions: [EntityMention], glossary: Glossary) {
        self.articles = articles; self.rounds = rounds; self.graph = graph
        self.entities = entities; self.mentions = mentions; self.glossary = glossary
    }
}

public struct BriefOptions: Hashable, Sendable {
    public var budget: StatementRanker.Budget
    /// Take background sentences (round null) of the reports mainly about the round as
    /// low-weight candidates: standing grievances and history often explain the round.
    public var includeBackground: Bool
    public init(budget: StatementRanker.Budget = .words(150), includeBackground: Bool = true) {
        self.budget = budget; self.includeBackground = includeBackground
    }
}

/// Builds the brief of a round: candidates from statements (a fact reported five times is one
/// candidate), ranked and chosen by `StatementRanker`, ordered by slot, rendered in English by
/// `EnglishRenderer`, each sentence with its originals as citations.
public struct BriefBuilder {
    public let corpus: BriefCorpus
    public let renderer: EnglishRenderer
    public var ranker = StatementRanker()
    let matcher: GlossaryMatcher
    let articleByID: [String: Article]
    let mentionsBySentence: [SentenceRef: [EntityMention]]
    let roundsBySentence: [SentenceRef: [Int]]
    let linksBySentence: [SentenceRef: [SentenceRef: Double]]
    /// Each report's main round, computed once (`primaryRound(of:)`).
    let primaryRounds: [String: Int?]
    /// Per round, the reports published before its day (`previews(of:)`), computed once.
    let previewsByRound: [Int: Set<String>]

    public init(corpus: BriefCorpus, lexicon: any GlossLexicon, matcher: GlossaryMatcher? = nil) {
        self.corpus = corpus
        let matcher = matcher ?? GlossaryMatcher(glossary: corpus.glossary)
        self.matcher = matcher
        var renderer = EnglishRenderer(glossary: corpus.glossary, matcher: matcher, lexicon: lexicon, entities: corpus.entities)
        renderer.garbling = renderer.garbledShares(corpus.mentions)
        renderer.foreignOrder = EnglishWordOrder.shares(corpus.articles.filter { $0.language == .english }
            .map { (id: $0.id, sentences: $0.sentences.map(\.text)) })
        renderer.englishVocabulary = Set(corpus.articles.filter { $0.language == .english }.flatMap { article in
            article.sentences.flatMap { BriefText.words($0.text).map { TextFolding.fold($0) } }
        })
        self.renderer = renderer
        articleByID = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var mentions: [SentenceRef: [EntityMention]] = [:]
        for mention in corpus.mentions where mention.sentenceIndex >= 0 {
            mentions[SentenceRef(articleID: mention.articleID, index: mention.sentenceIndex), default: []].append(mention)
        }
        mentionsBySentence = mentions
        var rounds: [SentenceRef: [Int]] = [:]
        for assignment in corpus.rounds.assignments { rounds[assignment.sentence] = assignment.rounds }
        roundsBySentence = rounds
        var links: [SentenceRef: [SentenceRef: Double]] = [:]
        // Only links as strong as a statement's (the aligner's statement threshold): weaker ones
        // join the opening sentences of reports on little more than their position, and would
        // make distinct facts of one meeting look like repeats.
        for link in corpus.graph.links where link.status != .rejected && (link.status == .confirmed || link.score >= Self.repeatLinkScore) {
            let score = link.status == .confirmed ? 1 : link.score
            links[link.a, default: [:]][link.b] = max(links[link.a]?[link.b] ?? 0, score)
            links[link.b, default: [:]][link.a] = max(links[link.b]?[link.a] ?? 0, score)
        }
        linksBySentence = links
        previewsByRound = Dictionary(corpus.rounds.rounds.map { ($0.number, Self.previews(of: $0, in: corpus.articles)) }, uniquingKeysWith: { a, _ in a })
        primaryRounds = Dictionary(corpus.articles.map { ($0.id, Self.primaryRound(of: $0, rounds: rounds)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Briefs of every round the rounds stage found, in round order.
    public func buildAll(options: BriefOptions = BriefOptions()) throws -> [Brief] {
        try corpus.rounds.rounds.sorted { $0.number < $1.number }.map { try build(round: $0.number, options: options) }
    }

    public func build(round number: Int, options: BriefOptions = BriefOptions()) throws -> Brief {
        guard let round = corpus.rounds.rounds.first(where: { $0.number == number }) else {
            let known = corpus.rounds.rounds.map { String($0.number) }.joined(separator: ", ")
            throw DragomanError("no round \(number) in the corpus (rounds found: \(known.isEmpty ? "none" : known))")
        }
        let candidates = ranker.score(self.candidates(for: round, options: options))
        let chosen = ranker.order(ranker.select(candidates, budget: options.budget))
        let sentences = chosen.map { briefSentence($0, round: round) }
        return Brief(round: round, sentences: sentences, entities: entities(for: round), sources: sources(for: round, cited: sentences))
    }

    // MARK: - Candidates

    /// The round's sentences with their relation to it.
    func roundSentences(_ round: Round, includeBackground: Bool) -> [SentenceRef: BriefCandidate.Relation] {
        var result: [SentenceRef: BriefCandidate.Relation] = [:]
        for article in corpus.articles {
            let primary = primaryRound(of: article)
            for sentence in article.sentences where sentence.role != .fragment {
                let ref = SentenceRef(articleID: article.id, index: sentence.index)
                let rounds = roundsBySentence[ref] ?? []
                if rounds.contains(round.number) {
                    result[ref] = rounds.count == 1 ? .only : .shared
                } else if rounds.isEmpty, includeBackground, primary == round.number {
                    result[ref] = .background
                }
            }
        }
        return result
    }

    /// The round most of a report's assigned sentences are about; none when two rounds tie (a
    /// chronicle of every round so far is about none of them in particular, and its background
    /// sentences belong to no round's brief).
    func primaryRound(of article: Article) -> Int? { primaryRounds[article.id] ?? nil }

    static func primaryRound(of article: Article, rounds roundsBySentence: [SentenceRef: [Int]]) -> Int? {
        var counts: [Int: Int] = [:]
        for sentence in article.sentences {
            let rounds = roundsBySentence[SentenceRef(articleID: article.id, index: sentence.index)] ?? []
            for r in rounds { counts[r, default: 0] += rounds.count == 1 ? 2 : 1 }
        }
        let ranked = counts.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == top.value { return nil }
        return top.key
    }

    func candidates(for round: Round, options: BriefOptions) -> [BriefCandidate] {
        let inRound = roundSentences(round, includeBackground: options.includeBackground)
        var grouped: [(String, [SentenceRef])] = []
        var seen = Set<SentenceRef>()
        for statement in corpus.graph.statements {
            let members = statement.members.filter { inRound[$0] != nil }
            guard !members.isEmpty else { continue }
            grouped.append((statement.id, members))
            seen.formUnion(members)
        }
        for ref in inRound.keys.sorted() where !seen.contains(ref) {
            grouped.append(("single-\(ref.articleID)#\(ref.index)", [ref]))
        }
        return grouped.compactMap { id, members in
            let relations = members.compactMap { inRound[$0] }
            let relation: BriefCandidate.Relation = relations.contains(.only) ? .only : (relations.contains(.shared) ? .shared : .background)
            return candidate(id: id, members: members, relation: relation, round: round)
        }
    }

    /// Reports published before the round's day (both known to the day).
    func previews(of round: Round) -> Set<String> { previewsByRound[round.number] ?? [] }

    static func previews(of round: Round, in articles: [Article]) -> Set<String> {
        guard let day = round.date, day.day != nil else { return [] }
        return Set(articles.filter { article in
            guard let published = article.publicationDate, published.day != nil else { return false }
            return published < day
        }.map(\.id))
    }

    /// A link this probable makes two candidates repeats of each other.
    static let repeatLinkScore = CorpusAligner.Options().statementThreshold

    /// Fewer words than this make no brief sentence.
    static let minimumWords = 4

    func renderInput(_ ref: SentenceRef) -> RenderInput? {
        guard let article = articleByID[ref.articleID], let sentence = article.sentences.first(where: { $0.index == ref.index }) else { return nil }
        return RenderInput(sentence: ref, language: article.language, text: sentence.text, role: sentence.role,
                           mentions: mentionsBySentence[ref] ?? [])
    }

    func candidate(id: String, members: [SentenceRef], relation: BriefCandidate.Relation, round: Round) -> BriefCandidate? {
        let inputs = members.compactMap(renderInput)
        guard let chosen = renderer.chooseMember(inputs, roundHeld: round.status == .held, previews: previews(of: round)) else { return nil }
        let (gloss, coverage) = renderer.glossWithCoverage(chosen)
        let english = BriefText.strippingDateline(gloss)
        // A dateline or label split off as a sentence ("Istanbul.", "Reuters") states no fact.
        guard BriefText.wordCount(english) >= Self.minimumWords else { return nil }
        var features = Set<String>()
        for input in inputs {
            for mention in input.mentions where !mention.nested {
                if mention.kind == .date { if let value = mention.date?.value { features.insert("d:\(value)") } }
                else { features.insert("e:\(mention.entityID)") }
            }
            for match in matcher.topLevelMatches(in: input.text, language: input.language) where match.kind == .term {
                features.insert("c:\(match.conceptID)")
            }
        }
        let lead = inputs.map { input -> Double in
            let count = articleByID[input.sentence.articleID]?.sentences.count ?? 1
            return Double(input.sentence.index) / Double(max(count - 1, 1))
        }.min() ?? 1
        var candidate = BriefCandidate(
            statementID: id, members: members, relation: relation, features: features,
            englishWords: Set(BriefText.words(english.lowercased()).filter { $0.count > 3 }), english: english,
            articles: Set(members.map(\.articleID)), languages: Set(inputs.map(\.language)), leadPosition: lead,
            texts: inputs.map(\.text) + [english])
        candidate.runningText = inputs.contains { $0.role == .body || $0.role == .standfirst }
        candidate.glossCoverage = coverage
        candidate.foretold = round.status == .held && inputs.allSatisfy(EnglishRenderer.isFuture)
        candidate.recalled = members.allSatisfy { ref in articleByID[ref.articleID].map { primaryRound(of: $0) != round.number } ?? true }
        for member in members {
            let outside = (linksBySentence[member] ?? [:]).filter { !members.contains($0.key) }
            if !outside.isEmpty { candidate.linked[member] = outside }
        }
        candidate.slot = SlotClassifier.classify(texts: candidate.texts, features: features, relation: relation, roundStatus: round.status,
                                                     roundDate: round.date)
        return candidate
    }

    func briefSentence(_ candidate: BriefCandidate, round: Round) -> BriefSentence {
        let inputs = candidate.members.compactMap(renderInput)
        let chosen = renderer.chooseMember(inputs, roundHeld: round.status == .held, previews: previews(of: round))!
        return BriefSentence(
            statementID: candidate.statementID, slot: candidate.slot,
            method: chosen.language == .english ? .sourceEnglish : .glossed, english: candidate.english,
            renderedFrom: chosen.sentence, language: chosen.language,
            originals: inputs.map { BriefOriginal(sentence: $0.sentence, language: $0.language, text: $0.text) },
            score: (candidate.score * 1000).rounded() / 1000)
    }

    // MARK: - Entities and sources

    func entities(for round: Round) -> [BriefEntity] {
        let inRound = roundSentences(round, includeBackground: false)
        var counts: [String: Int] = [:]
        var spellings: [String: [LanguageCode: [String]]] = [:]
        for (ref, mentions) in mentionsBySentence where inRound[ref] != nil {
            for mention in mentions where !mention.nested {
                counts[mention.entityID, default: 0] += 1
                var list = spellings[mention.entityID, default: [:]][mention.language, default: []]
                if !list.contains(mention.text) { list.append(mention.text) }
                spellings[mention.entityID, default: [:]][mention.language] = list
            }
        }
        let byID = Dictionary(corpus.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return counts.keys.compactMap { id -> BriefEntity? in
            guard let entity = byID[id] else { return nil }
            let name = entity.kind == .date ? (entity.date.map { BriefText.english($0) } ?? entity.displayName) : entity.displayName
            let forms = (spellings[id] ?? [:]).keys.sorted().flatMap { language in
                spellings[id]![language]!.sorted().map { BriefSpelling(language: language, text: $0) }
            }
            return BriefEntity(id: id, kind: entity.kind, name: name, spellings: forms, mentions: counts[id]!)
        }.sorted { (-$0.mentions, $0.kind, $0.id) < (-$1.mentions, $1.kind, $1.id) }
    }

    /// The reports the brief cites, then the round's other reports (none of their sentences made
    /// the brief, or a correction moved them away), marked uncited.
    func sources(for round: Round, cited: [BriefSentence]) -> [BriefSource] {
        let citedIDs = Set(cited.flatMap { $0.sources.map(\.articleID) })
        let ids = citedIDs.union(round.articleIDs)
        let all = corpus.articles.filter { ids.contains($0.id) }.map {
            BriefSource(articleID: $0.id, language: $0.language, date: $0.publicationDate, title: $0.title, fileName: $0.fileName,
                        cited: citedIDs.contains($0.id))
        }
        return all.filter(\.cited) + all.filter { !$0.cited }
    }
}
