import Foundation
import Testing
@testable import DragomanKit

/// A fresh workspace with its store and an ingestor, in a temporary folder.
struct IngestFixture {
    let workspace: Workspace
    let store: CorpusStore
    let ingestor: CorpusIngestor
    let inbox: URL

    init() throws {
        let root = try TestPaths.temporaryFolder("dragoman-ingest")
        workspace = try Workspace.create(at: root.appendingPathComponent("ws"))
        store = try workspace.openStore()
        ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier.load())
        inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = inbox.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func corpusFileNames() throws -> [String] { try workspace.corpusFiles().map(\.lastPathComponent) }
    func articleCount() throws -> Int { try store.database.scalarInt("SELECT count(*) FROM articles") ?? -1 }
    func sentenceCount() throws -> Int { try store.database.scalarInt("SELECT count(*) FROM sentences") ?? -1 }
}

let germanReport = """
Lawrow kündigt neue Gespräche an

Russland und die USA wollen am 10. April in Istanbul über die Arbeit ihrer Botschaften sprechen. Das teilte das Außenministerium in Moskau mit.
"""

@Suite("Bad input is refused whole")
struct BadInputTests {
    private func expectRefused(_ outcome: CorpusIngestor.Outcome, mentioning words: [String], file: String) {
        guard case .refused(let error) = outcome else { Issue.record("expected a refusal, got \(outcome)"); return }
        #expect(error.file == file)
        #expect(!error.description.contains("\n"), "one line")
        for word in words { #expect(error.description.lowercased().contains(word.lowercased()), "\(error.description) should mention \(word)") }
    }

    @Test func everyKindOfBadFileIsRefusedAndChangesNothing() throws {
        let fixture = try IngestFixture()
        let cases: [(String, [UInt8], [String])] = [
            ("empty.txt", [], ["empty"]),
            ("blank.txt", Array("  \n\t\n  ".utf8), ["white space"]),
            ("bom.txt", [0xEF, 0xBB, 0xBF], ["empty"]),
            ("bom-blank.txt", [0xEF, 0xBB, 0xBF, 0x0A, 0x20], ["white space"]),
            ("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array(repeating: 0, count: 64), ["binary"]),
            ("latin1.txt", Array("Die Gespr".utf8) + [0xE4] + Array("che in Istanbul beginnen am Donnerstag.".utf8), ["UTF-8", "Latin-1", "--encoding"]),
            ("utf16.txt", [0xFF, 0xFE] + Array("Hallo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), ["UTF-16"]),
            ("utf16le.txt", Array("Hallo Welt".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), ["UTF-16", "--encoding utf16"]),
            ("dansk.txt", Array("Udenrigsministeren sagde i går, at forhandlingerne om ambassadernes arbejde ville fortsætte i næste uge, og at der ikke var nogen grund til bekymring. Hvad der sker nu, er uklart.".utf8), ["Danish", "--lang"]),
            ("francais.txt", Array("Les délégations russe et américaine se sont réunies jeudi à Istanbul pour discuter du fonctionnement de leurs ambassades respectives.".utf8), ["French", "--lang"]),
        ]
        for (name, bytes, words) in cases {
            let path = try fixture.write(name, bytes)
            expectRefused(try fixture.ingestor.add(fileAt: path), mentioning: words, file: path)
        }
        let missing = fixture.inbox.appendingPathComponent("missing.txt").path
        expectRefused(try fixture.ingestor.add(fileAt: missing), mentioning: ["no such file"], file: missing)
        expectRefused(try fixture.ingestor.add(fileAt: fixture.inbox.path), mentioning: ["directory"], file: fixture.inbox.path)
        #expect(try fixture.articleCount() == 0)
        #expect(try fixture.corpusFileNames().isEmpty)
    }

    /// UTF-16 without a byte-order mark, either byte order, goes in with --encoding utf16.
    @Test func bomlessUTF16IsAcceptedWhenTheUserSaysSo() throws {
        let fixture = try IngestFixture()
        let text = "Die Delegationen trafen sich am Donnerstag in Istanbul, um über die Arbeit der Botschaften zu sprechen."
        for (name, bytes) in [("le.txt", Array(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })),
                              ("be.txt", Array(text.replacingOccurrences(of: "Istanbul", with: "Ankara").utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))] {
            let path = try fixture.write(name, bytes)
            guard case .added(let id, _, let language, _) = try fixture.ingestor.add(fileAt: path, options: IngestOptions(encoding: .utf16)) else {
                Issue.record("\(name) was not added"); continue
            }
            #expect(language == .german)
            #expect(try fixture.store.article(id: id).sentences[0].text.contains("über die Arbeit"))
        }
    }

    /// Bytes 0x80–0x9F are C1 controls in ISO 8859-1 and dashes and quotes in Windows-1252: a
    /// file called Latin-1 that has them is Windows-1252 (as the WHATWG Encoding Standard reads
    /// the label), so the text holds "–" and "“…”", never a control character; and it is the
    /// same text as the file added as cp1252.
    @Test func latin1WithWindowsPunctuationIsWindows1252() throws {
        let bytes = Array("Samtalene varte i fem timer ".utf8) + [0x96] + Array(" og ble kalt ".utf8) + [0x93] + Array("nyttige".utf8) + [0x94]
            + Array(" av begge sider. M".utf8) + [0xF8] + Array("tet fant sted i Wien.".utf8)
        let decoder = TextDecoder()
        let latin1 = try decoder.decode(bytes, encoding: .latin1, file: "x.txt")
        #expect(latin1.contains("timer – og ble kalt “nyttige”"))
        #expect(latin1.contains("Møtet"))
        #expect(!latin1.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        #expect(latin1 == (try decoder.decode(bytes, encoding: .windows1252, file: "x.txt")))
        // Plain Latin-1 without such bytes reads as before.
        #expect(try decoder.decode([0x4D, 0xF8, 0x74, 0x65], encoding: .latin1, file: "y.txt") == "Møte")
    }

    @Test func latin1IsAcceptedWhenTheUserSaysSo() throws {
        let fixture = try IngestFixture()
        let bytes = Array("Die Delegationen trafen sich am Donnerstag in Istanbul, um ".utf8) + [0xFC] + Array("ber die Arbeit der Botschaften zu sprechen.".utf8)
        let path = try fixture.write("alt.txt", bytes)
        guard case .added(let id, _, let language, _) = try fixture.ingestor.add(fileAt: path, options: IngestOptions(encoding: .latin1)) else {
            Issue.record("latin1 file was not added"); return
        }
        #expect(language == .german)
        #expect(try fixture.store.article(id: id).sentences[0].text.contains("über"))
        // The copy in Corpus/ is the user's file byte for byte.
        #expect(try [UInt8](Data(contentsOf: fixture.workspace.corpus.appendingPathComponent("alt.txt"))) == bytes)
    }

    /// A UTF-8 file given a one-byte or UTF-16 `--encoding` (it applies to every file of one
    /// `add`) is refused with a line that says so, instead of going in garbled ("mÃ¸ttes");
    /// a UTF-8 file of plain ASCII reads the same either way and goes in.
    @Test(arguments: [TextDecoder.Encoding.latin1, .windows1252, .utf16])
    func aUTF8FileGivenAnotherEncodingIsRefused(encoding: TextDecoder.Encoding) throws {
        let fixture = try IngestFixture()
        let texts = ["Russiske og amerikanske diplomater møttes tirsdag i Riyadh for å drøfte ambassadenes arbeid.",
                     "Die Delegationen trafen sich am Dienstag in Riad, um über die Arbeit der Botschaften zu sprechen."]
        for (n, text) in texts.enumerated() {
            let path = try fixture.write("utf8-\(n).txt", Array(text.utf8))
            expectRefused(try fixture.ingestor.add(fileAt: path, options: IngestOptions(encoding: encoding)),
                          mentioning: ["UTF-8", encoding.rawValue, "without --encoding"], file: path)
        }
        #expect(try fixture.articleCount() == 0)
        if encoding != .utf16 {
            let ascii = try fixture.write("ascii.txt", Array("The delegations met on Tuesday in Riyadh to discuss the work of the embassies.".utf8))
            guard case .added = try fixture.ingestor.add(fileAt: ascii, options: IngestOptions(encoding: encoding)) else {
                Issue.record("a plain ASCII file was not added with --encoding \(encoding.rawValue)"); return
            }
        }
    }

    @Test func aLongSingleLineIsIngestedNotRefused() throws {
        let fixture = try IngestFixture()
        let sentence = "Die Delegationen der USA und Russlands sprachen in Istanbul über die Arbeit der Botschaften. "
        let text = String(repeating: sentence, count: 200_000 / sentence.utf8.count + 1)
        #expect(text.utf8.count > 200_000)
        let path = try fixture.write("long.txt", text)
        guard case .added(_, let sentences, _, _) = try fixture.ingestor.add(fileAt: path) else { Issue.record("not added"); return }
        #expect(sentences == text.components(separatedBy: "Botschaften.").count - 1)
    }

    @Test func oneBadFileInABatchDoesNotStopTheOthers() throws {
        let fixture = try IngestFixture()
        let good1 = try fixture.write("a.txt", germanReport)
        let bad = try fixture.write("b.txt", [UInt8]())
        let good2 = try fixture.write("c.txt", "The delegations met in Istanbul on Thursday to discuss the work of their embassies. Both sides said the talks were useful.")
        let outcomes = try fixture.ingestor.add(filesAt: [good1, bad, good2])
        #expect(outcomes.filter { if case .added = $0 { true } else { false } }.count == 2)
        if case .refused = outcomes[1] {} else { Issue.record("the empty file should be refused") }
        #expect(try fixture.corpusFileNames() == ["a.txt", "c.txt"])
    }
}

@Suite("Store and corpus stay consistent")
struct StoreConsistencyTests {
    @Test func sameTextWithOtherLineEndingsIsAlreadyPresent() throws {
        let fixture = try IngestFixture()
        guard case .added(let id, _, _, _) = try fixture.ingestor.add(fileAt: try fixture.write("one.txt", germanReport)) else {
            Issue.record("not added"); return
        }
        let variant = "\u{FEFF}" + germanReport.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: ". ", with: ".   ")
        #expect(try fixture.ingestor.add(fileAt: try fixture.write("two.txt", variant)) == .alreadyPresent(id: id))
        #expect(try fixture.articleCount() == 1)
        #expect(try fixture.corpusFileNames() == ["one.txt"])
    }

    @Test func aFailureInsideTheTransactionLeavesNoPartialArticle() throws {
        let fixture = try IngestFixture()
        // Make the store fail on the second sentence of an article, after the article row and the
        // first sentence were written inside the transaction.
        try fixture.store.database.execute("""
            CREATE TRIGGER fail_on_second BEFORE INSERT ON sentences WHEN new.idx = 1
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;
            """)
        let path = try fixture.write("report.txt", germanReport)
        #expect(throws: DragomanError.self) { try fixture.ingestor.add(fileAt: path) }
        #expect(try fixture.articleCount() == 0)
        #expect(try fixture.sentenceCount() == 0)
        #expect(try fixture.store.database.scalarInt("SELECT count(*) FROM sentence_fts") == 0)
        #expect(try fixture.corpusFileNames().isEmpty, "the copy in Corpus/ is taken back")
    }

    @Test func reindexRebuildsTheSameStoreFromCorpus() throws {
        let fixture = try IngestFixture()
        for file in try FileManager.default.contentsOfDirectory(at: TestPaths.corpus, includingPropertiesForKeys: nil) where file.pathExtension == "txt" {
            _ = try fixture.ingestor.add(fileAt: file.path)
        }
        let norwegian = try fixture.write("kort.txt", "Møtet skjer i Moskva.")
        _ = try fixture.ingestor.add(fileAt: norwegian, options: IngestOptions(language: .norwegian, date: CalendarDate(parsing: "2025-06")))
        let before = try fixture.store.articleSummaries()
        let outcomes = try fixture.ingestor.reindex()
        #expect(outcomes.allSatisfy { if case .added = $0 { true } else { false } })
        #expect(try fixture.store.articleSummaries() == before)
        #expect(before.first { $0.fileName == "kort.txt" }?.language == .norwegian, "the --lang override survives reindex")
    }

    @Test func schemaVersionsAreRecordedPerComponent() throws {
        let fixture = try IngestFixture()
        let versions = try fixture.store.schemaVersions()
        for component in StoreSchema.components {
            #expect(versions[component.name] ?? 0 == component.migrations.count, "\(component.name)")
        }
        #expect(try fixture.store.database.query("PRAGMA journal_mode") { $0.text(0) } == ["wal"])
        #expect(try fixture.store.database.query("PRAGMA foreign_keys") { $0.int(0) } == [1])
    }
}

@Suite("Search folds case and diacritics in every language")
struct SearchTests {
    @Test func foldedQueriesFindTheirWords() throws {
        let fixture = try IngestFixture()
        _ = try fixture.ingestor.add(fileAt: try fixture.write("de.txt", germanReport))
        _ = try fixture.ingestor.add(fileAt: try fixture.write("nb.txt", "Utenriksministeren møtte ambassadøren i Tromsø på tirsdag. Møtet varte i to timer."))
        _ = try fixture.ingestor.add(fileAt: try fixture.write("nl.txt", "De gesprekken over Oekraïne staan niet op de agenda, zei de woordvoerder. Het ministerie bevestigde dat."))
        #expect(try fixture.store.search("aussenministerium").map(\.sentenceIndex) == [1])
        #expect(try fixture.store.search("AUẞENMINISTERIUM").count == 1)
        #expect(try fixture.store.search("tromso").first?.language == .norwegian)
        #expect(try fixture.store.search("ambassadoren").count == 1)
        #expect(try fixture.store.search("oekraine").first?.language == .dutch)
        #expect(try fixture.store.search("Botschaft*").count == 1)
        #expect(try fixture.store.search("\"niet op de agenda\"").count == 1)
        #expect(try fixture.store.search("agenda niet staan").count == 1, "words are ANDed in any order")
        #expect(try fixture.store.search("agenda Tromsø").isEmpty)
        // FTS syntax in user input cannot break the query.
        #expect(try fixture.store.search("NEAR( OR AND \" *").isEmpty)
    }

    /// Hits show the sentence as written, the matched words marked, a phrase as one span.
    @Test func snippetsShowTheOriginalText() throws {
        let fixture = try IngestFixture()
        _ = try fixture.ingestor.add(fileAt: try fixture.write("nb.txt", "Utenriksministeren møtte ambassadøren i Tromsø på tirsdag. Møtet varte i to timer."))
        _ = try fixture.ingestor.add(fileAt: try fixture.write("nl.txt", "De gesprekken over Oekraïne staan niet op de agenda, zei de woordvoerder. Het ministerie bevestigde dat."))
        #expect(try fixture.store.search("tromso").map(\.snippet) == ["Utenriksministeren møtte ambassadøren i «Tromsø» på tirsdag."])
        #expect(try fixture.store.search("\"niet op de agenda\" oekraine").map(\.snippet)
                == ["De gesprekken over «Oekraïne» staan «niet op de agenda», zei de woordvoerder."])
        // Quotation marks in the text are not hits.
        _ = try fixture.ingestor.add(fileAt: try fixture.write("nb2.txt", "Utenriksministeren kalte samtalene «saklige og konstruktive» i går. Møtet varte lenge."))
        #expect(try fixture.store.search("konstruktive").map(\.snippet) == ["Utenriksministeren kalte samtalene «saklige og «konstruktive»» i går."])
    }

    /// With the glossary's name variants a search for one spelling finds the others, in any
    /// language; without them only the spelling given.
    @Test func nameVariantsWidenASearch() throws {
        let fixture = try IngestFixture()
        _ = try fixture.ingestor.add(fileAt: try fixture.write("de.txt", "Außenminister Sergej Lawrow sagte am Mittwoch in Moskau, die Gespräche seien sachlich gewesen."))
        _ = try fixture.ingestor.add(fileAt: try fixture.write("en.txt", "Foreign Minister Sergey Lavrov said on Wednesday that the talks had been constructive."))
        let variants = try EntityFixture.readGlossary().nameVariants()
        #expect(variants["lavrov"]?.contains("lawrow") == true)
        #expect(try fixture.store.search("Lavrov").count == 1)
        #expect(Set(try fixture.store.search("Lavrov", variants: variants).map(\.language)) == [.german, .english])
        #expect(try fixture.store.search("Lavrov Moscow", variants: variants).map(\.language) == [.german])
        #expect(try fixture.store.search("Lav*", variants: variants).count == 1, "a prefix query is not widened")
    }
}

@Suite("HTML pages")
struct HTMLIngestTests {
    @Test func articleBodyIsKeptAndPageChromeDropped() throws {
        let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks resume | Example News</title>
        <meta property="article:published_time" content="2025-04-10T09:00:00Z">
        <script>var tracking = "Read this & that";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
        <article><h1>US and Russian diplomats meet in Istanbul</h1>
        <p>The delegations met on Thursday at the Russian consulate in Istanbul &amp; discussed embassy operations.</p>
        <aside class="related"><p>Read more: Another story</p></aside>
        <p>The State Department said Ukraine was not on the agenda.</p>
        <div class="share-buttons"><p>Share this article</p></div>
        </article><footer><p>Copyright 2025 Example News. All rights reserved.</p></footer></body></html>
        """
        let fixture = try IngestFixture()
        guard case .added(let id, _, let language, _) = try fixture.ingestor.add(fileAt: try fixture.write("page.html", page)) else {
            Issue.record("page not added"); return
        }
        let article = try fixture.store.article(id: id)
        #expect(language == .english)
        #expect(article.title == "US and Russian diplomats meet in Istanbul")
        #expect(article.publicationDate?.description == "2025-04-10")
        #expect(article.sentences.map(\.text) == [
            "The delegations met on Thursday at the Russian consulate in Istanbul & discussed embassy operations.",
            "The State Department said Ukraine was not on the agenda.",
        ])
        #expect(try fixture.corpusFileNames() == ["page.html"])
        // `show --removed` accounts for what the page lost before its text was taken, each part
        // with its reason, stored with the article; code (the script) is no removed text.
        let dropped = Dictionary(article.removed.filter { $0.kind == .pageChrome }.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(dropped["Home | World"]?.contains("outside the <article>") == true, "\(dropped)")
        #expect(dropped["We use cookies to improve your experience."]?.contains("outside") == true, "\(dropped)")
        #expect(dropped["Copyright 2025 Example News. All rights reserved."]?.contains("outside") == true, "\(dropped)")
        #expect(dropped["Read more: Another story"]?.contains("<aside>") == true, "\(dropped)")
        #expect(dropped["Share this article"]?.contains("share-buttons") == true, "\(dropped)")
        #expect(!dropped.keys.contains { $0.contains("tracking") })
        for text in dropped.keys { #expect(!article.text.contains(text)) }
    }
}
