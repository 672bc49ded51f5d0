import CZlib
import Foundation

/// Reads a dictd dictionary as Debian's FreeDict packages install it: `NAME.index` (lines
/// `headword TAB offset TAB length`, numbers in dictd's base64) and `NAME.dict.dz` (dictzip: a
/// gzip file whose FEXTRA "RA" field lists the sizes of independently flushed chunks) or an
/// uncompressed `NAME.dict`.
///
/// Two entry layouts occur and both are handled by one rule (see `parseEntry`):
/// - FreeDict/WikDict (deu-fra, fra-deu, eng-nor, nld-eng, dan-eng): a headword line
///   `Berg /bɛʁk/ <n, masc>`, then either one translation line followed by a gloss in the
///   source language, or numbered senses `1. montagne, mont` each followed by glosses;
/// - the Ding-derived deu-eng: a headword line, one translation line `heap <n>, pile <n>`, then
///   indented notes, examples, `Synonym:` and ` see:` lines.
public struct DictdDictionary: Sendable {
    public struct Article: Hashable, Sendable {
        /// Folded headword.
        public var headword: String
        /// Folded translations in dictionary order, each once.
        public var translations: [String]
        /// How many of `translations` belong to the first sense.
        public var primaryCount: Int

        public init(headword: String, translations: [String], primaryCount: Int) {
            self.headword = headword; self.translations = translations; self.primaryCount = primaryCount
        }
    }

    public var articles: [Article]

    /// `path` is the common stem, e.g. `/usr/share/dictd/freedict-deu-fra`; `.index` and then
    /// `.dict.dz` or `.dict` are appended.
    public init(path: String) throws {
        let fileManager = FileManager.default
        let indexPath = path + ".index"
        guard let indexData = fileManager.contents(atPath: indexPath) else {
            throw DragomanError("cannot read dictionary index", file: indexPath)
        }
        let dictBytes: [UInt8]
        if let compressed = fileManager.contents(atPath: path + ".dict.dz") {
            dictBytes = try Self.gunzip([UInt8](compressed), file: path + ".dict.dz")
        } else if let plain = fileManager.contents(atPath: path + ".dict") {
            dictBytes = [UInt8](plain)
        } else {
            throw DragomanError("no .dict.dz or .dict beside the index", file: indexPath)
        }
        try self.init(index: [UInt8](indexData), dict: dictBytes, file: indexPath)
    }

    /// Parses an index and the uncompressed dictionary text it points into.
    public init(index: [UInt8], dict: [UInt8], file: String? = nil) throws {
        var articles: [Article] = []
        var seenOffsets = Set<Int>()
        for line in LexiconBytes.lines(index[...]) {
            let fields = line.split(separator: LexiconBytes.tab, omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            // dictd's own metadata entries ("00databaseinfo", "00-database-url"…).
            if fields[0].starts(with: Array("00database".utf8)) || fields[0].starts(with: Array("00-database".utf8)) { continue }
            guard let offset = Self.decodeBase64Number(fields[1]), let length = Self.decodeBase64Number(fields[2]) else {
                throw DragomanError("bad offset or length in index line", file: file)
            }
            guard offset + length <= dict.count else { throw DragomanError("index points past the end of the dictionary", file: file) }
            // Several headwords (inflected forms) can share one article: parse it once.
            guard seenOffsets.insert(offset).inserted else { continue }
            if let article = Self.parseEntry(dict[offset..<(offset + length)]) { articles.append(article) }
        }
        self.articles = articles
    }

    /// All (headword, translation) pairs as a lexicon; secondary senses get weight 0.7.
    public func lexicon(source: LanguageCode, target: LanguageCode) -> BilingualLexicon {
        BilingualLexicon(sourceLanguage: source, targetLanguage: target, entries: articles.lazy.flatMap { article in
            article.translations.enumerated().map { index, term in
                BilingualLexicon.Entry(source: article.headword, target: term, weight: index < article.primaryCount ? 1 : 0.7)
            }
        })
    }

    // MARK: - Entries

    /// Translation lines are the first line after the headword line and every later line that
    /// starts with a sense number ("2. mine"); everything else (glosses, indented notes,
    /// examples, synonym and see-also lists) is source-language text and is skipped.
    static func parseEntry(_ bytes: ArraySlice<UInt8>) -> Article? {
        let lines = LexiconBytes.lines(bytes)
        guard let headLine = lines.first else { return nil }
        let headword = LexiconBytes.foldTerm(LexiconBytes.trim(LexiconBytes.stripAnnotations(headLine)[...]))
        // Affixes ("-able", "ab-") are word-formation entries, not words.
        guard !headword.isEmpty, !headword.hasPrefix("-"), !headword.hasSuffix("-") else { return nil }
        var translations: [String] = []
        var primaryCount = 0
        var seen = Set<String>()
        for (number, line) in lines.dropFirst().enumerated() {
            var body = line
            let numbered = Self.dropSenseNumber(&body)
            guard number == 0 || numbered else { continue }
            // Deeply indented lines are notes and examples even in first place; a lightly
            // indented first line (" [adm.] establishment <n>") is a translation line.
            if body.prefix(3).elementsEqual([LexiconBytes.space, LexiconBytes.space, LexiconBytes.space]) { continue }
            // WikDict writes the next sense number of a gloss list at the end of the line:
            // "maison 2." — drop it.
            var cleaned = LexiconBytes.stripAnnotations(body)
            Self.dropTrailingSenseNumber(&cleaned)
            for part in LexiconBytes.split(cleaned, separators: [LexiconBytes.comma, LexiconBytes.semicolon]) {
                let term = LexiconBytes.foldTerm(part)
                guard !term.isEmpty, seen.insert(term).inserted else { continue }
                translations.append(term)
            }
            if primaryCount == 0 { primaryCount = translations.count }
        }
        return translations.isEmpty ? nil : Article(headword: headword, translations: translations, primaryCount: primaryCount)
    }

    /// Removes a leading "12. " and reports whether there was one.
    private static func dropSenseNumber(_ line: inout ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39 { index += 1 }
        guard index > line.startIndex, index + 1 < line.endIndex, line[index] == LexiconBytes.period,
              line[index + 1] == LexiconBytes.space else { return false }
        line = line[(index + 2)...]
        return true
    }

    private static func dropTrailingSenseNumber(_ text: inout [UInt8]) {
        var end = text.count
        while end > 0, text[end - 1] == LexiconBytes.space { end -= 1 }
        guard end > 0, text[end - 1] == LexiconBytes.period else { return }
        var start = end - 1
        while start > 0, text[start - 1] >= 0x30, text[start - 1] <= 0x39 { start -= 1 }
        guard start < end - 1, start == 0 || text[start - 1] == LexiconBytes.space else { return }
        text.removeSubrange(start...)
    }

    // MARK: - Index numbers

    /// dictd writes offsets and lengths as base-64 numbers, most significant digit first, with
    /// the alphabet A–Z a–z 0–9 + / and no padding ("C1" = 2·64 + 53).
    static func decodeBase64Number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for digit in digits {
            let sextet: Int
            switch digit {
            case 0x41...0x5A: sextet = Int(digit) - 0x41
            case 0x61...0x7A: sextet = Int(digit) - 0x61 + 26
            case 0x30...0x39: sextet = Int(digit) - 0x30 + 52
            case 0x2B: sextet = 62
            case 0x2F: sextet = 63
            default: return nil
            }
            value = value * 64 + sextet
        }
        return value
    }

