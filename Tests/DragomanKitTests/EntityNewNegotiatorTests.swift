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
        let articles = Self.reports.map { RoundFixture.article($0.0, $0.1, published: "2026-03-18", $0.2) }
        let glossary = try EntityFixture.readGlossary()
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let index = EntityIndex.build(articles: articles, recognizer: recognizer)
        let persons = index.mentions.filter { $0.kind == .person }
        for article in articles {
            let mine = persons.filter { $0.articleID == article.id }
            #expect(mine.contains { $0.text.hasSuffix("Vandermeer") }, "\(article.id): \(mine.map(\.text))")
            #expect(mine.contains { $0.text.hasPrefix("Pa") && $0.sentenceIndex == 1 }, "\(article.id): \(mine.map(\.text))")
        }
        let vandermeer = Set(persons.filter { $0.text.hasSuffix("Vandermeer") }.map(\.entityID))
        #expect(vandermeer.count == 1, "one person in four languages: \(vandermeer)")
        let shumilov = Set(persons.filter { $0.sentenceIndex == 1 && $0.text.hasPrefix("Pa") }.map(\.entityID))
        #expect(shumilov.count == 1, "Shumilov, Schumilow, Sjumilov and Sjoemilov are one person: \(shumilov)")
    }
}
