/// Transliteration-normalised keys for names, so that the German, Dutch, Norwegian and English
/// renderings of one Russian name meet: Lawrow = Lavrov, Dartschijew = Dartsjijev = Darchiev,
/// Sacharowa = Zacharova = Zakharova, Dmitri = Dmitrij = Dmitry.
///
/// The key is lossy by design (it is a blocking and comparison key, never shown). Each language
/// transliterates Cyrillic its own way, so "ch" means č in English (Darchiev) but х in German and
/// Dutch (Sacharowa, Zacharova): the language of the surface decides.
public enum NameKey {
    /// The key of a (possibly multi-word) name: words keyed separately, joined by one space.
    public static func key(_ name: String, language: LanguageCode) -> String {
        TextFolding.fold(name)
            .split { !$0.isLetter && !$0.isNumber }
            .map { wordKey(String($0), language: language) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The key of one word. Capital letters in the result are sound classes: C = č (tsch, tsj,
    /// ch in English), S = š (sch, sj, sh), X = х (kh; ch outside English).
    public static func wordKey(_ word: String, language: LanguageCode) -> String {
        var s = TextFolding.fold(word)
        // Multi-letter clusters first, longest first, so "tsch" is not read as "t" + "sch".
        let clusters: [(String, String)] = [
            ("schtsch", "SC"), ("shch", "SC"), ("sjtsj", "SC"),
            ("tsch", "C"), ("tsj", "C"), ("tch", "C"), ("cz", "C"),
            ("sch", "S"), ("sh", "S"),
            ("kh", "X"), ("zh", "Z"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"), ("ks", "x"),
        ]
        for (from, to) in clusters { s = s.replacingOccurrences(of: from, with: to) }
        s = s.replacingOccurrences(of: "ch", with: language == .english ? "C" : "X")
        // Norwegian and Dutch "sj" is š ("Sjojgu"); only after the clusters above ("tsj" is done).
        if language == .dutch || language == .norwegian { s = s.replacingOccurrences(of: "sj", with: "S") }
        // Dutch writes u as "oe" (Oekraïne, Poetin).
        if language == .dutch { s = s.replacingOccurrences(of: "oe", with: "u") }
        var out: [Character] = []
        for c in s {
            let mapped: Character
            switch c {
            case "w": mapped = "v"
            case "j", "y": mapped = "i"
            case "z": mapped = "s"
            case "c": mapped = "k"
            case "q": mapped = "k"
            default: mapped = c
            }
            // Doubled letters (and "ij" → "ii") collapse: Killenworth, Dartsjijev, Marija.
            if out.last == mapped { continue }
            out.append(mapped)
        }
        var key = String(out)
        // -off is the French-era spelling of -ov (Smirnoff); -ow/-ew become -ov/-ev above.
        if key.hasSuffix("of"), key.count > 4 { key = String(key.dropLast(2)) + "ov" }
        return key
    }

    /// 1 − (edit distance / longer length) on keys: 1 for equal keys, 0 for nothing in common.
    public static func similarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longer = max(x.count, y.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(editDistance(x, y)) / Double(longer)
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Character trigrams of a key (padded), the blocking units of the linker's fuzzy index.
    public static func trigrams(_ key: String) -> Set<String> {
        let chars = Array(("#" + key + "#").unicodeScalars)
        guard chars.count >= 3 else { return [String(String.UnicodeScalarView(chars))] }
        var grams: Set<String> = []
        for i in 0...(chars.count - 3) { grams.insert(String(String.UnicodeScalarView(chars[i..<(i + 3)]))) }
        return grams
    }
}
