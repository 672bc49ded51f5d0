import Testing
@testable import DragomanKit

/// Nouns borrowed from Latin and Italian replace their singular's ending in the plural
/// ("Visum"/"Visa", "Bankkonto"/"Bankkonten", "centrum"/"centra"): the glossary's citation form
/// still finds them, and only them.
@Suite struct GlossaryLoanPluralTests {
    static func concept(_ id: String, _ terms: [(LanguageCode, String)]) -> Concept {
        Concept(id: id, subjectField: "diplomacy", terms: terms.map { Term(language: $0.0, text: $0.1, partOfSpeech: "noun", status: .preferred) })
    }

    static let glossary = Glossary(concepts: [
        concept("visa", [(.german, "Visum"), (.dutch, "visum"), (.norwegian, "visum"), (.english, "visa")]),
        concept("bank-account", [(.german, "Bankkonto"), (.dutch, "bankrekening"), (.norwegian, "bankkonto"), (.english, "bank account")]),
        concept("agenda", [(.german, "Agenda")]),
        concept("contact", [(.german, "Kontakt")]),
    ])
    static let matcher = GlossaryMatcher(glossary: glossary)

    static func concepts(_ text: String, _ language: LanguageCode) -> [String] {
        matcher.matches(in: text, language: language).map(\.conceptID)
    }

    @Test(arguments: [
        ("Russland will schneller Visa für Diplomaten ausstellen.", LanguageCode.german, "visa"),
        ("Die seit Jahren blockierten Bankkonten der Diplomaten werden wieder geöffnet.", .german, "bank-account"),
        ("Beide Seiten einigten sich auf eine gemeinsame Agenda und zwei weitere Agenden.", .german, "agenda"),
        ("Rusland wil sneller visa afgeven aan diplomaten.", .dutch, "visa"),
        ("Russland vil utstede visa raskere til diplomater.", .norwegian, "visa"),
        ("Ambassadene skal igjen kunne ha bankkontoer i vertslandet.", .norwegian, "bank-account"),
    ])
    func aLoanPluralIsTheTerm(text: String, language: LanguageCode, concept: String) {
        #expect(Self.concepts(text, language).contains(concept), "\(Self.concepts(text, language))")
    }

    /// Words that share the stem and are another thing: no match.
    @Test(arguments: [
        ("Die Diplomaten besuchten die Visite des Ministers.", LanguageCode.german),
        ("Die Kontakte zwischen den Botschaften bleiben eng.", .german),
        ("Das Kontor der Handelsgesellschaft wurde geschlossen.", .german),
    ])
    func aLookAlikeIsNotTheTerm(text: String, language: LanguageCode) {
        #expect(!Self.concepts(text, language).contains("visa"))
        #expect(!Self.concepts(text, language).contains("bank-account"))
        #expect(!Self.concepts(text, language).contains("agenda"))
    }

    /// "Kontakte" is "Kontakt", not "Konto" without its "-o".
    @Test func theOtherWordKeepsItsOwnTerm() {
        #expect(Self.concepts("Die Kontakte zwischen den Botschaften bleiben eng.", .german) == ["contact"])
    }
}
