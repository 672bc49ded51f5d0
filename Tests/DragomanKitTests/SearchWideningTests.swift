import Foundation
import Testing
@testable import DragomanKit

/// A workspace with its own small glossary and made-up reports, searched as `dragoman search` does.
struct SearchFixture {
    let workspace: Workspace
    let store: CorpusStore
    let ingestor: CorpusIngestor
    let inbox: URL

    /// A place the reports garble ("Wendora") and a term with a translation in each language.
    static let concepts = [
        Concept(id: "loc-vendora", subjectField: "place", terms: LanguageCode.supported.map {
            Term(language: $0, text: "Vendora", partOfSpeech: "properNoun")
        }),
        Concept(id: "treaty", subjectField: "diplomacy", terms: [
            Term(language: .german, text: "Vertrag", partOfSpeech: "noun"), Term(language: .english, text: "treaty", partOfSpeech: "noun"),
            Term(language: .dutch, text: "verdrag", partOfSpeech: "noun"), Term(language: .norwegian, text: "traktat", partOfSpeech: "noun"),
        ]),
    ]

    static let german = "Die Außenminister trafen sich am Montag in Vendora zu Gesprächen über neue Verträge. "
        + "Der Gesandte Tomas Brekkevold sprach danach von einem guten Anfang. "
        + "Brekkevold sagte, der Handelsvertrag werde im Herbst unterzeichnet."
    static let english = "The foreign ministers met in Wendora on Monday for talks on new treaties. "
        + "Envoy Tomas Brekkevoldt afterwards spoke of a good beginning. "
        + "The envoys were negotiating until late at night."
    static let dutch = "De ministers van Buitenlandse Zaken kwamen maandag in Vendora bijeen voor overleg over nieuwe verdragen. "
        + "Gezant Tomas Brekkevold sprak daarna van een goed begin. "
        + "Volgens Brekkevold wordt het handelsverdrag in de herfst ondertekend."
    static let norwegian = "Utenriksministrene møttes mandag i Wendora for samtaler om nye traktater. "
        + "Sendemann Tomas Brekkevold snakket om en god begynnelse. "
        + "Ifølge Brekkevold trengs det flere kurerer."

    init(concepts: [Concept] = Self.concepts) throws {
        let root = try TestPaths.temporaryFolder("dragoman-search")
        workspace = try Workspace.create(at: root.appendingPathComponent("ws"))
        try TBXWriter.data(Glossary(concepts: concepts)).write(to: workspace.glossary.appendingPathComponent("test.tbx"))
        store = try workspace.openStore()
        ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load())
        inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    /// Adds a report; returns its article id.
    @discardableResult
    func add(_ name: String, _ language: LanguageCode, _ text: String, date: String? = nil) throws -> String {
        let url = inbox.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let options = IngestOptions(language: language, date: date.flatMap(CalendarDate.init(parsing:)))
        guard case .added(let id, _, _, _) = try ingestor.add(fileAt: url.path, options: options) else {
            throw DragomanError("not added", file: name)
        }
        return id
    }

    /// The four reports above, as de, en, nl (and nb when asked).
    func addReports(norwegian: Bool = false) throws {
        try add("de.txt", .german, Self.german)
        try add("en.txt", .english, Self.english)
        try add("nl.txt", .dutch, Self.dutch)
        if norwegian { try add("nb.txt", .norwegian, Self.norwegian) }
    }

    func search(_ query: String, _ options: SearchOptions = .init()) throws -> [CorpusStore.SearchHit] {
        try SearchService.search(query, store: store, workspace: workspace, options: options)
    }
}

extension Array where Element == CorpusStore.SearchHit {
    /// The hit whose sentence has this text.
    func hit(containing text: String) -> CorpusStore.SearchHit? { first { $0.text.contains(text) } }
    func contains(_ text: String) -> Bool { hit(containing: text) != nil }
}

