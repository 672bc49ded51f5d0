import Foundation
import Testing
@testable import DragomanKit

@Suite("Lexicon")
struct LexiconTests {
    // MARK: - dictd

    /// dictd's base64 digits, most significant first (the inverse of `DictdDictionary.decodeBase64Number`).
    static func base64(_ value: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var digits: [Character] = [], rest = value
        repeat { digits.append(alphabet[rest % 64]); rest /= 64 } while rest > 0
        return String(digits.reversed())
    }

    /// A dictionary text in both FreeDict layouts, and its index.
    static func sampleDictionary() -> (dict: String, index: String) {
        let entries: [(String, String)] = [
            ("00databaseshort", "German-French test dictionary\n"),
            ("berg", "Berg /bɛʁk/ <n, masc>\n1. montagne, amoncellement, mont\ngroße, steile Erhebung auf der Landoberfläche\n2. mine\nfeste Erdkruste, Untertagebereich\n"),
            ("haus", "Haus /haʊ̯s/ <n, neut>\n1. maison 2.\nzu einem bestimmten Zweck erbautes Gebäude\n 3.\nzum Wohnen dienendes Gebäude\n2. chambre\ngesetzgebende Körperschaft\n"),
            ("gefrieren", "gefrieren /ɡəˈfʁiːʁən/ <v>\ngeler, glacer, congeler\ndurch Kälteeinwirkung fest und hart werden\n"),
            ("bar", "-bar /baːɐ̯/ <suffix>\nable, ible\nWortbildungselement\n"),
            ("heap", "Berg /bˈɛɾk/ ([+ nom]) <masc, n, sg>\nheap <n>, pile <n>, mound <n>\n         Note: of sth.\n      \"ein Berg Schmutzwäsche\"  - a heap of dirty laundry\n   Synonym: {Haufen}\n\n see: {Haufen}, {Berge}\n\n"),
            ("establishment", "Haus /hˈaʊs/ <neut, n, sg>\n [adm.] establishment <n>, institution <n>\n   Synonyms: {Einrichtung}\n"),
        ]
        var dict = "", index = ""
        for (headword, text) in entries {
            let offset = dict.utf8.count
            dict += text
            index += "\(headword)\t\(base64(offset))\t\(base64(text.utf8.count))\n"
        }
        // Two headwords may point at one article; it must be read once.
        index += "montagne\t\(base64(0 + entries[0].1.utf8.count))\t\(base64(entries[1].1.utf8.count))\n"
        return (dict, index)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func decodesDictdNumbers() {
        #expect(DictdDictionary.decodeBase64Number(Array("A".utf8)[...]) == 0)
        #expect(DictdDictionary.decodeBase64Number(Array("/".utf8)[...]) == 63)
        #expect(DictdDictionary.decodeBase64Number(Array("BA".utf8)[...]) == 64)
        #expect(DictdDictionary.decodeBase64Number(Array("C1".utf8)[...]) == 2 * 64 + 53)
        #expect(DictdDictionary.decodeBase64Number(Array("A-".utf8)[...]) == nil)
        for value in [0, 1, 63, 64, 4095, 1_234_567] {
            #expect(DictdDictionary.decodeBase64Number(Array(Self.base64(value).utf8)[...]) == value)
        }
    }

    @Test func readsPlainDictdFiles() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (dict, index) = Self.sampleDictionary()
        let stem = directory.appendingPathComponent("freedict-test").path
        try dict.write(toFile: stem + ".dict", atomically: true, encoding: .utf8)
        try index.write(toFile: stem + ".index", atomically: true, encoding: .utf8)

        let dictionary = try DictdDictionary(path: stem)
        let byHeadword = Dictionary(grouping: dictionary.articles, by: \.headword)
        // Metadata and affix entries are skipped; the shared article is read once.
        #expect(byHeadword["00databaseshort"] == nil && byHeadword["-bar"] == nil && byHeadword["bar"] == nil)
        #expect(dictionary.articles.count == 5)
        let berg = try #require(byHeadword["berg"]?.first)
        #expect(berg.translations == ["montagne", "amoncellement", "mont", "mine"])
        #expect(berg.primaryCount == 3)
        // Glosses, sense numbers and the "2." WikDict appends to a translation line are gone.
        let haus = try #require(byHeadword["haus"]?.first)
        #expect(haus.translations == ["maison", "chambre"])
        #expect(byHeadword["gefrieren"]?.first?.translations == ["geler", "glacer", "congeler"])
        // Ding-style entries: notes, examples, synonyms and see-also lines are not translations.
        #expect(byHeadword["berg"]?.contains { $0.translations == ["heap", "pile", "mound"] } == true)
        #expect(byHeadword["haus"]?.contains { $0.translations == ["establishment", "institution"] } == true)

        let lexicon = dictionary.lexicon(source: .german, target: .french)
        #expect(lexicon.translations(of: "berg").first { $0.term == "montagne" }?.weight == 1)
        #expect(lexicon.translations(of: "berg").first { $0.term == "mine" }?.weight == 0.7)
    }

