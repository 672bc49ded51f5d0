import DragomanKit
import Foundation
import Testing

/// The ingest fast paths (NFC skipped for text that composition cannot change, the content hash
/// built scalar by scalar, the HTML sniff on the first byte, the staged copy written with POSIX
/// calls) must give what the general definitions give, on the seeds and on crafted text.
@Suite struct IngestFastPathTests {
    static let samples: [String] = {
        let corpus = TestPaths.corpus
        let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        let seeds = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        return seeds + [
            "Mu\u{0308}ller trifft Lawrow in Mu\u{0308}nchen.",          // decomposed umlauts
            "„Gespräche“ – 5 € … «sitat» ‹x›",                            // punctuation kept as is
            "\u{2000}wide\u{2001}space",                                  // NFC singletons
            "\u{1100}\u{1161} and \u{212B}ngstr\u{00F6}m",                // Hangul jamo, Angstrom sign
            "e\u{0301}te\u{0301} a\u{030A}",                               // combining accents
            "Tabs\tand\u{00A0}no-break\u{3000}spaces\r\nand CRLF  ",
        ]
    }()

    @Test func normalisedTextIsNFC() {
        let decoder = TextDecoder()
        for text in Self.samples {
            let normalised = decoder.normalise(text)
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
            #expect(Array(normalised.unicodeScalars) == Array(expected.unicodeScalars), "\(text.prefix(40))")
        }
    }

    @Test func contentHashFoldsWhiteSpaceLikeCharacterSplitting() {
        for text in Self.samples {
            // The definition: Character-level white space runs become one space, ends trimmed.
            let canonical = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(ArticleBuilder.contentHash(of: text) == SHA256.hex(canonical.utf8), "\(text.prefix(40))")
        }
        #expect(ArticleBuilder.contentHash(of: "a  b\n") == ArticleBuilder.contentHash(of: " a\u{00A0}b"))
        #expect(ArticleBuilder.contentHash(of: "a b") != ArticleBuilder.contentHash(of: "ab"))
    }

    @Test func htmlIsRecognisedAndPlainTextIsNot() {
        func sniff(_ text: String) -> Bool { HTMLExtractor.looksLikeHTML(Array(text.utf8)) }
        #expect(sniff("<!DOCTYPE html><html><body><p>x</p></body></html>"))
        #expect(sniff("\u{FEFF}  \n<HTML><p>x</p>"))
        #expect(sniff("<div class=\"a\"><p>Body</p></div>"))
        #expect(!sniff("<Reuters> says the talks are on."))
        for text in Self.samples { #expect(!sniff(text)) }
    }

    @Test func createNewWritesOnceAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-create-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.txt").path
        let bytes = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(AtomicFile.createNew(bytes, atPath: path))
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!AtomicFile.createNew(Data("other".utf8), atPath: path))
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!AtomicFile.createNew(bytes, atPath: folder.appendingPathComponent("missing/b.txt").path))
    }
}
