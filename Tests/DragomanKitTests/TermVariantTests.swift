import Foundation
import Testing
@testable import DragomanKit

/// Syntactic variants of glossary terms (`GlossaryMatcher.variantMatches`): the shapes a term
/// takes in running text, and the look-alikes that are another thing.
@Suite struct TermVariantTests {
    static func concept(_ id: String, _ terms: [(LanguageCode, String)], kind: String = "diplomacy") -> Concept {
        Concept(id: id, subjectField: kind, terms: terms.map { Term(language: $0.0, text: $0.1, status: .preferred) })
    }

    static let glossary = Glossary(concepts: [
        concept("embassy-operations", [(.german, "Arbeit der Botschaften"), (.german, "Botschaftsbetrieb"),
                                       (.norwegian, "drift av ambassader"), (.dutch, "werking van de ambassades"),
                                       (.english, "embassy operations"), (.english, "work of embassies")]),
        concept("diplomatic-property", [(.english, "diplomatic property")]),
        concept("deputy-secretary", [(.english, "Deputy Secretary of State")]),
        concept("delegation-head", [(.norwegian, "delegasjonsleder")]),
        concept("per-sonata-coulter", [(.english, "Sonata Coulter")], kind: "person"),
    ])
    static let matcher = GlossaryMatcher(glossary: glossary)

    static func variants(_ text: String, _ language: LanguageCode) -> [String] {
        matcher.variantMatches(in: text, language: language).map { "\($0.conceptID)=\($0.matchedForm)" }
    }

    /// Each shape of the term, in each language, with what the variant covers.
    @Test(arguments: [
        // Insertion of modifiers and a coordination after the term's preposition.
        ("Konsultasjonene skal normalisere driften av russiske og amerikanske ambassader.", LanguageCode.norwegian,
         "embassy-operations=driften av russiske og amerikanske ambassader"),
        // Another preposition for the article, another word after.
        ("Es geht um die Arbeit von Botschaften und Konsulaten.", .german, "embassy-operations=Arbeit von Botschaften"),
        ("Es geht um die Arbeit ihrer jeweiligen Botschaften.", .german, "embassy-operations=Arbeit ihrer jeweiligen Botschaften"),
        // A closed compound taken apart, and a phrase put together.
        ("Die Beschränkungen erschwerten den Betrieb der Botschaften.", .german, "embassy-operations=Betrieb der Botschaften"),
        ("De ambassadewerking blijft moeilijk.", .dutch, "embassy-operations=ambassadewerking"),
        // English of-phrase and noun-noun phrase, both ways.
        ("They discussed the operations of their embassies.", .english, "embassy-operations=operations of their embassies"),
        ("Embassy work has been hampered for years.", .english, "embassy-operations=Embassy work"),
        // A coordination between words the term writes side by side.
        ("Both sides froze diplomatic and consular property.", .english, "diplomatic-property=diplomatic and consular property"),
    ])
    func findsTheVariant(text: String, language: LanguageCode, expected: String) {
        #expect(Self.variants(text, language) == [expected])
    }

    /// Look-alikes that are not the term.
    @Test(arguments: [
        // Another office: a word inserted between words the term writes side by side.
        ("Deputy Assistant Secretary of State Sonata Coulter led the delegation.", LanguageCode.english),
        // A word run between the term's words that is not a modifier or coordination.
        ("They sent diplomatic notes guaranteeing property rights.", .english),
        // "diplomatic" modifies "mission" here, not "property".
        ("The property of the diplomatic mission was seized.", .english),
        // Punctuation between the words.
        ("Es ging um Arbeit, der Botschaften zufolge um wenig.", .german),
        // A verb is not the compound's head noun: "lede" (lead) is not "-leder" (leader).
        ("Darchiev skal lede den russiske delegasjonen.", .norwegian),
        // The term itself is a match, not a variant.
        ("Die Arbeit der Botschaften ist schwierig.", .german),
        ("The embassy operations resumed.", .english),
        // Too many words in between.
        ("driften av de mange gamle russiske og amerikanske ambassader", .norwegian),
    ])
    func findsNoVariant(text: String, language: LanguageCode) {
        #expect(Self.variants(text, language).isEmpty, "\(Self.variants(text, language))")
    }

    @Test func namesHaveNoVariants() {
        // "Sonata and Anna Coulter" would be a coordination; a person's name is not rephrased.
        #expect(Self.variants("Sonata and Anna Coulter arrived.", .english).isEmpty)
    }

    @Test func variantsAreMarkedAndNeverDoubleAContiguousMatch() {
        let text = "Die Arbeit der Botschaften und der Betrieb der Botschaften in Moskau."
        let exact = Self.matcher.matches(in: text, language: .german)
        let variants = Self.matcher.variantMatches(in: text, language: .german)
        #expect(exact.map(\.matchedForm).contains("Arbeit der Botschaften"))
        #expect(variants.map(\.matchedForm) == ["Betrieb der Botschaften"])
        #expect(variants.allSatisfy { $0.role == .variant && !$0.nested && !$0.inCompound && $0.distance == 1 })
        #expect(variants.allSatisfy { v in !exact.contains { $0.conceptID == v.conceptID && $0.span.start < v.span.end && v.span.start < $0.span.end } })
        let compound = Self.matcher.variantMatches(in: "De ambassadewerking.", language: .dutch)
        #expect(compound.count == 1 && compound[0].inCompound)
    }

    /// The held-out fixture reports, cleaned and segmented as the workbench does.
    static func fixtureArticles() throws -> [Article] {
        let builder = ArticleBuilder(identifier: try LanguageIdentifier(profileDirectory: LanguageIdentifier.defaultProfileDirectory))
        let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures")
        var articles: [Article] = []
        for set in try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil) {
            let directory = set.appendingPathComponent("articles")
            guard let files = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil) else { continue }
            for file in files where file.pathExtension == "txt" {
                articles.append(try builder.build(text: String(contentsOf: file, encoding: .utf8), fileName: file.lastPathComponent,
                                                  id: set.lastPathComponent + "/" + file.deletingPathExtension().lastPathComponent))
            }
        }
        return articles
    }

    /// On the shipped glossary and every report of the seeds and held-out fixtures: each
    /// variant keeps the content words of a term of its concept (no variant is made of other
    /// words), and none crosses a sentence end.
    @Test(.enabled(if: TestPaths.hasShared)) func variantsInTheReportsKeepTheirTermsWords() throws {
        let glossary = try TBXReader.read(url: TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")).glossary
        let matcher = GlossaryMatcher(glossary: glossary)
        let articles = try EntityFixture.seedArticles(try SeedGold.load()) + Self.fixtureArticles()
        var found = 0
        for article in articles {
            for sentence in article.sentences {
                for variant in matcher.variantMatches(in: sentence.text, language: article.language) {
                    found += 1
                    let concept = try #require(glossary.concepts.first { $0.id == variant.conceptID })
                    #expect(concept.kind == .term)
                    let form = TextFolding.fold(variant.matchedForm)
                    let term = try #require(concept.terms(in: article.language).first { $0.text == variant.term })
                    // Every word of four letters or more of the term appears (its first four
                    // letters do: inflection and compounding change the ends).
                    for word in term.text.split(separator: " ") where word.count >= 4 {
                        #expect(form.contains(TextFolding.fold(String(word)).prefix(4)), "\(variant.matchedForm) for \(term.text)")
                    }
                    #expect(!variant.matchedForm.contains(".") && !variant.matchedForm.contains(","))
                }
            }
        }
        // The reports do use variants: a matcher that never found one would pass the loop.
        #expect(found >= 10, "only \(found) variants")
    }
}
