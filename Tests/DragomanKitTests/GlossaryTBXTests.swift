import Foundation
import Testing
@testable import DragomanKit

@Suite("Glossary TBX")
struct GlossaryTBXTests {
    static let shipped = TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")

    @Test func readsTheShippedGlossary() throws {
        let result = try TBXReader.read(url: Self.shipped)
        #expect(result.warnings.isEmpty, "\(result.warnings.prefix(3))")
        let glossary = result.glossary
        #expect(glossary.concepts.count == 219)
        #expect(glossary.concepts.reduce(0) { $0 + $1.terms.count } == 1307)
        #expect(glossary.title == "Dragoman diplomacy glossary")
        let embassy = try #require(glossary.concept(id: "embassy"))
        #expect(embassy.subjectField == "diplomacy")
        #expect(embassy.preferredTerm(in: .german)?.text == "Botschaft")
        #expect(embassy.terms(in: .german).first?.grammaticalGender == "feminine")
        #expect(embassy.terms(in: .german).first?.source == "trans-de-en")
        #expect(glossary.concept(id: "per-lavrov")?.kind == .person)
    }

    @Test func writingTheShippedFileGivesTheSameBytes() throws {
        let original = try Data(contentsOf: Self.shipped)
        let glossary = try TBXReader.read(data: original).glossary
        let written = try TBXWriter.data(glossary)
        if written != original {
            let a = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: written, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("first difference at line \((first?.offset ?? min(a.count, b.count)) + 1): \(first.map { "\($0.element.0) | \($0.element.1)" } ?? "length \(a.count) vs \(b.count)")")
        }
        #expect(try TBXReader.read(data: written).glossary == glossary)
    }

    @Test func exportsValidateAgainstTheSchema() throws {
        let glossary = try TBXReader.read(url: Self.shipped).glossary
        let problems = try GlossaryXSD.validate(try TBXWriter.data(glossary))
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func schemaRejectsBrokenFiles() throws {
        var glossary = Glossary(concepts: [Concept(id: "Bad ID", subjectField: "diplomacy", terms: [Term(language: .german, text: "x")])])
        #expect(try !GlossaryXSD.validate(try TBXWriter.data(glossary)).isEmpty)
        glossary.concepts[0].id = "good-id"
        glossary.concepts[0].terms[0].text = ""
        #expect(try !GlossaryXSD.validate(try TBXWriter.data(glossary)).isEmpty)
        glossary.concepts[0].terms[0].text = "ok"
        #expect(try GlossaryXSD.validate(try TBXWriter.data(glossary)).isEmpty)
    }

    @Test func everyFieldAndEscapingSurvivesARoundTrip() throws {
        let concept = Concept(id: "tricky", subjectField: "law", definition: "A & B < C > D \"quoted\" 'single'",
                              note: "concept note\nwith a line break", terms: [
            Term(language: .german, text: "Ä & Ö <x>", partOfSpeech: "noun", grammaticalGender: "neuter", termType: "fullForm",
                 status: .preferred, context: "im Kontext „so“", note: "Hinweis", source: "Quelle"),
            Term(language: .german, text: "verboten", status: .forbidden),
            Term(language: .english, text: "superseded one", status: .superseded),
            Term(language: .norwegian, text: "utdatert", partOfSpeech: "adjective", status: .deprecated),
        ])
        let glossary = Glossary(concepts: [concept], title: "T & t", sourceDescription: ["one", "two <2>"], sourceLanguage: .german)
        let data = try TBXWriter.data(glossary)
        let back = try TBXReader.read(data: data).glossary
        #expect(back == glossary)
        #expect(try TBXWriter.data(back) == data)
        #expect(try GlossaryXSD.validate(data).isEmpty)
    }

    @Test func readsTBXVersion2WithTigAndNtig() throws {
        let martif = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en-US">
          <martifHeader><fileDesc><sourceDesc><p>exported by a CAT tool</p></sourceDesc></fileDesc></martifHeader>
          <text><body>
            <termEntry id="c1">
              <descripGrp><descrip type="subjectField">diplomacy</descrip></descripGrp>
              <descrip type="definition">Mission abroad.</descrip>
              <transacGrp><transac type="transactionType">origination</transac></transacGrp>
              <langSet xml:lang="de-DE">
                <tig><term>Botschaft</term><termNote type="partOfSpeech">noun</termNote>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
              </langSet>
              <langSet xml:lang="en">
                <ntig><termGrp><term>embassy</term><termNote type="grammaticalGender">other</termNote></termGrp>
                  <admin type="source">CAT</admin><descrip type="context">The embassy said.</descrip></ntig>
              </langSet>
              <langSet lang="no"><term>ambassade</term><termNote type="administrativeStatus">admitted</termNote></langSet>
            </termEntry>
          </body></text>
        </martif>
        """
        let result = try TBXReader.read(data: Data(martif.utf8))
        let concept = try #require(result.glossary.concepts.first)
        #expect(concept.id == "c1" && concept.subjectField == "diplomacy" && concept.definition == "Mission abroad.")
        #expect(concept.terms.map(\.text) == ["Botschaft", "embassy", "ambassade"])
        #expect(concept.terms.map(\.language) == [.german, .english, .norwegian])
        #expect(concept.terms[0].status == .preferred)
        #expect(concept.terms[1].source == "CAT" && concept.terms[1].context == "The embassy said.")
        #expect(result.glossary.sourceDescription == ["exported by a CAT tool"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func structuralErrorsNameTheElement() throws {
        let noLanguage = """
        <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="a"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>
        """
        #expect { try TBXReader.read(data: Data(noLanguage.utf8)) } throws: { "\($0)".contains("<langSec> has no xml:lang") }
        let noTerm = """
        <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="a"><langSec xml:lang="de"><termSec><note>x</note></termSec></langSec></conceptEntry></body></text></tbx>
        """
        #expect { try TBXReader.read(data: Data(noTerm.utf8)) } throws: { "\($0)".contains("<termSec>") && "\($0)".contains("no <term>") }
        #expect { try TBXReader.read(data: Data("<glossary/>".utf8)) } throws: { "\($0)".contains("<glossary>") }
        #expect { try TBXReader.read(data: Data("<tbx><text>".utf8)) } throws: { "\($0)".contains("not well-formed") }
    }
}
