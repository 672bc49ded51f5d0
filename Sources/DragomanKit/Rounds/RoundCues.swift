/// Word lists the rounds stage reads sentences with, one set per language. Everything is written
/// folded (`TextFolding.fold`: lower case, no diacritics, ø→o, å→a, ß→ss) because the sentences
/// are matched in folded form. The lists describe how news reports talk about meetings in
/// general (ordinals, "new round", "will take place", "the talks", "said"); none of them names a
/// particular round, date or venue, so a report about a later round is read the same way.
struct CueLexicon: Sendable {
    /// Whole folded words.
    var words: Set<String> = []
    /// Word beginnings: inflection and compounds whose first part is the cue ("gesprach" →
    /// "gesprachen", "gespracheu…").
    var prefixes: [String] = []
    /// Word endings: compounds whose head is the cue ("verhandlungsrunde", "konsultasjonsrunden").
    var suffixes: [String] = []
    /// Multi-word cues, as folded word sequences ("in recent years", "finne sted").
    var phrases: [[String]] = []
    /// Word endings that hold a suffix cue but are other words ("Gründen", "reasons", ends in
    /// "runden"): a word ending so is no compound of the cue.
    var notSuffixes: [String] = []

    init(words: [String] = [], prefixes: [String] = [], suffixes: [String] = [], phrases: [String] = [], notSuffixes: [String] = []) {
        self.words = Set(words); self.prefixes = prefixes; self.suffixes = suffixes; self.notSuffixes = notSuffixes
        self.phrases = phrases.map { $0.split(separator: " ").map(String.init) }
    }

    func matchesWord(_ word: String) -> Bool {
        if words.contains(word) { return true }
        // A prefix or suffix must leave something of the word or be the word itself, and short
        // words are only taken whole ("met" is not a prefix of "metro").
        if prefixes.contains(where: { word.hasPrefix($0) }) { return true }
        return suffixes.contains { word.count > $0.count && word.hasSuffix($0) } && !notSuffixes.contains { word.hasSuffix($0) }
    }

    /// The token ranges a cue covers (one token for a word, several for a phrase).
    func spans(_ tokens: [RoundToken]) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        for (i, token) in tokens.enumerated() {
            if matchesWord(token.folded) { found.append(i...i); continue }
            for phrase in phrases where i + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[i + $0].folded == phrase[$0] }) { found.append(i...(i + phrase.count - 1)); break }
            }
        }
        return found
    }

    /// Token indices where a cue starts (a phrase is reported at its first word).
    func matches(_ tokens: [RoundToken]) -> [Int] { spans(tokens).map(\.lowerBound) }
}

