import Foundation
import Testing
@testable import DragomanKit

/// English in a German word order (clumsy machine translation) against fluent English: the signs
/// fire on the first and never on the held-out sets' English written as English, and the brief
/// prefers the fluent sentence when both say the same.
@Suite struct EnglishWordOrderTests {
    /// Each sign, in sentences written for this test.
    @Test(arguments: [
        "Originally should the meeting in Vienna take place.",
        "Begun had the consultations in February in Istanbul.",
        "Moscow justified the move with it that the visas too late issued were, the ministry said.",
        "Expected had the delegations a longer meeting.",
    ])
    func germanOrderShows(sentence: String) {
        #expect(EnglishWordOrder.showsForeignOrder(sentence))
    }

    /// English that ends a clause in a quotation, asks a question or fronts an adverb before its
    /// subject is no sign.
    @Test(arguments: [
        "A spokesperson said flights were \"not part of these talks\" and called the agreements useful.",
        "Should the talks fail, the embassies would stay closed.",
        "Actually, the round was held in Geneva.",
        "Reportedly the delegations met for five hours.",
        "The talks began in Istanbul, and the seventh round was held in Moscow in June.",
    ])
    func englishOrderDoesNotShow(sentence: String) {
        #expect(!EnglishWordOrder.showsForeignOrder(sentence))
    }

    /// The English reports of the held-out sets that were written as English (every one but
    /// UnseenRound8's en2, a German report machine-translated, and UnseenRound9's en2, a Dutch
    /// one): none of their sentences shows a sign, while the German translation shows them in a
    /// sixth of its sentences or more.
    @Test func heldOutEnglishReadsAsEnglish() throws {
        let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures")
        let segmenter = SentenceSegmenter(language: .english)
        func sentences(_ url: URL) throws -> [String] {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").flatMap { line -> [String] in
                let scalars = Array(line.unicodeScalars)
                return segmenter.segment(String(line)).map { String(String.UnicodeScalarView(scalars[$0])) }
            }
        }
        var fluent = 0
        let translations = ["UnseenRound8/articles/en2.txt", "UnseenRound9/articles/en2.txt"]
        for set in ["UnseenRound", "UnseenRound4", "UnseenRound5", "UnseenRound6", "UnseenRound7", "UnseenRound8", "UnseenRound9"] {
            let folder = fixtures.appendingPathComponent("\(set)/articles")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("en") {
                guard !translations.contains("\(set)/articles/\(file)") else { continue }
                for sentence in try sentences(folder.appendingPathComponent(file)) {
                    fluent += 1
                    #expect(!EnglishWordOrder.showsForeignOrder(sentence), "\(set)/\(file): \(sentence)")
                }
            }
        }
        #expect(fluent > 100)
        // UnseenRound9's Dutch translation ("are within three weeks handled") shows none of the
        // signs the German one does: a known gap, so only the German one is held to the share.
        let translated = try sentences(fixtures.appendingPathComponent(translations[0]))
        let share = EnglishWordOrder.shares([(id: "en2", sentences: translated)])["en2"] ?? 0
        #expect(share >= 1.0 / 6, "\(share)")
    }

    /// Of two English sentences that say the same, the fluent one is rendered, although the one
    /// in German order names more of what the glossary knows.
    @Test(.enabled(if: TestPaths.hasShared)) func theBriefPrefersTheFluentSentence() throws {
        var renderer = EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: [])
        let fluent = RenderInput(sentence: SentenceRef(articleID: "wire", index: 3), language: .english,
                                 text: "The round had been planned for Vienna; Moscow said it was moved because the visas came too late.")
        let clumsy = RenderInput(sentence: SentenceRef(articleID: "mt", index: 3), language: .english,
                                 text: "Moscow had the move to Istanbul with it justified that the Americans the visas for the Russian delegation too late issued had.")
        renderer.foreignOrder = ["mt": 0.25, "wire": 0]
        #expect(renderer.cleanliness(clumsy) > renderer.cleanliness(fluent), "the clumsy one names more")
        #expect(renderer.chooseMember([clumsy, fluent])?.sentence.articleID == "wire")
        #expect(renderer.chooseMember([fluent, clumsy], roundHeld: true)?.sentence.articleID == "wire")
    }
}
