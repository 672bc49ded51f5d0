/// Closed-class words of German, Dutch and Norwegian with their usual English gloss. The
/// bilingual dictionaries list these words with dozens of senses (German "an" has 30), so a
/// dictionary lookup picks a poor one; a small hand table gives the common reading. Phrases join
/// their words with "_" ("finne_sted"). An empty gloss drops the word (reflexives, infinitive markers, "es" in "es gibt").
enum FunctionWords {
    enum Role: Equatable { case other, auxiliary, conjunction, article, participle }

    struct Entry: Equatable {
        var english: String
        var role: Role
    }

    static let table: [LanguageCode: [String: Entry]] = [
        .german: build(german + numbers(germanNumbers)), .dutch: build(dutch + numbers(dutchNumbers)),
        .norwegian: build(norwegian + numbers(norwegianNumbers)),
    ]

    /// Cardinal numbers from two on (one is also the article), in the order of `englishNumbers`:
    /// the dictionaries give other words of the same spelling first (Dutch "zeven" is "sieve",
    /// Norwegian "fire" is also English "fire").
    private static let englishNumbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                         "twenty", "thirty", "forty", "fifty", "hundred", "thousand"]
    private static let germanNumbers = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                                        "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend"]
    private static let dutchNumbers = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                                       "twintig", "dertig", "veertig", "vijftig", "honderd", "duizend"]
    private static let norwegianNumbers = ["to", "tre", "fire", "fem", "seks", "sju syv", "åtte", "ni", "ti", "elleve", "tolv",
                                           "tjue", "tretti", "førti", "femti", "hundre", "tusen"]

    private static func numbers(_ words: [String]) -> [(String, String, Role)] {
        zip(words, englishNumbers).map { ($0.0, $0.1, .other) }
    }

    private static func build(_ rows: [(String, String, Role)]) -> [String: Entry] {
        var result: [String: Entry] = [:]
        for (words, english, role) in rows {
            for word in words.split(separator: " ") { result[String(word)] = Entry(english: english, role: role) }
        }
        return result
    }

    private static let german: [(String, String, Role)] = [
        ("der die das den dem", "the", .article), ("des", "of the", .article),
        ("ein eine einen einem einer eines", "a", .article),
        ("und", "and", .conjunction), ("oder", "or", .conjunction), ("aber", "but", .conjunction),
        ("dass daß", "that", .conjunction), ("ob", "whether", .conjunction), ("wenn", "if", .conjunction),
        ("weil", "because", .conjunction), ("denn", "because", .conjunction), ("während", "while", .conjunction),
        ("als", "when", .conjunction), ("wo", "where", .conjunction), ("nachdem", "after", .conjunction),
        ("sondern", "but", .conjunction), ("als_auch", "and", .conjunction), ("sowie", "as well as", .conjunction),
        ("wird", "will", .auxiliary), ("werden", "will", .auxiliary), ("würde", "would", .auxiliary), ("würden", "would", .auxiliary),
        ("wurde", "was", .auxiliary), ("wurden", "were", .auxiliary), ("ist", "is", .auxiliary), ("sind", "are", .auxiliary),
        ("war", "was", .auxiliary), ("waren", "were", .auxiliary), ("hat", "has", .auxiliary), ("haben", "have", .auxiliary),
        ("hatte", "had", .auxiliary), ("hatten", "had", .auxiliary), ("habe", "has", .auxiliary), ("soll", "is to", .auxiliary),
        ("sollen", "are to", .auxiliary), ("sollten", "should", .auxiliary), ("kann", "can", .auxiliary), ("können", "can", .auxiliary),
        ("muss", "must", .auxiliary), ("müssen", "must", .auxiliary), ("wäre", "would be", .auxiliary), ("sein", "be", .other),
        ("in", "in", .other), ("im", "in the", .other), ("am", "on", .other), ("an", "at", .other), ("auf", "on", .other),
        ("aus", "from", .other), ("mit", "with", .other), ("von", "of", .other), ("vom", "of the", .other), ("zu", "to", .other),
        ("zur", "to the", .other), ("zum", "to the", .other), ("für", "for", .other), ("über", "about", .other),
        ("nach", "after", .other), ("bei", "at", .other), ("durch", "by", .other), ("gegen", "against", .other),
        ("gegenüber", "to", .other), ("ohne", "without", .other), ("unter", "under", .other), ("zwischen", "between", .other),
        ("seit", "since", .other), ("bis", "until", .other), ("laut", "according to", .other), ("trotz", "despite", .other),
        ("wie", "how", .other), ("so", "so", .other), ("auch", "also", .other), ("nicht", "not", .other),
        ("kein keine keinen keiner", "no", .other), ("nur", "only", .other), ("bereits", "already", .other), ("noch", "still", .other), ("schon", "already", .other), ("sowohl", "both", .other),
        ("beide beiden beider", "both", .other), ("sich", "", .other), ("es", "it", .other), ("er", "he", .other),
        ("sie", "they", .other), ("wir", "we", .other), ("uns", "us", .other), ("ihr ihre ihren ihrer ihrem", "their", .other),
        ("seine seinen seiner seinem seines", "its", .other), ("dies diese dieser diesem diesen dieses", "this", .other),
        ("um", "to", .other), ("später", "later", .other), ("seitdem", "since then", .other),
        ("einige", "some", .other), ("eines", "one", .other), ("sagte", "said", .other), ("betonte", "stressed", .other), ("erklärt", "stated", .participle),
        ("bestätigt", "confirmed", .participle), ("bestätigte", "confirmed", .other), ("bekräftigte", "reaffirmed", .other),
        ("geleitet", "led", .participle), ("teilnehmen", "take part", .other), ("stattfinden", "take place", .other), ("findet", "takes place", .other),
        ("statt", "", .other), ("treffen", "meet", .other), ("abhalten", "hold", .other), ("bleibt", "remains", .other),
        ("fügte", "added", .other), ("hinzu", "", .other), ("erwartet", "expected", .participle), ("sowie", "and", .conjunction),
        ("montag", "Monday", .other), ("dienstag", "Tuesday", .other), ("mittwoch", "Wednesday", .other), ("donnerstag", "Thursday", .other),
        ("freitag", "Friday", .other), ("findet_statt", "takes place", .other), ("fügte_hinzu", "added", .other), ("zwei", "two", .other), ("drei", "three", .other),
        // Ordinals and "next/previous": closed-class adjectives the dictionaries gloss poorly.
        ("nächste nächsten nächster", "next", .other), ("vorige vorigen voriger vorherige vorherigen", "previous", .other),
        ("letzte letzten letzter", "last", .other), ("erste ersten erster", "first", .other), ("zweite zweiten zweiter", "second", .other),
        ("dritte dritten dritter", "third", .other), ("vierte vierten vierter", "fourth", .other), ("fünfte fünften fünfter", "fifth", .other),
        // Set phrases a word-by-word gloss garbles.
        ("zum_ersten_mal erstmals", "for the first time", .other), ("fand_statt", "took place", .other),
        ("fanden_statt", "took place", .other), ("stattfand stattfanden", "took place", .other),
        ("was_betrifft", "as regards", .other), ("im_hinblick_auf", "with regard to", .other),
    ]

    private static let dutch: [(String, String, Role)] = [
        ("de het", "the", .article), ("een", "a", .article),
        ("en", "and", .conjunction), ("of", "or", .conjunction), ("maar", "but", .conjunction), ("dat", "that", .conjunction),
        ("terwijl", "while", .conjunction), ("omdat", "because", .conjunction), ("als", "as", .conjunction),
        ("wat", "which", .conjunction), ("die", "which", .conjunction), ("waar", "where", .conjunction),
        ("zal", "will", .auxiliary), ("zullen", "will", .auxiliary), ("zou", "would", .auxiliary), ("zouden", "would", .auxiliary),
        ("wordt", "is", .auxiliary), ("worden", "are", .auxiliary), ("werd", "was", .auxiliary), ("werden", "were", .auxiliary),
        ("is", "is", .auxiliary), ("zijn", "are", .auxiliary), ("was", "was", .auxiliary), ("waren", "were", .auxiliary),
        ("heeft", "has", .auxiliary), ("hebben", "have", .auxiliary), ("had", "had", .auxiliary), ("kan", "can", .auxiliary),
        ("kunnen", "can", .auxiliary), ("moet", "must", .auxiliary), ("moeten", "must", .auxiliary),
        // Speech verbs and "weer" (again; the dictionaries put weather and defence first).
        ("zei", "said", .other), ("zeiden", "said", .other), ("zegt", "says", .other), ("weer", "again", .other),
        ("in", "in", .other), ("op", "on", .other), ("aan", "at", .other), ("bij", "at", .other), ("met", "with", .other),
        ("van", "of", .other), ("voor", "for", .other), ("over", "about", .other), ("naar", "to", .other), ("uit", "from", .other),
        ("door", "by", .other), ("tegen", "against", .other), ("tussen", "between", .other), ("onder", "under", .other),
        ("om", "at", .other), ("tot", "to", .other), ("sinds", "since", .other), ("zonder", "without", .other), ("volgens", "according to", .other), ("na", "after", .other),
        ("te", "to", .other), ("er", "", .other), ("niet", "not", .other), ("geen", "no", .other), ("ook", "also", .other),
        ("al", "already", .other), ("zelfs", "even", .other), ("nog", "still", .other), ("alleen", "only", .other),
        ("zowel", "both", .other), ("beide", "both", .other), ("elkaar", "each other", .other), ("zich", "", .other),
        ("hun", "their", .other), ("zijn", "are", .auxiliary), ("haar", "her", .other), ("ze", "she", .other), ("zij", "they", .other),
        ("we", "we", .other), ("wij", "we", .other), ("het", "the", .article), ("deze", "this", .other), ("dit", "this", .other),
        ("enige", "some", .other), ("enkele", "a few", .other), ("verschillende", "various", .other), ("zo", "as", .other),
        ("meer", "more", .other), ("dan", "than", .other), ("naar_verwachting", "expected to", .other), ("waaronder", "including", .other), ("verder", "further", .other),
        ("donderdag", "Thursday", .other), ("dinsdag", "Tuesday", .other),
        ("arriveerde", "arrived", .other), ("verklaarde", "stated", .other),
        ("benadrukte", "stressed", .other), ("plaatsvinden", "take place", .other),
        ("geleid", "led", .participle), ("kondigde", "announced", .other),
        ("aan", "at", .other), ("zeggen", "say", .other),
        ("ontmoeten", "meet", .other), ("tweede", "second", .other), ("eerste", "first", .other), ("derde", "third", .other), ("zes", "six", .other), ("maandag", "Monday", .other), ("woensdag", "Wednesday", .other), ("vrijdag", "Friday", .other), ("naar_verwachting", "expected to", .other), ("kondigde_aan", "announced", .other), ("twee", "two", .other), ("drie", "three", .other),
        ("volgende", "next", .other), ("vorige", "previous", .other), ("laatste", "last", .other), ("vierde", "fourth", .other),
        ("vijfde", "fifth", .other), ("zaterdag", "Saturday", .other), ("zondag", "Sunday", .other),
        // Set phrases a word-by-word gloss garbles ("het" before a verb is "it", not "the").
        ("voor_het_eerst", "for the first time", .other), ("het_is", "it is", .other), ("het_was", "it was", .other),
        ("plaatsvindt", "takes place", .other), ("vindt_plaats", "takes place", .other), ("vond_plaats", "took place", .other),
        ("vonden_plaats", "took place", .other), ("wat_betreft", "as regards", .other), ("met_betrekking_tot", "with regard to", .other), ]

    private static let norwegian: [(String, String, Role)] = [
        ("en ei et", "a", .article), ("den det de", "the", .article),
        ("og", "and", .conjunction), ("eller", "or", .conjunction), ("men", "but", .conjunction), ("at", "that", .conjunction),
        ("mens", "while", .conjunction), ("fordi", "because", .conjunction), ("som", "which", .conjunction),
        ("hvor", "where", .conjunction), ("når", "when", .conjunction), ("om", "about", .other),
        ("vil", "will", .auxiliary), ("skal", "will", .auxiliary), ("kan", "can", .auxiliary), ("må", "must", .auxiliary),
        ("har", "has", .auxiliary), ("hadde", "had", .auxiliary), ("er", "is", .auxiliary), ("var", "was", .auxiliary),
        ("ble", "was", .auxiliary), ("blir", "is", .auxiliary), ("være", "be", .other),
        ("i", "in", .other), ("på", "on", .other), ("til", "to", .other), ("fra", "from", .other), ("med", "with", .other),
        ("av", "of", .other), ("for", "for", .other), ("mellom", "between", .other), ("under", "during", .other),
        ("etter", "after", .other), ("før", "before", .other), ("ifølge", "according to", .other), ("mot", "against", .other),
        ("ikke", "not", .other), ("også", "also", .other), ("bare", "only", .other), ("allerede", "already", .other),
        ("fortsatt", "still", .other), ("imidlertid", "however", .other), ("enn", "than", .other),
        ("om_enn", "albeit", .other), ("selv", "even", .other), ("begge", "both", .other), ("han", "he", .other), ("hun", "she", .other), ("jeg", "I", .other), ("vi", "we", .other), ("dem", "them", .other),
        ("seg", "", .other), ("å", "to", .other), ("sin sitt sine", "its", .other), ("deres", "their", .other), ("dette", "this", .other),
        ("sa", "said", .other), ("kunngjort", "announced", .other), ("finne", "take", .other), ("sted", "place", .other),
        ("fant", "took", .other), ("ledet", "led", .other), ("siste", "last", .other),
        ("bekrefte", "confirm", .other), ("neste", "next", .other), ("første", "first", .other),
        ("tredje", "third", .other), ("ble_enige", "agreed", .other), ("enige", "agreed", .other), ("understreket", "stressed", .other), ("tirsdag", "Tuesday", .other),
        ("to", "two", .other), ("tre", "three", .other), ("seks", "six", .other), ("ny", "new", .other), ("nye", "new", .other),
        ("finne_sted", "take place", .other), ("fant_sted", "took place", .other), ("i_nær_fremtid", "in the near future", .other),
        ("mandag", "Monday", .other), ("onsdag", "Wednesday", .other), ("torsdag", "Thursday", .other), ("fredag", "Friday", .other),
        ("lørdag", "Saturday", .other), ("søndag", "Sunday", .other), ("forrige", "previous", .other), ("fjerde", "fourth", .other),
        ("femte", "fifth", .other),
        // Set phrases a word-by-word gloss garbles ("det" before a verb is "it", not "the").
        ("for_første_gang", "for the first time", .other), ("første_gang", "the first time", .other),
        ("det_er", "it is", .other), ("det_var", "it was", .other), ("holdt", "held", .other), ("holdes", "is held", .other),
        ("skal_holdes vil_holdes", "will be held", .other), ("kan_holdes", "can be held", .other), ("må_holdes", "must be held", .other),
        ("når_det_gjelder", "as regards", .other), ("med_hensyn_til", "with regard to", .other),
        ]
}