/// One language's cues.
struct LanguageRoundCues: Sendable {
    /// Nouns and verbs of a meeting: talks, round, consultations, delegation, agenda, take place.
    /// Not "arrive": a person arrives at a post ("arrived in Washington as ambassador in March");
    /// a delegation arriving is found by "delegation".
    var meeting: CueLexicon
    /// Words an ordinal must stand before to number a round ("zweite Runde", "second time").
    var roundNouns: CueLexicon
    /// The round nouns that count occasions ("time", "Mal", "keer", "gang"): they number a round
    /// only after a counting preposition ("for the second time", "zum zweiten Mal", "voor de
    /// tweede keer", "for andre gang"); "the first time the talks were held in the US" numbers
    /// something else.
    var occasionNouns: Set<String>
    /// Prepositions that make an ordinal plus occasion noun a count of meetings.
    var countingPrepositions: Set<String>
    /// Speech, attribution and press events: "said", "laut", "ifølge", "press conference". A date
    /// next to one of these is the date of a statement, not of a meeting.
    var speech: CueLexicon
    /// Ordinal words, 1 to 99, with every inflection the language writes (`SpelledOrdinals`).
    var ordinals: SpelledOrdinals.Table
    /// How the language writes an ordinal with digits: "5." (German, Norwegian) when
    /// `ordinalPeriod`, else digits with one of `ordinalSuffixes` ("5th", Dutch "5e"/"5de").
    var ordinalPeriod = false
    var ordinalSuffixes: [String] = []
    /// Ordinal words that are also another word: Norwegian "andre" is "second" and "other". They
    /// number a round only before a round noun in the singular ("den andre runden", "andre
    /// runde", "for andre gang"); before a plural ("andre samtaler", "de andre rundene") they
    /// mean "other". `pluralEndings` tell the plural of a round noun.
    var ambiguousOrdinals: Set<String> = []
    var pluralEndings: [String] = []
    /// "previous/last round" adjectives.
    var previous: Set<String>
    /// "new/next/further round" adjectives.
    var next: Set<String>
    /// "again", "erneut", "opnieuw", "igjen": right by a meeting word ("meet again", "sich erneut
    /// treffen") it announces another meeting as "a new round" does. Not with other verbs
    /// ("Russia again raised flights", "will again be led by").
    var again: Set<String> = []
    /// Reflexive pronouns that may stand between a meeting verb and "again" ("trafen sich erneut").
    var reflexives: Set<String> = []
    /// "later", "späteren", "latere", "senere", "future": "in a later round" is some round to
    /// come, not a particular one; it names no meeting, so it neither dates nor places one.
    var later: Set<String> = []
    /// Prepositions that make a round the occasion something happens at ("in einer späteren
    /// Runde behandelt", "discussed at the next round", "tijdens de ronde"): such a round word
    /// does not make a place before it a venue ("the consulates in San Francisco").
    var occasion: Set<String> = []
    /// "back then": points to the earlier round the previous sentence mentions.
    var then: CueLexicon
    /// "follows / is similar to": the sentence is about the current round and relates it to an
    /// earlier event.
    var follows: CueLexicon
    /// "as already in", "like at": the place or day after it is an earlier meeting the sentence
    /// likens its own to ("Geleitet werden die Delegationen wie schon in Istanbul von …").
    var comparison = CueLexicon()
    /// Cardinal numbers after "first" that make it a range of rounds: "die ersten beiden Runden",
    /// "de eerste twee", "the first two rounds" name rounds 1 to N.
    var cardinals: [String: Int] = [:]
    /// "the capitals": moving the talks to the capitals concerns the round after the one named.
    /// Plural only: "the Russian capital" is a place, not the move.
    var capitals: CueLexicon
    /// Time spans that make a sentence background: "in recent years", "for years", "history".
    var background: CueLexicon
    /// Prepositions before a venue.
    var locative: Set<String>
    /// "für", "voor", "til", "for": before a place they name a venue only beside a word of
    /// planning (`planned`): "die für Wien geplante Runde", "the meeting planned for Vienna";
    /// elsewhere they name a beneficiary or a cause ("Botschafter für Russland").
    var destination: Set<String> = []
    /// Negations before a locative ("nicht in Washington, sondern in Genf"): the place is the one
    /// the meeting is not at.
    var negations: Set<String> = []
    /// The conjunction of a correction after a negated place ("nicht in Washington, sondern in
    /// Genf"): the place after it is where the meeting is.
    var corrections: Set<String> = []
    var planned = CueLexicon()
    /// Endings that make an adjective or a genitive of a place name ("Moskauer", "Moskaus",
    /// "Moskouse", "Moskvas"): a ministry or a possession, not a venue.
    var placeDerivations: Set<String> = []
    /// People, missions and ministries placed somewhere ("ambassador in the US", "Mission in
    /// Russland", "das Außenministerium in Moskau"): a place right after one of these is where
    /// they serve or sit, not where a meeting is.
    var stationed: CueLexicon
    /// Future and planning markers; they win over past markers in a sentence ("said that the
    /// meeting will take place").
    var future: CueLexicon
    var past: CueLexicon
    /// Auxiliaries of the perfect ("hat/haben", "heeft/hebben", "har", "has/have"): with a past
    /// participle in their clause they tell the past ("haben … gesprochen"); `perfectAdverbs`
    /// may stand between in the languages where the participle follows at once ("have already
    /// met"); German and Dutch put it at the end of the clause.
    var perfectAuxiliaries: Set<String> = []
    var participleAtClauseEnd = false
    /// Where the participle closes the clause: the words that end a clause as punctuation does
    /// ("und", "en") and auxiliaries that may follow the participle ("besprochen worden").
    var coordinators: Set<String> = []
    var trailingAuxiliaries: Set<String> = []
    var perfectAdverbs: Set<String> = []
    /// Past participle shapes: a prefix ("ge"), maybe after a separable particle ("abgehalten",
    /// "afgerond"), or an inseparable prefix ("verhandelt", "besproken"); endings; and
    /// `irregularParticiples` for the rest ("met", "held", "møtt").
    var participlePrefixes: [String] = []
    var separableParticles: [String] = []
    var inseparablePrefixes: [String] = []
    /// The last letters of a participle with one of those prefixes ("gesprochen", "afgerond").
    var participleFinals: [String] = []
    /// Endings that make a participle on their own ("diskutiert", "forhandlet", "agreed").
    var participleEndings: [String] = []
    var irregularParticiples: Set<String> = []
    /// Words after an auxiliary that make it no perfect: "have to", "haben … zu tun".
    var notParticiple: Set<String> = []
    /// Put off ("verschoben", "uitgesteld", "utsatt", "postponed"); with `calledOff` the cues
    /// of a round that did not take place when planned, so a report's past tense about it does
    /// not make it held.
    var cancel = CueLexicon()
    /// A cancel word followed by one of these is something else: Norwegian "utsatt for" is
    /// "exposed to".
    var cancelNotBefore: Set<String> = []
    /// Called off for good, or reported never to have taken place ("abgesagt", "kam nie
    /// zustande", "ble aldri holdt", "never took place"), as against put off ("verschoben"): a
    /// round only such sentences tell of is cancelled, not still announced. "Has not taken place" is not among them: it may only be "not yet".
    var calledOff = CueLexicon()
    /// Words that open a relative or subordinate clause after a comma ("…, who arrived in
    /// Washington in March"): a date or place inside such a clause belongs to its own verb, not
    /// to a meeting word of the main clause.
    var clauseOpeners: Set<String> = []
    /// The clause openers that are temporal conjunctions ("when", "nachdem", "toen", "da"); the
    /// rest are relative pronouns or adverbs (`relativeOpeners`).
    var temporalOpeners: Set<String> = []
    /// "dass", "dat", "at", "that": what follows is reported or decided, so its tense is not the
    /// main clause's ("they agreed that the next round will be held in Doha" tells in the past).
    var complementizers: Set<String> = []
    /// Temporal prepositions: "after the first round", "nach der ersten Runde", "etter den andre
    /// runden". The round they introduce is a point in time for another event, so its meeting
    /// word does not date or place the rest of the sentence.
    var temporal: Set<String> = []
    /// The word that puts a person in a role after a place: "in Washington as ambassador".
    var asRole: Set<String> = []
    /// Words that take in every round before a round noun ("alle Runden", "alle rundene", "elke
    /// ronde", "all the rounds"): such a sentence is about the talks as a whole, no one round.
    var universal: Set<String> = []
    /// Articles and demonstratives that open a noun phrase. A capitalised place form right after
    /// one, with an adjective ending of `adjectiveEndings` and a lower-case word after it, is an
    /// adjective ("in the Russian capital", "in de Russische hoofdstad"): languages that write
    /// such adjectives in lower case (German, Norwegian) have no endings. A year right after one
    /// and before a participle is inside the noun phrase ("die 2016 beschlagnahmten Immobilien").
    var determiners: Set<String> = []
    var adjectiveEndings: [String] = []
    /// Relative pronouns that open a restrictive relative clause with no comma before them
    /// ("the compounds that Washington seized in 2016", "de eigendommen die de VS eind 2016 in
    /// beslag namen", "eiendommene som USA beslagla i desember 2016"). German always sets the
    /// comma, so it has none. Those that are also complementizers ("that", "dat") count only
    /// after a name ("on Long Island that Washington seized"): after a verb they report.
    var bareRelatives: Set<String> = []
    /// Verbs that say a series began ("the consultations that began in Istanbul", "die im
    /// Februar 2025 begannen", "dat … begon", "som startet"): an ordinal before such a relative
    /// clause counts from the series' start, whose date is not its round's
    /// (`RoundDetector.seriesStart`).
    var seriesStartVerbs: Set<String> = []
    /// How a sentence opens that names the event the sentence before it told: "Dat gebeurde
    /// tijdens de elfde ronde", "Det var den ellevte samtalerunden", "It was the eleventh
    /// round", "Das geschah bei der elften Runde". An ordinal such a sentence gives, with no
    /// date of its own, numbers that event, on its day and at its place
    /// (`RoundDetector.anaphoricOrdinals`).
    var eventAnaphora: [[String]] = []
    /// Words that grant a step ("Russische Experten dürfen im April … besichtigen", "experts may
    /// visit", "mogen bezoeken", "får besøke", "will be allowed to"): what the talks arranged,
    /// whatever its own date and place.
    var permission = CueLexicon()
    /// Buildings and offices a country or city owns: a place right before one of these ("the US
    /// embassy", "in de Russische ambassade", "in der Russischen Botschaft") names the owner,
    /// not where a meeting was.
    var facilities = CueLexicon()
    /// The noun "round" in the plural ("rounds", "Runden", "rondes", "runder"): a main clause
    /// that calls the dated meetings it lists rounds ("Later rounds took the delegations to
    /// Moscow on June 26, Riyadh on October 14 …") names each of them a round, however few
    /// reports mention it (`SentenceRoundFeatures.listsRounds`).
    var pluralRounds = CueLexicon()
    /// Past forms of "follow" ("folgten", "volgden", "fulgte", "followed"): with rounds in the
    /// plural and places each before a day, the sentence recaps the rounds in their order
    /// ("Na twee rondes in Istanbul, … volgden Moskou op 26 juni, Riyad op 14 oktober …").
    var succession: Set<String> = []
    /// Bodies the talks set up that meet on their own: "working group", "Arbeitsgruppe",
    /// "werkgroep", "arbeidsgruppe", expert groups, commissions. When one is what meets ("a working
    /// group …, which is to meet for the first time in April"), the date, ordinal and place of that
    /// meeting are not a round's (the body's scope in `SentenceRoundFeatures.init`).
    var subsidiaryBodies = CueLexicon()
    /// "and", "und", "en", "og" (and "or"): a list of places joined by one is a list of venues
    /// ("in Moskau, Riad und Washington"), where "in Istanbul, Turkey" names one place twice.
    var listConjunctions: Set<String> = []
    /// "side" in the singular ("Seite", "kant", "zijde", "siden"): after a country's adjective,
    /// a party to the talks (`SentenceRoundFeatures.side`).
    var sides: Set<String> = []
    /// Verbs of leading a delegation ("led", "leitete", "geleid", "ledet"): "the delegation was
    /// led for the first time by X" counts X's turns at its head, not the rounds.
    var leading: Set<String> = []
}

