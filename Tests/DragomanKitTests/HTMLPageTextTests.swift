import Foundation
import Testing
@testable import DragomanKit

/// What a saved news page gives as text: line breaks are spaces, photos and their captions and
/// data tables are not statements, the JSON-LD date is the publication date, and the bytes are
/// read as what they are, whatever the page declares.
@Suite("HTML page text")
struct HTMLPageTextTests {
    static func page(head: String = #"<meta charset="utf-8">"#, _ body: String) -> [UInt8] {
        Array("""
        <!DOCTYPE html><html><head>\(head)<title>Envoys meet in Reykjavik</title></head>
        <body><article><h1>Envoys meet in Reykjavik for another round</h1>
        \(body)
        </article></body></html>
        """.utf8)
    }

    static func article(_ bytes: [UInt8]) throws -> Article {
        try ArticleBuilder(identifier: try LanguageIdentifier.load()).build(bytes: bytes, fileName: "page.html", id: "page")
    }

    @Test func aLineBreakSeparatesWordsAndSentences() throws {
        let bytes = Self.page("<p>Die Gesandten kamen am Mittwoch in Reykjavík zusammen.<br>Die Gespräche dauerten sechs Stunden.</p>"
                              + "<p>Die Delegation leitete Katrin Lindqvist<br/>die andere Seite Paul Ferreira.</p>")
        let sentences = try Self.article(bytes).sentences.map(\.text)
        #expect(sentences.contains("Die Gesandten kamen am Mittwoch in Reykjavík zusammen."))
        #expect(sentences.contains("Die Gespräche dauerten sechs Stunden."))
        #expect(sentences.contains { $0.contains("Lindqvist die andere Seite") })
    }

    @Test func photosCaptionsAndDataTablesAreRemovedWithTheirReason() throws {
        let bytes = Self.page("""
            <p>The envoys met in Reykjavik on Wednesday for the seventh round of talks.</p>
            <figure><img src="a.jpg"><figcaption>The embassy in Reykjavik, March 3, 2026. Photo: Jane Roe / Agency</figcaption></figure>
            <p>Visas were negotiated until late in the evening, both sides said.</p>
            <table><caption>Earlier rounds</caption><tr><th>Round</th><th>Place</th></tr><tr><td>Sixth</td><td>July 2025</td></tr></table>
            <table><tr><td><p>\(String(repeating: "A layout table holds the last paragraph of the report in a cell. ", count: 4))</p></td></tr></table>
            """)
        let article = try Self.article(bytes)
        let text = article.sentences.map(\.text).joined(separator: " ")
        #expect(!text.contains("Photo") && !text.contains("March 3"))
        #expect(!text.contains("Earlier rounds") && !text.contains("July 2025"))
        #expect(text.contains("A layout table holds the last paragraph"), "a table of long cells is the page's layout")
        #expect(article.removed.contains { $0.reason.contains("caption") && $0.text.contains("Photo: Jane Roe") })
        #expect(article.removed.contains { $0.reason == "data table" && $0.text.contains("July 2025") })
    }

    @Test(arguments: [
        #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2026-03-18T06:12:00+01:00"}"#,
        #"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","datePublished":"2026-03-18"}]}"#,
        #"[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","dateCreated":"2026-03-18T05:00:00Z"}]"#,
    ])
    func theJSONLinkedDataDateIsThePublicationDate(json: String) throws {
        let bytes = Self.page(head: #"<meta charset="utf-8"><script type="application/ld+json">\#(json)</script>"#,
                              "<p>The envoys met in Reykjavik on Tuesday for the seventh round of talks.</p><p>Visas were negotiated until late.</p>")
        #expect(try Self.article(bytes).publicationDate == CalendarDate(parsing: "2026-03-18"))
    }

    @Test func aPageLabelledLatin1IsReadAsWindows1252() throws {
        // "Gespräche – erstmals" in Windows-1252: ä is 0xE4, the en dash 0x96 (a control
        // character in ISO-8859-1).
        var bytes = Array(#"<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>t</title></head><body><article><h1>Die Gesandten in Reykjavik</h1><p>Die Gespr"#.utf8)
        bytes += [0xE4] + Array("che dauerten sechs Stunden ".utf8) + [0x96] + Array(" l".utf8) + [0xE4] + Array("nger als erwartet.</p><p>Die Visa waren das Hauptthema der Gespr".utf8) + [0xE4] + Array("che.</p></article></body></html>".utf8)
        let text = try Self.article(bytes).sentences.map(\.text).joined(separator: " ")
        #expect(text.contains("Gespräche dauerten sechs Stunden – länger als erwartet."), "\(text)")
    }

    @Test func utf8BytesLabelledLatin1AreReadAsUTF8() throws {
        let bytes = Self.page(head: #"<meta charset="iso-8859-1">"#,
                              "<p>Die fünfte Runde der Gespräche fand in Reykjavík statt.</p><p>Die Visa waren das Hauptthema.</p>")
        let text = try Self.article(bytes).sentences.map(\.text).joined(separator: " ")
        #expect(text.contains("Die fünfte Runde der Gespräche fand in Reykjavík statt."), "\(text)")
    }

    @Test func softHyphensAndZeroWidthSpacesAreDropped() throws {
        let bytes = Self.page("<p>Die Botschafts&shy;gespräche fanden in Reykja\u{200B}vík statt.</p><p>Die Visa waren das Haupt\u{00AD}thema.</p>")
        let text = try Self.article(bytes).sentences.map(\.text).joined(separator: " ")
        #expect(text.contains("Botschaftsgespräche") && text.contains("Reykjavík") && text.contains("Hauptthema"))
        #expect(!text.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0x200B })
        #expect(TextDecoder().normalise("Haupt\u{00AD}thema") == "Hauptthema")
    }
}
