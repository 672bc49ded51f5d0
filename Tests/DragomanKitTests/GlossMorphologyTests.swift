import Foundation
import Testing
@testable import DragomanKit

/// Inflected forms the glosser looks words up under: dictionaries list infinitives, reports use
/// participles and passives.
@Suite struct GlossMorphologyTests {
    static let lexicon = InMemoryGlossLexicon([
        BilingualLexicon(sourceLanguage: .norwegian, targetLanguage: .english, entries: [
            .init(source: "nevne", target: "mention"), .init(source: "reflektere", target: "reflect"),
            .init(source: "hindre", target: "hinder"), .init(source: "make", target: "mate"),
            .init(source: "godkjenne", target: "approve"), .init(source: "sende", target: "send"), .init(source: "prove", target: "try"),
            .init(source: "mote", target: "meeting"), .init(source: "avgjorelse", target: "decision"),
            .init(source: "beslutning", target: "decision"),
        ]),
    ])

    /// Among a dictionary's equal senses: the one the corpus's English uses, then a cognate of
    /// the source word, then the most popular; a sense the dictionary does not give never wins.
    @Test(arguments: [
        // (source, senses, attested English words, popular sense, expected)
        ("Seite", ["beam", "page", "party", "quarter", "side", "spin"], ["side", "talks"], "beam", "side"),
        ("Liste", ["bill", "list", "register", "roll", "schedule"], [], "roll", "list"),
        ("Operationen", ["actions", "operations"], ["action", "operation"], "actions", "operations"),
        ("Forderungen", ["claims", "demands", "requirements"], ["demands"], "claims", "demands"),
        ("Forderungen", ["claims", "demands", "requirements"], [], "requirements", "requirements"),
        ("gift", ["poison", "toxin"], ["gift"], "toxin", "toxin"),
    ])
    func theSenseOfTheStorysEnglishOrACognateWins(source: String, senses: [String], attested: [String], popular: String, expected: String) {
        let translations = senses.map { BilingualLexicon.Translation(term: $0, weight: 1) }
        let words = Set(attested)
        let best = GlossMorphology.bestTranslation(translations, source: source,
                                                   attested: { words.contains($0) || words.contains(String($0.dropLast())) },
                                                   popularity: { $0 == popular ? 10 : 1 })
        #expect(best == expected)
        // Without the corpus and the cognate, popularity decides, as before.
        #expect(GlossMorphology.bestTranslation(translations, popularity: { $0 == popular ? 10 : 1 }) == popular)
    }

    @Test(arguments: [("nevnt", "mention"), ("reflektert", "reflect"), ("hindres", "hinder"), ("Nevnt", "mention"),
                      ("godkjente", "approved"), ("sendte", "sent"), ("prøvde", "tried")])
    func bokmalParticiplesPassivesAndPastsFindTheirInfinitive(form: String, english: String) {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        #expect(renderer.lexiconTranslation(of: form, language: .norwegian) == english)
    }

    /// A definite noun is found under its indefinite form: -en off a noun in a consonant
    /// ("beslutningen"), only -n off a noun in -e ("avgjørelsen").
    @Test(arguments: [("beslutningen", "decision"), ("avgjørelsen", "decision"), ("Avgjørelsen", "decision")])
    func bokmalDefiniteNounsFindTheirIndefiniteForm(form: String, english: String) {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        #expect(renderer.lexiconTranslation(of: form, language: .norwegian) == english)
    }

    /// "makt" (power) is not a participle of "make" (mate): short -t words are left alone.
    @Test func shortWordsInTAreNotTakenForParticiples() {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        #expect(renderer.lexiconTranslation(of: "makt", language: .norwegian) == nil)
        #expect(!GlossMorphology.lookupForms("makt", language: .norwegian).contains("make"))
        // A definite noun in -et is no weak past: "møtet" is "meeting", never "meetinged".
        #expect(renderer.lexiconTranslation(of: "møtet", language: .norwegian) == "meeting")
    }