    // MARK: - dictzip

    /// Decompresses a whole gzip/dictzip file. dictzip flushes the deflate stream at every chunk
    /// boundary, so one raw inflate over the whole member reads it sequentially; the RA field's
    /// chunk length × count only sizes the output buffer.
    static func gunzip(_ bytes: [UInt8], file: String? = nil) throws -> [UInt8] {
        guard bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 8 else {
            throw DragomanError("not a gzip/dictzip file", file: file)
        }
        let flags = bytes[3]
        var position = 10
        var expectedSize = bytes.count * 4
        if flags & 0x04 != 0 {                                   // FEXTRA
            let extraLength = Int(bytes[position]) | Int(bytes[position + 1]) << 8
            position += 2
            var sub = position
            while sub + 4 <= position + extraLength, sub + 4 <= bytes.count {
                let subLength = Int(bytes[sub + 2]) | Int(bytes[sub + 3]) << 8
                if bytes[sub] == 0x52, bytes[sub + 1] == 0x41, subLength >= 6, sub + 10 <= bytes.count { // "RA"
                    let chunkLength = Int(bytes[sub + 6]) | Int(bytes[sub + 7]) << 8
                    let chunkCount = Int(bytes[sub + 8]) | Int(bytes[sub + 9]) << 8
                    expectedSize = chunkLength * chunkCount
                }
                sub += 4 + subLength
            }
            position += extraLength
        }
        for flag in [UInt8(0x08), 0x10] where flags & flag != 0 { // FNAME, FCOMMENT: zero-terminated
            while position < bytes.count, bytes[position] != 0 { position += 1 }
            position += 1
        }
        if flags & 0x02 != 0 { position += 2 }                   // FHCRC
        guard position < bytes.count else { throw DragomanError("truncated gzip header", file: file) }
        return try inflateRaw(bytes[position...], expectedSize: expectedSize, file: file)
    }

    static func inflateRaw(_ input: ArraySlice<UInt8>, expectedSize: Int, file: String?) throws -> [UInt8] {
        var stream = z_stream()
        guard dragoman_inflate_init2(&stream, -15) == Z_OK else { throw DragomanError("zlib inflateInit2 failed", file: file) }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(max(expectedSize, 1 << 16))
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        var input = Array(input)
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            buffer.withUnsafeMutableBufferPointer { outBuffer in
                repeat {
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    let produced = outBuffer.count - Int(stream.avail_out)
                    output.append(contentsOf: outBuffer[0..<produced])
                } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            }
        }
        guard status == Z_STREAM_END || (status == Z_OK && stream.avail_in == 0) else {
            throw DragomanError("corrupt compressed data (zlib status \(status))", file: file)
        }
        return output
    }
}
