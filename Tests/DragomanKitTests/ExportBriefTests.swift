import Foundation
import Testing
@testable import DragomanKit

/// XML export: schema validation, escaping, atomic writes, and the text layout.
@Suite struct ExportBriefTests {
    /// A hand-made brief whose texts hold everything XML must escape.
    static func nastyBrief() -> Brief {
        let round = Round(number: 2, date: CalendarDate(year: 2025, month: 4, day: 10), venueEntityID: "loc-istanbul", venueName: "Istanbul & <Co>",
                          status: .held, articleIDs: ["a1", "a2"], sentenceCount: 2)
        let tricky = "Bruce said \"<b>Ukraine</b> & 'Russia'\" ]]> is not on the agenda\u{1}."
        let sentences = [
            BriefSentence(statementID: "S\"1'<&>", slot: .agenda, method: .sourceEnglish, english: tricky,
                          renderedFrom: SentenceRef(articleID: "a1", index: 0), language: .english,
                          originals: [BriefOriginal(sentence: SentenceRef(articleID: "a1", index: 0), language: .english, text: tricky)], score: 1.5),
            BriefSentence(statementID: "single-a2#3", slot: .whenWhere, method: .glossed, english: "The talks take place on 10 April in Istanbul.",
                          renderedFrom: SentenceRef(articleID: "a2", index: 3), language: .german,
                          originals: [BriefOriginal(sentence: SentenceRef(articleID: "a2", index: 3), language: .german,
                                                    text: "Die Gespräche finden am 10. April in Istanbul statt „<&>“.")], score: 1.2),
        ]
        let entities = [BriefEntity(id: "per-bruce", kind: .person, name: "Tammy Bruce",
                                    spellings: [BriefSpelling(language: .english, text: "Bruce & <Tammy>")], mentions: 2)]
        let sources = [BriefSource(articleID: "a1", language: .english, date: nil, title: "A <title> & \"quotes\"", fileName: "a1 & b.txt"),
                       BriefSource(articleID: "a2", language: .german, date: CalendarDate(year: 2025, month: 5), title: nil, fileName: "a2.txt")]
        return Brief(round: round, sentences: sentences, entities: entities, sources: sources)
    }

    @Test func schemaCompilesAndTheExportValidates() throws {
        let data = try BriefXMLWriter.data(Self.nastyBrief())
        #expect(try BriefXMLValidator.validate(data) == [])
    }

    /// A report on the round that no sentence of the brief cites is not a source: the text lists
    /// it apart, the XML marks it `cited="false"` (valid against the schema), and the sources the
    /// sentences cite come first.
    @Test func anUncitedReportIsListedApart() throws {
        var brief = Self.nastyBrief()
        brief.sources.insert(BriefSource(articleID: "a0", language: .dutch, date: nil, title: nil, fileName: "a0.txt", cited: false), at: 0)
        let text = BriefTextWriter.string(brief)
        let parts = text.components(separatedBy: "Also reporting on this round, not cited above")
        #expect(parts.count == 2)
        #expect(parts[0].contains("- a1 (English") && parts[0].contains("- a2 (German") && !parts[0].contains("- a0"))
        #expect(parts[1].contains("- a0 (Dutch, undated)"))
        let xml = try BriefXMLWriter.string(brief)
        #expect(xml.contains(#"article="a0" lang="nl" file="a0.txt" cited="false""#))
        #expect(!xml.contains(#"article="a1" lang="en" file="a1 &amp; b.txt" cited"#))
        #expect(try BriefXMLValidator.validate(try BriefXMLWriter.data(brief)) == [])
        #expect(!BriefTextWriter.string(Self.nastyBrief()).contains("not cited"))
    }

    @Test func textAndAttributesAreEscaped() throws {
        let xml = try BriefXMLWriter.string(Self.nastyBrief())
        #expect(xml.contains("&lt;b&gt;Ukraine&lt;/b&gt; &amp; 'Russia'"))
        #expect(xml.contains("]]&gt;"))
        #expect(xml.contains("statement=\"S&quot;1'&lt;&amp;&gt;\""))
        #expect(xml.contains("Istanbul &amp; &lt;Co&gt;"))
        #expect(!xml.contains("\u{1}"), "a control character XML cannot carry is dropped")
        #expect(xml.contains("„&lt;&amp;&gt;“"))
    }

