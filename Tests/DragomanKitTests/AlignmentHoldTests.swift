import DragomanKit
import Foundation
import Testing

/// `align view` lists the links that join no statement with the rule that keeps each apart, so
/// a user does not confirm a translation pair blindly when it is the rounds that disagree.
@Suite struct AlignmentHoldTests {
    static func ref(_ id: String, _ index: Int) -> SentenceRef { SentenceRef(articleID: id, index: index) }

    static func documents(rounds: [String: [[Int]]]) -> [CorpusAlignDocument] {
        ["nl", "nb", "de"].map { id in
            CorpusAlignDocument(id: id, language: .english, sentences: ["one", "two", "three"],
                                rounds: rounds[id] ?? [[], [], []])
        }
    }

    static func roundsOf(_ documents: [CorpusAlignDocument]) -> [SentenceRef: Set<Int>] {
        var result: [SentenceRef: Set<Int>] = [:]
        for d in documents { for (i, r) in d.rounds.enumerated() where !r.isEmpty { result[d.ref(i)] = Set(r) } }
        return result
    }

    /// A translation pair whose sentences the rounds stage put in rounds 11 and 14: the link is
    /// parallel and certain, and the only thing keeping it apart is the rounds.
    @Test func aTranslationPairSplitByRoundsSaysSo() {
        let docs = Self.documents(rounds: ["nl": [[11], [14], [11]], "nb": [[11], [11], [11]]])
        let links = [
            SentenceLink(Self.ref("nl", 0), Self.ref("nb", 0), kind: .parallel, score: 1),
            SentenceLink(Self.ref("nl", 1), Self.ref("nb", 1), kind: .parallel, score: 1),
            SentenceLink(Self.ref("nl", 2), Self.ref("nb", 2), kind: .parallel, score: 1),
        ]
        let graph = AlignmentStatements.build(links: links, documents: docs, decisions: AlignmentDecisions(), mergeThreshold: 0.95)
        #expect(graph.statement(containing: Self.ref("nl", 1)) == nil)
        let holds = AlignmentStatements.holds(of: links[1], in: graph, rounds: Self.roundsOf(docs), mergeThreshold: 0.95, mergeSupport: 0.75)
        #expect(holds == [.differentRounds([11], [14])])  // link.a is nb#1 (ids in order)
        let view = AlignmentTextView(graph: graph, articles: docs.prefix(2).map { ($0.id, $0.language, $0.sentences) },
                                     rounds: Self.roundsOf(docs))
        let text = view.render(width: 100)
        #expect(text.contains("nb#1  nl#1  parallel 1.00  rounds 11 vs 14"), "\(text)")
        #expect(!text.contains("weak (under"))
        // The pairs that did join are rows, not footer lines.
        #expect(!text.contains("nb#0  nl#0"))
    }

    /// A weak same-fact link is below the statement threshold; a strong one that would put two
    /// sentences of one report together names that report; with neither, the support rule.
    @Test func eachRuleIsNamed() {
        let docs = Self.documents(rounds: [:])
        let joined = SentenceLink(Self.ref("de", 0), Self.ref("nl", 0), kind: .sameFact, score: 0.99)
        let weak = SentenceLink(Self.ref("de", 1), Self.ref("nb", 1), kind: .sameFact, score: 0.8)
        let sameReport = SentenceLink(Self.ref("de", 0), Self.ref("nl", 2), kind: .sameFact, score: 0.98)
        let links = [joined, weak, sameReport]
        let graph = AlignmentStatements.build(links: links, documents: docs, decisions: AlignmentDecisions(), mergeThreshold: 0.95)
        func holds(_ link: SentenceLink) -> [AlignmentStatements.Hold] {
            AlignmentStatements.holds(of: link, in: graph, rounds: [:], mergeThreshold: 0.95, mergeSupport: 0)
        }
        #expect(holds(joined).isEmpty)
        #expect(holds(weak) == [.belowThreshold(0.95)])
        #expect(holds(sameReport) == [.oneReport(["nl"])])

        // Support: a third report's sentence linked to one of the statement's two members only.
        let third = SentenceLink(Self.ref("nb", 2), Self.ref("nl", 0), kind: .sameFact, score: 0.97)
        let supported = AlignmentStatements.build(links: links + [third], documents: docs, decisions: AlignmentDecisions(),
                                                  mergeThreshold: 0.95, mergeSupport: 0.75)
        #expect(supported.statement(containing: Self.ref("nb", 2)) == nil)
        #expect(AlignmentStatements.holds(of: third, in: supported, rounds: [:], mergeThreshold: 0.95, mergeSupport: 0.75)
                == [.support(linked: 1, pairs: 2)])
        // A confirmed link is a decision: no rule applies to it.
        var confirmed = weak; confirmed.status = .confirmed
        #expect(AlignmentStatements.holds(of: confirmed, in: graph, rounds: [:], mergeThreshold: 0.95, mergeSupport: 0.75).isEmpty)
    }
}
