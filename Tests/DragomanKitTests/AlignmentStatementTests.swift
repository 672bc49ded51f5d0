import DragomanKit
import Foundation
import Testing

/// Which links join sentences into statements: weak same-fact links stay pair-level evidence,
/// parallel and confirmed links always join, and no statement holds two sentences of a report.
@Suite struct AlignmentStatementTests {
    static let documents = ["a", "b", "c"].map { id in
        CorpusAlignDocument(id: id, language: .english, sentences: ["one", "two", "three"])
    }
    static func ref(_ id: String, _ index: Int) -> SentenceRef { SentenceRef(articleID: id, index: index) }

    static func build(_ links: [SentenceLink], decisions: AlignmentDecisions = AlignmentDecisions(), mergeThreshold: Double = 0.85) -> AlignmentGraph {
        AlignmentStatements.build(links: links, documents: documents, decisions: decisions, mergeThreshold: mergeThreshold)
    }

    static func statementOf(_ graph: AlignmentGraph, _ sentence: SentenceRef) -> Set<SentenceRef> {
        Set(graph.statements.first { $0.members.contains(sentence) }?.members ?? [])
    }

    /// A broad sentence (an agenda: "mail, visas and consulates") links strongly to a sentence
    /// about mail in two reports and to one about visas in a third. Single links would chain the
    /// two facts into one statement through it; with support, the visa sentence, linked to one
    /// of the three sentences already joined, stays out, while a fourth sentence about mail,
    /// linked to all three, joins.
    @Test func aBroadSentenceDoesNotChainTwoFactsIntoOneStatement() {
        let documents = ["agenda", "a", "b", "c", "d"].map { id in
            CorpusAlignDocument(id: id, language: .english, sentences: ["one", "two"])
        }
        let hub = Self.ref("agenda", 0), mailA = Self.ref("a", 0), mailB = Self.ref("b", 0), visasC = Self.ref("c", 0), mailD = Self.ref("d", 0)
        let links = [
            SentenceLink(mailA, mailB, kind: .sameFact, score: 0.99),
            SentenceLink(hub, mailA, kind: .sameFact, score: 0.98),
            SentenceLink(hub, mailB, kind: .sameFact, score: 0.97),
            SentenceLink(hub, visasC, kind: .sameFact, score: 0.96),
            SentenceLink(mailA, mailD, kind: .sameFact, score: 0.955),
            SentenceLink(mailB, mailD, kind: .sameFact, score: 0.9),
            SentenceLink(hub, mailD, kind: .sameFact, score: 0.9),
        ]
        func statement(_ support: Double) -> Set<SentenceRef> {
            let graph = AlignmentStatements.build(links: links, documents: documents, decisions: AlignmentDecisions(),
                                                  mergeThreshold: 0.95, mergeSupport: support)
            return Self.statementOf(graph, mailA)
        }
        #expect(statement(0.75) == [hub, mailA, mailB, mailD])
        #expect(statement(0) == [hub, mailA, mailB, visasC, mailD], "single links chain the visa sentence in")
    }

    @Test func weakSameFactLinksStayPairLinks() {
        let links = [
            SentenceLink(Self.ref("a", 0), Self.ref("b", 0), kind: .sameFact, score: 0.95),
            SentenceLink(Self.ref("b", 0), Self.ref("c", 1), kind: .sameFact, score: 0.78),
            SentenceLink(Self.ref("a", 2), Self.ref("c", 2), kind: .parallel, score: 0.6),
        ]
        let graph = Self.build(links)
        #expect(Self.statementOf(graph, Self.ref("a", 0)) == [Self.ref("a", 0), Self.ref("b", 0)])
        #expect(Self.statementOf(graph, Self.ref("c", 1)).isEmpty)
        #expect(Self.statementOf(graph, Self.ref("a", 2)) == [Self.ref("a", 2), Self.ref("c", 2)])
        // Every proposed link is still a link, weak ones included.
        #expect(Set(graph.links.map { "\($0.a)|\($0.b)" }) == Set(links.map { "\($0.a)|\($0.b)" }))

        // With no threshold the weak link joins too.
        let loose = Self.build(links, mergeThreshold: 0)
        #expect(Self.statementOf(loose, Self.ref("c", 1)) == [Self.ref("a", 0), Self.ref("b", 0), Self.ref("c", 1)])
    }

