import Foundation
import Testing
@testable import DragomanKit

/// A TBX file belongs to its user: what Dragoman does not read (a CAT tool's change records,
/// cross-references, administrative data, header descriptions) must come back out of every edit
/// where it was, while exports carry only what Dragoman's schema knows.
@Suite("Glossary keeps the TBX it does not read")
struct GlossaryKeptXMLTests {
    static let catToolExport = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><publicationStmt><p>internal</p></publicationStmt><sourceDesc><p>CAT export</p></sourceDesc></fileDesc>
        <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></tbxHeader>
      <text><body>
        <conceptEntry id="note-verbale">
          <descrip type="subjectField">diplomacy</descrip>
          <admin type="customerSubset">Foreign desk</admin>
          <transacGrp><transac type="transactionType">origination</transac><date>2025-11-07</date></transacGrp>
          <xref target="https://example.org/nv">manual</xref>
          <langSec xml:lang="en"><note>checked by the desk</note>
            <termSec><term>note verbale</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
              <transacGrp><transac type="transactionType">modification</transac><date>2025-11-08</date></transacGrp></termSec></langSec>
          <langSec xml:lang="de"><termSec><term>Verbalnote</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
        </conceptEntry>
        <conceptEntry id="demarche">
          <descrip type="subjectField">diplomacy</descrip>
          <langSec xml:lang="en"><termSec><term>démarche</term></termSec></langSec>
        </conceptEntry>
      </body></text>
    </tbx>
    """

    /// Every element of the file whose name is one of `names`, as libxml2 prints it, so two
    /// files can be compared whatever their layout.
    static func elements(_ names: Set<String>, in data: Data) throws -> [String] {
        let glossary = try TBXReader.read(data: data).glossary
        var all = glossary.keptHeaderXML + glossary.keptFileDescXML
        for concept in glossary.concepts {
            all += concept.keptXML + concept.keptLanguageXML.keys.sorted().flatMap { concept.keptLanguageXML[$0]! }
            all += concept.terms.flatMap(\.keptXML)
        }
        return all.filter { element in names.contains { element.hasPrefix("<\($0)") } }.sorted()
    }

    @Test func anEditOfAnotherConceptKeepsEveryUnreadElement() throws {
        let root = try TestPaths.temporaryFolder("dragoman-kept")
        let workspace = try Workspace.create(at: root)
        let url = workspace.glossary.appendingPathComponent("desk.tbx")
        try Data(Self.catToolExport.utf8).write(to: url)
        let names: Set<String> = ["transacGrp", "xref", "admin", "note", "publicationStmt", "encodingDesc"]
        let before = try Self.elements(names, in: Data(Self.catToolExport.utf8))
        #expect(before.count == 7, "\(before)")

        var glossary = try GlossaryWorkspace(workspace: workspace)
        try glossary.edit(id: "demarche", [.setTerm(Term(language: .german, text: "Demarche", status: .preferred))])
        let written = try Data(contentsOf: url)
        #expect(try Self.elements(names, in: written) == before)
        // Each element stays where it was: the term's change record in its termSec, the
        // language note in its langSec, the header parts in the header.
        let text = String(decoding: written, as: UTF8.self)
        let term = try #require(text.range(of: "<term>note verbale</term>"))
        let termEnd = try #require(text.range(of: "</termSec>", range: term.upperBound..<text.endIndex))
        #expect(text[term.upperBound..<termEnd.lowerBound].contains("<transac type=\"transactionType\">modification</transac>"))
        #expect(text.range(of: "<encodingDesc>")!.lowerBound < text.range(of: "</tbxHeader>")!.lowerBound)
        #expect(text.range(of: "<note>checked by the desk</note>")!.lowerBound < text.range(of: "<term>note verbale</term>")!.lowerBound)

        // A second edit changes only its own lines: written back, the kept elements are stable.
        try glossary.edit(id: "note-verbale", [.setNote("sent by an embassy")])
        let again = try Data(contentsOf: url)
        #expect(try Self.elements(names, in: again) == before)
        let reread = try TBXReader.read(data: again).glossary
        #expect(try TBXWriter.data(reread) == again, "write → read → write gives the same bytes")
    }

    @Test func importBringsUnreadElementsAlongAndExportLeavesThemOut() throws {
        let root = try TestPaths.temporaryFolder("dragoman-kept-import")
        let workspace = try Workspace.create(at: root)
        let source = root.appendingPathComponent("cat.tbx")
        try Data(Self.catToolExport.utf8).write(to: source)
        var glossary = try GlossaryWorkspace(workspace: workspace)
        let (imported, warnings) = try GlossaryWorkspace.readImport(url: source)
        // Data the workbench could have used is named; change records are history, not named.
        #expect(warnings.contains { $0.contains("<xref>") && $0.contains("kept") })
        #expect(!warnings.contains { $0.contains("transacGrp") })
        let report = try glossary.merge(imported)
        #expect(report.added == ["note-verbale", "demarche"])
        let file = try #require(glossary.repository.files.first)
        let written = try Data(contentsOf: file.url)
        let concepts = try Self.elements(["transacGrp", "xref", "admin"], in: written)
        #expect(concepts.count == 4, "\(concepts)")

        // The export is Dragoman's TBX-Basic subset and validates; the workspace file keeps all.
        let export = try TBXWriter.data(glossary.glossary, keepUnread: false)
        #expect(try GlossaryXSD.validate(export).isEmpty)
        #expect(try Self.elements(["transacGrp", "xref", "admin"], in: export).isEmpty)
        #expect(try TBXReader.read(data: export).glossary.concepts.map(\.terms) == glossary.glossary.concepts.map(\.terms).map { $0.map { var t = $0; t.keptXML = []; return t } })
    }
}
