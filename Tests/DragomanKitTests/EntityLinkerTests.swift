import Testing
@testable import DragomanKit

/// Cross-report linking: transliterations by key, garbles only with shared context.
@Suite struct EntityLinkerTests {
    /// A small hand-made glossary: the facts the tests rely on are visible here.
    static let glossary = Glossary(concepts: [
        Concept(id: "fac-killenworth", subjectField: "property", terms: [
            Term(language: .english, text: "Killenworth", partOfSpeech: "properNoun", status: .preferred),
            Term(language: .dutch, text: "Killenworth", partOfSpeech: "properNoun", status: .preferred)]),
        Concept(id: "per-darchiev", subjectField: "person", terms: [
            Term(language: .english, text: "Alexander Darchiev", partOfSpeech: "properNoun", status: .preferred),
            Term(language: .english, text: "Darchiev", partOfSpeech: "properNoun", termType: "shortForm")]),
    ] + ["Long Island", "Maryland", "San Francisco", "Washington"].map { name in
        Concept(id: "loc-" + name.lowercased().replacingOccurrences(of: " ", with: "-"), subjectField: "place",
                terms: LanguageCode.supported.map { Term(language: $0, text: name, partOfSpeech: "properNoun", status: .preferred) })
    })

    static func article(_ id: String, _ language: LanguageCode, _ sentences: [String]) -> Article {
        Article(id: id, fileName: id, language: language, publicationDate: nil, title: nil, titleSpan: nil, text: sentences.joined(separator: " "),
                sentences: sentences.enumerated().map { Sentence(index: $0.offset, text: $0.element, span: TextSpan(start: 0, end: 0), paragraph: 0, role: .body) },
                removed: [], contentHash: id)
    }

    func build(_ articles: [Article], aligned: [AlignedSentencePair] = []) -> EntityIndex.Result {
        let recognizer = EntityRecognizer(glossary: Self.glossary, spotter: EntityFixture.spotter(Self.glossary), wordLists: EntityFixture.wordLists)
        return EntityIndex.build(articles: articles, recognizer: recognizer, aligned: aligned)
    }

    static let dutchList = article("nl1", .dutch, [
        "Washington heeft het Killenworth-landgoed op Long Island en de eigendommen in Maryland en San Francisco beperkt."])

    @Test func garbleIsLinkedThroughSharedContext() throws {
        let english = Self.article("en1", .english, [
            "Washington restricted the Kirentworth estate on Long Island and properties in Maryland and San Francisco."])
        let result = build([Self.dutchList, english])
        let garble = try #require(result.mentions.first { $0.text == "Kirentworth" })
        #expect(garble.kind == .property)
        #expect(garble.entityID == "fac-killenworth")
        #expect(garble.evidence == .fuzzyContext)
        #expect(garble.linkConfidence < 1)
        // And it is proposed as an English variant of the concept.
        #expect(result.proposals.contains { $0.spelling == "Kirentworth" && $0.language == .english && $0.conceptID == "fac-killenworth" })
    }

    /// The facility head may stand before the name ("the property Kirentworth", "das Anwesen
    /// Kirentwort", "het landgoed Kirentworth", "eiendommen Kirentworth"): the garbled name is
    /// still a property and links to the glossary's Killenworth through the shared context.
    @Test(arguments: [
        (LanguageCode.english, "By the dispute about the property Kirentworth on Long Island and in Maryland gave it no movement."),
        (.german, "Beim Streit um das Anwesen Kirentworth auf Long Island und in Maryland gab es keine Bewegung."),
        (.dutch, "Over het landgoed Kirentworth op Long Island en de eigendommen in Maryland werd niets besloten."),
        (.norwegian, "Det ble ikke enighet om eiendommen Kirentworth på Long Island og eiendommene i Maryland."),
    ])
    func aGarbleAfterItsHeadIsAPropertyAndLinked(language: LanguageCode, text: String) throws {
        let result = build([Self.dutchList, Self.article("x1", language, [text])])
        let garble = try #require(result.mentions.first { $0.text == "Kirentworth" })
        #expect(garble.kind == .property)
        #expect(garble.entityID == "fac-killenworth")
    }

    /// Search finds a garbling the entity stage linked to a glossary name from the name, and the
    /// name from the garbling.
    @Test func corpusSpellingsJoinTheGlossarysNameVariants() {
        let variants = Self.glossary.nameVariants(corpusSpellings: ["fac-killenworth": ["Kirentworth", "Killenworth"]])
        #expect(variants["killenworth"]?.contains("kirentworth") == true)
        #expect(variants["kirentworth"]?.contains("killenworth") == true)
        #expect(Self.glossary.nameVariants()["kirentworth"] == nil, "without corpus spellings only the glossary's own")
        #expect(Self.glossary.nameVariants(corpusSpellings: ["no-such-concept": ["Zorblax"]])["zorblax"] == nil)
    }