    /// A three-letter remainder is the last form tried: "timer" is the plural of "time" (hour),
    /// not "tim" plus -er, and "varte" the past of "vare" (last), not "var" plus -te; "dager"
    /// still finds "dag" when no longer form is in the dictionary.
    @Test(arguments: [("timer", "hour"), ("varte", "lasted"), ("dager", "day")])
    func aLongerFormIsTriedBeforeAThreeLetterRemainder(form: String, english: String) {
        let lexicon = InMemoryGlossLexicon([
            BilingualLexicon(sourceLanguage: .norwegian, targetLanguage: .english, entries: [
                .init(source: "tim", target: "timothy"), .init(source: "time", target: "hour"),
                .init(source: "var", target: "our"), .init(source: "vare", target: "last"), .init(source: "dag", target: "day"),
            ]),
        ])
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: lexicon, entities: [])
        #expect(renderer.lexiconTranslation(of: form, language: .norwegian) == english)
    }

    /// Set phrases are glossed whole: "voor het eerst" is "for the first time", and "het"/"det"
    /// before a verb is "it", not "the".
    @Test(arguments: [
        (LanguageCode.dutch, "Het is voor het eerst dat het overleg in Washington plaatsvindt.", ["It is", "for the first time", "takes place"]),
        (LanguageCode.norwegian, "Det var første gang samtalene ble holdt i Washington.", ["It was", "the first time", "held"]),
        (LanguageCode.norwegian, "Samtalene ble for første gang holdt i Washington.", ["for the first time"]),
        (LanguageCode.norwegian, "Neste møte skal holdes i Washington.", ["will be held"]),
        (LanguageCode.german, "Es war das Treffen, das zum ersten Mal in Washington stattfand.", ["for the first time", "took place"]),
        (LanguageCode.norwegian, "Når det gjelder tidspunktet, sa han at møtet vil finne sted snart.", ["As regards", "take place"]),
        (LanguageCode.dutch, "Wat betreft de visa is er nog geen akkoord.", ["As regards"]),
        (LanguageCode.german, "Was betrifft die Visa, so gibt es noch keine Einigung.", ["As regards"]),
    ])
    func setPhrasesAreGlossedWhole(language: LanguageCode, text: String, expected: [String]) {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        let english = renderer.gloss(RenderInput(sentence: SentenceRef(articleID: "p", index: 0), language: language, text: text))
        for phrase in expected { #expect(english.contains(phrase), "\(english)") }
        #expect(!english.hasPrefix("The "), "\(english)")
        #expect(english.hasSuffix("."), "\(english)")
    }

    @Test func glossesUseTheInfinitive() {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        let input = RenderInput(sentence: SentenceRef(articleID: "n", index: 0), language: .norwegian, text: "Han har nevnt at prosessen hindres.")
        let english = renderer.gloss(input)
        #expect(english.contains("mention") && english.contains("hinder"), "\(english)")
        #expect(!english.contains("nevnt") && !english.contains("hindres"))
    }
}

/// Words the dictionaries list with a stronger other sense: a Dutch weak past is the verb of
/// the open syllable ("duurde" lasted, not "duur" dear), and a cardinal number is the number
/// ("zeven" seven, not sieve); "weer" is again and "zei" said.
@Suite struct GlossHomographTests {
    static let lexicon = InMemoryGlossLexicon([
        BilingualLexicon(sourceLanguage: .dutch, targetLanguage: .english, entries: [
            .init(source: "duur", target: "dear"), .init(source: "duren", target: "last"), .init(source: "maak", target: "make"),
            .init(source: "maken", target: "make"), .init(source: "zeven", target: "sieve"), .init(source: "goed", target: "good"),
            .init(source: "weer", target: "defence"),
        ]),
        BilingualLexicon(sourceLanguage: .norwegian, targetLanguage: .english, entries: [.init(source: "fire", target: "fire")]),
        BilingualLexicon(sourceLanguage: .german, targetLanguage: .english, entries: [.init(source: "acht", target: "attention")]),
    ])

    @Test(arguments: [("duurde", "lasted"), ("maakte", "made"), ("goede", "good")])
    func aDutchPastIsItsVerb(form: String, english: String) {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        let pieces = renderer.translateToken(GlossTokenizer.Token(text: form, span: TextSpan(start: 0, end: 0), kind: .word, index: 1),
                                             language: .dutch, sentenceStart: false)
        #expect(pieces.map(\.text) == [english])
    }

    @Test(arguments: [("zeven", LanguageCode.dutch, "seven"), ("fire", .norwegian, "four"), ("acht", .german, "eight"),
                      ("Sieben", .german, "seven"), ("weer", .dutch, "again"), ("zei", .dutch, "said")])
    func aNumberIsTheNumber(word: String, language: LanguageCode, english: String) {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        let pieces = renderer.translateToken(GlossTokenizer.Token(text: word, span: TextSpan(start: 0, end: 0), kind: .word, index: 1),
                                             language: language, sentenceStart: false)
        #expect(pieces.map(\.text) == [english])
    }
}
