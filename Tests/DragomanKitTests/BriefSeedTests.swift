import Foundation
import Testing
@testable import DragomanKit

/// The brief on the five seed reports, with rounds and statements from the gold (see BriefFixture):
/// structural promises every brief keeps, checked on every round.
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefSeedTests {
    @Test func everyRoundBriefIsConsolidatedSourcedAndEnglish() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: BriefFixture.lexicon)
        let briefs = try builder.buildAll()
        #expect(briefs.map(\.round.number) == seeds.corpus.rounds.rounds.map(\.number).sorted())
        let articles = Dictionary(uniqueKeysWithValues: seeds.corpus.articles.map { ($0.id, $0) })
        for brief in briefs {
            #expect(!brief.sentences.isEmpty, "round \(brief.round.number) has a brief")
            var cited: Set<SentenceRef> = []
            for sentence in brief.sentences {
                #expect(!sentence.originals.isEmpty, "every brief sentence cites its sources")
                for original in sentence.originals {
                    let article = try #require(articles[original.sentence.articleID])
                    #expect(article.sentences[original.sentence.index].text == original.text, "the original is the source's text")
                    #expect(article.language == original.language)
                    #expect(brief.sources.contains { $0.articleID == article.id }, "cited reports are listed as sources")
                    // Consolidation: no source sentence feeds two sentences of the brief.
                    #expect(cited.insert(original.sentence).inserted, "\(original.sentence) is used twice")
                }
                #expect(sentence.originals.contains { $0.sentence == sentence.renderedFrom })
                if sentence.method == .sourceEnglish { #expect(sentence.language == .english) }
                else { #expect(sentence.language != .english) }
            }
            // A round with an English report uses English source text.
            if brief.sources.contains(where: { $0.language == .english }) {
                #expect(brief.sentences.contains { $0.method == .sourceEnglish })
            }
        }
    }
}
