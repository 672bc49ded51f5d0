import Testing
@testable import DragomanKit

/// Plurals no ending rule reaches: Dutch compounds of "lid" ("gezinslid"/"gezinsleden"),
/// "-heid"/"-heden", "stad"/"steden", "kind"/"kinderen"; Norwegian "mann"/"menn"; and German nouns
/// made from adjectives, entered in their strong form ("Familienangehöriger") and written
/// "Familienangehörige", "Familienangehörigen". Words that only look alike stay apart.
@Suite struct GlossaryStemChangeTests {
    static func concept(_ id: String, _ terms: [(LanguageCode, String)]) -> Concept { GlossaryLoanPluralTests.concept(id, terms) }

    static let glossary = Glossary(concepts: [
        concept("family-member", [(.german, "Familienangehöriger"), (.dutch, "gezinslid"), (.norwegian, "familiemedlem"), (.english, "family member")]),
        concept("authority", [(.dutch, "overheid")]),
        concept("delegate", [(.german, "Delegierter"), (.dutch, "afgevaardigde")]),
        concept("host-city", [(.dutch, "gaststad"), (.norwegian, "forhandlingsmann")]),
        concept("ambassador", [(.german, "Botschafter")]),
    ])
    static let matcher = GlossaryMatcher(glossary: glossary)

    static func concepts(_ text: String, _ language: LanguageCode) -> [String] {
        matcher.matches(in: text, language: language).map(\.conceptID)
    }

    @Test(arguments: [
        ("Gezinsleden van diplomaten krijgen sneller een visum.", LanguageCode.dutch, "family-member"),
        ("Elk gezinslid krijgt een visum.", .dutch, "family-member"),
        ("De overheden van beide landen zwijgen.", .dutch, "authority"),
        ("Beide gaststeden waren al bekend.", .dutch, "host-city"),
        ("To forhandlingsmenn møttes i Wien.", .norwegian, "host-city"),
        ("Familiemedlemmer av diplomater får visum raskere.", .norwegian, "family-member"),
        ("Familienangehörige von Diplomaten erhalten schneller Visa.", .german, "family-member"),
        ("Den Familienangehörigen wird die Einreise erleichtert.", .german, "family-member"),
        ("Die Delegierten trafen sich in Wien.", .german, "delegate"),
    ])
    func aChangedStemIsTheTerm(text: String, language: LanguageCode, concept: String) {
        #expect(Self.concepts(text, language).contains(concept), "\(Self.concepts(text, language))")
    }

    /// Look-alikes: "Botschaften" is not "Botschafter" (no "-ter" rule), "leder" is not "lid"
    /// (a word, not a compound of "lid"), "Delegation" is not "Delegierter".
    @Test(arguments: [
        ("Die Botschaften bleiben geöffnet.", LanguageCode.german, "ambassador"),
        ("Die Delegation reiste ab.", .german, "delegate"),
        ("Het gezin leed onder de sancties.", .dutch, "family-member"),
        ("Heden is er geen overleg.", .dutch, "authority"),
    ])
    func aLookAlikeIsNot(text: String, language: LanguageCode, concept: String) {
        #expect(!Self.concepts(text, language).contains(concept), "\(Self.concepts(text, language))")
    }
}
