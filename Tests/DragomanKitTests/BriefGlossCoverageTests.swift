import Foundation
import Testing
@testable import DragomanKit

/// A gloss that leaves source words as written ("the consultations zakelijk and constructive")
/// ranks below one that renders every word: the share of words found in English weighs on the
/// gloss's score (`EnglishRenderer.glossCoverage`, `StatementRanker`).
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefGlossCoverageTests {
    static func input(_ language: LanguageCode, _ text: String) -> RenderInput {
        RenderInput(sentence: SentenceRef(articleID: "x", index: 0), language: language, text: text)
    }

    @Test(.enabled(if: !BriefFixture.debianLexicons.isEmpty, "the Debian dictionaries are not installed"))
    func coverageCountsTheWordsADictionaryRenders() throws {
        let glossary = try EntityFixture.readGlossary()
        let bare = EnglishRenderer(glossary: glossary, lexicon: EmptyGlossLexicon(), entities: [])
        let full = EnglishRenderer(glossary: glossary, lexicon: BriefFixture.lexicon, entities: [])
        for (language, text) in [(LanguageCode.dutch, "Volgens de ambassadeur was het overleg zakelijk en kort."),
                                 (.german, "Nach Angaben des Botschafters war das Gespräch sachlich und kurz."),
                                 (.norwegian, "Ifølge ambassadøren var samtalen saklig og kort.")] {
            let withoutDictionary = bare.glossCoverage(Self.input(language, text))
            let withDictionary = full.glossCoverage(Self.input(language, text))
            // Function words and glossary terms render without a dictionary, the adjectives do not.
            #expect(withoutDictionary > 0 && withoutDictionary < 1, "\(language): \(withoutDictionary)")
            #expect(withDictionary > withoutDictionary, "\(language): \(withDictionary) vs \(withoutDictionary)")
        }
        // Names are no untranslated words, and English is English.
        #expect(bare.glossCoverage(Self.input(.dutch, "Dartsjiev en Coulter in Wenen.")) == 1)
        #expect(bare.glossCoverage(Self.input(.english, "The talks were businesslike and brief.")) == 1)
    }

    @Test func aGlossWithWordsLeftAsWrittenRanksLower() {
        func candidate(_ id: String, _ language: LanguageCode, coverage: Double) -> BriefCandidate {
            var c = BriefCandidate(statementID: id, members: [SentenceRef(articleID: id, index: 0)], relation: .only,
                                   features: ["e:per-darchiev", "c:consultations"], englishWords: ["consultations", "businesslike"],
                                   english: "According to Darchiev the consultations were businesslike and constructive.",
                                   articles: [id], languages: [language], leadPosition: 0.3, texts: [])
            c.glossCoverage = coverage
            return c
        }
        let scored = StatementRanker().score([candidate("whole", .dutch, coverage: 1), candidate("holes", .dutch, coverage: 0.6),
                                              candidate("english", .english, coverage: 1)])
        let score = Dictionary(uniqueKeysWithValues: scored.map { ($0.statementID, $0.score) })
        #expect(score["holes"]! < score["whole"]!)
        #expect(score["whole"]! < score["english"]!)
    }
}
