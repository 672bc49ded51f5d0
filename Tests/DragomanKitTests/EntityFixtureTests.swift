import Foundation
import Testing
@testable import DragomanKit

/// Fixtures of the entity tests: the curated glossary, the seed reports as articles, word lists.
enum EntityFixture {
    static let glossaryFile = TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")

    static func readGlossary() throws -> Glossary {
        try TBXReader.read(url: glossaryFile).glossary
    }

    /// The seed reports as `Article`s built from the gold's own sentences (so entity figures do not
    /// depend on the cleaner and segmenter), with the gold's metadata dates.
    static func seedArticles(_ gold: SeedGold) throws -> [Article] {
        try gold.docs.keys.sorted().map { id in
            let doc = gold.docs[id]!
            let text = try String(contentsOf: TestPaths.shared.appendingPathComponent("seeds/\(id).txt"), encoding: .utf8)
            let sentences = doc.sentences.map {
                Sentence(index: $0.index, text: $0.text, span: TextSpan(start: $0.start, end: $0.end), paragraph: 0,
                         role: SentenceRole(rawValue: $0.role) ?? .body)
            }
            return Article(id: id, fileName: id + ".txt", language: LanguageCode(doc.language),
                           publicationDate: doc.metadata["date"].flatMap(CalendarDate.init(parsing:)),
                           title: doc.title, titleSpan: doc.title_span.map { TextSpan(start: $0.start, end: $0.end) },
                           text: text, sentences: sentences, removed: [], contentHash: id)
        }
    }

    static let wordLists = WordLists.system()

    /// The spotter the entity tests use (one place to switch).
    static func spotter(_ glossary: Glossary) -> any TermSpotter { GlossaryTermSpotter(glossary: glossary) }
}

@Suite struct EntityFixtureTests {
    @Test func fixtureGlossaryHasTheEntityConcepts() throws {
        let glossary = try EntityFixture.readGlossary()
        #expect(EntityRecognizer.namedConcepts(glossary).count == 82)
        #expect(glossary.concept(id: "loc-russia")?.terms.contains { $0.text == "russisch" && $0.partOfSpeech == "adjective" } == true)
    }
}
