import Foundation
import Testing
@testable import DragomanKit

/// The recogniser and linker against the hand annotation of the five seed reports (GOLD.md).
@Suite(.enabled(if: TestPaths.hasShared)) struct EntitySeedGoldTests {
    static func referenceItems(_ gold: SeedGold) -> [EntityEvaluation.Item] {
        gold.docs.flatMap { id, doc in
            doc.sentences.flatMap { s in
                s.entities.map { e in
                    EntityEvaluation.Item(document: id, sentence: s.index, span: TextSpan(start: e.start, end: e.end),
                                          tag: String(e.id.prefix { $0 != ":" }), cluster: e.id, nested: e.nested, language: doc.language)
                }
            }
        }
    }

    static func predictedItems(_ index: EntityIndex.Result) -> [EntityEvaluation.Item] {
        index.mentions.filter { $0.sentenceIndex >= 0 }.map { m in
            EntityEvaluation.Item(document: m.articleID, sentence: m.sentenceIndex, span: m.span, tag: m.kind.tag,
                                  cluster: m.entityID, nested: m.nested, language: m.language.rawValue)
        }
    }

    static func run() throws -> (gold: SeedGold, result: EntityIndex.Result) {
        let gold = try SeedGold.load()
        let glossary = try EntityFixture.readGlossary()
        let articles = try EntityFixture.seedArticles(gold)
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        return (gold, EntityIndex.build(articles: articles, recognizer: recognizer))
    }

    @Test func mentionF1OnTheSeeds() throws {
        let (gold, result) = try Self.run()
        let reference = Self.referenceItems(gold), predicted = Self.predictedItems(result)
        let all = EntityEvaluation.flat(predicted: predicted, reference: reference)
        let lenient = EntityEvaluation.flat(predicted: predicted, reference: reference, lenient: true)
        // Diagnostics: what differs, so a failure says why.
        let goldKeys = Set(reference.filter { !$0.nested }.map { "\($0.key)|\($0.tag)" })
        let predKeys = Set(predicted.filter { !$0.nested }.map { "\($0.key)|\($0.tag)" })
        for item in predicted where !item.nested && !goldKeys.contains("\(item.key)|\(item.tag)") {
            let text = gold.docs[item.document]!.sentences[item.sentence].text
            print("extra  \(item.key) \(item.tag) “\(Self.slice(text, item.span))”")
        }
        for item in reference where !item.nested && !predKeys.contains("\(item.key)|\(item.tag)") {
            let text = gold.docs[item.document]!.sentences[item.sentence].text
            print("missed \(item.key) \(item.tag) “\(Self.slice(text, item.span))”")
        }
        print("flat \(all)  lenient \(lenient)")
        #expect(all.f1 >= 0.90)
        #expect(lenient.f1 >= all.f1)
        for language in ["de", "nl", "nb", "en"] {
            let scores = EntityEvaluation.flat(predicted: predicted.filter { $0.language == language }, reference: reference.filter { $0.language == language })
            print("\(language) \(scores)")
            #expect(scores.f1 >= 0.88, "\(language): \(scores)")
        }
    }

    @Test func dateValuesAreExact() throws {
        let (gold, result) = try Self.run()
        var expected: [String: String] = [:]   // key → value
        for (id, doc) in gold.docs {
            for s in doc.sentences {
                for e in s.entities where e.id.hasPrefix("DATE:") { expected["\(id)#\(s.index)@\(e.start)-\(e.end)"] = String(e.id.dropFirst(5)) }
            }
        }
        var produced: [String: String] = [:]
        for m in result.mentions where m.kind == .date {
            if let value = m.date?.value { produced["\(m.articleID)#\(m.sentenceIndex)@\(m.span.start)-\(m.span.end)"] = value.description }
        }
        #expect(produced == expected)
        // Every gold date id is reproduced.
        let goldIDs = Set(expected.values), ours = Set(produced.values)
        #expect(goldIDs == ours)
        // Date kinds agree.
        for (id, doc) in gold.docs {
            for s in doc.sentences {
                for e in s.entities where e.id.hasPrefix("DATE:") {
                    let mine = result.mentions.first { $0.articleID == id && $0.sentenceIndex == s.index && $0.span.start == e.start && $0.kind == .date }
                    #expect(mine?.date?.kind.rawValue == e.date_kind, "\(id)#\(s.index) \(e.text)")
                }
            }
        }
    }

    @Test func bcubedClusteringOnTheSeeds() throws {
        let (gold, result) = try Self.run()
        let reference = Self.referenceItems(gold), predicted = Self.predictedItems(result)
        let score = EntityEvaluation.bcubed(predicted: predicted, reference: reference)
        print("B-cubed P \(score.precision) R \(score.recall) F1 \(score.f1) over \(score.matched)")
        // Diagnostics: gold ids split over several entities, entities spanning several gold ids.
        var byKey: [String: String] = [:]
        for p in predicted { byKey[p.key] = p.cluster }
        var split: [String: Set<String>] = [:]
        for g in reference { if let p = byKey[g.key] { split[g.cluster, default: []].insert(p) } }
        for (g, ps) in split where ps.count > 1 { print("split \(g): \(ps.sorted())") }
        #expect(score.f1 >= 0.95)
    }

    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        guard span.end <= scalars.count else { return "?" }
        return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }
}