enum RoundCues {
    /// Words that end in a round noun without being one: German "Gründe(n)" (reasons,
    /// "Hintergründe"), English "ground", "background", "around", "surround".
    static let notRoundEndings = ["grunde", "grunden", "ground", "grounds", "around", "surround", "surrounds"]

    static func forLanguage(_ language: LanguageCode) -> LanguageRoundCues {
        switch language.rawValue {
        case "de": german
        case "nl": dutch
        case "nb", "nn", "no", "da": norwegian
        default: english
        }
    }

    static let german = LanguageRoundCues(
        meeting: CueLexicon(
            words: ["treffen", "trafen", "trifft", "statt", "stattfinden", "stattfindet", "abhalten", "abgehalten", "halten",
                    "teilnehmen", "teilnahme", "sitzung", "zusammenkunft", "beratungen",
                    // the perfect and other forms of meeting and negotiating
                    "getroffen", "beraten", "berieten", "berat", "zusammengekommen", "zusammenkommen", "zusammenkamen"],
            prefixes: ["gesprach", "runde", "verhandlung", "verhandel", "konsultation", "delegation", "tagesordnung"],
            suffixes: ["gesprache", "gesprachen", "runde", "runden", "verhandlungen", "konsultationen", "delegation"],
            notSuffixes: RoundCues.notRoundEndings),
        roundNouns: CueLexicon(words: ["mal", "treffen", "gesprache", "gesprachen", "sitzung"],
                               prefixes: ["runde", "gesprachsrunde", "konsultation", "verhandlung"], suffixes: ["runde", "runden"],
                               notSuffixes: RoundCues.notRoundEndings),
        occasionNouns: ["mal"], countingPrepositions: ["zum"],
        speech: CueLexicon(
            words: ["sagte", "sagt", "sagten", "erklarte", "erklart", "betonte", "betont", "bekraftigte", "berichtet", "berichtete",
                    "bestatigte", "laut", "zufolge", "kundigte", "deutlich", "fugte", "pressekonferenz", "interview", "mitteilte",
                    "teilte", "unterstrich", "hiess", "meldete", "bekannt", "bekanntgegeben", "angekundigt", "nannte", "bezeichnete",
                    // participles of the perfect ("hat … bestätigt") and present forms
                    "bestatigt", "gesagt", "mitgeteilt", "gemeldet", "unterstrichen", "bestatigen", "erklaren",
                    // asking, warning and writing report speech as saying does
                    "fragte", "warnte", "schrieb", "gefragt", "gewarnt", "geschrieben"]),
        ordinals: SpelledOrdinals.german,
        ordinalPeriod: true,
        previous: ["vorige", "vorigen", "voriger", "vorherige", "vorherigen", "letzte", "letzten", "vergangene", "vergangenen",
                   "fruhere", "fruheren", "fruherer", "fruheres"],
        next: ["neue", "neuen", "neuer", "nachste", "nachsten", "weitere", "weiteren", "kommende", "kommenden"],
        again: ["erneut", "wieder", "nochmals", "abermals"], reflexives: ["sich", "uns"],
        later: ["spatere", "spateren", "spaterer", "spateres", "kunftige", "kunftigen", "kunftiger"],
        occasion: ["in", "im", "bei", "beim", "wahrend", "auf"],
        then: CueLexicon(words: ["damals"]),
        follows: CueLexicon(words: ["knupft", "anknupfen", "ahnelt", "ahneln", "folgt"], prefixes: ["ahnlich"]),
        comparison: CueLexicon(phrases: ["wie schon", "wie bereits", "wie zuvor", "wie auch", "wie beim", "wie bei", "wie in", "wie im", "ebenso wie"]),
        cardinals: ["zwei": 2, "beiden": 2, "beide": 2, "drei": 3, "vier": 4, "funf": 5],
        capitals: CueLexicon(words: ["hauptstadte", "hauptstadten"]),
        background: CueLexicon(words: ["geschichte", "jahrelang", "jahrzehnte"],
                               phrases: ["in den letzten jahren", "in den vergangenen jahren", "seit jahren", "seit langem"]),
        locative: ["in", "im"], destination: ["fur"], negations: ["nicht"], corrections: ["sondern"],
        planned: CueLexicon(prefixes: ["geplant", "angekundigt", "vorgesehen", "angesetzt", "anberaumt"]),
        placeDerivations: ["er", "ern", "s"],
        stationed: CueLexicon(words: ["botschafter", "botschafterin", "botschaftern", "botschafters", "gesandter", "diplomat", "diplomaten", "mission", "vertretung"],
                              prefixes: ["ministerium", "regierung"], suffixes: ["ministerium", "ministeriums"]),
        // Intentions point ahead too: "wollen die Gespräche am 12. Mai in Genf fortsetzen".
        future: CueLexicon(words: ["wird", "werden", "soll", "sollen", "geplant", "bevorstehende", "bevorstehenden", "kommende",
                                   "wollen", "will", "planen", "plant", "beabsichtigen", "beabsichtigt", "vorgesehen"]),
        past: CueLexicon(words: ["wurde", "wurden", "war", "waren", "hatte", "hatten", "fand", "fanden", "lag", "gab", "trafen",
                                 "fuhrten", "dauerte", "folgte", "folgten", "begann", "begannen", "bereits", "hielt", "hielten",
                                 // what a meeting decided or left open
                                 "einigten", "setzten", "legten", "beschlossen",
                                 // perfect participles with "sein" that are nothing else
                                 "zusammengekommen", "gekommen", "gereist"]),
        perfectAuxiliaries: ["hat", "haben"], participleAtClauseEnd: true, coordinators: ["und", "oder", "aber", "sondern"],
        trailingAuxiliaries: ["worden", "werden", "sein"],
        participlePrefixes: ["ge"],
        separableParticles: ["ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "mit", "nach", "statt", "teil", "vor", "weg",
                             "weiter", "zu", "zuruck", "zusammen", "wieder", "dar", "hin", "her", "los", "vorbei"],
        inseparablePrefixes: ["be", "ver", "er", "ent", "emp", "zer", "miss", "hinter", "uber", "unter", "wider"],
        participleFinals: ["t", "en"], participleEndings: ["iert"], notParticiple: ["zu"],
        cancel: CueLexicon(words: ["verschoben", "verschieben", "verschob", "vertagt", "vertagte", "vertagten"]),
        calledOff: CueLexicon(words: ["abgesagt", "absage", "abzusagen", "abgebrochen"],
                              phrases: ["nie zustande", "nie statt", "nie stattgefunden"]),
        clauseOpeners: ["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "wo", "nachdem"],
        temporalOpeners: ["nachdem"],
        complementizers: ["dass"], temporal: ["nach", "seit", "vor"], asRole: ["als"],
        universal: ["alle", "allen", "aller", "samtliche", "samtlichen", "jede", "jeder", "jedes", "jedem", "jeden"],
        determiners: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese", "dieser",
                      "diesen", "diesem", "dieses"],
        seriesStartVerbs: ["begann", "begannen", "begonnen", "startete", "starteten", "gestartet"],
        eventAnaphora: [["das", "geschah"], ["dies", "geschah"], ["das", "war"], ["dies", "war"], ["es", "war"]],
        permission: CueLexicon(words: ["darf", "durfen", "erlaubt", "gestattet"]),
        facilities: CueLexicon(prefixes: ["botschaft", "konsulat", "generalkonsulat", "residenz", "vertretung"],
                               suffixes: ["ministerium", "ministeriums"]),
        pluralRounds: CueLexicon(words: ["runden"], suffixes: ["runden"]), succession: ["folgte", "folgten"],
        subsidiaryBodies: CueLexicon(words: ["kommission", "kommissionen", "ausschuss", "ausschusses", "ausschusse", "gremium", "gremien",
                                             "arbeitsgruppe", "arbeitsgruppen", "expertengruppe", "expertengruppen"],
                                     suffixes: ["arbeitsgruppe", "arbeitsgruppen", "expertengruppe", "expertengruppen"]),
        listConjunctions: ["und", "sowie", "oder"], sides: ["seite"],
        leading: ["leitete", "leiteten", "geleitet", "leitet", "leiten", "fuhrte", "fuhrten", "gefuhrt", "angefuhrt", "anfuhrte", "vertrat", "vertreten"])