    /// A sentence about two rounds links to a round-1 and a round-2 sentence: it joins one of
    /// them, and the two rounds' sentences never share a statement. A sentence with no round
    /// joins either; a confirmed link is the user's word.
    @Test func aStatementNeverSpansTwoRounds() {
        let rounds: [String: [[Int]]] = ["a": [[1, 2], [], [2]], "b": [[1], [2], []], "c": [[2], [], []]]
        let documents = ["a", "b", "c"].map { id in
            CorpusAlignDocument(id: id, language: .english, sentences: ["one", "two", "three"], rounds: rounds[id]!)
        }
        let links = [
            SentenceLink(Self.ref("a", 0), Self.ref("c", 0), kind: .sameFact, score: 0.99),
            SentenceLink(Self.ref("a", 0), Self.ref("b", 0), kind: .sameFact, score: 0.98),
            SentenceLink(Self.ref("c", 0), Self.ref("b", 2), kind: .sameFact, score: 0.97),
        ]
        let graph = AlignmentStatements.build(links: links, documents: documents, decisions: AlignmentDecisions(), mergeThreshold: 0.9)
        #expect(Self.statementOf(graph, Self.ref("a", 0)) == [Self.ref("a", 0), Self.ref("c", 0), Self.ref("b", 2)])
        #expect(Self.statementOf(graph, Self.ref("b", 0)).isEmpty)
        // The round-blind documents of the other tests merge all four.
        let blind = AlignmentStatements.build(links: links, documents: Self.documents, decisions: AlignmentDecisions(), mergeThreshold: 0.9)
        #expect(Self.statementOf(blind, Self.ref("b", 0)).count == 3)
        // A confirmed link is the user's word and joins first; then the round-2 sentences stay out.
        let decisions = AlignmentDecisions([AlignmentDecision(Self.ref("a", 0), Self.ref("b", 0), verdict: .confirmed)])
        let confirmed = AlignmentStatements.build(links: links, documents: documents, decisions: decisions, mergeThreshold: 0.9)
        #expect(Self.statementOf(confirmed, Self.ref("b", 0)) == [Self.ref("a", 0), Self.ref("b", 0)])
        #expect(Self.statementOf(confirmed, Self.ref("c", 0)) == [Self.ref("c", 0), Self.ref("b", 2)])
    }

    @Test func aConfirmedLinkJoinsWhateverItsScore() {
        let weak = SentenceLink(Self.ref("b", 1), Self.ref("c", 0), kind: .sameFact, score: 0.76)
        let decisions = AlignmentDecisions([AlignmentDecision(Self.ref("b", 1), Self.ref("c", 0), verdict: .confirmed)])
        let graph = Self.build([weak], decisions: decisions)
        #expect(Self.statementOf(graph, Self.ref("b", 1)) == [Self.ref("b", 1), Self.ref("c", 0)])
        #expect(graph.links.first?.status == .confirmed)
    }

    @Test func aStatementNeverHoldsTwoSentencesOfOneReport() {
        let links = [
            SentenceLink(Self.ref("a", 0), Self.ref("b", 0), kind: .sameFact, score: 0.99),
            SentenceLink(Self.ref("a", 2), Self.ref("b", 0), kind: .sameFact, score: 0.97),
            SentenceLink(Self.ref("b", 0), Self.ref("c", 0), kind: .sameFact, score: 0.9),
        ]
        let graph = Self.build(links)
        for statement in graph.statements {
            let reports = statement.members.map(\.articleID)
            #expect(Set(reports).count == reports.count, "\(statement.members)")
        }
        #expect(Self.statementOf(graph, Self.ref("c", 0)) == [Self.ref("a", 0), Self.ref("b", 0), Self.ref("c", 0)])
    }

    @Test func theViewListsTheLinksThatJoinNoStatement() {
        let links = [
            SentenceLink(Self.ref("a", 0), Self.ref("b", 0), kind: .sameFact, score: 0.95),
            SentenceLink(Self.ref("b", 1), Self.ref("c", 1), kind: .sameFact, score: 0.78),
            SentenceLink(Self.ref("a", 1), Self.ref("b", 2), kind: .sameFact, score: 0.8),
        ]
        let graph = Self.build(links)
        let articles = Self.documents.map { ($0.id, $0.language, $0.sentences) }
        let view = AlignmentTextView(graph: graph, articles: articles)
        #expect(view.looseLinks().map { "\($0.a)|\($0.b)" } == ["a#1|b#2", "b#1|c#1"])
        // Only links between the reports shown.
        let two = AlignmentTextView(graph: graph, articles: Array(articles.prefix(2)))
        #expect(two.looseLinks().map { "\($0.a)|\($0.b)" } == ["a#1|b#2"])
        let text = two.render(width: 80)
        #expect(text.contains("a#1  b#2  same-fact 0.80"))
        #expect(!text.contains("c#1"))
    }
}
