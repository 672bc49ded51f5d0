/// Ordinal numbers written out in words, 1 to 99, built from each language's rules for forming
/// them rather than listed: a story that has run for a year reaches "the thirteenth round",
/// "die dreiundzwanzigste Runde", "de dertiende ronde", "den tjueførste runden".
///
/// The tables hold folded forms (`TextFolding.fold`). Where folding makes two ordinals one
/// spelling (Norwegian "åttende" 8 and "attende" 18 both fold to "attende") the table keeps
/// the number of the form without diacritics and `withDiacritics` the other, so the caller
/// can tell them apart by the word as written.
enum SpelledOrdinals {
    struct Table: Sendable {
        var folded: [String: Int] = [:]
        /// Folded form → number when the word as written has a letter outside ASCII.
        var withDiacritics: [String: Int] = [:]
        /// Tens written as a word of their own before a unit ordinal ("twenty-first").
        var tensBefore: [String: Int] = [:]

        mutating func add(_ written: String, _ n: Int) {
            let key = TextFolding.fold(written)
            if written.unicodeScalars.allSatisfy(\.isASCII) || folded[key] == nil || folded[key] == n {
                if let other = folded[key], other != n { withDiacritics[key] = other }
                folded[key] = n
            } else {
                withDiacritics[key] = n
            }
        }

        func value(_ folded: String, written: String) -> Int? {
            if let n = withDiacritics[folded], !written.unicodeScalars.allSatisfy(\.isASCII) { return n }
            return self.folded[folded]
        }
    }

    /// German: stem + "te" below twenty, + "ste" from twenty ("zwanzigste",
    /// "einundzwanzigste"), with the adjective endings ("dreizehnten", "zwanzigster").
    static let german: Table = {
        var table = Table()
        let below20 = [1: ["erst"], 2: ["zweit"], 3: ["dritt"], 4: ["viert"], 5: ["fünft"], 6: ["sechst"], 7: ["siebt", "siebent"],
                       8: ["acht"], 9: ["neunt"], 10: ["zehnt"], 11: ["elft"], 12: ["zwölft"], 13: ["dreizehnt"], 14: ["vierzehnt"],
                       15: ["fünfzehnt"], 16: ["sechzehnt"], 17: ["siebzehnt"], 18: ["achtzehnt"], 19: ["neunzehnt"]]
        let units = [1: "ein", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun"]
        let tens = [20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig", 90: "neunzig"]
        var stems: [(String, Int)] = below20.flatMap { n, forms in forms.map { ($0, n) } }
        for (t, word) in tens {
            stems.append((word + "st", t))
            for (u, unit) in units { stems.append((unit + "und" + word + "st", t + u)) }
        }
        for (stem, n) in stems { for ending in ["e", "en", "er", "es", "em"] { table.add(stem + ending, n) } }
        return table
    }()

    /// Dutch: "-de" or "-te" below twenty (eerste, derde and achtste irregular), "-ste" from
    /// twenty, and unit + "en" + tens ("eenentwintigste", "tweeëntwintigste").
    static let dutch: Table = {
        var table = Table()
        let below20 = [1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde", 7: "zevende", 8: "achtste",
                       9: "negende", 10: "tiende", 11: "elfde", 12: "twaalfde", 13: "dertiende", 14: "veertiende", 15: "vijftiende",
                       16: "zestiende", 17: "zeventiende", 18: "achttiende", 19: "negentiende"]
        let units = [1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen"]
        let tens = [20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig", 90: "negentig"]
        for (n, word) in below20 { table.add(word, n) }
        for (t, word) in tens {
            table.add(word + "ste", t)
            for (u, unit) in units {
                // "ë" after a vowel in writing ("tweeëntwintigste"); folding makes both one key.
                let joiner = unit.hasSuffix("e") ? "ën" : "en"
                table.add(unit + joiner + word + "ste", t + u)
            }
        }
        return table
    }()

    /// Norwegian Bokmål: tens + unit ordinal ("tjueførste", "trettiandre"), tens + "ende"
    /// ("tjuende", "trettiende"), and the older unit + "og" + tens + "ende" ("enogtyvende").
    static let norwegian: Table = {
        var table = Table()
        let below20 = [1: ["første"], 2: ["andre"], 3: ["tredje"], 4: ["fjerde"], 5: ["femte"], 6: ["sjette"], 7: ["sjuende", "syvende"],
                       8: ["åttende"], 9: ["niende"], 10: ["tiende"], 11: ["ellevte"], 12: ["tolvte"], 13: ["trettende"], 14: ["fjortende"],
                       15: ["femtende"], 16: ["sekstende"], 17: ["syttende"], 18: ["attende"], 19: ["nittende"]]
        let units = [1: ["en"], 2: ["to"], 3: ["tre"], 4: ["fire"], 5: ["fem"], 6: ["seks"], 7: ["sju", "syv"], 8: ["åtte"], 9: ["ni"]]
        let tens = [20: ["tjue", "tyve"], 30: ["tretti", "tredve"], 40: ["førti"], 50: ["femti"], 60: ["seksti"], 70: ["sytti"],
                    80: ["åtti"], 90: ["nitti"]]
        for (n, forms) in below20 { for word in forms { table.add(word, n) } }
        for (t, tensForms) in tens {
            for word in tensForms {
                // "tjue" + "ende" is "tjuende", "tyve" + "ende" "tyvende".
                let tensOrdinal = (word.hasSuffix("e") ? String(word.dropLast()) : word) + "ende"
                table.add(tensOrdinal, t)
                for (u, _) in units { for ordinal in below20[u]! { table.add(word + ordinal, t + u) } }
                for (u, unitForms) in units { for unit in unitForms { table.add(unit + "og" + tensOrdinal, t + u) } }
            }
        }
        return table
    }()

    /// English: "-th" from thirteen ("thirteenth", "twentieth"); from twenty-one the tens are a
    /// word of their own before the unit ordinal ("twenty-first"), which `tensBefore` holds.
    static let english: Table = {
        var table = Table()
        let below20 = [1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
                       10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
                       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth"]
        let tens = [20: "twent", 30: "thirt", 40: "fort", 50: "fift", 60: "sixt", 70: "sevent", 80: "eight", 90: "ninet"]
        for (n, word) in below20 { table.add(word, n) }
        for (t, stem) in tens {
            table.add(stem + "ieth", t)
            table.tensBefore[stem + "y"] = t
            for u in 1...9 { table.add(stem + "y" + below20[u]!, t + u) }
        }
        return table
    }()
}
