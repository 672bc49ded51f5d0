import Foundation
import Testing
@testable import DragomanKit

/// The aligner's English pivot: what a word of a report is compared through when the
/// dictionary lists another form of it (participles, past tenses, compounds) or nothing at all.
@Suite struct AlignmentLexiconTests {
    /// Pivot translations of each word of `text` (by its folded stem), built with `entries`.
    static func pivot(_ language: LanguageCode, _ text: String, _ entries: [(String, String)]) -> (AlignmentLexicon, [String: [String]]) {
        let document = CorpusAlignDocument(id: "d", language: language, sentences: [text])
        let lexicon = AlignmentLexicon.build(
            lexicons: [BilingualLexicon(sourceLanguage: language, targetLanguage: .english,
                                        entries: entries.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })],
            vocabulary: AlignmentLexicon.vocabulary(of: [document]))
        let analyzer = SentenceAnalyzer()
        var byWord: [String: [String]] = [:]
        for token in analyzer.analyze(text, language: language).tokens where token.kind == .word {
            byWord[token.folded] = lexicon.pivot[language]?[TextFolding.fold(token.stem)] ?? []
        }
        return (lexicon, byWord)
    }

    @Test func germanParticiplesAndCompoundsReachTheDictionaryForm() {
        let (lexicon, words) = Self.pivot(.german, "Die Visavergabe wurde gewartet, die Häuser beschlagnahmt, alle zusammengekommen.", [
            ("warten", "wait"), ("Visum", "visa"), ("Visa", "visa"), ("Vergabe", "allocation"),
            ("beschlagnahmen", "confiscate"), ("zusammenkommen", "meet"), ("Haus", "house"), ("Häuser", "houses"),
        ])
        #expect(words["gewartet"]?.contains("wait") == true, "\(words)")
        #expect(words["beschlagnahmt"]?.contains("confisc") == true, "\(words)")
        #expect(words["zusammengekommen"]?.contains("meet") == true, "\(words)")
        // A compound gets both parts: the modifier carries the fact as much as the head.
        #expect(Set(words["visavergabe"] ?? []).isSuperset(of: ["visa", "alloc"]), "\(words)")
        // A word the dictionary lists keeps exactly its own translations.
        #expect(words["hauser"] == ["hous"], "\(words)")
        // The restricted lexicon (BitextAligner's word pairs) holds the report's own forms only,
        // not the dictionary forms looked up for them.
        let sources = Set(lexicon.restricted[.german]?.entries.map(\.source) ?? [])
        #expect(!sources.contains("warten") && !sources.contains("Vergabe") && sources.contains("Häuser"), "\(sources)")
    }

    @Test func dutchSeparableParticiplesAndPastTenses() {
        let (_, words) = Self.pivot(.dutch, "De details worden uitgewerkt, visa snel afgegeven; zij benadrukte en wij hebben gewacht.", [
            ("uitwerken", "elaborate"), ("afgeven", "issue"), ("benadrukken", "emphasize"), ("wachten", "wait"), ("details", "details"),
        ])
        #expect(words["uitgewerkt"]?.contains("elabor") == true, "\(words)")
        #expect(words["afgegeven"]?.contains("issu") == true, "\(words)")
        #expect(words["benadrukte"]?.contains("emphas") == true, "\(words)")
        #expect(words["gewacht"]?.contains("wait") == true, "\(words)")
        // No dictionary reading at all: an international word stands for itself in English.
        #expect(words["visa"] == ["visa"], "\(words)")
    }

    /// A modifier and its stem make two readings of equal length: the modifier as written comes
    /// first, in every run (it came in a Set's order, so which reading a compound took, and its
    /// pivot keys, changed from run to run).
    @Test func equallyLongReadingsComeInAFixedOrder() {
        let splits = PivotFallback(language: .german).compoundSplits("diplomatenpost")
        let written = splits.firstIndex(of: ["diplomaten", "post"]), stemmed = splits.firstIndex(of: ["diplomat", "post"])
        #expect(written != nil && stemmed != nil && written! < stemmed!, "\(splits)")
    }

    /// Norwegian doubles a final consonant before an ending; the stem without the double is
    /// looked up too ("eiendommene" → "eiendomm" → "eiendom"), in no other language.
    @Test func aNorwegianDoubledConsonantIsLookedUpSingle() {
        #expect(PivotFallback(language: .norwegian).readings(of: "eiendomm").contains(["eiendom"]))
        #expect(!PivotFallback(language: .german).readings(of: "programm").contains(["program"]))
        #expect(!PivotFallback(language: .norwegian).readings(of: "tass").contains(["tas"]), "too short")
    }

    /// The fallback must not invent readings: a word with no reading the dictionary knows and
    /// no English look-alike gets only itself, which matches nothing English it does not equal.
    @Test func unknownWordsAreNotSplitIntoNoise() {
        let fallback = PivotFallback(language: .german)
        #expect(fallback.readings(of: "visavergab").contains(["visa", "vergab"]))
        #expect(fallback.readings(of: "gewartet").prefix(3).contains(["wart"]), "verb forms come before compound splits")
        #expect(PivotFallback(language: .english).readings(of: "gathered").isEmpty, "English is the pivot itself")
        // Too short to split (parts of at least 3 and 4 letters).
        #expect(fallback.compoundSplits("banker").isEmpty)
        // A compound with one part unknown is not half-translated (its known modifier alone would
        // match every visa sentence), and a word with no reading stands only for itself.
        let (_, words) = AlignmentLexiconTests.pivot(.german, "Die Visaflut traf den Flashpoint.", [("Visa", "visa"), ("Blitz", "flash")])
        #expect(words["visaflut"] == ["visaflut"], "\(words)")
        #expect(words["flashpoint"] == ["flashpoint"], "\(words)")
    }
}
