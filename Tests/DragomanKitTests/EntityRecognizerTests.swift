import Testing
@testable import DragomanKit

/// Mentions per language: compounds, hyphenations, country adjectives, nested modifiers, and
/// names the glossary does not know, typed by their context.
@Suite struct EntityRecognizerTests {
    static let glossary = try! EntityFixture.readGlossary()
    let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)

    func mentions(_ sentence: String, _ language: LanguageCode) -> [(String, String, Bool, Bool)] {
        recognizer.recognize(sentence: sentence, index: 0, language: language).map { ($0.text, $0.kind.tag, $0.nested, $0.inCompound) }
    }

    func has(_ found: [(String, String, Bool, Bool)], _ text: String, _ tag: String, nested: Bool = false, compound: Bool = false) -> Bool {
        found.contains { $0 == (text, tag, nested, compound) }
    }

    @Test func germanCompoundsAndModifiers() {
        let found = mentions("Der Kremlsprecher Dmitri Peskow und die US-Delegation trafen sich im russischen Konsulat in Istanbul.", .german)
        #expect(has(found, "Kreml", "ORG", compound: true))
        #expect(has(found, "Dmitri Peskow", "PER"))
        #expect(has(found, "US", "LOC", compound: true))
        #expect(has(found, "russischen Konsulat", "FAC"))
        #expect(has(found, "russischen", "LOC", nested: true))
        #expect(has(found, "Istanbul", "LOC"))
        #expect(!found.contains { $0.0 == "Delegation" })
    }

    @Test func germanGenitivesAndBareMinistry() {
        let found = mentions("Einige russische Medien berichten, dass das Außenministerium Russlands Botschafter nominiert hat.", .german)
        #expect(has(found, "russische", "LOC"))
        #expect(has(found, "Außenministerium", "ORG"))
        #expect(has(found, "Russlands", "LOC"))
    }

    @Test func dutchOrganisationWithCountry() {
        let found = mentions("Tammy Bruce, woordvoerder van het Amerikaanse ministerie van Buitenlandse Zaken, sprak over Oekraïne.", .dutch)
        #expect(has(found, "Tammy Bruce", "PER"))
        #expect(has(found, "Amerikaanse ministerie van Buitenlandse Zaken", "ORG"))
        #expect(has(found, "Amerikaanse", "LOC", nested: true))
        #expect(has(found, "Oekraïne", "LOC"))
    }

    @Test func norwegianHyphenatedAdjectives() {
        let found = mentions("Gjenopprettelsen av russisk-amerikanske forhold hindres av en anti-russisk lobby i Kongressen.", .norwegian)
        #expect(has(found, "russisk", "LOC", compound: true))
        #expect(has(found, "amerikanske", "LOC", compound: true))
        #expect(found.filter { $0.0 == "russisk" }.count == 2)
        #expect(has(found, "Kongressen", "ORG"))
    }

    @Test func englishFacilityFromCountryAndHead() {
        let found = mentions("A vehicle arrived at the Russian Consulate, and the U.S. delegation met in Istanbul.", .english)
        #expect(has(found, "Russian Consulate", "FAC"))
        #expect(has(found, "Russian", "LOC", nested: true))
        #expect(has(found, "U.S.", "LOC"))
    }

    @Test func unknownNamesTypedByContext() {
        let german = mentions("Der Botschafter Igor Petrowski reiste nach Chabarowsk.", .german)
        #expect(has(german, "Igor Petrowski", "PER"))
        #expect(has(german, "Chabarowsk", "LOC"))
        let dutch = mentions("Volgens woordvoerder Pieter Omtzigt reist de delegatie naar Vladivostok.", .dutch)
        #expect(has(dutch, "Pieter Omtzigt", "PER"))
        #expect(has(dutch, "Vladivostok", "LOC"))
        let norwegian = mentions("Utenriksminister Espen Barth Eide reiser til Vladivostok, sa Eide.", .norwegian)
        #expect(has(norwegian, "Espen Barth Eide", "PER"))
        #expect(has(norwegian, "Vladivostok", "LOC"))
        let english = mentions("The talks were held at the Glenwood estate, said spokeswoman Karine Jeanpierre of the Federal Security Service.", .english)
        #expect(has(english, "Glenwood", "FAC"))
        #expect(has(english, "Karine Jeanpierre", "PER"))
        #expect(has(english, "Federal Security Service", "ORG"))
    }

    @Test func commonNounsAreNotNames() {
        // German capitalises nouns: none of these is a name.
        let found = mentions("Die Diplomaten sprachen in Richtung Normalisierung über Sanktionen.", .german)
        #expect(found.isEmpty)
        #expect(mentions("In recent years, the West complained.", .english).isEmpty)
    }

    /// Month and weekday names are capitalised in English and German but name no place or
    /// person ("in February", a "Sept 18" dateline); a real place beside them still is one.
    @Test func calendarWordsAreNotNames() {
        let english = mentions("WASHINGTON, Sept 18 - The previous rounds were held in February and April in Chabarowsk.", .english)
        #expect(!english.contains { ["Sept", "February", "April"].contains($0.0) && $0.1 != "DATE" }, "\(english)")
        #expect(has(english, "Chabarowsk", "LOC"))
        let german = mentions("Die Gespräche fanden im Februar und am Donnerstag in Chabarowsk statt.", .german)
        #expect(!german.contains { ["Februar", "Donnerstag"].contains($0.0) && $0.1 != "DATE" }, "\(german)")
        #expect(has(german, "Chabarowsk", "LOC"))
    }

    @Test func garbledMultiwordNameIsACandidate() {
        let found = mentions("Washington restricted the pioneering point of Maryland.", .english)
        #expect(has(found, "pioneering point", "FAC"))
        #expect(has(found, "Maryland", "LOC"))
    }

    @Test func appositionOfAPlace() {
        let found = mentions("Das Treffen findet in Istanbul, Torkiye statt.", .german)
        #expect(has(found, "Torkiye", "LOC"))
    }
}
