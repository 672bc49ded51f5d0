import Foundation
import Testing
@testable import DragomanKit

/// English spellings of international words written the Norwegian, Dutch or German way
/// (`CognateSpelling`), the pivot's use of them, and ordinals written with letters.
@Suite struct CognateSpellingTests {
    static func forms(_ language: LanguageCode, _ stem: String) -> [String] { CognateSpelling(language: language).englishForms(of: stem) }

    @Test(arguments: [
        (LanguageCode.norwegian, "delegasjon", "delegation"), (.norwegian, "konsultasjon", "consultation"),
        (.norwegian, "inspeksjon", "inspection"), (.norwegian, "diplomatisk", "diplomatic"),
        (.norwegian, "konfisker", "confiscate"), (.norwegian, "ekspert", "expert"), (.norwegian, "politikk", "politic"),
        (.norwegian, "kontroll", "control"),
        (.dutch, "consultatie", "consultation"), (.dutch, "kwaliteit", "quality"), (.dutch, "diplomatiek", "diplomatic"),
        (.german, "konsultation", "consultation"), (.german, "diplomatisch", "diplomatic"), (.german, "kontroll", "control"),
        (.german, "qualitat", "quality"),
    ])
    func latinWordsGetTheirEnglishSpelling(_ language: LanguageCode, _ stem: String, _ english: String) {
        // Compared as English stems, as the pivot does: "confiscer" and "confiscate" meet.
        let stemmer = SnowballStemmer(language: .english)!
        #expect(Self.forms(language, stem).map { stemmer.stem($0) }.contains(stemmer.stem(english)), "\(Self.forms(language, stem))")
    }

    /// A "k" inside a Germanic word stays: "bekam" (received) is no "became", "bekommer" (cares)
    /// no "become"; and English needs no guesses, nor do short stems.
    @Test func germanicWordsAndShortStemsGetNoGuess() {
        #expect(!Self.forms(.german, "bekam").contains { $0.contains("c") })
        #expect(!Self.forms(.dutch, "bekommer").contains { $0.contains("c") })
        #expect(!Self.forms(.norwegian, "bekreft").contains { $0.contains("c") })
        #expect(Self.forms(.english, "delegation").isEmpty)
        #expect(Self.forms(.norwegian, "sak").isEmpty)
    }

    /// The pivot takes a guess only where it is a known English stem (the corpus's English or a
    /// dictionary's translation); otherwise the word stands for itself, as before.
    @Test func thePivotKeepsOnlyGuessesEnglishKnows() {
        let dictionary = BilingualLexicon(sourceLanguage: .norwegian, targetLanguage: .english,
                                          entries: [BilingualLexicon.Entry(source: "ambassade", target: "embassy")])
        func pivot(english: Set<String>) -> [String: [String]] {
            AlignmentLexicon.build(lexicons: [dictionary], vocabulary: [.norwegian: ["delegasjon", "ambassad", "bekreft"], .english: english])
                .pivot[.norwegian] ?? [:]
        }
        let known = pivot(english: ["deleg", "embassi"])
        #expect(known["delegasjon"] == ["deleg"])
        #expect(known["ambassad"] == ["embassi"], "a dictionary's translation is untouched")
        #expect(known["bekreft"] == ["bekreft"])
        #expect(pivot(english: ["embassi"])["delegasjon"] == ["delegasjon"], "no English report says it: the word stands for itself")
    }

    @Test func ordinalsWrittenWithLettersAreNumbers() {
        for (token, number) in [("6th", "6"), ("1st", "1"), ("22nd", "22"), ("3rd", "3"), ("27th", "27"), ("8ste", "8"), ("6e", "6"), ("2de", "2")] {
            #expect(CorpusEvidence.ordinalNumber(token) == number, "\(token)")
        }
        for token in ["th", "6x", "a4", "6thx", "2025", "6."] { #expect(CorpusEvidence.ordinalNumber(token) == nil, "\(token)") }
    }

    /// A line-by-line English machine translation of a Norwegian report (review fixture
    /// `TranslationPairs`). The English–Norwegian dictionary knows too few of its words, so its
    /// chain stayed under the faithfulness bar and every pair was only a same-fact link. With
    /// the Latin words ("delegasjon", "konfiskert", "diplomatisk") and "6th" = "6." matched,
    /// all five sentence pairs are parallel.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-eng-nor.index"), "freedict-eng-nor is not installed"))
    func aMachineTranslationFromNorwegianIsAlignedAsParallel() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/TranslationPairs/articles")
        let builder = ArticleBuilder(identifier: try LanguageIdentifier.load())
        let articles = try ["en-mt-from-nb", "nb-ntb-held"].map { name in
            try builder.build(text: String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8), fileName: name + ".txt", id: name)
        }
        #expect(articles.map(\.sentences.count) == [5, 5])
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let index = EntityIndex.build(articles: articles, recognizer: recognizer)
        let documents = CorpusAlignDocument.documents(articles: articles, mentions: index.mentions, matcher: GlossaryMatcher(glossary: glossary))
        let sources = LexiconSource.debian.filter { $0.sourceLanguage == .norwegian || $0.targetLanguage == .norwegian }
        let lexicon = AlignmentLexicon.build(lexicons: try sources.map { try $0.load() }, vocabulary: AlignmentLexicon.vocabulary(of: documents))
        let links = CorpusAligner(lexicon: lexicon).align(documents).links
        let parallel = Set(links.filter { $0.kind == .parallel }.map { "\($0.a.index)-\($0.b.index)" })
        #expect(parallel == ["0-0", "1-1", "2-2", "3-3", "4-4"], "\(links.map { "\($0.a) \($0.b) \($0.kind) \($0.score)" })")
    }
}
