import Testing
@testable import DragomanKit

/// More of what a sentence says of a person the glossary does not know: that someone was led
/// or represented by them with the name before the participle, an office with its complement
/// before the name's comma, a copula and an office after the name, an office held relative to
/// them, and the German verb before its subject past an adverb.
@Suite struct EntityPersonCueTests {
    static func persons(_ reports: [(String, String, [String])]) throws -> [EntityMention] {
        try EntityNewNegotiatorTests.persons(reports)
    }

    static func texts(_ persons: [EntityMention], _ article: String) -> [String] {
        persons.filter { $0.articleID == article }.map(\.text)
    }

    @Test(arguments: [
        // The agent before the participle.
        ("de", "Die russische Seite wurde von Timofei Lasarenko geleitet, dem Direktor der Abteilung.", "Timofei Lasarenko"),
        ("nl", "De Russische delegatie werd door Timofej Lazarenko geleid.", "Timofej Lazarenko"),
        ("de", "Die USA wurden durch Harriet Okafor vertreten.", "Harriet Okafor"),
        // Represented by.
        ("nb", "USA ble representert av Harriet Okafor fra utenriksdepartementet.", "Harriet Okafor"),
        ("en", "The United States was represented by Harriet Okafor of the State Department.", "Harriet Okafor"),
        ("nl", "De Verenigde Staten werden vertegenwoordigd door Harriet Okafor.", "Harriet Okafor"),
        // The German verb before its subject, past an adverb.
        ("de", "Für die USA verhandelt erstmals Harriet Okafor.", "Harriet Okafor"),
        // An office with its complement, then the name after a comma.
        ("de", "Die Sprecherin der russischen Botschaft in Washington, Darja Lasarenko, nannte die Einigung einen Schritt.", "Darja Lasarenko"),
        ("nb", "– Det er et skritt, sa lederen for den russiske delegasjonen, Timofej Lazarenko.", "Timofej Lazarenko"),
        ("en", "The head of the Russian delegation, Timofei Lazarenko, called it a step.", "Timofei Lazarenko"),
        ("nl", "De woordvoerster van de Russische ambassade in Washington, Darja Lazarenko, sprak van een stap.", "Darja Lazarenko"),
        // A copula and an office after the name.
        ("nb", "Lazarenko er direktør for Nord-Amerika-avdelingen i utenriksdepartementet.", "Lazarenko"),
        ("en", "Okafor is the deputy assistant secretary of state for Russia.", "Okafor"),
        ("de", "Lasarenko ist Direktor der Nordamerika-Abteilung.", "Lasarenko"),
        // An office held relative to the person.
        ("nl", "Ook de plaatsvervanger van Lazarenko was aanwezig.", "Lazarenko"),
        ("nb", "Også Lazarenkos stedfortreder var med.", "Lazarenkos"),
        ("nb", "Stedfortrederen til Lazarenko var også med.", "Lazarenko"),
        ("de", "Auch Lasarenkos neue Stellvertreterin war dabei.", "Lasarenkos"),
    ])
    func aCueNamesThePerson(language: String, sentence: String, name: String) throws {
        let persons = try Self.persons([("a", language, [sentence])])
        #expect(Self.texts(persons, "a") == [name])
    }

    /// The same shapes with places or common words where the name would be: no person.
    @Test(arguments: [
        ("de", "Der Botschafter in Washington, Moskau und Kiew sind sich einig."),
        ("en", "The ambassador to Washington, Moscow and Kyiv agreed."),
        ("de", "In Budapest ist Botschafter der Gastgeber der Gespräche."),
        ("nb", "Russland er vertskap for samtalene."),
        ("de", "Die Gespräche wurden von Diplomaten geleitet."),
        ("de", "Für die USA verhandelt erstmals eine neue Delegation."),
        ("nl", "De plaatsvervanger van de minister was aanwezig."),
    ])
    func noPersonWithoutAName(language: String, sentence: String) throws {
        let persons = try Self.persons([("a", language, [sentence])])
        #expect(Self.texts(persons, "a").isEmpty)
    }

    /// A surname that first appears glued to an ending ("Lazarenkos stedfortreder") or after a
    /// copula is the person another report names in full, in another language's spelling.
    @Test func aBareSurnameIsThePersonNamedInFull() throws {
        let persons = try Self.persons([
            ("nb", "nb", ["Den russiske delegasjonen ble ledet av Timofej Lazarenko.", "Lazarenkos stedfortreder var også med."]),
            ("nl", "nl", ["De Russische delegatie werd geleid door Timofej Lazarenko.", "Ook de plaatsvervanger van Lazarenko was aanwezig."]),
            ("de", "de", ["Die russische Seite wurde von Timofei Lasarenko geleitet.", "Lasarenko ist Direktor der Nordamerika-Abteilung."]),
        ])
        let ids = Set(persons.map(\.entityID))
        #expect(persons.count == 6, "\(persons.map(\.text))")
        #expect(ids.count == 1, "one person: \(persons.map { "\($0.text) \($0.entityID)" })")
    }

    /// Two persons whose surnames differ by a feminine ending stay two ("Lasarenko",
    /// "Lasarenkowa"), though one report names both.
    @Test func aFeminineSurnameIsAnotherPerson() throws {
        let persons = try Self.persons([
            ("de", "de", ["Die russische Seite wurde von Timofei Lasarenko geleitet.",
                          "Die Sprecherin der russischen Botschaft, Darja Lasarenkowa, nannte die Einigung einen Schritt."]),
        ])
        let lead = persons.first { $0.text == "Timofei Lasarenko" }?.entityID
        let speaker = persons.first { $0.text == "Darja Lasarenkowa" }?.entityID
        #expect(lead != nil && speaker != nil && lead != speaker, "\(persons.map { "\($0.text) \($0.entityID)" })")
    }
}
