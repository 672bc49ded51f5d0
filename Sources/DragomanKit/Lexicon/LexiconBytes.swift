/// Byte-level helpers shared by the dictionary readers. Dictionaries hold hundreds of thousands of
/// lines; debug builds run Character and Regex code about ten times slower than release (see
/// NOTES), so the readers split and clean UTF-8 bytes and only build Strings for finished terms.
enum LexiconBytes {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, newline: UInt8 = 0x0A, comma: UInt8 = 0x2C
    static let semicolon: UInt8 = 0x3B, slash: UInt8 = 0x2F, period: UInt8 = 0x2E

    /// Removes bracketed annotations — `{f}`, `[geol.]`, `(des Bodenprofils)`, `<n, fem>` — and
    /// `/pronunciation/` spans. Brackets nest; an unclosed bracket drops the rest of the text,
    /// which is what a reader wants from a truncated annotation.
    static func stripAnnotations(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var depth = 0
        var inSlashes = false
        var previous: UInt8 = space
        for byte in bytes {
            switch byte {
            case 0x28, 0x5B, 0x7B, 0x3C: depth += 1          // ( [ { <
            case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
            case slash where depth == 0:
                // A pronunciation opens after a space ("Berg /bɛʁk/", eng-nor doubles the
                // slashes: "//flʌd//"); "und/oder" is a word.
                if previous == slash { break }
                if inSlashes { inSlashes = false } else if previous == space { inSlashes = true } else { out.append(byte) }
            default:
                if depth == 0 && !inSlashes { out.append(byte) }
            }
            previous = byte
        }
        return out
    }

    /// Splits on any of the separator bytes and trims each part; empty parts are dropped.
    static func split(_ bytes: [UInt8], separators: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count {
            if index == bytes.count || separators.contains(bytes[index]) {
                let part = trim(bytes[start..<index])
                if !part.isEmpty { parts.append(part) }
                start = index + 1
            }
        }
        return parts
    }

    static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, bytes[lower] <= space { lower += 1 }
        while upper > lower, bytes[upper - 1] <= space { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// The folded form of a dictionary term: lower case, diacritics removed (`TextFolding.fold`),
    /// runs of spaces collapsed, trailing "…"/".." of prefix entries ("Haus…") removed. ASCII terms,
    /// the large majority, take a fast path that never leaves bytes.
    static func foldTerm(_ bytes: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var ascii = true
        for byte in bytes {
            if byte <= space {
                if let last = collapsed.last, last != space { collapsed.append(space) }
                continue
            }
            if byte >= 0x80 { ascii = false }
            collapsed.append(ascii && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        while let last = collapsed.last, last == space || last == period { collapsed.removeLast() }
        if collapsed.count >= 3, collapsed.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]) { collapsed.removeLast(3) } // …
        while let last = collapsed.last, last == space { collapsed.removeLast() }
        let text = String(decoding: collapsed, as: UTF8.self)
        return ascii ? text : TextFolding.fold(text)
    }

    /// Lines of a byte buffer, without their newline.
    static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == newline {
            result.append(bytes[start..<index])
            start = index + 1
        }
        if start < bytes.endIndex { result.append(bytes[start..<bytes.endIndex]) }
        return result
    }
}
