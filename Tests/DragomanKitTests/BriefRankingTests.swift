import Foundation
import Testing
@testable import DragomanKit

/// What the ranker prefers when two candidates carry the same fact: a reporter's English over a
/// gloss, running text over a subheading.
@Suite struct BriefRankingTests {
    static func candidate(_ id: String, english: String, language: LanguageCode, runningText: Bool = true) -> BriefCandidate {
        var c = BriefCandidate(
            statementID: id, members: [SentenceRef(articleID: id, index: 0)], relation: .only,
            features: ["e:loc-istanbul", "e:per-bruce", "c:agenda"],
            englishWords: Set(BriefText.words(english.lowercased()).filter { $0.count > 3 }), english: english,
            articles: [id], languages: [language], leadPosition: 0.3, texts: [english])
        c.runningText = runningText
        return c
    }

    static let english = candidate("en", english: "Bruce said in Istanbul that Ukraine is not on the agenda of the talks.", language: .english)
    static let gloss = candidate("de", english: "Bruce stressed in Istanbul, the Ukraine stand not on the agenda of the talks.", language: .german)

    @Test func aReportersEnglishWinsOverAGlossOfTheSameFact() {
        let ranker = StatementRanker()
        let scored = ranker.score([Self.gloss, Self.english])
        let byID = Dictionary(uniqueKeysWithValues: scored.map { ($0.statementID, $0.score) })
        #expect(byID["en"]! > byID["de"]!)
        // The two are one fact: only one is taken, and it is the English one.
        #expect(ranker.select(scored, budget: .sentences(2)).map(\.statementID) == ["en"])
        // Without the factor the order of equal candidates would be arbitrary, not English first.
        var neutral = ranker; neutral.glossedFactor = 1
        let equal = neutral.score([Self.gloss, Self.english])
        #expect(equal[0].score == equal[1].score)
    }

    /// "No further details were given" names nothing the story tracks (no entity, date, number
    /// or glossary concept): an otherwise equal candidate that places its fact ranks above it,
    /// and with room for one sentence the brief takes the one that says something.
    @Test func aSentenceThatNamesNothingRanksBelowOneThatDoes() {
        var vague = Self.candidate("v", english: "Further details of the discussions were not made public afterwards.", language: .english)
        vague.features = []
        var placed = Self.candidate("p", english: "The delegations discussed banking services for the embassies afterwards.", language: .english)
        placed.features = ["c:banking-services"]
        let ranker = StatementRanker()
        let scored = Dictionary(uniqueKeysWithValues: ranker.score([vague, placed]).map { ($0.statementID, $0.score) })
        #expect(scored["p"]! > scored["v"]!)
        #expect(ranker.select(ranker.score([vague, placed]), budget: .sentences(1)).map(\.statementID) == ["p"])
        var neutral = ranker; neutral.featurelessFactor = 1
        let plain = Dictionary(uniqueKeysWithValues: neutral.score([vague, placed]).map { ($0.statementID, $0.score) })
        #expect(plain["v"]! >= plain["p"]!, "without the factor nothing else tells them apart")
    }

    /// Two candidates the aligner links strongly are one fact even when their words and entities
    /// differ; a weak link (the lead prior alone can make one) keeps them apart.
    @Test func aStrongLinkMakesARepeat() {
        var delegations = Self.candidate("d", english: "The delegations met at the consul general's residence on Thursday.", language: .english)
        delegations.features = ["e:loc-istanbul"]
        var arrival = Self.candidate("a", english: "A car with American plates drove up to the Russian consulate in the morning.", language: .dutch)
        arrival.features = ["e:loc-usa"]
        let ranker = StatementRanker()
        #expect(ranker.select(ranker.score([delegations, arrival]), budget: .sentences(2)).count == 2)
        delegations.linked = [delegations.members[0]: [arrival.members[0]: 0.9]]
        #expect(ranker.select(ranker.score([delegations, arrival]), budget: .sentences(2)).count == 1)
        #expect(ranker.similarity(arrival, delegations) == ranker.similarity(delegations, arrival), "either side's link counts")
    }

