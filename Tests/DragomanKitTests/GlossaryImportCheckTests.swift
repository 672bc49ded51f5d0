import Foundation
import Testing
@testable import DragomanKit

/// `glossary import` takes what `glossary add` takes: one definition per concept id, terms only
/// in the languages the workbench reads.
@Suite("Glossary import checks")
struct GlossaryImportCheckTests {
    static func tbx(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader><fileDesc><sourceDesc><p>partner</p></sourceDesc></fileDesc></tbxHeader>
          <text><body>\(body)</body></text>
        </tbx>
        """
    }

    static func entry(_ id: String, _ terms: [(String, String)]) -> String {
        "<conceptEntry id=\"\(id)\"><descrip type=\"subjectField\">diplomacy</descrip>"
            + terms.map { "<langSec xml:lang=\"\($0.0)\"><termSec><term>\($0.1)</term></termSec></langSec>" }.joined()
            + "</conceptEntry>"
    }

    @Test func aConceptIDDefinedTwiceIsRefusedAndNothingChanges() throws {
        let workspace = try makeGlossaryWorkspace()
        let file = workspace.root.appendingPathComponent("partner.tbx")
        try Self.tbx(Self.entry("consular-talks", [("en", "consular talks")]) + Self.entry("consular-talks", [("de", "Konsulargespräche")]))
            .write(to: file, atomically: true, encoding: .utf8)
        let glossaryFile = workspace.glossary.appendingPathComponent("diplomacy.tbx")
        let before = try Data(contentsOf: glossaryFile)
        #expect { try GlossaryWorkspace.readImport(url: file) } throws: {
            "\($0)".contains("partner.tbx") && "\($0)".contains("consular-talks") && "\($0)".contains("twice")
        }
        #expect(try Data(contentsOf: glossaryFile) == before)
    }

    @Test func termsInLanguagesDragomanDoesNotReadAreLeftOutAndNamed() throws {
        let workspace = try makeGlossaryWorkspace()
        let file = workspace.root.appendingPathComponent("partner.tbx")
        try Self.tbx(Self.entry("chief-negotiator", [("en", "chief negotiator"), ("fr", "négociateur en chef"), ("ru", "главный переговорщик"), ("de", "Chefunterhändler")])
                     + Self.entry("only-french", [("fr", "chargé de mission")]))
            .write(to: file, atomically: true, encoding: .utf8)
        let (imported, warnings) = try GlossaryWorkspace.readImport(url: file)
        #expect(imported.concepts.map(\.id) == ["chief-negotiator"])
        #expect(Set(imported.concepts[0].terms.map(\.language)) == [.english, .german])
        #expect(warnings.contains { $0.contains("1 in fr") || $0.contains("2 in fr") })
        #expect(warnings.contains { $0.contains("only-french") })

        var glossary = try GlossaryWorkspace(workspace: workspace)
        _ = try glossary.merge(imported)
        let languages = Set(glossary.glossary.concepts.flatMap(\.terms).map(\.language))
        #expect(languages.isSubset(of: Set(LanguageCode.supported)))
    }

    @Test func checkNamesTermsInUnreadLanguagesOfTheWorkspaceFile() throws {
        let concept = Concept(id: "envoy", subjectField: "diplomacy", terms: [
            Term(language: .english, text: "envoy", status: .preferred), Term(language: LanguageCode("fr"), text: "envoyé"),
        ])
        let issues = GlossaryChecker.check(Glossary(concepts: [concept]))
        #expect(issues.contains { $0.kind == .unreadLanguage && $0.severity == .warning && $0.message.contains("fr") })
        let clean = Concept(id: "envoy", subjectField: "diplomacy", terms: [Term(language: .english, text: "envoy", status: .preferred)])
        #expect(!GlossaryChecker.check(Glossary(concepts: [clean])).contains { $0.kind == .unreadLanguage })
    }
}
