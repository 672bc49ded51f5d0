import Foundation
import Testing
@testable import DragomanKit

/// The rounds stage against the round annotation of the five seed reports (GOLD.md, "Rounds").
@Suite(.enabled(if: TestPaths.hasShared)) struct RoundSeedGoldTests {
    static func run() throws -> (gold: SeedGold, analysis: RoundAnalysis) {
        let gold = try SeedGold.load()
        let glossary = try EntityFixture.readGlossary()
        let articles = try EntityFixture.seedArticles(gold)
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let entities = EntityIndex.build(articles: articles, recognizer: recognizer)
        return (gold, RoundAnalyzer.analyze(articles: articles, mentions: entities.mentions, entities: entities.entities))
    }

    @Test func sentenceRoundsOnTheSeeds() throws {
        let (gold, analysis) = try Self.run()
        var right = 0, total = 0
        for id in gold.docs.keys.sorted() {
            for s in gold.docs[id]!.sentences {
                total += 1
                let ref = SentenceRef(articleID: id, index: s.index)
                let mine = Set(analysis.rounds(of: ref))
                if mine == s.round.set { right += 1; continue }
                let evidence = analysis.assignments.first { $0.sentence == ref }?.evidence ?? ""
                print("WRONG \(ref) gold \(s.round.set.sorted()) got \(mine.sorted()) [\(evidence)] \(s.text.prefix(90))")
            }
        }
        for r in analysis.rounds {
            print("round \(r.number) \(r.date?.description ?? "-") \(r.venueEntityID ?? "-") \(r.status) \(r.articleIDs) \(r.sentenceCount)")
        }
        let accuracy = Double(right) / Double(total)
        print("round accuracy \(right)/\(total) = \(accuracy)")
        #expect(accuracy >= 0.95)
    }
}
