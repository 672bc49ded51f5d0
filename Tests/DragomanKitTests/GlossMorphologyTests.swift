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
            .init(source: "mote", target: "meeting"),
        ]),
    ])

    @Test(arguments: [("nevnt", "mention"), ("reflektert", "reflect"), ("hindres", "hinder"), ("Nevnt", "mention"),
                      ("godkjente", "approved"), ("sendte", "sent"), ("prøvde", "tried")])
    func bokmalParticiplesPassivesAndPastsFindTheirInfinitive(form: String, english: String) {
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

    @Test func glossesUseTheInfinitive() {
        let renderer = EnglishRenderer(glossary: Glossary(), lexicon: Self.lexicon, entities: [])
        let input = RenderInput(sentence: SentenceRef(articleID: "n", index: 0), language: .norwegian, text: "Han har nevnt at prosessen hindres.")
        let english = renderer.gloss(input)
        #expect(english.contains("mention") && english.contains("hinder"), "\(english)")
        #expect(!english.contains("nevnt") && !english.contains("hindres"))
    }
}