    /// Links count as disjoint member pairs over the smaller candidate: a sentence linked to one
    /// member of a statement repeats it, but two statements of several reports that a single
    /// stray sentence links to (it sits in one and says the other's fact) are two facts.
    @Test(arguments: [3, 5, 9])
    func oneBridgingSentenceDoesNotMakeTwoStatementsRepeats(size: Int) {
        func statement(_ id: String, _ reports: [String]) -> BriefCandidate {
            var c = Self.candidate(id, english: "Statement \(id) in its own words about its own fact.", language: .english)
            c.members = reports.map { SentenceRef(articleID: $0, index: id == "venue" ? 1 : 2) }
            c.features = ["c:\(id)"]; c.englishWords = [id]
            return c
        }
        let reports = (0..<size).map { "r\($0)" }
        var venue = statement("venue", reports)
        var delegations = statement("delegations", reports)
        // The stray member: the venue statement's sentence of report r0 is linked to every
        // member of the delegations statement.
        venue.linked[venue.members[0]] = Dictionary(uniqueKeysWithValues: delegations.members.map { ($0, 0.99) })
        for member in delegations.members { delegations.linked[member] = [venue.members[0]: 0.99] }
        let ranker = StatementRanker()
        #expect(ranker.similarity(venue, delegations) < ranker.duplicateSimilarity)
        #expect(ranker.select(ranker.score([venue, delegations]), budget: .sentences(2)).count == 2)
        // A single sentence linked to one member of the statement repeats it.
        var single = Self.candidate("single", english: "A short report of the venue.", language: .german)
        single.features = []; single.englishWords = []
        single.linked[single.members[0]] = [venue.members[size - 1]: 0.97]
        #expect(ranker.similarity(single, venue) >= ranker.duplicateSimilarity)
        // Members linked pair by pair make repeats too, whatever the size.
        var copy = statement("copy", reports.map { $0 + "x" })
        for (a, b) in zip(copy.members, venue.members) { copy.linked[a] = [b: 0.96] }
        #expect(ranker.similarity(copy, venue) >= ranker.duplicateSimilarity)
    }

    /// A report's main round is the one most of its sentences are about; a chronicle that gives
    /// two rounds (or more) equal room has none, so its background sentences go to no brief.
    @Test(arguments: [
        ([[1], [1], [2], []], 1 as Int?),
        ([[1], [2], [2], [1, 2], []], 2),
        ([[1], [2], [3], []], nil),
        ([[1], [1], [2], [2], [3], []], nil),
        ([[], []], nil),
    ])
    func aChronicleOfSeveralRoundsHasNoMainRound(rounds: [[Int]], main: Int?) {
        let article = EntityLinkerTests.article("chronicle", .german, rounds.indices.map { "Satz \($0) über die Gespräche." })
        var bySentence: [SentenceRef: [Int]] = [:]
        for (index, set) in rounds.enumerated() { bySentence[SentenceRef(articleID: "chronicle", index: index)] = set }
        #expect(BriefBuilder.primaryRound(of: article, rounds: bySentence) == main)
    }

    /// A dateline split off as its own sentence ("Istanbul.") states no fact and is never a
    /// brief sentence, however much room the brief has; the report's real sentence is.
    @Test(.enabled(if: TestPaths.hasShared)) func aDatelineIsNoBriefSentence() throws {
        var corpus = try BriefFixture.seeds().corpus
        let report = RoundFixture.article("dateline-en", "en", published: nil, [
            "Istanbul.", "The delegations met again at the consul general's residence for more than six hours."])
        corpus.articles.append(report)
        for index in report.sentences.indices {
            corpus.rounds.assignments.append(RoundAssignment(sentence: SentenceRef(articleID: report.id, index: index), rounds: [2], evidence: "test"))
        }
        let brief = try BriefBuilder(corpus: corpus, lexicon: EmptyGlossLexicon()).build(round: 2, options: BriefOptions(budget: .sentences(100)))
        let cited = Set(brief.sentences.flatMap { $0.originals.map(\.sentence) })
        #expect(cited.contains(SentenceRef(articleID: report.id, index: 1)))
        #expect(!cited.contains(SentenceRef(articleID: report.id, index: 0)))
    }

