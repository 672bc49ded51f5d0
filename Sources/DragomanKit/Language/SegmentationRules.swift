/// Per-language knowledge the sentence segmenter needs: which words written with a full stop are
/// abbreviations, how they behave, and which words typically open a sentence.
///
/// Entries are lower case and written without their final full stop ("z.b" for "z.B." and
/// "bl.a" for "bl.a."); the segmenter lower-cases the token before the stop to look it up. The
/// spaced forms ("z. B.", "d. h.", "u. a.") need no entry: a single letter before a stop never
/// ends a sentence (it is an initial or part of such an abbreviation).
public struct SegmentationRules: Sendable {
    /// Abbreviations that never end a sentence: titles before names and abbreviations that are
    /// always followed by more of their sentence ("Dr.", "z.B.", "f.eks.", "bijv.").
    public var abbreviations: Set<String>
    /// Abbreviations that may close a sentence ("usw.", "etc.", "osv.", "Inc."): a capitalised
    /// word after them starts a new sentence, a lower-case one continues it.
    public var finalAbbreviations: Set<String>
    /// Abbreviations that only stand before a number ("Nr. 5", "S. 12", "kl. 14", "No. 1");
    /// elsewhere they are ordinary words ("I said no. Then…").
    public var numberAbbreviations: Set<String>
    /// Frequent sentence openers (pronouns, articles, conjunctions). After an ambiguous stop (a
    /// dotted initialism such as "U.S.", a German ordinal-looking number) the next word being one
    /// of these is the evidence that a new sentence starts.
    public var sentenceStarters: Set<String>
    /// Month names: "am 10. April", "27. februar" never end a sentence.
    public var months: Set<String>
    /// German and Norwegian write ordinals with a full stop ("am 10. April", "der 1. FC",
    /// "27. februar"); in German the next word is capitalised whatever it is, so a number of one
    /// to three digits before a stop only ends a sentence before a sentence starter.
    public var ordinalsWithStop: Bool
    /// German capitalises nouns, so a capitalised word after an ordinal is no evidence of a
    /// sentence start.
    public var capitalisesNouns: Bool
    /// Norwegian writes a capital after a colon only when a full sentence or a quotation follows
    /// ("…leve med: Dette uaktet…"), so there a colon before a capital, «, or a dialogue dash ends
    /// a sentence.
    public var colonBeforeCapitalEndsSentence: Bool
    /// Informal English (web text, mail, comments) often starts sentences in lower case; a stop,
    /// "?" or "!" after an ordinary word followed by a lower-case word is then a boundary, since
    /// the abbreviations are known.
    public var lowercaseSentenceStarts: Bool
    /// One-letter words that can end a sentence ("…det museet vi bor i.", Dutch "Dank u.");
    /// any other single letter before a stop is an initial.
    public var oneLetterWords: Set<String>
    /// Marks that only ever close a quotation in this language, so that one standing apart
    /// after a stop ("« Nei! » skriver…") still belongs to the sentence before it.
    public var spacedClosingQuotes: Set<Unicode.Scalar>
    /// Abbreviated month names ("okt", "sept", "mrt"): before a number ("14. Okt. 2025",
    /// "14 okt. 2025", "Sept. 16") their stop is the abbreviation's, not a sentence end.
    public var monthAbbreviations: Set<String>
    /// Verbs that attribute a quotation when its speaker comes first ("…suitcases?" Foreign
    /// Ministry spokeswoman Maria Zakharova said on Thursday): a quoted question or exclamation
    /// and its attribution are one sentence. German, Dutch and Norwegian invert ("„…?“ fragte
    /// er", "«…?» spurte han", one sentence already: a lower-case word after a quotation
    /// continues it), but translations from English keep the speaker first («…?»
    /// Utenriksdepartementets talskvinne … sa), and splitting there breaks a 1-1 bead in two.
    public var attributionVerbs: Set<String>

