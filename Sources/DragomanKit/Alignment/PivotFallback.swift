import Foundation

/// What to look up for a stem that an X→English dictionary does not list. Dictionaries list
/// infinitives and simple nouns; reports write participles, past tenses and fresh compounds
/// ("afgegeven", "beschlagnahmt", "Visavergabe", "banktjenester"), and the Snowball stemmers
/// strip endings but neither prefixes nor compound structure. Without a fallback a third of
/// the Dutch content words of a report had no translation at all.
///
/// Works on folded stems (what the pivot is keyed by), so it applies to any word the
/// vocabulary holds. English needs none: the pivot space is English.
struct PivotFallback {
    /// One way to read a stem: the stems whose translations stand for it (one for an
    /// inflected form, modifier and head for a compound).
    typealias Reading = [String]

    let language: LanguageCode
    private let stemmer: SnowballStemmer?

    init(language: LanguageCode) {
        self.language = language; stemmer = SnowballStemmer(language: language)
    }

    /// Separable verb particles that come before the participle's "ge" ("ab-ge-lehnt",
    /// "af-ge-geven", "zusammen-ge-kommen").
    static let particles: [LanguageCode: [String]] = [
        .german: ["ab", "an", "auf", "aus", "bei", "durch", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach", "statt",
                  "uber", "um", "unter", "vor", "weg", "wieder", "zu", "zuruck", "zusammen"],
        .dutch: ["aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "samen", "tegen", "terug", "toe",
                 "uit", "vast", "voor", "weg"],
    ]

    /// Letters that join the parts of a compound ("Arbeit-s-gruppe", "visum-aanvraag" has none).
    static let linkers: [LanguageCode: [String]] = [
        .german: ["s", "es", "n", "en", "e"], .dutch: ["s", "en", "e"], .norwegian: ["s", "e"],
    ]

    /// Readings of `stem`, best first: verb forms reduced to the verb's stem, then compound
    /// splits (longest shorter part first: "visa|vergab" before "vis|avergab").
    func readings(of stem: String) -> [Reading] {
        guard language != .english else { return [] }
        var result: [Reading] = []
        for form in inflectionCandidates(stem) where form != stem && !result.contains([form]) { result.append([form]) }
        result.append(contentsOf: compoundSplits(stem))
        return result
    }

    /// A participle without its "ge" (after a separable particle), and a form without the
    /// "-t"/"-d"/"-et" of the participle, the past tense or the third person: "gewacht" →
    /// "wacht", "afgegev" → "afgev", "uitgewerkt" → "uitwerk", "gewartet" → "wart",
    /// "beschlagnahmt" → "beschlagnahm".
    func inflectionCandidates(_ stem: String) -> [String] {
        var forms: [String] = []
        func addWithoutDental(_ form: String) {
            forms.append(form)
            guard form.count >= 5, let last = form.last, last == "t" || last == "d" else { return }
            forms.append(String(form.dropLast()))
            if form.hasSuffix("et"), form.count >= 6 { forms.append(String(form.dropLast(2))) }
        }
        for particle in [""] + (Self.particles[language] ?? []) where stem.hasPrefix(particle + "ge") {
            let rest = stem.dropFirst(particle.count + 2)
            guard rest.count >= 3 else { continue }
            addWithoutDental(particle + rest)
        }
        addWithoutDental(stem)
        // Norwegian doubles a final consonant before an ending ("eiendom" → "eiendommene",
        // "rom" → "rommet"), and the stemmer keeps the double ("eiendomm").
        if language == .norwegian, stem.count >= 5, let last = stem.last, !"aeiouyæøå".contains(last),
           stem.dropLast().last == last {
            forms.append(String(stem.dropLast()))
        }
        return forms
    }

    /// (modifier, head) splits of a compound, each part a stem of at least 3 (modifier) and 4
    /// (head) letters, with the modifier also tried without a linking letter.
    func compoundSplits(_ stem: String) -> [Reading] {
        let letters = Array(stem)
        guard letters.count >= 7, letters.allSatisfy(\.isLetter) else { return [] }
        var splits: [(Reading, Int)] = []
        for cut in 3...(letters.count - 4) {
            let head = String(letters[cut...]), modifier = String(letters[..<cut])
            var modifiers = [modifier]
            for linker in Self.linkers[language] ?? [] where modifier.hasSuffix(linker) && modifier.count - linker.count >= 3 {
                modifiers.append(String(modifier.dropLast(linker.count)))
            }
            for m in modifiers {
                let stemmed = TextFolding.fold(stemmer?.stem(m) ?? m)
                // In a fixed order (a Set's order changes from run to run, and with it which of two
                // equally long readings came first, and so the pivot keys of a compound).
                for form in (stemmed == m ? [m] : [m, stemmed]) where form.count >= 3 { splits.append(([form, head], min(m.count, head.count))) }
            }
        }
        return splits.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0[1].count > $1.0[1].count }.map(\.0)
    }
}