    /// Once a round is held, a forecast of it ("the delegations will negotiate all day") gives
    /// way to what the reports after the meeting tell, in German as in English; a sentence
    /// that reports an agreement about the future ("agreed that visas will be issued") is no
    /// forecast.
    @Test(.enabled(if: TestPaths.hasShared), arguments: [
        ("en", ["The delegations will negotiate for the whole day at the consul general's residence.",
                "The delegations negotiated for six hours at the consul general's residence.",
                "The delegations agreed that visas will be issued within thirty days."]),
        ("de", ["Die Delegationen werden voraussichtlich den ganzen Tag in der Residenz des Generalkonsuls verhandeln.",
                "Die Delegationen verhandelten sechs Stunden lang in der Residenz des Generalkonsuls.",
                "Die Delegationen vereinbarten, dass Visa künftig innerhalb von dreißig Tagen erteilt werden."]),
    ])
    func aForecastOfAHeldRoundGivesWayToWhatHappened(language: String, sentences: [String]) throws {
        var corpus = try BriefFixture.seeds().corpus
        let report = RoundFixture.article("forecast-\(language)", language, published: nil, sentences)
        corpus.articles.append(report)
        for index in report.sentences.indices {
            corpus.rounds.assignments.append(RoundAssignment(sentence: SentenceRef(articleID: report.id, index: index), rounds: [2], evidence: "test"))
        }
        let builder = BriefBuilder(corpus: corpus, lexicon: EmptyGlossLexicon())
        let round = try #require(corpus.rounds.rounds.first { $0.number == 2 })
        #expect(round.status == .held)
        let scored = StatementRanker().score(builder.candidates(for: round, options: BriefOptions()))
        func candidate(_ index: Int) throws -> BriefCandidate {
            try #require(scored.first { $0.members == [SentenceRef(articleID: report.id, index: index)] })
        }
        let (forecast, happened, agreed) = (try candidate(0), try candidate(1), try candidate(2))
        #expect(forecast.foretold && !happened.foretold && !agreed.foretold)
        #expect(forecast.score < happened.score)
    }

    /// A round's own reports outrank a later report's passing recollection of it.
    @Test func aRecollectionGivesWayToTheRoundsOwnReport() {
        let own = Self.candidate("own", english: "The delegations met in Istanbul on 27 February for the first round.", language: .english)
        var recalled = Self.candidate("later", english: "The first round was held in Istanbul on 27 February, the report recalled.", language: .english)
        recalled.recalled = true
        let scored = StatementRanker().score([recalled, own])
        #expect(scored.first { $0.statementID == "own" }!.score > scored.first { $0.statementID == "later" }!.score)
        var neutral = StatementRanker(); neutral.recalledFactor = 1
        let plain = neutral.score([recalled, own])
        #expect(plain.first { $0.statementID == "later" }!.score > scored.first { $0.statementID == "later" }!.score)
    }

    @Test func aSubheadingGivesWayToRunningText() {
        let heading = Self.candidate("h", english: "No step towards normalisation, the US stresses", language: .english, runningText: false)
        let body = Self.candidate("b", english: "The US stressed that the talks are no step towards normalising relations.", language: .english)
        let scored = StatementRanker().score([heading, body])
        #expect(scored.first { $0.statementID == "b" }!.score > 1.5 * scored.first { $0.statementID == "h" }!.score)
    }

    /// On the seeds, with the gold statements and with none (every sentence its own candidate,
    /// as before any alignment): no brief sentence is made from subheadings or captions alone,
    /// and the briefs render more of their sentences from reporters' English than a ranker
    /// without the gloss factor does, round by round never fewer.
    @Test(.enabled(if: TestPaths.hasShared)) func seedBriefsAreRunningTextAndEnglishFirst() throws {
        let gold = try BriefFixture.seeds().corpus
        var unaligned = gold
        unaligned.graph = AlignmentGraph(statements: [])
        let roles = Dictionary(uniqueKeysWithValues: gold.articles.flatMap { article in
            article.sentences.map { (SentenceRef(articleID: article.id, index: $0.index), $0.role) }
        })
        var english = 0, neutralEnglish = 0
        for corpus in [gold, unaligned] {
            let builder = BriefBuilder(corpus: corpus, lexicon: BriefFixture.lexicon)
            var neutral = builder
            neutral.ranker.glossedFactor = 1
            neutral.ranker.headlineFactor = 1
            for (brief, plain) in zip(try builder.buildAll(), try neutral.buildAll()) {
                for sentence in brief.sentences {
                    #expect(sentence.originals.contains { roles[$0.sentence] == .body || roles[$0.sentence] == .standfirst },
                            "round \(brief.round.number): \(sentence.english)")
                }
                let count = brief.sentences.filter { $0.method == .sourceEnglish }.count
                let plainCount = plain.sentences.filter { $0.method == .sourceEnglish }.count
                #expect(count >= plainCount, "round \(brief.round.number)")
                english += count; neutralEnglish += plainCount
            }
        }
        print("English-rendered brief sentences: \(english) (\(neutralEnglish) without the gloss factor)")
        #expect(english > neutralEnglish)
    }
}