    public init(
        abbreviations: Set<String>, finalAbbreviations: Set<String>, numberAbbreviations: Set<String>,
        sentenceStarters: Set<String>, months: Set<String>, ordinalsWithStop: Bool,
        capitalisesNouns: Bool, colonBeforeCapitalEndsSentence: Bool, lowercaseSentenceStarts: Bool,
        oneLetterWords: Set<String> = [], spacedClosingQuotes: Set<Unicode.Scalar> = ["”"],
        monthAbbreviations: Set<String> = [], attributionVerbs: Set<String> = []
    ) {
        self.attributionVerbs = attributionVerbs
        self.abbreviations = abbreviations
        self.finalAbbreviations = finalAbbreviations
        self.numberAbbreviations = numberAbbreviations
        self.sentenceStarters = sentenceStarters
        self.months = months
        self.ordinalsWithStop = ordinalsWithStop
        self.capitalisesNouns = capitalisesNouns
        self.colonBeforeCapitalEndsSentence = colonBeforeCapitalEndsSentence
        self.lowercaseSentenceStarts = lowercaseSentenceStarts
        self.oneLetterWords = oneLetterWords
        self.spacedClosingQuotes = spacedClosingQuotes
        self.monthAbbreviations = monthAbbreviations
    }

    /// The rules for a language; languages without their own list get the English one's
    /// language-neutral parts (titles, Latin abbreviations) and no special conventions.
    public static func forLanguage(_ language: LanguageCode) -> SegmentationRules {
        switch language.rawValue {
        case "de": return german
        case "nl": return dutch
        case "nb", "no", "nn": return norwegian
        case "en": return english
        default: return generic
        }
    }

    // Abbreviations common to the four languages' news text (titles, Latin, military ranks).
    private static let shared: Set<String> = [
        "dr", "drs", "prof", "mr", "mrs", "ms", "st", "gen", "lt", "col", "capt", "cpt", "maj", "sgt",
        "adm", "cdr", "gov", "sen", "rep", "pres", "hon", "rev", "mt", "ca", "vs", "resp",
        "e.g", "i.e", "cf", "viz", "ph.d", "dipl",
    ]

    public static let german = SegmentationRules(
        abbreviations: shared.union([
            "z.b", "d.h", "u.a", "o.ä", "u.ä", "v.a", "s.o", "s.u", "m.e", "i.d.r", "z.t", "z.z", "z.zt",
            "u.u", "bzw", "bspw", "vgl", "ggf", "ggfs", "evtl", "inkl", "exkl", "zzgl", "abzgl", "sog",
            "bzgl", "hrsg", "frl", "fr", "hr", "hrn", "herr", "dres", "prof", "dipl.-ing", "abs", "allg",
            "bes", "betr", "einschl", "entspr", "erg", "gem", "gegr", "geb", "gest", "jh", "jhd", "jhdt",
            "lt", "mind", "mio", "mrd", "mitgl", "nachf", "näml", "o.g", "orig", "insb",
            "rd", "sen", "stellv", "str", "tägl", "u.v.m", "usf", "verh", "verw", "vorm", "zit",
            "zw", "ehem", "eigtl", "europ", "dt", "engl", "franz", "amer", "österr", "schweiz", "ital",
            "span", "russ", "griech", "lat", "ev", "kath", "st", "std", "ziff", "bd", "aufl", "hbf",
            "tsd", "beisp", "bsp", "ca", "ges", "kl",
        ]),
        finalAbbreviations: [
            "usw", "etc", "u.s.w", "u.v.m", "usf", "ff", "co", "kg", "ag", "e.v", "chr", "jr", "sr", "max",
            "min", "std", "gmbh", "eur", "usd", "ft",
        ],
        numberAbbreviations: [
            "nr", "s", "art", "abs", "kap", "bd", "tel", "no", "ziff", "abschn", "anm", "sp", "abb", "tab", "fn",
        ],
        sentenceStarters: [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es", "ich", "wir",
            "ihr", "man", "aber", "und", "doch", "dann", "denn", "dies", "diese", "dieser", "dieses", "damit",
            "dabei", "daher", "deshalb", "so", "auch", "nun", "jetzt", "heute", "als", "wenn", "wie", "was",
            "wer", "wo", "warum", "nach", "seit", "im", "in", "am", "auf", "bei", "mit", "für", "zum", "zur",
            "trotz", "laut", "allerdings", "außerdem", "zudem", "jedoch", "später", "zuvor", "bereits",
        ],
        months: [
            "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "nov", "dez",
        ],
        ordinalsWithStop: true, capitalisesNouns: true,
        colonBeforeCapitalEndsSentence: false, lowercaseSentenceStarts: false,
        monthAbbreviations: ["jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"],
        attributionVerbs: ["sagte", "sagt", "fragte", "fragt", "erklärte", "betonte", "schrieb", "antwortete", "ergänzte"]
    )

