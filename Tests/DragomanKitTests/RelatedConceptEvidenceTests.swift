import Foundation
import Testing
@testable import DragomanKit

/// The aligner counts a related concept (`ConceptRelations`) as weaker evidence than the same one.
@Suite struct RelatedConceptEvidenceTests {
    /// Two one-sentence reports with no word in common whose anchors are `a` and `b` plus a
    /// concept both share.
    static func evidence(_ a: String, _ b: String, relations: ConceptRelations) -> AlignmentFeatures {
        let documents = [
            CorpusAlignDocument(id: "x", language: .english, sentences: ["Alpha beta gamma."], concepts: [[a, "visa"]], relations: relations),
            CorpusAlignDocument(id: "y", language: .german, sentences: ["Delta epsilon zeta."], concepts: [[b, "visa"]], relations: relations),
        ]
        let evidence = CorpusEvidence(documents: documents, lexicon: .empty)
        return evidence.features(evidence.sentences[0][0], evidence.sentences[1][0])
    }

    @Test func aRelatedConceptIsWeakerEvidenceThanTheSameOne() {
        let relations = ConceptRelations(glossary: ConceptRelationTests.glossary)
        let same = Self.evidence("embassy", "embassy", relations: relations).anchors
        let related = Self.evidence("embassy", "consulate", relations: relations).anchors
        let unrelatedGlossary = Self.evidence("embassy", "consulate", relations: .none).anchors
        let otherFamily = Self.evidence("embassy", "dacha", relations: relations).anchors
        #expect(same > related)
        #expect(related > unrelatedGlossary)
        #expect(otherFamily == unrelatedGlossary)
        #expect(same <= 1 && related <= 1)
    }

    /// On the seed gold: the credit for related concepts goes mostly to pairs that state the
    /// same fact. Among the candidate pairs that it changes, central pairs gain more on average
    /// than pairs the gold does not allow.
    @Test(.enabled(if: TestPaths.hasShared)) func relatedCreditFavoursTheGoldsPairs() throws {
        let documents = CorpusAlignFixture.documents
        #expect(documents.allSatisfy { !$0.relations.isEmpty })
        var bare = documents
        for i in bare.indices { bare[i].relations = .none }
        let with = AlignmentEvaluation.labelledCandidates(documents: documents, lexicon: CorpusAlignFixture.lexicon, gold: CorpusAlignFixture.goldPairs)
        let without = AlignmentEvaluation.labelledCandidates(documents: bare, lexicon: CorpusAlignFixture.lexicon, gold: CorpusAlignFixture.goldPairs)
        func key(_ c: AlignmentEvaluation.LabelledCandidate) -> String { "\(c.candidate.d1).\(c.candidate.i1)-\(c.candidate.d2).\(c.candidate.i2)" }
        let base = Dictionary(without.map { (key($0), $0.features.anchors) }, uniquingKeysWith: { a, _ in a })
        var gain: [AlignmentEvaluation.Label: [Double]] = [:]
        for candidate in with {
            guard let old = base[key(candidate)] else { continue }
            gain[candidate.label, default: []].append(candidate.features.anchors - old)
        }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        let central = gain[.central] ?? [], outside = gain[.outside] ?? []
        #expect(central.filter { $0 > 0 }.count >= 10, "central pairs that gained: \(central.filter { $0 > 0 }.count)")
        #expect(mean(central) > mean(outside), "central \(mean(central)), outside \(mean(outside))")
        #expect((central + outside).allSatisfy { $0 >= 0 })
    }
}
