import Foundation
import Testing
@testable import DragomanKit

@Suite("Glossary matcher")
struct GlossaryMatcherTests {
    static let glossary = try! TBXReader.read(url: TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")).glossary
    static let matcher = GlossaryMatcher(glossary: glossary)

    /// "PER:lavrov" → "per-lavrov", "ORG:russian_foreign_ministry" → "org-russian-foreign-ministry".
    static func conceptID(gold id: String) -> String {
        let parts = id.split(separator: ":", maxSplits: 1)
        return parts[0].lowercased() + "-" + parts[1].replacingOccurrences(of: "_", with: "-")
    }

    /// Gold mentions the glossary cannot give: garbled names in a machine translation and
    /// references the glossary has no term for. Each with the reason, as (document, text).
    static let notExpected: [String: String] = [
        "003_38f1f85eb9aef9f1|Kirentworth": "garbled Killenworth",
        "003_38f1f85eb9aef9f1|pioneering point": "mistranslated Pioneer Point",
        "001_2320f2ca084baa4e|Torkiye": "misspelt Türkiye",
        "003_38f1f85eb9aef9f1|Russian Consulate": "the glossary has the consulate only with 'in Istanbul'",
        "001_2320f2ca084baa4e|Außenministerium": "bare 'Außenministerium' is the generic foreign-ministry concept",
    ]

    struct Score { var tp = 0, fp = 0, fn = 0, expectedFound = 0, expected = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var expectedRecall: Double { expected == 0 ? 1 : Double(expectedFound) / Double(expected) }
    }

    /// Entity concepts against the gold entity mentions: a gold mention is found when a match of
    /// its concept overlaps it; a match of a concept the gold annotates is right when it
    /// overlaps a gold mention of that concept.
    static func entityScores() throws -> ([String: Score], [String]) {
        let gold = try SeedGold.load()
        let annotated = Set(gold.entity_ids.keys.filter { !$0.hasPrefix("DATE") }.map(conceptID(gold:)))
        var scores: [String: Score] = [:]
        var log: [String] = []
        for (doc, entry) in gold.docs.sorted(by: { $0.key < $1.key }) {
            let language = LanguageCode(entry.language)
            var units = entry.sentences.map { ($0.text, $0.entities) }
            if let title = entry.title { units.append((title, entry.title_entities)) }
            var score = scores[entry.language] ?? Score()
            for (text, entities) in units {
                let mentions = entities.filter { !$0.id.hasPrefix("DATE") }
                let matches = matcher.matches(in: text, language: language).filter { annotated.contains($0.conceptID) }
                for mention in mentions {
                    let concept = conceptID(gold: mention.id)
                    let found = matches.contains { $0.conceptID == concept && $0.span.start < mention.end && mention.start < $0.span.end }
                    if found { score.tp += 1 } else { score.fn += 1 }
                    if notExpected["\(doc)|\(mention.text)"] == nil {
                        score.expected += 1
                        if found { score.expectedFound += 1 } else { log.append("missed \(doc) \(mention.text) \(concept)") }
                    }
                }
                for match in matches {
                    let right = mentions.contains { conceptID(gold: $0.id) == match.conceptID && $0.start < match.span.end && match.span.start < $0.end }
                    if !right { score.fp += 1; log.append("wrong \(doc) \(match.matchedForm) \(match.conceptID)") }
                }
            }
            scores[entry.language] = score
        }
        return (scores, log)
    }

    @Test func entityMentionsOfTheSeedGold() throws {
        guard TestPaths.hasShared else { print("skipped: ../shared/seeds/gold.json is missing"); return }
        let (scores, log) = try Self.entityScores()
        for language in ["de", "nl", "en", "nb"] {
            let s = scores[language]!
            print(String(format: "glossary entities %@: P %.3f (%d/%d)  R %.3f (%d/%d)  R on glossary-matchable %.3f (%d/%d)",
                         language, s.precision, s.tp, s.tp + s.fp, s.recall, s.tp, s.tp + s.fn, s.expectedRecall, s.expectedFound, s.expected))
            #expect(s.precision >= 0.95, "\(language) precision")
            #expect(s.expectedRecall == 1, "\(language) recall")
        }
        for line in log { print("  " + line) }
    }

    @Test func dumpSeeds() throws {
        guard ProcessInfo.processInfo.environment["GLOSSARY_DUMP"] != nil else { return }
        let gold = try SeedGold.load()
        for (doc, entry) in gold.docs.sorted(by: { $0.key < $1.key }) {
            print("== \(doc) \(entry.language)")
            for sentence in entry.sentences {
                let matches = Self.matcher.matches(in: sentence.text, language: LanguageCode(entry.language))
                print("  \(sentence.index): " + matches.map { "\($0.matchedForm)=\($0.conceptID)\($0.nested ? "^" : "")\($0.inCompound ? "(\($0.role.rawValue))" : "")\($0.distance > 0 ? "~\($0.distance)" : "")" }.joined(separator: " | "))
            }
        }
    }
}