    public static let dutch = SegmentationRules(
        abbreviations: shared.union([
            "bijv", "bv", "m.a.w", "o.a", "d.w.z", "a.u.b", "s.v.p", "i.p.v", "m.b.t", "t.o.v", "t.a.v",
            "i.v.m", "z.g.a.n", "n.a.v", "m.n", "o.m", "e.a", "e.d", "c.q", "dhr", "mevr", "mw", "mej", "ir",
            "ing", "drs", "mr", "mgr", "jhr", "st", "ca", "vgl", "zgn", "resp", "evt", "incl", "excl",
            "bijz", "bv", "gem", "max", "min", "mln", "mld", "mrd", "jl", "a.s", "j.l", "v.chr", "n.chr",
            "tel", "afd", "adj", "alg", "ong", "plm", "pt", "red", "gebr", "ds", "kol", "lt",
            "kapt", "burg", "wethr", "prov", "gr", "ned", "fr", "belg",
        ]),
        finalAbbreviations: [
            "enz", "etc", "e.d", "e.a", "bv", "nv", "n.v", "b.v", "co", "jr", "sr", "ft", "max", "min", "mln",
            "mld", "mrd",
        ],
        numberAbbreviations: ["nr", "no", "blz", "art", "p", "pp", "hfst", "tel", "fig", "afb", "vol"],
        sentenceStarters: [
            "de", "het", "een", "hij", "zij", "ze", "het", "ik", "wij", "we", "jullie", "u", "men", "maar",
            "en", "toch", "dan", "dat", "dit", "die", "deze", "daarom", "daarna", "ook", "nu", "als",
            "wanneer", "toen", "in", "op", "na", "volgens", "bovendien", "echter", "er", "zo", "wat", "wie",
            "waar", "waarom", "hoe",
        ],
        months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
            "sept", "okt", "nov", "dec",
        ],
        ordinalsWithStop: false, capitalisesNouns: false,
        colonBeforeCapitalEndsSentence: false, lowercaseSentenceStarts: false,
        oneLetterWords: ["u"],
        monthAbbreviations: ["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"],
        attributionVerbs: ["zei", "zegt", "vroeg", "vraagt", "verklaarde", "benadrukte", "schreef", "antwoordde"]
    )

    public static let norwegian = SegmentationRules(
        abbreviations: shared.union([
            "f.eks", "bl.a", "dvs", "ca", "m.a", "m.h.t", "mht", "m.v", "mv", "evt", "inkl", "ekskl",
            "pga", "p.g.a", "ifb", "i.f.b", "iht", "i.h.t", "vha", "v.h.a", "mtp", "m.t.p", "jf", "jfr",
            "tlf", "adm", "dir", "avd", "ang", "d.v.s", "f.o.m", "t.o.m",
            "s.k", "såk", "hhv", "henh", "vedr", "pr", "ev", "mnd", "stk",
            "gl", "bd", "fv", "rv", "prof", "dr", "st", "fhv", "ordf", "nestl", "sekr",
            "hr", "fru", "frk", "egl", "vanl", "alm", "forts", "red", "stud", "vs",
        ]),
        finalAbbreviations: [
            "osv", "o.s.v", "m.m", "mm", "o.l", "e.l", "etc", "o.a", "kr", "pst", "mill", "mrd", "f.kr",
            "e.kr", "jr", "sr", "ft",
        ],
        numberAbbreviations: ["kl", "nr", "s", "str", "tlf", "kap", "art", "pkt", "no", "bd", "vol"],
        sentenceStarters: [
            "det", "den", "de", "dette", "denne", "disse", "han", "hun", "jeg", "vi", "dere", "man", "men",
            "og", "så", "da", "nå", "i", "på", "etter", "for", "som", "hvis", "når", "hva", "hvem", "hvor",
            "hvorfor", "ifølge", "dermed", "derfor", "likevel", "samtidig", "også", "en", "et", "ei", "her",
            "der",
        ],
        months: [
            "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
            "nov", "des",
        ],
        ordinalsWithStop: true, capitalisesNouns: false,
        colonBeforeCapitalEndsSentence: true, lowercaseSentenceStarts: false,
        // Bokmål quotes «…» only, so a lone » closes.
        oneLetterWords: ["i", "å"], spacedClosingQuotes: ["”", "»"],
        monthAbbreviations: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des"],
        attributionVerbs: ["sa", "sier", "spurte", "spør", "skrev", "svarte", "understreket", "uttalte", "fortalte"]
    )

    public static let english = SegmentationRules(
        abbreviations: shared.union([
            "messrs", "mme", "mlle", "brig", "cmdr", "cpl", "pvt", "reps", "sens", "atty", "supt", "insp",
            "fr", "ste", "ave", "blvd", "hwy", "dept", "univ", "assn", "approx", "appt", "esp", "incl",
            "excl", "misc", "viz", "cf", "e.g", "i.e", "eg", "a.k.a", "aka", "intl", "natl", "govt", "p.s",
            "ps",
        ]),
        // Also here: words that are abbreviations only sometimes ("Ill.", "Wash.", "Sat.") and
        // those often at the end of a sentence (states, company suffixes). Dotted initialisms
        // ("U.S.", "a.m.") need no entry: the segmenter treats them all alike.
        finalAbbreviations: [
            "etc", "inc", "corp", "ltd", "co", "llc", "plc", "jr", "sr", "esq", "ft", "est", "al", "ext", "dist", "div", "bros", "rd", "det", "rev",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark",
            "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
            "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "v",
        ],
        numberAbbreviations: ["no", "nos", "nr", "p", "pp", "vol", "vols", "ch", "chap", "sec", "art", "tel", "fig", "ext", "para"],
        sentenceStarters: [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "but", "and", "so", "yet", "however", "meanwhile", "in", "on", "at", "for", "as", "if",
            "when", "while", "after", "before", "his", "her", "its", "our", "their", "my", "according",
            "what", "who", "why", "how", "where", "some", "many", "both", "also", "then", "now", "still",
        ],
        months: [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ],
        ordinalsWithStop: false, capitalisesNouns: false,
        colonBeforeCapitalEndsSentence: false, lowercaseSentenceStarts: true,
        monthAbbreviations: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        attributionVerbs: ["said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied",
                           "insisted", "stressed", "declared", "noted", "quipped", "exclaimed", "wondered"]
    )

    public static let generic = SegmentationRules(
        abbreviations: shared, finalAbbreviations: ["etc"], numberAbbreviations: ["no", "nr"],
        sentenceStarters: [], months: [], ordinalsWithStop: false, capitalisesNouns: false,
        colonBeforeCapitalEndsSentence: false, lowercaseSentenceStarts: false
    )
}