    static let dutch = LanguageRoundCues(
        meeting: CueLexicon(
            words: ["overleg", "bijeenkomst", "ontmoeten", "ontmoeting", "ontmoette", "ontmoetten", "agenda", "plaatsvinden",
                    "plaatsvindt", "plaatsvond", "deelnemen", "sessie",
                    // holding and gathering
                    "gehouden", "houden", "hielden", "bijeen", "bijeengekomen", "bijeenkomen", "vergaderd", "vergaderden",
                    // "troffen elkaar", and the literal "troffen zich" of translations from German
                    "trof", "troffen"],
            prefixes: ["gesprek", "ronde", "onderhandel", "consultatie", "delegatie"],
            suffixes: ["ronde", "gesprekken", "overleg"],
            phrases: ["vond plaats", "vonden plaats", "vindt plaats", "vinden plaats"]),
        roundNouns: CueLexicon(words: ["keer", "bijeenkomst", "ontmoeting", "gesprekken"], prefixes: ["ronde", "gespreksronde"], suffixes: ["ronde"]),
        occasionNouns: ["keer"], countingPrepositions: ["voor"],
        speech: CueLexicon(
            words: ["zei", "zegt", "zeggen", "verklaarde", "benadrukte", "volgens", "aangegeven", "kondigde", "meldde", "persconferentie",
                    "interview", "bevestigde", "liet", "stelde", "bekend", "bekendgemaakt", "aangekondigd", "noemde", "beschreef",
                    // participles of the perfect ("heeft … bevestigd") and present forms
                    "bevestigd", "verklaard", "gezegd", "gemeld", "benadrukt", "bevestigt", "verklaart", "meldt",
                    // adding ("voegde … toe"), asking, warning and writing
                    "voegde", "vroeg", "waarschuwde", "waarschuwt", "schreef", "toegevoegd", "gevraagd", "gewaarschuwd"]),
        ordinals: SpelledOrdinals.dutch,
        ordinalSuffixes: ["e", "de", "ste"],
        previous: ["vorige", "laatste", "voorgaande", "eerdere", "vroegere"],
        next: ["nieuwe", "volgende", "verdere", "komende"],
        again: ["opnieuw", "weer", "nogmaals"], reflexives: ["elkaar", "zich"],
        later: ["latere", "later", "toekomstige"],
        occasion: ["in", "tijdens", "bij", "op"],
        then: CueLexicon(words: ["destijds"]),
        follows: CueLexicon(words: ["volgt", "lijkt", "vergelijkbaar", "vergelijkbare"], phrases: ["sluit aan"]),
        comparison: CueLexicon(phrases: ["zoals ook", "zoals al", "zoals in", "zoals bij", "net als", "net zoals", "evenals"]),
        cardinals: ["twee": 2, "drie": 3, "vier": 4, "vijf": 5],
        capitals: CueLexicon(words: ["hoofdsteden"]),
        background: CueLexicon(words: ["geschiedenis", "jarenlang"],
                               phrases: ["de afgelopen jaren", "de laatste jaren", "in de afgelopen jaren", "al jaren"]),
        locative: ["in", "te"], destination: ["voor"], negations: ["niet"], corrections: ["maar"],
        planned: CueLexicon(prefixes: ["gepland", "aangekondigd", "voorzien", "vastgesteld"]),
        placeDerivations: ["se", "s"],
        stationed: CueLexicon(words: ["ambassadeur", "ambassadeurs", "gezant", "diplomaat", "diplomaten", "missie", "missies", "handelsmissies"],
                              prefixes: ["ministerie", "regering"], suffixes: ["ministerie"]),
        future: CueLexicon(words: ["zal", "zullen", "zou", "zouden", "gepland", "komende", "moet", "moeten", "verwacht",
                                   "willen", "wil", "plannen", "beogen"], phrases: ["van plan"]),
        past: CueLexicon(words: ["werd", "was", "waren", "had", "hadden", "vond", "vonden", "duurde", "arriveerde", "ontmoette", "ontmoetten", "volgde",
                                 "trof", "troffen", "hield", "hielden",
                                 "volgden", "begon", "begonnen",
                                 // what a meeting decided or left open
                                 "spraken", "legden", "kwamen",
                                 // perfect participles with "zijn" that are nothing else
                                 "bijeengekomen", "gekomen", "gereisd"]),
        perfectAuxiliaries: ["heeft", "hebben"], participleAtClauseEnd: true, coordinators: ["en", "of", "maar"],
        trailingAuxiliaries: ["worden", "zijn"],
        participlePrefixes: ["ge"],
        separableParticles: ["af", "aan", "op", "uit", "in", "mee", "bij", "toe", "voor", "na", "over", "door", "terug", "bijeen",
                             "overeen", "vast", "plaats", "deel", "weg"],
        inseparablePrefixes: ["be", "ver", "ont", "her", "er"], participleFinals: ["d", "t", "en"], notParticiple: ["te"],
        cancel: CueLexicon(words: ["uitgesteld", "uitstellen", "uitstel", "verdaagd"]),
        calledOff: CueLexicon(words: ["afgelast", "afgeblazen", "afgezegd", "geannuleerd"],
                              phrases: ["kwam er nooit", "kwam nooit", "nooit plaatsgevonden", "nooit plaats", "nooit gehouden"]),
        clauseOpeners: ["die", "dat", "wie", "waar", "waarin", "toen", "nadat"],
        temporalOpeners: ["toen", "nadat"], complementizers: ["dat"], temporal: ["na", "sinds", "sedert"], asRole: ["als"],
        universal: ["alle", "elke", "iedere", "ieder"],
        determiners: ["de", "het", "een", "deze", "dit", "die", "dat"], adjectiveEndings: ["se", "sche"],
        bareRelatives: ["die", "dat"], seriesStartVerbs: ["begon", "begonnen", "startte", "startten", "gestart"],
        eventAnaphora: [["dat", "gebeurde"], ["dit", "gebeurde"], ["het", "gebeurde"], ["dat", "was"], ["dit", "was"], ["het", "was"]], permission: CueLexicon(words: ["mag", "mogen", "toegestaan", "krijgt", "krijgen"]),
        facilities: CueLexicon(words: ["ambassade", "ambassades", "consulaat", "consulaten", "residentie", "vertegenwoordiging", "missie"],
                               prefixes: ["ambassade", "consulaat", "ministerie"]),
        pluralRounds: CueLexicon(words: ["rondes", "ronden"], suffixes: ["rondes", "ronden"]), succession: ["volgde", "volgden"],
        subsidiaryBodies: CueLexicon(words: ["commissie", "commissies", "comite", "comites", "werkgroep", "werkgroepen", "expertgroep",
                                             "expertgroepen"],
                                     suffixes: ["werkgroep", "werkgroepen", "expertgroep", "expertgroepen", "subgroep", "subgroepen"]),
        listConjunctions: ["en", "of"], sides: ["kant", "zijde"],
        leading: ["leidde", "leidden", "geleid", "leidt", "aangevoerd", "voerde", "vertegenwoordigd", "vertegenwoordigde"])