    @Test func readsDictzipFilesWithAnRAField() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (dict, index) = Self.sampleDictionary()
        let stem = directory.appendingPathComponent("freedict-test").path
        try index.write(toFile: stem + ".index", atomically: true, encoding: .utf8)
        try dict.write(toFile: stem + ".plain", atomically: true, encoding: .utf8)
        // gzip writes a plain gzip member; dictzip adds an FEXTRA "RA" field after the 10-byte
        // header, which is spliced in here (one chunk of 58315 bytes, as dictzip would record).
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -n -c < '\(stem).plain' > '\(stem).gz'"]
        try gzip.run(); gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0, "gzip failed")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".gz")))
        bytes[3] |= 0x04
        let chunkLength = 58315, subfield: [UInt8] = [0x52, 0x41, 6, 0, 1, 0, UInt8(chunkLength & 0xFF), UInt8(chunkLength >> 8), 1, 0]
        bytes.insert(contentsOf: [UInt8(subfield.count), 0] + subfield, at: 10)
        try Data(bytes).write(to: URL(fileURLWithPath: stem + ".dict.dz"))

        let compressed = try DictdDictionary(path: stem)
        let plain = try DictdDictionary(index: Array(index.utf8), dict: Array(dict.utf8))
        #expect(compressed.articles == plain.articles)
        #expect(compressed.articles.count == 5)
    }

    @Test func rejectsCorruptCompressedData() {
        #expect(throws: DragomanError.self) { try DictdDictionary.gunzip([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + Array(repeating: 0xFF, count: 20)) }
        #expect(throws: DragomanError.self) { try DictdDictionary.gunzip(Array("not gzip at all, really".utf8)) }
    }

    // MARK: - Ding

    @Test func readsDingLines() {
        let text = """
            # Version :: devel
            Aalleiter {f}; Aaltreppe {f} (Wasserbau) | Aalleitern {pl}; Aaltreppen {pl} :: eel ladder (water engineering) | eel ladders
            etw. scheiden; verschalen {vt} [min.] :: to board sth.; to lag
            Schulzeugnis {n} [school] :: school report [Br.]; report card [Am.]
            kaputt {adj} | kaputt gehen :: broken
            """
        let ding = DingDictionary(bytes: Array(text.utf8))
        let pairs = Set(ding.pairs.map { "\($0.left)=\($0.right)\($0.primary ? "" : "*")" })
        #expect(pairs.contains("aalleiter=eel ladder"))
        #expect(pairs.contains("aaltreppe=eel ladder"))
        #expect(pairs.contains("aalleitern=eel ladders*"))
        #expect(pairs.contains("scheiden=board"))
        #expect(pairs.contains("verschalen=lag"))
        #expect(pairs.contains("schulzeugnis=report card"))
        // Unequal part counts: only the first parts pair up.
        #expect(pairs.contains("kaputt=broken") && !pairs.contains { $0.hasPrefix("kaputt gehen") })
        #expect(!pairs.contains { $0.contains("#") || $0.contains("{") || $0.contains("(") || $0.contains("[") })
        let lexicon = ding.lexicon(source: .german, target: .english)
        #expect(lexicon.translations(of: "aalleitern").map(\.weight) == [0.8])
    }

    // MARK: - BilingualLexicon

    @Test func lexiconMergesReversesAndRoundTrips() {
        let a = BilingualLexicon(sourceLanguage: .english, targetLanguage: .norwegian, entries: [
            .init(source: "house", target: "hus"), .init(source: "house", target: "hus", weight: 0.5),
            .init(source: "mountain", target: "fjell", weight: 0.7),
        ])
        #expect(a.translations(of: "house") == [.init(term: "hus", weight: 1)])
        #expect(a.entryCount == 2 && a.sourceTermCount == 2)
        // The entries view rebuilds the same lexicon (what a cache stores and reloads).
        #expect(BilingualLexicon(sourceLanguage: .english, targetLanguage: .norwegian, entries: a.entries) == a)

        let reversed = a.reversed()
        #expect(reversed.sourceLanguage == .norwegian && reversed.targetLanguage == .english)
        #expect(reversed.translations(of: "fjell") == [.init(term: "mountain", weight: 0.7)])

        let b = BilingualLexicon(sourceLanguage: .english, targetLanguage: .norwegian, entries: [
            .init(source: "mountain", target: "fjell", weight: 0.9), .init(source: "mountain", target: "berg", weight: 0.6),
        ])
        let merged = a.merging(b)
        #expect(merged.translations(of: "mountain").map(\.term) == ["fjell", "berg"])
        #expect(merged.translations(of: "mountain").first?.weight == 0.9)
        #expect(merged.translations(of: "nothing").isEmpty)
    }

    @Test func stemmedLexiconSplitsPhrasesAndDropsMultiWordKeys() {
        let lexicon = BilingualLexicon(sourceLanguage: .german, targetLanguage: .french, entries: [
            .init(source: "bergen", target: "montagnes"),
            .init(source: "lachträne", target: "larme de rire"),
            .init(source: "zu hause", target: "chez soi"),
        ])
        let german = SnowballStemmer(language: .german)!, french = SnowballStemmer(language: .french)!
        let stemmed = lexicon.stemmed(source: german, target: french)
        #expect(german.stem("bergen") == german.stem("berg"))
        #expect(stemmed.translations(of: german.stem("berg")).map(\.term) == [french.stem("montagne")])
        // "de" is too short to be evidence; the two content words share the weight.
        let tear = stemmed.translations(of: german.stem("lachträne"))
        #expect(Set(tear.map(\.term)) == [french.stem("larme"), french.stem("rire")])
        #expect(tear.allSatisfy { $0.weight == 0.5 })
        #expect(stemmed.translations(of: "zu hause").isEmpty && stemmed.translations(of: "zu").isEmpty)
    }

    // MARK: - The installed Debian dictionaries

    static let dictd = "/usr/share/dictd/freedict-"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dictd + "deu-fra.index"), "dict-freedict-deu-fra not installed"))
    func readsDebianGermanFrench() throws {
        let lexicon = try DictdDictionary(path: Self.dictd + "deu-fra").lexicon(source: .german, target: .french)
        #expect(lexicon.sourceTermCount > 40_000)
        #expect(lexicon.translations(of: "berg").contains { $0.term == "montagne" })
        #expect(lexicon.translations(of: "gefrieren").contains { $0.term == "geler" })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dictd + "eng-nor.index"), "dict-freedict-eng-nor not installed"))
    func reversesEnglishNorwegian() throws {
        let norwegianEnglish = try DictdDictionary(path: Self.dictd + "eng-nor").lexicon(source: .english, target: .norwegian).reversed()
        #expect(norwegianEnglish.sourceLanguage == .norwegian)
        #expect(norwegianEnglish.translations(of: "hus").contains { $0.term == "house" })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/trans/de-en"), "trans-de-en not installed"))
    func readsDebianDing() throws {
        let lexicon = try DingDictionary(path: "/usr/share/trans/de-en").lexicon(source: .german, target: .english)
        #expect(lexicon.sourceTermCount > 300_000)
        #expect(lexicon.translations(of: "aalleiter").contains { $0.term == "eel ladder" })
    }
}
