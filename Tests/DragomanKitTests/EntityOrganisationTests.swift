import Testing
@testable import DragomanKit

/// Organisations named by a generic head ("foreign ministry") are one entity per country, the
/// same in every language; a role word is not the facility it is derived from ("Botschafter" is
/// not "Botschaft"); a garbled spelling of a known name is recognised without a cue.
@Suite struct EntityOrganisationTests {
    /// A small hand-made glossary: two countries with their capitals (the capital relation is in
    /// the definitions, as in the shipped glossary), one country's foreign ministry as a named
    /// concept, the foreign-ministry vocabulary with a Norwegian abbreviation, one person.
    static let glossary: Glossary = {
        func names(_ de: String, _ en: String, _ nb: String, _ nl: String, pos: String = "properNoun", type: String? = nil) -> [Term] {
            [Term(language: .german, text: de, partOfSpeech: pos, termType: type, status: .preferred),
             Term(language: .english, text: en, partOfSpeech: pos, termType: type, status: .preferred),
             Term(language: .norwegian, text: nb, partOfSpeech: pos, termType: type, status: .preferred),
             Term(language: .dutch, text: nl, partOfSpeech: pos, termType: type, status: .preferred)]
        }
        return Glossary(concepts: [
            Concept(id: "loc-russia", subjectField: "place",
                    terms: names("Russland", "Russia", "Russland", "Rusland") + names("russisch", "Russian", "russisk", "Russisch", pos: "adjective")),
            Concept(id: "loc-finland", subjectField: "place",
                    terms: names("Finnland", "Finland", "Finland", "Finland") + names("finnisch", "Finnish", "finsk", "Fins", pos: "adjective")),
            Concept(id: "loc-moscow", subjectField: "place", definition: "Moscow, capital of Russia.",
                    terms: names("Moskau", "Moscow", "Moskva", "Moskou")),
            Concept(id: "loc-helsinki", subjectField: "place", definition: "Helsinki, capital of Finland.",
                    terms: names("Helsinki", "Helsinki", "Helsinki", "Helsinki")),
            Concept(id: "org-russian-foreign-ministry", subjectField: "organisation",
                    terms: names("russisches Außenministerium", "Russian Foreign Ministry", "Russlands utenriksdepartement",
                                 "Russische ministerie van Buitenlandse Zaken")),
            Concept(id: "foreign-ministry", subjectField: "politics",
                    terms: names("Außenministerium", "foreign ministry", "utenriksdepartement", "ministerie van Buitenlandse Zaken", pos: "noun")
                        + [Term(language: .norwegian, text: "UD", partOfSpeech: "noun", termType: "abbreviation", status: .admitted)]),
            Concept(id: "per-darchiev", subjectField: "person", terms: [
                Term(language: .english, text: "Alexander Darchiev", partOfSpeech: "properNoun", status: .preferred),
                Term(language: .english, text: "Darchiev", partOfSpeech: "properNoun", termType: "shortForm"),
                Term(language: .german, text: "Alexander Darchiev", partOfSpeech: "properNoun", status: .preferred)]),
        ])
    }()

    static func article(_ id: String, _ language: LanguageCode, _ sentences: [String]) -> Article {
        EntityLinkerTests.article(id, language, sentences)
    }

    func build(_ articles: [Article], glossary: Glossary = Self.glossary) -> EntityIndex.Result {
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        return EntityIndex.build(articles: articles, recognizer: recognizer)
    }

    /// The organisation mention of a report (there is one in each of these sentences).
    func organisation(_ result: EntityIndex.Result, in articleID: String) throws -> EntityMention {
        let found = result.mentions.filter { $0.articleID == articleID && $0.kind == .organisation }
        #expect(found.count == 1, "one organisation in \(articleID): \(found.map(\.text))")
        return try #require(found.first)
    }

    // MARK: - Foreign ministries

    /// Finland's ministry (a country adjective or possessive) and the ministry in Moscow (Russia's,
    /// by the capital in the definition) are two entities, the second the glossary's.
    @Test(arguments: [
        (LanguageCode.german, "Das finnische Außenministerium bestätigte das Treffen.", "Das Außenministerium in Moskau bestätigte den Termin."),
        (.english, "Finland's Foreign Ministry confirmed the meeting.", "The Foreign Ministry in Moscow confirmed the date."),
        (.norwegian, "Det finske utenriksdepartementet bekreftet møtet.", "Utenriksdepartementet i Moskva bekreftet datoen."),
        (.dutch, "Het Finse ministerie van Buitenlandse Zaken bevestigde de ontmoeting.",
         "Het ministerie van Buitenlandse Zaken in Moskou bevestigde de datum."),
    ])
    func ministriesOfDifferentCountriesStayApart(language: LanguageCode, finnish: String, moscow: String) throws {
        let result = build([Self.article("fi", language, [finnish]), Self.article("ru", language, [moscow])])
        let finnishMinistry = try organisation(result, in: "fi"), russianMinistry = try organisation(result, in: "ru")
        #expect(finnishMinistry.entityID != russianMinistry.entityID)
        #expect(russianMinistry.entityID == "org-russian-foreign-ministry")
        #expect(finnishMinistry.entityID == "new-org-foreign-ministry-finland")
    }

    /// A ministry nothing ties to a country joins no other: two reports' bare "Außenministerium"
    /// may be two countries' ministries.
    @Test func bareMinistriesOfTwoReportsStayApart() throws {
        let result = build([Self.article("a", .german, ["Das Außenministerium bestätigte den Termin am Freitag."]),
                            Self.article("b", .german, ["Ein Sprecher des Außenministeriums äußerte sich nicht."])])
        let a = try organisation(result, in: "a"), b = try organisation(result, in: "b")
        #expect(a.entityID != b.entityID)
        #expect(a.entityID != "org-russian-foreign-ministry" && b.entityID != "org-russian-foreign-ministry")
    }