    static let norwegian = LanguageRoundCues(
        meeting: CueLexicon(
            words: ["mote", "motet", "moter", "motes", "mottes", "dagsorden", "dagsordenen", "agenda", "agendaen", "arrangementet", "arrangement",
                    "holdes", "holdt", "avholdes", "avholdt",
                    // "møtte hverandre", negotiating
                    "motte", "forhandlet", "forhandle", "forhandler", "forhandles"],
            prefixes: ["samtale", "runde", "forhandling", "konsultasjon", "delegasjon"],
            suffixes: ["runde", "runden", "rundene", "samtaler", "samtalene", "motet"],
            phrases: ["finne sted", "finner sted", "fant sted", "funnet sted"], notSuffixes: RoundCues.notRoundEndings),
        roundNouns: CueLexicon(words: ["gang", "mote", "motet", "samtaler"], prefixes: ["runde"], suffixes: ["runde", "runden", "rundene"],
                               notSuffixes: RoundCues.notRoundEndings),
        occasionNouns: ["gang"], countingPrepositions: ["for"],
        speech: CueLexicon(
            words: ["sa", "sier", "uttalte", "understreket", "ifolge", "kunngjort", "kunngjorde", "bekreftet", "intervju",
                    "pressekonferanse", "opplyste", "fortalte", "skrev", "meldte", "kunngjor", "offentliggjorde", "kalte", "beskrev",
                    // participles and present forms ("har uttalt", "opplyser ambassaden")
                    "uttalt", "opplyst", "opplyser", "understreker", "bekrefter", "melder", "skriver",
                    // adding, asking, warning
                    "tilfoyde", "spurte", "advarte", "advarer"]),
        ordinals: SpelledOrdinals.norwegian,
        ordinalPeriod: true, ambiguousOrdinals: ["andre"], pluralEndings: ["er", "ene"],
        previous: ["forrige", "siste", "foregaende", "tidligere"],
        next: ["ny", "nye", "neste", "ytterligere", "kommende"],
        again: ["igjen"], reflexives: ["hverandre", "seg"],
        later: ["senere", "fremtidige", "framtidige"],
        occasion: ["i", "pa", "under", "ved"],
        then: CueLexicon(phrases: ["den gang", "den gangen", "pa det tidspunktet"]),
        follows: CueLexicon(words: ["folger", "ligner", "lignende", "tilsvarende"], phrases: ["kommer etter"]),
        comparison: CueLexicon(phrases: ["som i", "som pa", "i likhet med", "akkurat som", "slik som"]),
        cardinals: ["to": 2, "tre": 3, "fire": 4, "fem": 5],
        capitals: CueLexicon(words: ["hovedsteder", "hovedstedene", "hovedstadene", "hovedstader"]),
        background: CueLexicon(words: ["historie", "historien", "arevis"],
                               phrases: ["de siste arene", "i mange ar", "i flere ar", "gjennom arene"]),
        locative: ["i", "pa"], destination: ["til"], negations: ["ikke", "ikkje"], corrections: ["men"],
        planned: CueLexicon(prefixes: ["planlagt", "kunngjort", "varslet", "berammet"]),
        placeDerivations: ["s"],
        stationed: CueLexicon(words: ["ambassador", "ambassadoren", "ambassadorer", "sendemann", "diplomat", "diplomater", "diplomatene", "misjon", "oppdrag"],
                              prefixes: ["departement", "regjering"], suffixes: ["departement", "departementet"]),
        future: CueLexicon(words: ["vil", "skal", "ville", "skulle", "planlagt", "kommende", "forventes", "forventet", "ventes",
                                   "planlegger", "akter"]),
        // "holdt" is also the participle ("vil bli holdt"): as English "held", the future's
        // own markers decide there.
        past: CueLexicon(words: ["ble", "var", "hadde", "fant", "motte", "mottes", "ankom", "fulgte", "begynte", "holdt", "avholdt",
                                 // what a meeting decided or left open
                                 "satte", "besluttet", "kom"]),
        perfectAuxiliaries: ["har"],
        perfectAdverbs: ["ikke", "allerede", "ogsa", "na", "nettopp", "aldri", "tidligere", "lenge", "nylig", "fortsatt", "igjen", "endelig",
                         "i", "dag", "gar"],
        participleEndings: ["et", "tt", "dd", "dt", "kt", "rt", "ttes", "tes"],
        irregularParticiples: ["mott", "hatt", "vaert", "blitt", "fatt", "gjort", "sagt", "satt", "lagt", "gitt", "tatt", "sett", "gatt", "kommet",
                               "funnet", "holdt", "avholdt", "avtalt"],
        cancel: CueLexicon(words: ["utsatt", "utsette", "utsettes", "utsatte"]),
        cancelNotBefore: ["for"],
        calledOff: CueLexicon(words: ["avlyst", "avlyse", "avlyses", "avlyste"],
                              phrases: ["aldri holdt", "aldri avholdt", "aldri sted", "aldri funnet sted", "aldri noe av"]),
        clauseOpeners: ["som", "hvor", "der", "da"], temporalOpeners: ["da"], complementizers: ["at"], temporal: ["etter", "siden"], asRole: ["som"],
        universal: ["alle", "hver", "hvert", "samtlige"],
        determiners: ["den", "det", "de", "en", "et", "ei", "denne", "dette", "disse"],
        bareRelatives: ["som"], seriesStartVerbs: ["begynte", "startet", "starta", "begynt"],
        eventAnaphora: [["det", "skjedde"], ["dette", "skjedde"], ["det", "var"], ["dette", "var"]], permission: CueLexicon(words: ["far", "tillatt"], phrases: ["far lov"]),
        facilities: CueLexicon(prefixes: ["ambassade", "konsulat", "generalkonsulat", "residens", "departement", "utenriksdepartement"]),
        pluralRounds: CueLexicon(words: ["runder", "rundene"], suffixes: ["runder", "rundene"]), succession: ["fulgte"],
        subsidiaryBodies: CueLexicon(words: ["kommisjon", "kommisjonen", "kommisjoner", "utvalg", "utvalget", "komite", "komiteen",
                                             "arbeidsgruppe", "arbeidsgruppen", "arbeidsgruppa", "arbeidsgrupper", "ekspertgruppe"],
                                     suffixes: ["arbeidsgruppe", "arbeidsgruppen", "arbeidsgruppa", "arbeidsgrupper", "arbeidsgruppene",
                                                "ekspertgruppe", "ekspertgruppen", "ekspertgruppa", "ekspertgrupper"]),
        listConjunctions: ["og", "eller"], sides: ["side", "siden"],
        leading: ["ledet", "ledes", "lede", "ledede", "anfort", "anforte", "representert", "representerte"])

