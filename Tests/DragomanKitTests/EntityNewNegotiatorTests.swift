import Foundation
import Testing
@testable import DragomanKit

/// Negotiators the glossary does not know are persons by what the sentence says of them: the
/// office before the name ("Secretary of State …", "Staatssekretärin …"), the office after it
/// (", director of …"), or that they led a delegation ("led by", "geleitet von", "ledet av",
/// "geleid door", "leitete …"); and their spellings across the four languages are one person.
@Suite struct EntityNewNegotiatorTests {
    static let reports: [(String, String, [String])] = [
        ("en", "en", ["The U.S. delegation was led for the first time by Deputy Assistant Secretary of State Ingrid Vandermeer.",
                      "The Russian side was headed by Pavel Shumilov, director of the North America department."]),
        ("de", "de", ["Die US-Delegation wurde erstmals von der stellvertretenden Staatssekretärin Ingrid Vandermeer geleitet.",
                      "Die russische Seite leitete Pawel Schumilow, Direktor der Nordamerika-Abteilung."]),
        ("nb", "nb", ["Den amerikanske delegasjonen ble ledet av visestatssekretær Ingrid Vandermeer.",
                      "Den russiske delegasjonen ble ledet av Pavel Sjumilov, direktør for Nord-Amerika-avdelingen."]),
        ("nl", "nl", ["De Amerikaanse delegatie werd geleid door Ingrid Vandermeer, onderminister van Buitenlandse Zaken.",
                      "De Russische delegatie werd geleid door Pavel Sjoemilov, directeur van de afdeling Noord-Amerika."]),
    ]

    @Test func newNegotiatorsArePersonsLinkedAcrossLanguages() throws {
        let persons = try Self.persons(Self.reports)
        for id in Self.reports.map(\.0) {
            let mine = persons.filter { $0.articleID == id }
            #expect(mine.contains { $0.text.hasSuffix("Vandermeer") }, "\(id): \(mine.map(\.text))")
            #expect(mine.contains { $0.text.hasPrefix("Pa") && $0.sentenceIndex == 1 }, "\(id): \(mine.map(\.text))")
        }
        let vandermeer = Set(persons.filter { $0.text.hasSuffix("Vandermeer") }.map(\.entityID))
        #expect(vandermeer.count == 1, "one person in four languages: \(vandermeer)")
        let shumilov = Set(persons.filter { $0.sentenceIndex == 1 && $0.text.hasPrefix("Pa") }.map(\.entityID))
        #expect(shumilov.count == 1, "Shumilov, Schumilow, Sjumilov and Sjoemilov are one person: \(shumilov)")
    }

    static func persons(_ reports: [(String, String, [String])]) throws -> [EntityMention] {
        try index(reports).mentions.filter { $0.kind == .person }
    }

    static func index(_ reports: [(String, String, [String])]) throws -> EntityIndex.Result {
        let articles = reports.map { RoundFixture.article($0.0, $0.1, published: "2026-03-18", $0.2) }
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        return EntityIndex.build(articles: articles, recognizer: recognizer)
    }

    /// "said Dr. Katrin Wolff": the title is not the name, and the name starts past its full stop.
    @Test func aTitleAfterASpeechVerbIsNotTheName() throws {
        let persons = try Self.persons([
            ("en", "en", ["\"This is no breakthrough,\" said Dr. Katrin Wolff, a Russia expert in Berlin."]),
            ("nl", "nl", ["\"Dit is geen doorbraak\", zei dr. Katrin Wolff, Ruslanddeskundige in Berlijn."]),
            ("nb", "nb", ["– Dette er ikke noe gjennombrudd, sa dr. Katrin Wolff, Russland-ekspert i Berlin."]),
        ])
        for id in ["en", "nl", "nb"] {
            let mine = persons.filter { $0.articleID == id }.map(\.text)
            #expect(mine == ["Katrin Wolff"], "\(id): \(mine)")
        }
    }