    /// Finland's ministry named five ways in four languages — by adjective, possessive, "in" its
    /// capital, and a bare abbreviation in a report filed in Helsinki about Finland — is one
    /// entity with a readable id and an English name.
    @Test func oneCountrysMinistryIsOneEntityInFourLanguages() throws {
        let result = build([
            Self.article("de", .german, ["Das finnische Außenministerium bestätigte, dass Finnland nur praktische Hilfe leistete."]),
            Self.article("en", .english, ["Finland's Foreign Ministry said it had offered only logistical support."]),
            Self.article("nb1", .norwegian, ["Utenriksdepartementet i Helsinki bekreftet at Finland bare bidro med praktisk hjelp."]),
            Self.article("nb2", .norwegian, ["HELSINKI, 4. mars (NTB) – Delegasjoner fra Russland møtes i Helsinki tirsdag.",
                                             "Ifølge UD bidrar Finland bare med praktisk tilrettelegging."]),
            Self.article("nl", .dutch, ["Het Finse ministerie van Buitenlandse Zaken bevestigde dat Finland alleen praktische hulp bood."]),
        ])
        let ids = try ["de", "en", "nb1", "nb2", "nl"].map { try organisation(result, in: $0).entityID }
        #expect(Set(ids) == ["new-org-foreign-ministry-finland"], "\(ids)")
        let entity = try #require(result.entities.first { $0.id == "new-org-foreign-ministry-finland" })
        #expect(entity.displayName == "Finnish Foreign Ministry")
        #expect(entity.mentionCount == 5)
    }

    // MARK: - Roles are not facilities

    /// "Botschafter" (and "ambassadeur", "ambassadøren", "ambassador") is the ambassador, not the
    /// embassy of the glossary's "russische Botschaft in Washington"; the embassy itself still is.
    @Test(arguments: [
        (LanguageCode.german, "Der russische Botschafter in Washington sprach von einem konstruktiven Gespräch.",
         "Die russische Botschaft in Washington bestätigte das Gespräch."),
        (.dutch, "De Russische ambassadeur in Washington sprak van een constructief gesprek.",
         "De Russische ambassade in Washington bevestigde het gesprek."),
        (.norwegian, "Den russiske ambassadøren i Washington snakket om en konstruktiv samtale.",
         "Den russiske ambassaden i Washington bekreftet samtalen."),
        (.english, "The Russian ambassador in Washington spoke of a constructive conversation.",
         "The Russian Embassy in Washington confirmed the conversation."),
    ])
    func anAmbassadorIsNotTheEmbassy(language: LanguageCode, ambassador: String, embassy: String) throws {
        let glossary = try EntityFixture.readGlossary()
        let result = build([Self.article("a", language, [ambassador]), Self.article("e", language, [embassy])], glossary: glossary)
        let facilities = result.mentions.filter { $0.articleID == "a" && ($0.kind == .property || $0.entityID == "fac-russian-embassy-washington") }
        #expect(facilities.isEmpty, "\(facilities.map(\.text))")
        #expect(result.mentions.contains { $0.articleID == "e" && $0.entityID == "fac-russian-embassy-washington" })
    }

    /// The cause, in the glossary matcher: a German feminine noun inside a multi-word term takes
    /// only its own endings, not the "-er" of another word.
    @Test func aFeminineNounInsideAPhraseTakesNoAgentEnding() {
        let glossary = Glossary(concepts: [Concept(id: "fac-embassy", subjectField: "property", terms: [
            Term(language: .german, text: "russische Botschaft in Washington", partOfSpeech: "properNoun", status: .preferred)])])
        let matcher = GlossaryMatcher(glossary: glossary, languages: [.german])
        #expect(matcher.matches(in: "Der russische Botschafter in Washington sprach.", language: .german).isEmpty)
        #expect(matcher.matches(in: "Die Vertreter der russischen Botschaft in Washington sprachen.", language: .german).map(\.conceptID) == ["fac-embassy"])
        #expect(matcher.matches(in: "Die russischen Botschaften in Washington und New York.", language: .german).map(\.conceptID) == ["fac-embassy"])
    }

    // MARK: - Garbled names

    /// A spelling of a glossary name with its key ("Dartchijev" = Darchiev) is that person even at
    /// the start of a sentence with no title or first name next to it; a different name is not.
    @Test(arguments: [
        (LanguageCode.english, "Dartchijev described the conversations as constructive.", "Darnley described the conversations as difficult."),
        (.german, "Dartschijew beschrieb die Gespräche als konstruktiv.", "Darnley beschrieb die Gespräche als schwierig."),
    ])
    func aGarbledSpellingOfAKnownNameJoinsWithoutACue(language: LanguageCode, garbled: String, other: String) throws {
        let result = build([Self.article("g", language, [garbled]), Self.article("o", language, [other])])
        let garble = try #require(result.mentions.first { $0.articleID == "g" && $0.kind == .person })
        #expect(garble.entityID == "per-darchiev")
        #expect(!result.mentions.contains { $0.articleID == "o" && $0.entityID == "per-darchiev" })
    }

    /// An entity the glossary does not know takes its id from its spelling, not from the
    /// comparison key (which spells "Rjabkow" "riabkov").
    @Test func newEntityIdsAreReadable() throws {
        let result = build([Self.article("x", .german, ["Der stellvertretende Außenminister Sergej Rjabkow äußerte sich nicht."])])
        let person = try #require(result.mentions.first { $0.kind == .person })
        #expect(person.entityID == "new-per-sergej-rjabkow")
    }
}