    /// A garbled surname inside a longer spelling the entity stage linked ("Sonata Koulter") is a
    /// search variant of the glossary's surname both ways; its other words are no one's variant.
    @Test func garbledWordsOfLongerSpellingsAreSearchVariants() {
        func entity(_ concept: String, _ spellings: [String]) -> CanonicalEntity {
            CanonicalEntity(id: concept, kind: .person, displayName: concept, conceptID: concept, spellings: [.english: spellings],
                            mentionCount: spellings.count, articleIDs: ["a"])
        }
        let glossary = Glossary(concepts: Self.glossary.concepts + [Concept(id: "per-coulter", subjectField: "person", terms: [
            Term(language: .english, text: "Sonata Coulter", partOfSpeech: "properNoun", status: .preferred)])])
        let variants = glossary.searchVariants(entities: [
            entity("per-coulter", ["Sonata Koulter", "Sonata Coulter"]), entity("per-darchiev", ["Ambassador Alexander Darchiew"]),
        ])
        #expect(variants["coulter"]?.contains("koulter") == true)
        #expect(variants["koulter"]?.contains("coulter") == true)
        #expect(variants["darchiev"]?.contains("darchiew") == true)
        #expect(variants["sonata"]?.contains("koulter") != true)
        #expect(variants["ambassador"] == nil, "a title is not a spelling of the name")
        // Without the entity stage's spellings, the glossary's own one-word variants only.
        #expect(glossary.searchVariants(entities: [])["koulter"] == nil)
    }

    /// A person the glossary does not know, named in full in one report ("Sergei Ryabkov",
    /// "Sergej Rjabkow") and by surname alone in another, is one entity; a surname two
    /// different full names end in stays apart.
    @Test func aBareSurnameJoinsTheOneFullNameEndingInIt() throws {
        let result = build([
            Self.article("e1", .english, ["Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow that there was no breakthrough."]),
            Self.article("d1", .german, ["Vizeaußenminister Sergej Rjabkow sagte in Moskau, es gebe keinen Durchbruch."]),
            Self.article("e2", .english, ["The talks would continue in Washington, Deputy Minister Ryabkov added."]),
            Self.article("e3", .english, ["Anna Petrowa and Boris Petrowa met the press in Washington, and then Minister Petrowa spoke."]),
        ])
        func entity(_ text: String) throws -> String {
            try #require(result.mentions.first { $0.text == text }, "\(result.mentions.map { "\($0.text)=\($0.entityID)" })").entityID
        }
        #expect(try entity("Ryabkov") == entity("Sergei Ryabkov"))
        #expect(try entity("Sergej Rjabkow") == entity("Sergei Ryabkov"))
        let anna = try entity("Anna Petrowa"), boris = try entity("Boris Petrowa"), petrowa = try entity("Petrowa")
        #expect(anna != boris)
        #expect(petrowa != anna && petrowa != boris, "two full names end in it: no merge")
    }

    @Test func garbleWithoutContextStaysApart() throws {
        let english = Self.article("en2", .english, ["The Kirentworth estate is large."])
        let result = build([Self.dutchList, english])
        let garble = try #require(result.mentions.first { $0.text == "Kirentworth" })
        #expect(garble.entityID != "fac-killenworth")
        #expect(garble.evidence == .new)
    }

    @Test func alignedSentenceSuppliesTheContext() throws {
        let english = Self.article("en3", .english, ["The Kirentworth estate is large."])
        let pair = AlignedSentencePair(a: SentenceRef(articleID: "en3", index: 0), b: SentenceRef(articleID: "nl1", index: 0))
        let result = build([Self.dutchList, english], aligned: [pair])
        #expect(result.mentions.first { $0.text == "Kirentworth" }?.entityID == "fac-killenworth")
    }

    @Test func transliterationsMeetByKey() throws {
        let german = Self.article("de1", .german, ["Der Botschafter Alexander Dartschijew sprach in Washington."])
        let result = build([german])
        let mention = try #require(result.mentions.first { $0.text.contains("Dartschijew") })
        #expect(mention.kind == .person)
        #expect(mention.entityID == "per-darchiev")
        #expect(mention.evidence == .keyMatch)
        let entity = try #require(result.entities.first { $0.id == "per-darchiev" })
        #expect(entity.displayName == "Alexander Darchiev")
        #expect(entity.spellings[.german] == ["Alexander Dartschijew"])
    }

    @Test func unknownNamesClusterAcrossReports() throws {
        let german = Self.article("de2", .german, ["Der Botschafter Igor Petrowski sprach."])
        let english = Self.article("en4", .english, ["Ambassador Igor Petrovsky spoke."])
        let result = build([german, english])
        let ids = Set(result.mentions.filter { $0.kind == .person }.map(\.entityID))
        #expect(ids.count == 1)
    }
}
