import Foundation
import Testing
@testable import DragomanKit

/// A page cut off mid-element is added with a warning naming the element; an article whose text
/// lies inside one already in the corpus (or holds one whole) is added with a warning naming
/// that article. Ordinary articles get no warning.
@Suite("Truncated pages and contained texts")
struct IngestTruncationTests {
    static let paragraphs = [
        "Envoys of both countries met in Reykjavik on Wednesday to discuss the staffing of their embassies.",
        "The talks at the residence of the Icelandic foreign minister lasted almost six hours.",
        "Both sides agreed to issue visas for diplomats within a month, the head of one delegation said.",
        "No agreement was reached on the return of two seized country houses near the capital.",
        "The next meeting is expected in Helsinki in the spring.",
    ]

    static func page(cutInside: Bool) -> String {
        let head = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Envoys meet in Reykjavik</title></head>
        <body><article><h1>Envoys meet in Reykjavik for a fourth round</h1>
        <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p>
        <section class="more-stories"><h3>More</h3><p>Embassy staff were cut again in the autumn, the
        """
        guard !cutInside else { return head }
        return head + " ministries said.</p></section>\n<p>\(paragraphs[3])</p><p>\(paragraphs[4])</p>\n</article></body></html>\n"
    }

    @Test func whereAPageEnds() {
        #expect(HTMLExtractor.truncation(Array(Self.page(cutInside: true).utf8)) == "section")
        #expect(HTMLExtractor.truncation(Array(Self.page(cutInside: false).utf8)) == nil)
        #expect(HTMLExtractor.truncation(Array("<html><body><div class=\"x\"><p>Text</p></div><p data-note=\"a > b".utf8)) == "a tag")
        // End tags HTML lets a page leave out, a stray unclosed div in a page that ends properly,
        // and markup inside a script are no truncation.
        #expect(HTMLExtractor.truncation(Array("<html><body><article><p>One.<p>Two.<ul><li>Three</ul></article>".utf8)) == nil)
        #expect(HTMLExtractor.truncation(Array("<html><body><div><p>Text.</p></body></html>".utf8)) == nil)
        #expect(HTMLExtractor.truncation(Array("<html><body><script>var s = '<div>';</script><p>Text.</p></body></html>".utf8)) == nil)
        #expect(HTMLExtractor.truncation(Array("<html><body><p>Text.</p><!-- a comment".utf8)) == "a comment")
    }

    func warnings(_ outcome: CorpusIngestor.Outcome) -> [String]? {
        if case .added(_, _, _, let warnings) = outcome { return warnings }
        return nil
    }

    @Test func aTruncatedPageIsAddedWithAWarning() throws {
        let fixture = try IngestFixture()
        let full = try fixture.ingestor.add(fileAt: try fixture.write("full.html", Self.page(cutInside: false)))
        #expect(warnings(full) == [], "a complete page gets no warning")
        let cut = try fixture.ingestor.add(fileAt: try fixture.write("cut.html", Self.page(cutInside: true)))
        let lines = try #require(warnings(cut))
        #expect(lines.contains("HTML ends inside <section> (truncated?)"), "\(lines)")
        #expect(lines.contains { $0.contains("part of full") }, "\(lines)")
    }

    /// Plain text in each language: a strict prefix of an article in the corpus, or the full
    /// version of one added before it, is named; a different article on the same story is not.
    @Test(arguments: [
        ["Die Gesandten trafen sich am Mittwoch in Reykjavík.", "Die Gespräche dauerten fast sechs Stunden.",
         "Beide Seiten einigten sich auf Visa für Diplomaten binnen eines Monats.", "Über die Landhäuser gab es keine Einigung."],
        ["De gezanten kwamen woensdag in Reykjavik bijeen.", "De gesprekken duurden bijna zes uur.",
         "Beide partijen werden het eens over visa voor diplomaten binnen een maand.", "Over de landhuizen werd geen akkoord bereikt."],
        ["Utsendingene møttes onsdag i Reykjavík.", "Samtalene varte i nesten seks timer.",
         "Begge parter ble enige om visum for diplomater innen en måned.", "Det ble ingen enighet om landstedene."],
        paragraphs,
    ])
    func aContainedTextIsNamed(sentences: [String]) throws {
        let fixture = try IngestFixture()
        let text = sentences.joined(separator: " ") + "\n"
        _ = try fixture.ingestor.add(fileAt: try fixture.write("whole.txt", text))
        // Cut mid-sentence, as a broken download is.
        let cut = String(text.prefix(text.count * 2 / 3))
        let part = try #require(warnings(try fixture.ingestor.add(fileAt: try fixture.write("part.txt", cut))))
        #expect(part.count == 1 && part[0].contains("part of whole"), "\(part)")

        let other = try IngestFixture()
        _ = try other.ingestor.add(fileAt: try other.write("part.txt", cut))
        let whole = try #require(warnings(try other.ingestor.add(fileAt: try other.write("whole.txt", text))))
        #expect(whole.count == 1 && whole[0].contains("whole text of part"), "\(whole)")

        // Another report that shares one sentence but is not a part of it: no warning.
        let different = sentences[1] + " " + sentences.reversed().joined(separator: " ") + " Extra words close it.\n"
        #expect(warnings(try fixture.ingestor.add(fileAt: try fixture.write("other.txt", different))) == [])
    }
}