    /// An English machine translation of a Norwegian report keeps the Norwegian transliteration,
    /// garbled ("Sjtjukin" for "Sjtsjukin"); read the Norwegian way, with the same delegation and
    /// counterpart around it, it is the person the other reports name. A namesake whose surname
    /// differs ("Sjtsjerbakov") in the same context stays another person.
    @Test func aMachineTranslationKeepsItsSourcesTransliteration() throws {
        let persons = try Self.persons([
            ("de", "de", ["Die russische Delegation wurde von Dmitri Schtschukin geleitet, die amerikanische von Sonata Coulter."]),
            ("nb", "nb", ["Den russiske delegasjonen ble ledet av Dmitrij Sjtsjukin, mens den amerikanske delegasjonen ble ledet av Sonata Coulter."]),
            ("en", "en", ["The Russian delegation was led by Dmitrij Sjtjukin, while the American delegation was led by Sonata Coulter."]),
            ("nl", "nl", ["De Russische delegatie werd geleid door Dmitri Sjtsjerbakov, de Amerikaanse door Sonata Coulter."]),
        ])
        func entity(_ article: String) -> String? { persons.first { $0.articleID == article && $0.text.hasPrefix("Dmitr") }?.entityID }
        #expect(entity("en") != nil && entity("en") == entity("nb") && entity("nb") == entity("de"), "\(persons.map { "\($0.text) \($0.entityID)" })")
        #expect(entity("nl") != nil && entity("nl") != entity("de"), "\(persons.map { "\($0.text) \($0.entityID)" })")
    }

    /// A deputy is named by the office before the name ("Stellvertreterin", "plaatsvervangster")
    /// or after its comma past articles and "new" ("…, the new deputy head of …", "…, den nye
    /// nestlederen av …", a Norwegian definite form); the four spellings are one person. After a
    /// locative the same shape is a place with an office holder's description after it.
    @Test func aDeputyIsNamedByTheOfficeBeforeOrAfterTheName() throws {
        let persons = try Self.persons([
            ("de", "de", ["Erstmals dabei war Schumilows neue Stellvertreterin Walentina Orlowa aus der Nordamerika-Abteilung."]),
            ("nl", "nl", ["Voor het eerst was ook Sjoemilovs plaatsvervangster Valentina Orlova aanwezig."]),
            ("en", "en", ["Valentina Orlova, the new deputy head of the North America department, attended for the first time."]),
            ("nb", "nb", ["Valentina Orlova, den nye nestlederen av Nord-Amerika-avdelingen, deltok for første gang."]),
            ("en2", "en", ["The talks will move on in Los Angeles, the deputy mayor of the city announced on Monday."]),
        ])
        func orlova(_ article: String) -> EntityMention? { persons.first { $0.articleID == article && $0.text.hasSuffix("Orlowa") || $0.articleID == article && $0.text.hasSuffix("Orlova") } }
        for id in ["de", "nl", "en", "nb"] {
            #expect(orlova(id) != nil, "\(id): \(persons.filter { $0.articleID == id }.map(\.text))")
        }
        #expect(Set(["de", "nl", "en", "nb"].compactMap { orlova($0)?.entityID }).count == 1, "\(persons.map { "\($0.text) \($0.entityID)" })")
        #expect(!persons.contains { $0.articleID == "en2" }, "\(persons.filter { $0.articleID == "en2" }.map(\.text))")
    }

    /// A new person is listed under the spelling English reports give and no other language
    /// shares: an English machine translation of a German report keeps "Jewgeni Schurawljow",
    /// the agency writes "Yevgeny Zhuravlyov".
    @Test func aNewPersonIsNamedByEnglishsOwnSpelling() throws {
        let index = try Self.index([
            ("de", "de", ["Die russische Seite leitete Jewgeni Schurawljow, Direktor der Nordamerika-Abteilung."]),
            ("en-mt", "en", ["The Russian side led Jewgeni Schurawljow, director of the North America department."]),
            ("en", "en", ["The Russian delegation was led by Yevgeny Zhuravlyov, director of the North America department."]),
        ])
        let ids = Set(index.mentions.filter { $0.kind == .person }.map(\.entityID))
        #expect(ids.count == 1, "\(index.mentions.map { "\($0.text) \($0.entityID)" })")
        let person = try #require(index.entities.first { $0.kind == .person })
        #expect(person.displayName == "Yevgeny Zhuravlyov", "\(person)")
    }
}
