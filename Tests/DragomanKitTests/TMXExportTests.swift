import Foundation
import Testing
@testable import DragomanKit

/// TMX 1.4b and native XML exports: valid against the DTD/XSD (libxml2), escaping, one variant
/// per language, and read by a real client (translate-toolkit).
@Suite struct TMXExportTests {
    static let documents = [
        CorpusAlignDocument(id: "d1", language: .german, sentences: ["Die Botschaft <öffnet> & schließt.", "Zweiter Satz."]),
        CorpusAlignDocument(id: "d2", language: .german, sentences: ["Die Botschaft öffnet „bald“."]),
        CorpusAlignDocument(id: "e1", language: .english, sentences: ["The embassy \"opens\" & closes.", "Second sentence."]),
        CorpusAlignDocument(id: "n1", language: .norwegian, sentences: ["Ambassaden åpner."]),
    ]
    static let graph: AlignmentGraph = {
        let r = { (a: String, i: Int) in SentenceRef(articleID: a, index: i) }
        let links = [SentenceLink(r("d1", 0), r("e1", 0), kind: .parallel, score: 0.93),
                     SentenceLink(r("d2", 0), r("e1", 0), kind: .sameFact, score: 0.7),
                     SentenceLink(r("n1", 0), r("e1", 0), kind: .sameFact, score: 0.66, status: .confirmed),
                     SentenceLink(r("d1", 1), r("e1", 1), kind: .parallel, score: 0.8)]
        return AlignmentStatements.build(links: links, documents: documents, decisions: AlignmentDecisions())
    }()

    @Test func tmxIsValidAndHasOneVariantPerLanguage() throws {
        let data = try TMXWriter.write(graph: Self.graph, documents: Self.documents)
        #expect(try TMXWriter.validate(data) == [])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("&lt;öffnet&gt; &amp; schließt"))
        #expect(text.contains("<prop type=\"x-other-de\">d2#0: Die Botschaft öffnet „bald“.</prop>"))
        #expect(text.components(separatedBy: "<tu ").count - 1 == Self.graph.statements.count)
        #expect(text.components(separatedBy: "<tuv xml:lang=\"de\"").count - 1 == 2)
        // A broken document is caught.
        let broken = Data(text.replacingOccurrences(of: "segtype=\"sentence\" ", with: "").utf8)
        #expect(try !TMXWriter.validate(broken).isEmpty)
    }

    @Test func nativeXMLIsValidAgainstItsSchema() throws {
        let data = try AlignmentXML.write(graph: Self.graph, documents: Self.documents)
        #expect(try AlignmentXML.validate(data) == [])
        let broken = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "kind=\"parallel\"", with: "kind=\"maybe\"").utf8)
        #expect(try !AlignmentXML.validate(broken).isEmpty)
    }

    @Test func translateToolkitReadsTheUnits() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import translate.storage.tmx"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { print("skipped: python3 not found"); return }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { print("skipped: translate-toolkit not importable (scripts/setup.sh --test installs it)"); return }
        let folder = try TestPaths.temporaryFolder("tmx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.tmx")
        try TMXWriter.write(graph: Self.graph, documents: Self.documents).write(to: file)
        let script = """
        import sys
        from translate.storage import tmx
        store = tmx.tmxfile(open(sys.argv[1], 'rb').read())
        for unit in store.units:
            langs = sorted(t.get('{http://www.w3.org/XML/1998/namespace}lang') for t in unit.xmlelement.iter('{*}tuv') if True) if hasattr(unit, 'xmlelement') else []
            print(unit.getid(), ','.join(langs), unit.source)
        """
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        run.standardOutput = pipe
        try run.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0)
        let lines = output.split(separator: "\n")
        #expect(lines.count == Self.graph.statements.count)
        #expect(lines.contains { $0.contains("de,en,nb") })
    }
}
