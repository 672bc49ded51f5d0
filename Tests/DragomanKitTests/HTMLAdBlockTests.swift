import Foundation
import Testing
@testable import DragomanKit

/// Ad blocks inside an article body are dropped whole, label and copy: by an ad-like class or id
/// ("ad-slot", "ads", "sponsored"), or by a first line that is an ad label in one of the four
/// languages. Article text that merely contains such a word stays.
@Suite("HTML ad blocks")
struct HTMLAdBlockTests {
    static let bodies: [(label: String, first: String, second: String, ad: String)] = [
        ("Anzeige", "Die Delegationen trafen sich am Donnerstag in Doha.", "Beide Seiten sprachen von sachlichen Gesprächen.",
         "Billige Hotels in Doha – jetzt reservieren!"),
        ("Advertentie", "De delegaties kwamen donderdag in Doha bijeen.", "Beide partijen spraken van zakelijke gesprekken.",
         "Goedkope hotels in Doha – nu boeken!"),
        ("Annonse", "Delegasjonene møttes torsdag i Doha.", "Begge parter snakket om saklige samtaler.",
         "Billige hoteller i Doha – bestill nå!"),
        ("Advertisement", "The delegations met in Doha on Thursday.", "Both sides spoke of businesslike talks.",
         "Cheap hotels in Doha – book now!"),
        ("Sponsored", "The delegations met in Doha on Thursday.", "Both sides spoke of businesslike talks.",
         "Cheap hotels in Doha – book now!"),
    ]

    static func page(_ block: String, first: String, second: String) -> [UInt8] {
        Array("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks in Doha</title></head>
        <body><article><h1>Talks in Doha</h1>
        <p>\(first)</p>
        \(block)
        <p>\(second)</p>
        </article></body></html>
        """.utf8)
    }

    static func lines(_ bytes: [UInt8]) throws -> [String] {
        try HTMLExtractor().extract(bytes, file: "page.html").text.components(separatedBy: "\n\n")
    }

    @Test(arguments: 0..<5)
    func anAdBlockIsDroppedWhole(index: Int) throws {
        let b = Self.bodies[index]
        for block in [
            #"<div class="ad-slot"><p>\#(b.label)</p><p>\#(b.ad)</p></div>"#,
            #"<div id="ads-inline"><p>\#(b.ad)</p></div>"#,
            #"<div class="box"><p>\#(b.label)</p><p>\#(b.ad)</p></div>"#,
            #"<section><span>\#(b.label.uppercased()):</span><p>\#(b.ad)</p></section>"#,
        ] {
            let lines = try Self.lines(Self.page(block, first: b.first, second: b.second))
            #expect(lines.contains(b.first) && lines.contains(b.second), "\(lines)")
            #expect(!lines.contains { $0.contains(b.ad) || $0 == b.label }, "\(block): \(lines)")
        }
    }

    /// A label word inside a sentence, or a long container that opens with an (empty) ad slot's
    /// label before the article's paragraphs, is article text.
    @Test func articleTextWithALabelWordStays() throws {
        let sentence = "Anzeige erstattete die Botschaft nicht, sagte ein Sprecher."
        let long = (1...6).map { "Die Delegationen sprachen in der \($0). Sitzung über Visa, Bankkonten und Personal der Botschaften." }
        let block = "<div class=\"body\"><p>Anzeige</p>" + long.map { "<p>\($0)</p>" }.joined() + "</div>"
        let lines = try Self.lines(Self.page("<p>\(sentence)</p>" + block, first: "Die Delegationen trafen sich in Doha.", second: "Ende."))
        #expect(lines.contains(sentence), "\(lines)")
        #expect(long.allSatisfy(lines.contains), "\(lines)")
    }
}
