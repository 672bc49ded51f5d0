import Foundation
import Testing
@testable import DragomanKit

/// A same-fact link needs words in common, not only the topic: two lead sentences of one round
/// that name the same countries and glossary concepts pass the calibrated threshold on those
/// alone, whatever they say.
@Suite struct SameFactEvidenceTests {
    /// Every sentence of both reports names Russia and the USA, mentions talks and is about round 1.
    static func report(_ id: String, _ language: LanguageCode, _ sentences: [String]) -> CorpusAlignDocument {
        CorpusAlignDocument(id: id, language: language, sentences: sentences,
                            entities: sentences.map { _ in ["loc-russia", "loc-usa"] }, concepts: sentences.map { _ in ["talks"] },
                            rounds: sentences.map { _ in [1] })
    }
    static let german = report("de", .german, [
        "Die Gespräche zwischen Russland und den USA fanden im Gästehaus des Ministeriums statt.",
        "Eine Antwort aus Russland auf die Forderungen der USA steht noch aus, hieß es bei den Gesprächen.",
        "Russland und die USA wollen die Gespräche über 30 Visa fortsetzen.",
    ])
    static let english = report("en", .english, [
        "Washington wanted above all more staff for its mission, a diplomat said about the talks with Russia.",
        "Russia and the USA want to continue the talks on 30 visas.",
        "Nobody from the USA or Russia commented on the talks on Friday.",
    ])

    static func sameFact(_ options: CorpusAligner.Options) -> Set<String> {
        Set(CorpusAligner(options: options).align([german, english]).links.filter { $0.kind == .sameFact }
            .map { "\($0.a.index)-\($0.b.index)" })
    }

    @Test func theTopicAloneMakesNoLink() throws {
        // The two leads share nothing but the anchors and the round, and that is enough for the
        // calibration: the gate, not the probability, keeps them apart.
        let evidence = CorpusEvidence(documents: [Self.german, Self.english], lexicon: .empty)
        let leads = evidence.features(evidence.sentences[0][0], evidence.sentences[1][0])
        #expect(leads.containment < CorpusAligner.Options().sameFactContainment)
        #expect(AlignmentCalibration.seed.probability(leads) >= CorpusAligner.Options().linkThreshold)
        let links = Self.sameFact(.init())
        #expect(!links.contains("0-0"), "\(links.sorted())")
        // The sentences that say the same ("30 Visa", Russland/Russia) still link.
        #expect(links.contains("2-1"), "\(links.sorted())")
        var ungated = CorpusAligner.Options(); ungated.sameFactContainment = 0
        #expect(Self.sameFact(ungated).contains("0-0"))
    }
}