@Suite("Search widens a word to its inflections, translations and entity mentions")
struct SearchWideningTests {
    /// The answer does not depend on which command ran before: search brings the entity
    /// tables up to date itself (the garbled "Wendora" is the entity stage's link), also after
    /// a report was added since they were last built.
    @Test func hitsDoNotDependOnWhetherTheEntityStageRan() throws {
        let fixture = try SearchFixture()
        try fixture.addReports()
        #expect(try EntityIndex.storedFingerprint(in: fixture.store) == nil, "nothing has built the entity tables")
        let first = try fixture.search("Vendora")
        #expect(first.count == 3)
        #expect(first.hit(containing: "Wendora")?.matches.contains { $0.form == "Wendora" && $0.kind == .variant } == true)

        try EntityIndex.ensureCurrent(store: fixture.store, workspace: fixture.workspace)   // what `dragoman entities` does
        #expect(try fixture.search("Vendora") == first)

        try fixture.add("nb.txt", .norwegian, SearchFixture.norwegian)
        let after = try fixture.search("Vendora")
        #expect(after.count == 4)
        #expect(after.hit(containing: "møttes mandag i Wendora")?.language == .norwegian)
    }

    /// A word finds its inflected forms in each language, through the glossary matcher's
    /// endings (Norwegian "kurer" → "kurerer", which Snowball does not conflate) and through
    /// Snowball stems (the verb "negotiate" → "negotiating", no noun ending). Phrases, prefixes
    /// and --exact stay as typed; each hit says which form matched and how.
    @Test func inflectedFormsAreFoundAndReported() throws {
        let fixture = try SearchFixture()
        try fixture.addReports(norwegian: true)

        let kurer = try fixture.search("kurer")
        #expect(kurer.count == 1)
        #expect(kurer.first?.matches == [.init(query: "kurer", form: "kurerer", kind: .inflection, source: nil)])
        #expect(kurer.first?.snippet == "Ifølge Brekkevold trengs det flere «kurerer».")

        let negotiate = try fixture.search("negotiate")
        #expect(negotiate.map(\.text) == ["The envoys were negotiating until late at night."])
        #expect(negotiate.first?.matches.map(\.kind) == [.stem])

        let german = try fixture.search("Vertrag")
        #expect(german.hit(containing: "neue Verträge")?.matches.contains { $0.form == "Verträge" && $0.kind == .inflection } == true)

        // As typed only.
        #expect(try fixture.search("kurer", SearchOptions(exact: true)).isEmpty)
        #expect(try fixture.search("Vertrag", SearchOptions(exact: true)).isEmpty)
        #expect(try fixture.search("\"neue Vertrag\"").isEmpty, "a phrase is not widened")
        #expect(try fixture.search("\"neue Verträge\"").count == 1)
        #expect(try fixture.search("negotiat*").count == 1)
        #expect(try fixture.search("negotiate*").isEmpty, "a prefix is not widened")
    }

    /// The word as part of a closed compound, marked where it is.
    @Test func compoundsWithTheWordAreFound() throws {
        let fixture = try SearchFixture()
        try fixture.addReports()
        let hit = try fixture.search("Vertrag").hit(containing: "Handelsvertrag")
        #expect(hit?.snippet == "Brekkevold sagte, der Handels«vertrag» werde im Herbst unterzeichnet.")
        #expect(hit?.matches.map(\.kind) == [.compound])
        // A compound of a translation counts as the translation.
        let dutch = try fixture.search("Vertrag").hit(containing: "handelsverdrag")
        #expect(dutch?.matches.first?.kind == .glossary)
    }

    /// A word that is a form of a glossary term finds the concept's terms in the other languages,
    /// inflected, each hit naming the concept.
    @Test func glossaryTranslationsAreFound() throws {
        let fixture = try SearchFixture()
        try fixture.addReports(norwegian: true)
        let hits = try fixture.search("treaties")
        for (text, form) in [("talks on new treaties", "treaties"), ("neue Verträge", "Verträge"), ("nieuwe verdragen", "verdragen"),
                             ("nye traktater", "traktater"), ("Handelsvertrag", "vertrag")] {
            #expect(hits.hit(containing: text)?.matches.contains { $0.form == form } == true, "\(text)")
        }
        #expect(hits.hit(containing: "nye traktater")?.matches == [.init(query: "treaties", form: "traktater", kind: .glossary, source: "treaty")])
        #expect(try fixture.search("treaties", SearchOptions(exact: true)).count == 1)
    }

