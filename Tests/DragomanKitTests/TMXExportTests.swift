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
        // d1 and e1 translate each other; n1 and d2 are independent reports of the same fact:
        // the unit is parallel with d1 and e1 as its variants, n1 only a prop.
        let first = try #require(unit(containing: "d1#0", in: text))
        #expect(first.contains("<prop type=\"x-kind\">parallel</prop>"))
        #expect(first.contains("<prop type=\"x-other-nb\">n1#0: Ambassaden åpner.</prop>"))
        #expect(!first.contains("<tuv xml:lang=\"nb\""))
        #expect(variant("de", in: first) == "d1")
        // A broken document is caught.
        let broken = Data(text.replacingOccurrences(of: "segtype=\"sentence\" ", with: "").utf8)
        #expect(try !TMXWriter.validate(broken).isEmpty)
    }

    /// The `<tu>` element holding a sentence, as text.
    func unit(containing sentence: String, in text: String) -> String? {
        text.components(separatedBy: "<tu ").dropFirst().first { $0.contains(sentence + " ") || $0.contains(sentence + "<") }
    }

    /// The report giving a unit's variant in a language.
    func variant(_ language: String, in unit: String) -> String? {
        guard let tuv = unit.components(separatedBy: "<tuv xml:lang=\"\(language)\"").dropFirst().first,
              let start = tuv.range(of: "<prop type=\"x-article\">"), let end = tuv.range(of: "</prop>", range: start.upperBound..<tuv.endIndex)
        else { return nil }
        return String(tuv[start.upperBound..<end.lowerBound])
    }

    /// Statements of independent reports only are same-fact units with a variant per language;
    /// with two translation pairs, the pair covering more languages (then the earlier) is the
    /// unit's variants and the other pair's sentences are props.
    @Test func unitsPairOnlyTranslations() throws {
        let r = { (a: String, i: Int) in SentenceRef(articleID: a, index: i) }
        let sameFact = AlignmentStatements.build(
            links: [SentenceLink(r("d2", 0), r("e1", 0), kind: .sameFact, score: 0.97),
                    SentenceLink(r("n1", 0), r("e1", 0), kind: .sameFact, score: 0.96, status: .confirmed),
                    SentenceLink(r("n1", 0), r("d2", 0), kind: .sameFact, score: 0.96, status: .confirmed)],
            documents: Self.documents, decisions: AlignmentDecisions())
        let text = String(decoding: try TMXWriter.write(graph: sameFact, documents: Self.documents), as: UTF8.self)
        let tu = try #require(unit(containing: "n1#0", in: text))
        #expect(tu.contains("<prop type=\"x-kind\">same-fact</prop>"))
        for language in ["de", "en", "nb"] { #expect(tu.contains("<tuv xml:lang=\"\(language)\"")) }

        let two = AlignmentStatements.build(
            links: [SentenceLink(r("d2", 0), r("n1", 0), kind: .parallel, score: 0.99, status: .confirmed),
                    SentenceLink(r("d1", 0), r("e1", 0), kind: .parallel, score: 0.99, status: .confirmed),
                    SentenceLink(r("d1", 0), r("n1", 0), kind: .sameFact, score: 0.97, status: .confirmed),
                    SentenceLink(r("e1", 0), r("d2", 0), kind: .sameFact, score: 0.97, status: .confirmed)],
            documents: Self.documents, decisions: AlignmentDecisions())
        let both = String(decoding: try TMXWriter.write(graph: two, documents: Self.documents), as: UTF8.self)
        #expect(try TMXWriter.validate(Data(both.utf8)) == [])
        let pair = try #require(unit(containing: "e1#0", in: both))
        #expect(pair.contains("<prop type=\"x-kind\">parallel</prop>"))
        #expect(variant("de", in: pair) == "d1")
        #expect(pair.contains("<tuv xml:lang=\"en\""))
        #expect(!pair.contains("<tuv xml:lang=\"nb\""))
        #expect(pair.contains("<prop type=\"x-other-de\">d2#0:"))
        #expect(pair.contains("<prop type=\"x-other-nb\">n1#0:"))
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
        // The parallel unit carries its two translations only.
        #expect(lines.contains { $0.contains("de,en") && !$0.contains("nb") })
    }
}