    @Test func invalidDocumentsAreRejected() throws {
        var brief = Self.nastyBrief()
        // A sentence citing a report the brief does not list breaks the keyref.
        brief.sentences[0].originals.append(BriefOriginal(sentence: SentenceRef(articleID: "zz", index: 1), language: .dutch, text: "x"))
        #expect(!(try BriefXMLValidator.validate(try BriefXMLWriter.data(brief))).isEmpty)
        #expect(!(try BriefXMLValidator.validate(Data("<brief xmlns=\"urn:dragoman:brief:1\" version=\"1\"/>".utf8))).isEmpty)
        #expect(try BriefXMLValidator.validate(Data("<brief".utf8)).first?.hasPrefix("not well-formed") == true)
    }

    @Test func failedValidationLeavesTheOldExport() throws {
        let folder = try TestPaths.temporaryFolder("brief-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        var exporter = BriefExporter(folder: folder)
        let target = exporter.url(round: 2, format: .xml)
        try Data("old export".utf8).write(to: target)
        // A schema the document cannot satisfy (version must be 2).
        exporter.schema = BriefXSD.schema.replacingOccurrences(of: #"<xs:attribute name="version" type="xs:positiveInteger" use="required"/>"#,
                                                               with: #"<xs:attribute name="version" type="xs:positiveInteger" fixed="2" use="required"/>"#)
        #expect(exporter.schema != BriefXSD.schema)
        #expect(throws: DragomanError.self) { try exporter.export([Self.nastyBrief()], formats: [.text, .xml]) }
        #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self) == "old export")
        #expect(!FileManager.default.fileExists(atPath: exporter.url(round: 2, format: .text).path), "nothing written when one export fails")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["round-2.xml"], "no temporary files left")

        let good = BriefExporter(folder: folder)
        let written = try good.export([Self.nastyBrief()], formats: [.xml, .text])
        #expect(written.map(\.url.lastPathComponent).sorted() == ["dragoman-brief.xsd", "round-2.txt", "round-2.xml"])
        #expect(try BriefXMLValidator.validate(try Data(contentsOf: target)) == [])
        #expect(String(decoding: try Data(contentsOf: folder.appendingPathComponent(BriefXSD.fileName)), as: UTF8.self) == BriefXSD.schema)
    }

    /// Briefs of rounds that no longer exist go; the current ones, the schema and files that are
    /// not exports (a user's notes, "round-2-draft.txt") stay.
    @Test func staleRoundsAreRemoved() throws {
        let folder = try TestPaths.temporaryFolder("brief-stale")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exporter = BriefExporter(folder: folder)
        try exporter.export([Self.nastyBrief()], formats: [.xml, .text])
        for name in ["round-5.xml", "round-5.txt", "round-2-draft.txt", "notes.txt"] { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let removed = try exporter.removeStale(keeping: [2])
        #expect(removed.map(\.lastPathComponent).sorted() == ["round-5.txt", "round-5.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["dragoman-brief.xsd", "notes.txt", "round-2-draft.txt", "round-2.txt", "round-2.xml"])
    }

    @Test func textExportHasHeadingBriefAndSources() throws {
        let text = BriefTextWriter.string(Self.nastyBrief())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Round 2 — 10 April 2025, Istanbul & <Co> (held)")
        #expect(text.contains("1. Bruce said"))
        #expect(text.contains("[a1#0 en]"))
        #expect(text.contains("2. The talks take place on 10 April in Istanbul. (glossed from German) [a2#3 de]"))
        #expect(text.contains("   de: Die Gespräche finden am 10. April in Istanbul statt"))
        #expect(text.contains("- a2 (German, dated 2025-05)"))
        #expect(text.contains("- a1 (English, undated): A <title> & \"quotes\""))
    }
}
