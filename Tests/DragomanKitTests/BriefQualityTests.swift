import Foundation
import Testing
@testable import DragomanKit

/// A small evaluation of the briefs on the seeds: for each round, key facts (written from
/// reading the five seed reports, in English, as content words any decent English rendering
/// contains; alternatives separated by "|"), and the share the default 150-word brief covers.
/// Facts reported only in German, Dutch or Norwegian are included on purpose.
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefQualityTests {
    static let facts: [Int: [String]] = [
        1: ["27 February", "Istanbul", "Lavrov", "embass", "normalis|obstacle|systemic|hindrance",
            "Darchiev", "Washington", "nominat|approv|ambassador"],
        2: ["10 April|April 10", "Istanbul", "consulate|Consulate", "Coulter", "Darchiev", "Ukraine", "agenda",
            "Bruce", "normali", "property|properties|bank|visa|mobility", "progress|capitals|Moscow"],
        3: ["Moscow", "Darchiev", "near future", "TASS", "irritant", "preliminary|tentative|provisional",
            "Congress|deep state|lobby", "ambassador"],
    ]

    static func coverage(_ brief: Brief) -> (covered: [String], missed: [String]) {
        let text = brief.sentences.map(\.english).joined(separator: " ").lowercased()
        var covered: [String] = [], missed: [String] = []
        for fact in facts[brief.round.number] ?? [] {
            let hit = fact.split(separator: "|").contains { text.contains($0.lowercased()) }
            if hit { covered.append(fact) } else { missed.append(fact) }
        }
        return (covered, missed)
    }

    @Test func defaultBriefsCoverTheKeyFacts() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: BriefFixture.lexicon)
        var total = 0, hits = 0
        for brief in try builder.buildAll() {
            let (covered, missed) = Self.coverage(brief)
            let share = Double(covered.count) / Double(covered.count + missed.count)
            print("round \(brief.round.number): \(covered.count)/\(covered.count + missed.count) facts, \(brief.wordCount) words; missed \(missed)")
            #expect(share >= 0.7, "round \(brief.round.number) missed \(missed)")
            total += covered.count + missed.count; hits += covered.count
        }
        print(String(format: "key-fact coverage %.2f", Double(hits) / Double(max(total, 1))))
    }
}
