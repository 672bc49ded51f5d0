/// Folding used for search, matching and duplicate detection: lower case, diacritics removed, and
/// the letters SQLite's unicode61 tokenizer does not fold (ø æ ß œ) spelled out in ASCII.
///
/// One pass over the scalars with a table for Latin letters: this runs on every token and line of
/// every article, and Foundation's `lowercased()` plus canonical decomposition per scalar was the
/// largest cost of ingest.
public enum TextFolding {
    /// "Außenministerium" → "aussenministerium", "Søren" → "soren", "Oekraïne" → "oekraine".
    public static func fold(_ text: String) -> String { fold(text, germanTranscription: false) }

    /// German-style transcription used by ASCII-folded copies of a text: ä→ae, ö→oe, ü→ue, ß→ss,
    /// then `fold`. Comparing both forms catches "kündigt" vs "kuendigt".
    public static func foldGermanTranscription(_ text: String) -> String { fold(text, germanTranscription: true) }

    private static func fold(_ text: String, germanTranscription: Bool) -> String {
        // Output as UTF-8 bytes: appending to a byte array is far cheaper than to a scalar view.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value))
                continue
            }
            if germanTranscription {
                switch value {
                case 0xE4, 0xC4: out.append(0x61); out.append(0x65); continue   // ae
                case 0xF6, 0xD6: out.append(0x6F); out.append(0x65); continue   // oe
                case 0xFC, 0xDC: out.append(0x75); out.append(0x65); continue   // ue
                default: break
                }
            }
            if let mapped = latinTable[value] {
                out.append(contentsOf: mapped)
                continue
            }
            // Other scripts: lower-case, then drop combining marks.
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                // Capital ẞ lower-cases to ß, which the Latin table spells out.
                if let mapped = latinTable[lowered.value] { out.append(contentsOf: mapped); continue }
                let decomposed = String(lowered).decomposedStringWithCanonicalMapping.unicodeScalars
                for part in decomposed where !(0x300...0x36F).contains(part.value) { out.append(contentsOf: Array(String(part).utf8)) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin-1 Supplement and Latin Extended-A letters → folded ASCII, built once.
    private static let latinTable: [UInt32: [UInt8]] = {
        var table: [UInt32: String] = [0xDF: "ss", 0xF8: "o", 0xD8: "o", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe",
                                       0x111: "d", 0x110: "d", 0x142: "l", 0x141: "l", 0x131: "i", 0xFE: "th", 0xDE: "th",
                                       0xF0: "d", 0xD0: "d", 0x2019: "'", 0x2018: "'"]
        for value in UInt32(0xC0)...UInt32(0x17F) where table[value] == nil {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let lowered = scalar.properties.lowercaseMapping.decomposedStringWithCanonicalMapping
            let base = String(String.UnicodeScalarView(lowered.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }))
            if base.unicodeScalars.allSatisfy(\.isASCII), !base.isEmpty { table[value] = base }
        }
        return table.mapValues { Array($0.utf8) }
    }()
}