    static let english = LanguageRoundCues(
        meeting: CueLexicon(
            words: ["talks", "talk", "meeting", "meetings", "meet", "meets", "met", "round", "rounds", "agenda", "session", "held",
                    "hold", "holds", "holding", "convened", "convene", "convenes", "gathered"],
            prefixes: ["negotiat", "consultation", "delegation"],
            phrases: ["take place", "took place", "takes place", "taking place"]),
        roundNouns: CueLexicon(words: ["round", "rounds", "time", "meeting", "session", "talks"]),
        occasionNouns: ["time"], countingPrepositions: ["for"],
        speech: CueLexicon(
            words: ["said", "says", "say", "stated", "stressed", "told", "announced", "according", "confirmed", "reported",
                    "interview", "conference", "added", "noted", "emphasized", "emphasised", "called", "described",
                    "confirms", "stresses", "announces", "tells",
                    // asking, warning and writing
                    "asked", "warned", "wrote", "asks", "warns", "writes"]),
        ordinals: SpelledOrdinals.english,
        ordinalSuffixes: ["st", "nd", "rd", "th"],
        previous: ["previous", "last", "prior", "preceding", "earlier"],
        next: ["new", "next", "another", "further", "upcoming"],
        again: ["again"],
        later: ["later", "subsequent", "future"],
        occasion: ["in", "at", "during"],
        then: CueLexicon(phrases: ["back then", "at the time", "at that time"]),
        follows: CueLexicon(words: ["follows", "resembles", "similar"], phrases: ["comes after"]),
        comparison: CueLexicon(phrases: ["as in", "as at", "like in", "like at", "as was the case"]),
        cardinals: ["two": 2, "three": 3, "four": 4, "five": 5],
        capitals: CueLexicon(words: ["capitals"]),
        background: CueLexicon(words: ["history"], phrases: ["in recent years", "for years", "over the years", "for decades"]),
        locative: ["in", "at"], destination: ["for"], negations: ["not"], corrections: ["but"],
        planned: CueLexicon(words: ["planned", "scheduled", "announced", "slated", "envisaged", "set", "expected"]),
        placeDerivations: ["s"],
        stationed: CueLexicon(words: ["ambassador", "ambassadors", "envoy", "diplomat", "diplomats", "mission", "missions", "ministry",
                                      "government"]),
        future: CueLexicon(words: ["will", "would", "should", "shall", "planned", "upcoming", "scheduled", "expected"],
                           // "is due to be held", "are set to meet"; not "due to sanctions".
                           phrases: ["due to be", "due to meet", "due to take", "due to start", "due to begin", "due to resume",
                                     "set to be", "set to meet", "set to resume", "set to take",
                                     // "the round is to be held in Moscow", "they are to meet again", "the
                                     // consular sections are to resume issuing visas"
                                     "is to", "are to",
                                     // intentions: "Russia and the US plan to continue their talks on May 12"
                                     "plan to", "plans to", "intend to", "intends to", "want to", "wants to",
                                     "agreed to meet", "agree to meet"]),
        past: CueLexicon(words: ["was", "were", "had", "held", "met", "took", "arrived", "lasted", "followed", "began",
                                 // what a meeting decided or left open
                                 "did", "agreed", "decided", "failed"]),
        perfectAuxiliaries: ["has", "have"],
        perfectAdverbs: ["not", "already", "also", "now", "just", "never", "since", "repeatedly", "recently", "yet", "finally", "so",
                         "far", "reportedly", "jointly", "again"],
        participleEndings: ["ed"],
        irregularParticiples: ["met", "held", "been", "had", "made", "taken", "given", "spoken", "said", "done", "seen", "found", "begun",
                               "brought", "kept", "left", "told", "sought", "won", "lost", "set", "put", "gone", "come", "become", "sent",
                               "written", "shown", "known", "thought", "led", "paid", "heard", "understood", "broken", "chosen", "frozen",
                               "withdrawn", "drawn", "got", "gotten", "struck", "undertaken", "agreed"],
        notParticiple: ["to"],
        cancel: CueLexicon(words: ["postponed", "postpone", "postpones", "postponement"], phrases: ["put off"]),
        calledOff: CueLexicon(words: ["cancelled", "canceled", "cancel", "cancels", "cancellation"],
                              phrases: ["called off", "call off", "calls off", "never took place", "never happened", "never held",
                                        "never materialised", "never materialized"]),
        clauseOpeners: ["who", "whom", "whose", "which", "where", "when"],
        temporalOpeners: ["when"], complementizers: ["that"], temporal: ["after", "since", "before", "following"],
        asRole: ["as"],
        universal: ["all", "every", "each"],
        determiners: ["the", "a", "an", "this", "that", "these", "those"], adjectiveEndings: ["an", "ese", "ish", "ic", "i"],
        bareRelatives: ["that", "which", "who"], seriesStartVerbs: ["began", "begun", "started"],
        eventAnaphora: [["this", "happened"], ["that", "happened"], ["it", "happened"], ["it", "was"], ["this", "was"], ["that", "was"]], permission: CueLexicon(words: ["may", "allowed", "permitted"]),
        facilities: CueLexicon(words: ["embassy", "embassies", "consulate", "consulates", "residence", "mission", "ministry", "compound"]),
        pluralRounds: CueLexicon(words: ["rounds"]), succession: ["followed"],
        subsidiaryBodies: CueLexicon(words: ["workgroup", "workgroups", "subgroup", "subgroups", "committee", "committees", "commission",
                                             "commissions"],
                                     phrases: ["working group", "working groups", "expert group", "expert groups", "task force", "task forces"]),
        listConjunctions: ["and", "or"], sides: ["side"],
        leading: ["led", "leads", "leading", "headed", "chaired", "represented"])
}

extension LanguageRoundCues {
    /// The clause openers that are relative pronouns or adverbs ("which", "som", "die", "waar"):
    /// such a clause says something of its noun, and the time it names is that of its own verb.
    var relativeOpeners: Set<String> { clauseOpeners.subtracting(temporalOpeners) }
}
