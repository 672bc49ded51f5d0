import Foundation

/// Turns a file's bytes into normalised text, or refuses them with a one-line reason.
/// Normalisation: BOM dropped, CRLF and CR turned into LF, Unicode NFC.
public struct TextDecoder: Sendable {
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf8", latin1 = "latin1", windows1252 = "cp1252", utf16 = "utf16"

        public static func parse(_ text: String) -> Encoding? {
            switch text.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
            case "utf8": return .utf8
            case "latin1", "iso88591", "l1": return .latin1
            case "cp1252", "windows1252", "win1252": return .windows1252
            case "utf16": return .utf16
            default: return nil
            }
        }
    }

    public init() {}

    /// - Parameter encoding: the user's `--encoding`; nil means UTF-8 with detection of the rest.
    public func decode(_ bytes: [UInt8], encoding: Encoding? = nil, file: String) throws -> String {
        // A byte-order mark alone is no text either.
        let afterMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if afterMark.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }) {
            throw DragomanError(afterMark.isEmpty ? "the file is empty" : "the file holds only white space", file: file)
        }
        let hasUTF16BOM = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        // A file that is valid UTF-8 with letters beyond ASCII is UTF-8: read as a one-byte
        // encoding it would turn "møttes" into "mÃ¸ttes" throughout, and as UTF-16 into CJK
        // noise. `--encoding` applies to every file of one `add`, so this is the common slip.
        if let encoding, encoding != .utf8, !hasUTF16BOM, !(encoding == .utf16 && Self.bomlessUTF16(bytes) != nil),
           bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil {
            throw DragomanError("the file is UTF-8 text, not \(encoding.rawValue) (read as \(encoding.rawValue), its letters would be garbled); add it without --encoding", file: file)
        }
        let text: String
        switch encoding {
        case .latin1:
            // As the WHATWG Encoding Standard reads the label: "latin1" text with bytes 0x80–0x9F
            // is Windows-1252 (those bytes are C1 controls in ISO 8859-1, which no text uses, and
            // dashes and quotes in Windows-1252, which files called Latin-1 are full of).
            if bytes.contains(where: { (0x80...0x9F).contains($0) }), let decoded = String(bytes: bytes, encoding: .windowsCP1252) {
                text = decoded
            } else {
                text = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
            }
        case .windows1252:
            guard let decoded = String(bytes: bytes, encoding: .windowsCP1252) else {
                throw DragomanError("the file is not valid Windows-1252 text", file: file)
            }
            text = decoded
        case .utf16:
            // Without a byte-order mark, the zero bytes of ASCII letters tell the byte order.
            let order: String.Encoding = hasUTF16BOM ? .utf16 : (Self.bomlessUTF16(bytes) ?? .utf16)
            guard let decoded = String(bytes: bytes, encoding: order) else {
                throw DragomanError("the file is not valid UTF-16 text", file: file)
            }
            text = decoded
        case .utf8, nil:
            if encoding == nil, hasUTF16BOM {
                throw DragomanError("the file is UTF-16 text, not UTF-8; add it with --encoding utf16", file: file)
            }
            if encoding == nil, Self.bomlessUTF16(bytes) != nil {
                throw DragomanError("the file looks like UTF-16 text without a byte-order mark, not UTF-8; add it with --encoding utf16", file: file)
            }
            if looksBinary(bytes) { throw DragomanError("the file is binary, not text", file: file) }
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            guard let decoded = String(validating: body, as: UTF8.self) else {
                let offset = firstInvalidUTF8Offset(Array(body))
                throw DragomanError("the text is not valid UTF-8 (first bad byte at offset \(offset)); it looks like \(guessLegacyEncoding(bytes)): add it with --encoding \(guessLegacyEncoding(bytes) == "Windows-1252" ? "cp1252" : "latin1")", file: file)
            }
            text = decoded
        }
        if encoding != nil, encoding != .utf8, looksBinary(Array(text.utf8)) {
            throw DragomanError("the file is binary, not text", file: file)
        }
        return normalise(text)
    }

    /// BOM, line endings, NFC. Also used for text that comes from HTML.
    public func normalise(_ text: String) -> String {
        var result = text
        if result.hasPrefix("\u{FEFF}") { result.removeFirst() }
        if result.utf8.contains(13) {
            // "\r\n" is a single Character in Swift, so replace it before lone "\r".
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Soft hyphens and zero-width spaces are invisible in the page and break words for
        // search, stems and glossary matching ("Botschafts\u{AD}gespräche").
        if result.unicodeScalars.contains(where: { Self.invisibleBreaks.contains($0.value) }) {
            result.unicodeScalars.removeAll { Self.invisibleBreaks.contains($0.value) }
        }
        // Composing is costly, so it is done only when it can change something.
        if !result.unicodeScalars.allSatisfy(Self.isStableUnderNFC) {
            result = result.precomposedStringWithCanonicalMapping
        }
        return result
    }

    /// Soft hyphen, zero-width space, zero-width non-joiner and word joiner.
    static let invisibleBreaks: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x2060]

    /// Scalars that NFC leaves alone whatever surrounds them: everything below the combining
    /// diacritics (U+0300), and the punctuation, quotes, dashes and currency signs of news text
    /// (U+2010–U+205E, U+20A0–U+20C0), which are neither combining nor decomposable. Anything
    /// else (combining marks, the singletons U+2000/U+2001, Hangul, …) sends the text through
    /// full composition.
    @inline(__always) static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (v >= 0x2010 && v <= 0x205E) || (v >= 0x20A0 && v <= 0x20C0)
    }

    /// UTF-16 without a byte-order mark: in text of Latin letters every other byte is zero, the
    /// second of each pair in little-endian, the first in big-endian. Most pairs (of the first
    /// 1,024 bytes) must look so, and the other position must hold no zeros.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String.Encoding? {
        let pairs = min(bytes.count, 1_024) / 2
        guard pairs >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for k in 0..<pairs {
            if bytes[2 * k] == 0 { evenZero += 1 }
            if bytes[2 * k + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 >= pairs * 7, evenZero == 0 { return .utf16LittleEndian }
        if evenZero * 10 >= pairs * 7, oddZero == 0 { return .utf16BigEndian }
        return nil
    }

    /// NUL bytes, or many control characters other than tab/newline/form feed, mean binary data.
    func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        }
        return control * 100 > max(sample.count, 1) * 2
    }

    private func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var low = 0, high = bytes.count
        // The longest valid prefix, found by bisection (validation is all or nothing).
        while low < high {
            let middle = (low + high + 1) / 2
            if String(validating: bytes[0..<middle], as: UTF8.self) != nil || endsInsideSequence(bytes, middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func endsInsideSequence(_ bytes: [UInt8], _ end: Int) -> Bool {
        // A prefix cut inside a multi-byte character is invalid but not the error we look for.
        var index = end - 1, continuation = 0
        while index >= 0, bytes[index] & 0xC0 == 0x80, continuation < 3 { index -= 1; continuation += 1 }
        guard index >= 0 else { return false }
        let lead = bytes[index]
        let expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
        return expected > continuation && String(validating: bytes[0..<index], as: UTF8.self) != nil
    }

    /// Bytes 0x80–0x9F are printable only in Windows-1252; otherwise Latin-1 is the usual suspect.
    private func guessLegacyEncoding(_ bytes: [UInt8]) -> String {
        bytes.contains { (0x80...0x9F).contains($0) } ? "Windows-1252" : "Latin-1 (ISO-8859-1)"
    }
}
