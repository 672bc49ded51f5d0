import Foundation
import Testing
@testable import DragomanKit

/// A byline is page metadata: it is removed with the page chrome, listed with its reason, and
/// never becomes a sentence (a person mention, a brief item). What was removed is listed with
/// its blocks, list items and links apart.
@Suite("HTML bylines and the removed listing")
struct HTMLBylineTests {
    static let bodies: [(byline: String, first: String, second: String)] = [
        ("Von Katrin Lindqvist und Paul Ferreira", "Die Gesandten kamen am Mittwoch in Reykjavík zusammen.",
         "Über die Visa wurde bis in den Abend verhandelt."),
        ("Door Katrin Lindqvist en Paul Ferreira", "De gezanten kwamen woensdag in Reykjavik bijeen.",
         "Over de visa werd tot in de avond onderhandeld."),
        ("Av Katrin Lindqvist og Paul Ferreira", "Utsendingene møttes onsdag i Reykjavík.",
         "Det ble forhandlet om visumene til langt på kveld."),
        ("By Katrin Lindqvist and Paul Ferreira", "The envoys met in Reykjavik on Wednesday.",
         "Visas were negotiated until late in the evening."),
    ]

    static func page(_ block: String, first: String, second: String) -> [UInt8] {
        Array("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Envoys meet in Reykjavik</title></head>
        <body><article><h1>Envoys meet in Reykjavik for another round</h1>
        \(block)
        <p>\(first)</p>
        <p>\(second)</p>
        </article></body></html>
        """.utf8)
    }

    static func forms(_ byline: String) -> [String] {
        let name = byline.split(separator: " ").dropFirst().joined(separator: " ")
        let cue = byline.split(separator: " ")[0]
        return [
            #"<p class="byline">\#(byline)</p>"#,
            #"<div class="article-byline"><span>\#(byline)</span></div>"#,
            #"<p>\#(cue) <span class="author">\#(name)</span></p>"#,
            #"<p>\#(cue) <a rel="author" href="/staff/1">\#(name)</a></p>"#,
            #"<div itemprop="author"><span itemprop="name">\#(byline)</span></div>"#,
            #"<address>\#(byline)</address>"#,
            #"<span class="author">\#(byline)</span>"#,
        ]
    }

    @Test(arguments: 0..<4)
    func aBylineIsRemovedAsMetadata(index: Int) throws {
        let b = Self.bodies[index]
        for block in Self.forms(b.byline) {
            let page = try HTMLExtractor().extract(Self.page(block, first: b.first, second: b.second), file: "page.html")
            let lines = page.text.components(separatedBy: "\n\n")
            #expect(lines.contains(b.first) && lines.contains(b.second), "\(block): \(lines)")
            #expect(!page.text.contains("Lindqvist"), "\(block): \(lines)")
            let listed = page.removed.first { $0.text.contains("Lindqvist") }
            #expect(listed?.kind == .metadata && listed?.reason.hasPrefix("byline") == true, "\(block): \(page.removed)")

            // Through the whole builder: no sentence is the byline.
            let article = try ArticleBuilder(identifier: try LanguageIdentifier.load())
                .build(bytes: Self.page(block, first: b.first, second: b.second), fileName: "page.html", id: "page")
            #expect(!article.sentences.contains { $0.text.contains("Lindqvist") }, "\(block)")
            #expect(article.removed.contains { $0.text.contains("Lindqvist") && $0.reason.hasPrefix("byline") })
        }
    }

    /// A paragraph of article text that links a person's author page, or a sentence about an
    /// author, stays.
    @Test func articleTextAboutAnAuthorStays() throws {
        let long = "The envoys met in Reykjavik on Wednesday, and the talks, which <a rel=\"author\" href=\"/x\">our correspondent</a> followed from the lobby of the hotel, went on for almost six hours without a break for lunch."
        let sentence = "The author of the proposal, a senior diplomat, was not named."
        let page = try HTMLExtractor().extract(Self.page("<p>\(long)</p><p>\(sentence)</p>", first: "Visas were discussed.", second: "Ende."),
                                               file: "page.html")
        #expect(page.text.contains("went on for almost six hours"), "\(page.text)")
        #expect(page.text.contains(sentence))
    }

    /// `show --removed` lists the texts of a removed element's list items, headings, blocks and
    /// stand-alone links apart, not run together; a link inside a sentence stays in it.
    @Test func removedElementsListTheirPartsApart() throws {
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks</title></head><body>
        <header><nav class="site-nav"><ul><li><a href="/">Start</a></li><li><a href="/a">Politik</a></li><li><a href="/b">Wirtschaft</a></li></ul></nav></header>
        <article><h1>Envoys meet in Reykjavik for another round</h1>
        <p>The envoys met in Reykjavik on Wednesday.</p>
        <aside class="see-also"><h3>See also</h3><a href="/x">Embassy staff cut again</a><p>Both capitals cut staff in the spring.</p></aside>
        <div class="share">Share: <a href="#">Mail</a> <a href="#">Print</a></div>
        <p>Visas were negotiated until late in the evening.</p>
        </article>
        <footer><p>© 2025 Example Wire.</p><a href="/terms">Terms</a> <a href="/contact">Contact</a> <span>Read <a href="/more">our policy</a> here.</span></footer>
        </body></html>
        """
        let removed = try HTMLExtractor().extract(Array(html.utf8), file: "page.html").removed.map(\.text)
        #expect(removed.contains("Start | Politik | Wirtschaft"), "\(removed)")
        #expect(removed.contains("See also | Embassy staff cut again | Both capitals cut staff in the spring."), "\(removed)")
        #expect(removed.contains("Share: Mail | Print"), "\(removed)")
        #expect(removed.contains("© 2025 Example Wire. | Terms | Contact | Read our policy here."), "\(removed)")
    }
}
