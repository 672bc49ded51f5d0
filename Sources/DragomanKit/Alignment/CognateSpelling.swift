/// English spellings of an international word written the German, Dutch or Norwegian way, for
/// stems no dictionary lists: "delegasjon" → "delegation", "konsultasjon" → "consultation",
/// "diplomatisk" → "diplomatic", "konfisker" (konfiskere) → "confisc", "Konsultation" →
/// "consultation", "kwaliteit" → "quality".
///
/// The pivot (`AlignmentLexicon.build`) otherwise takes such a stem as its own English guess,
/// which matches only where the two spellings agree letter for letter. Norwegian needs this
/// most: its only dictionary (WikDict English–Norwegian, 11k headwords) leaves about 45% of a
/// report's content stems untranslated, and many of them are Latin words in Norwegian spelling.
///
/// A candidate is a guess, so it counts only when it is a known English stem: one the corpus's
/// English reports use or a dictionary gives as a translation (`englishStems`).
struct CognateSpelling {
    let language: LanguageCode

    /// Latin endings in the language's spelling and in English's.
    private static let endings: [LanguageCode: [(String, String)]] = [
        .norwegian: [("sjon", "tion"), ("isk", "ic"), ("ikk", "ic"), ("itet", "ity")],
        .dutch: [("atie", "ation"), ("tie", "tion"), ("isch", "ic"), ("iek", "ic"), ("iteit", "ity")],
        .german: [("isch", "ic"), ("ik", "ic"), ("itat", "ity"), ("tat", "ty")],
    ]

    /// Letter correspondences applied anywhere in the word.
    private static let letters: [LanguageCode: [(String, String)]] = [
        .norwegian: [("sjon", "tion"), ("ks", "x"), ("kv", "qu")],
        .dutch: [("kw", "qu")],
        .german: [],
    ]

    /// Infinitive endings left on verb stems the Snowball stemmers keep ("konfiskere" →
    /// "konfisker", "confisqueren" → "confisquer", "konfiszieren" → "konfiszi").
    private static let verbEndings: [LanguageCode: [String]] = [
        .norwegian: ["er"], .dutch: ["er"], .german: ["ier", "i"],
    ]

    /// English word forms the stem may be written as, most literal first (at most a handful).
    /// "k" becomes "c" only in a word that looks Latin: one that starts with it ("konfisker",
    /// "Kontrolle") or has a Latin ending ("inspeksjon"). Elsewhere it is most often Germanic,
    /// and the guess a false friend: German "bekam" (received) is no "became".
    func englishForms(of stem: String) -> [String] {
        guard let endings = Self.endings[language], stem.count >= 5, stem.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
        var bases = [stem]
        for ending in Self.verbEndings[language] ?? [] where stem.hasSuffix(ending) && stem.count - ending.count >= 5 {
            bases.append(String(stem.dropLast(ending.count)))
        }
        var forms: [String] = []
        for base in bases {
            var form = base, latin = base.hasPrefix("k")
            // A verb's base is not a noun or adjective: "konfisk" is no "-isk" adjective.
            for (from, to) in endings where base == stem && form.hasSuffix(from) {
                form = String(form.dropLast(from.count)) + to; latin = true
                break
            }
            for (from, to) in Self.letters[language] ?? [] { form = form.replacingOccurrences(of: from, with: to) }
            if latin { form = form.replacingOccurrences(of: "k", with: "c") }
            for candidate in [form, Self.undoubled(form)] where candidate != stem && !forms.contains(candidate) { forms.append(candidate) }
        }
        return forms
    }

    /// Doubled consonants written once, as English often does ("kontroll" → "control").
    static func undoubled(_ word: String) -> String {
        var out: [Character] = []
        for c in word {
            if let last = out.last, last == c, !"aeiou".contains(c) { continue }
            out.append(c)
        }
        return String(out)
    }
}
