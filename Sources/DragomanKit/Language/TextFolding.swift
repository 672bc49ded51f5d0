/// Folding used for search, matching and duplicate detection: lower case, diacritics removed, and
/// the letters SQLite's unicode61 tokenizer does not fold (ø æ ß å œ) spelled out in ASCII.
public enum TextFolding {
    /// "Außenministerium" → "aussenministerium", "Søren" → "soren", "Oekraïne" → "oekraine".
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "ß": out.append("s"); out.append("s")
            case "ø": out.append("o")
            case "æ": out.append("a"); out.append("e")
            case "œ": out.append("o"); out.append("e")
            case "đ": out.append("d")
            case "ł": out.append("l")
            case "ı": out.append("i")
            default:
                if scalar.isASCII { out.append(scalar); continue }
                // Canonical decomposition, then drop the combining marks.
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                for part in decomposed where !(0x300...0x36F).contains(part.value) { out.append(part) }
            }
        }
        return String(out)
    }

    /// German-style transcription used by ASCII-folded copies of a text: ä→ae, ö→oe, ü→ue, ß→ss,
    /// then `fold`. Comparing both forms catches "kündigt" vs "kuendigt".
    public static func foldGermanTranscription(_ text: String) -> String {
        var lowered = text.lowercased()
        for (from, to) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
            lowered = lowered.replacingOccurrences(of: from, with: to)
        }
        return fold(lowered)
    }
}