    /// Only terms of the part of speech the query word matched: the noun finds the noun, not
    /// the verb of the same concept, and the other way round.
    @Test func translationsKeepThePartOfSpeech() throws {
        let signing = Concept(id: "signing", subjectField: "diplomacy", terms: [
            Term(language: .german, text: "Unterzeichnung", partOfSpeech: "noun"), Term(language: .german, text: "unterzeichnen", partOfSpeech: "verb"),
            Term(language: .english, text: "signing", partOfSpeech: "noun"), Term(language: .english, text: "sign", partOfSpeech: "verb"),
        ])
        let fixture = try SearchFixture(concepts: [signing])
        try fixture.add("en.txt", .english, "The signing of the accord is planned for the autumn. The envoys signed a protocol on Monday.")
        let noun = try fixture.search("Unterzeichnung")
        #expect(noun.map(\.text) == ["The signing of the accord is planned for the autumn."])
        let verb = try fixture.search("unterzeichnen")
        #expect(verb.contains("The envoys signed a protocol"))
    }

    /// Where the glossary has the word, its term's part of speech and gender decide the word's
    /// inflections: the feminine noun "Botschaft" finds "Botschaften", not "Botschafter" (which
    /// its Snowball stem would).
    @Test func theGlossaryDecidesTheInflectionsOfItsTerms() throws {
        let embassy = Concept(id: "embassy", subjectField: "diplomacy", terms: [
            Term(language: .german, text: "Botschaft", partOfSpeech: "noun", grammaticalGender: "feminine"),
        ])
        let text = "Die Botschaften bleiben vorerst geöffnet. Die Botschafter reisten am Montag ab."
        let fixture = try SearchFixture(concepts: [embassy])
        try fixture.add("de.txt", .german, text)
        let hits = try fixture.search("Botschaft")
        #expect(hits.map(\.text) == ["Die Botschaften bleiben vorerst geöffnet."])
        #expect(hits.first?.matches.map(\.kind) == [.inflection])
        // Without the glossary's word on it, the stem decides.
        let bare = try SearchFixture(concepts: [])
        try bare.add("de.txt", .german, text)
        #expect(try bare.search("Botschaft").count == 2)
    }

    /// Mentions the entity stage linked to one entity are found from any of its spellings,
    /// also for a name the glossary does not know.
    @Test func mentionsOfTheSameEntityAreFound() throws {
        let fixture = try SearchFixture()
        try fixture.addReports()
        let hits = try fixture.search("Brekkevold")
        let garbled = try #require(hits.hit(containing: "Tomas Brekkevoldt"))
        #expect(garbled.matches.count == 1)
        #expect(garbled.matches.first?.kind == .entity)
        #expect(garbled.matches.first?.form == "Tomas Brekkevoldt")
        let entity = try #require(garbled.matches.first?.source)
        #expect(try EntityIndex.storedMentions(in: fixture.store, entityID: entity).contains { $0.text == "Tomas Brekkevold" })
        #expect(garbled.snippet == "Envoy «Tomas Brekkevoldt» afterwards spoke of a good beginning.")
        #expect(try fixture.search("Brekkevold", SearchOptions(exact: true)).allSatisfy { !$0.text.contains("Brekkevoldt") })
    }

    /// `languages` says which languages a query word is read in; its exact form matches everywhere.
    @Test func theQueryLanguageCanBeGiven() throws {
        let fixture = try SearchFixture()
        try fixture.addReports()
        #expect(try fixture.search("Vertrag").contains("neue Verträge"))
        let english = try fixture.search("Vertrag", SearchOptions(languages: [.english]))
        #expect(!english.contains("neue Verträge"), "read as English, Vertrag has no German inflections and no glossary concept")
        #expect(try fixture.search("Vertrag", SearchOptions(languages: [.german])).contains("nieuwe verdragen"))
    }
}
