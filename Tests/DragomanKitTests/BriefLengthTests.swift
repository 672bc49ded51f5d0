import Foundation
import Testing
@testable import DragomanKit

/// `--words N` and `--sentences N` on the seed rounds.
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefLengthTests {
    @Test(arguments: [40, 80, 150, 250])
    func wordBudgetIsRespected(words: Int) throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        for round in seeds.corpus.rounds.rounds {
            let brief = try builder.build(round: round.number, options: BriefOptions(budget: .words(words)))
            #expect(!brief.sentences.isEmpty)
            // Within the budget, except that one sentence is always given.
            #expect(brief.wordCount <= words || brief.sentences.count == 1, "round \(round.number): \(brief.wordCount) words for \(words)")
            // And not far below it: the brief is within one sentence of the budget unless the
            // round has nothing more to say.
            let all = try builder.build(round: round.number, options: BriefOptions(budget: .words(10_000)))
            let longest = all.sentences.map(\.wordCount).max() ?? 0
            if all.wordCount > words { #expect(brief.wordCount > words - longest, "round \(round.number): \(brief.wordCount) of \(words)") }
        }
    }

    @Test(arguments: [1, 2, 4, 6])
    func sentenceBudgetIsRespected(sentences: Int) throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        for round in seeds.corpus.rounds.rounds {
            let brief = try builder.build(round: round.number, options: BriefOptions(budget: .sentences(sentences)))
            let available = try builder.build(round: round.number, options: BriefOptions(budget: .sentences(1000))).sentences.count
            #expect(brief.sentences.count == min(sentences, available), "round \(round.number)")
        }
    }

    @Test func factsAppearOnceAcrossReports() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        for brief in try builder.buildAll(options: BriefOptions(budget: .words(1000))) {
            let cited = brief.sentences.flatMap(\.sources)
            #expect(Set(cited).count == cited.count, "a sentence is cited by one brief sentence only")
            #expect(Set(brief.sentences.map(\.statementID)).count == brief.sentences.count)
            #expect(brief.sentences.allSatisfy { !$0.originals.isEmpty })
            #expect(try BriefXMLValidator.validate(try BriefXMLWriter.data(brief)) == [], "round \(brief.round.number)")
        }
    }
}
