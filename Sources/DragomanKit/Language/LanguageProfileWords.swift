/// Hand-written word evidence for the language identifier: the commonest function words of each
/// language (what a reader recognises a language by on a single sentence), and the words and
/// spellings that tell Bokmål from Danish, Swedish and Nynorsk, whose character n-gram
/// fingerprints are too alike to separate them on a sentence.
enum LanguageProfileWords {
    /// Function words by language, lower case.
    static let functionWords: [String: Set<String>] = [
        "de": [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "und", "oder", "aber", "nicht", "kein", "keine", "ist", "sind", "war", "waren", "wird", "werden",
            "wurde", "wurden", "hat", "haben", "hatte", "hatten", "sein", "ich", "du", "er", "sie", "es",
            "wir", "ihr", "mich", "mir", "dich", "dir", "sich", "uns", "euch", "ihm", "ihn", "ihnen", "mit",
            "von", "zu", "zum", "zur", "auf", "für", "bei", "nach", "aus", "über", "unter", "vor", "durch",
            "gegen", "ohne", "um", "auch", "noch", "schon", "nur", "sehr", "mehr", "wie", "was", "wer", "wo",
            "wann", "warum", "dass", "daß", "weil", "wenn", "als", "ob", "doch", "so", "dann", "denn",
            "hier", "dort", "jetzt", "heute", "immer", "wieder", "diese", "dieser", "dieses", "diesen",
            "man", "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "würde", "im",
            "am", "ins", "vom", "beim", "bis", "seit", "während", "zwischen", "sagte", "sagt", "gibt",
            "sowie", "jedoch", "bereits", "etwa", "alle", "viele", "einige", "andere",
        ],
        "nl": [
            "de", "het", "een", "en", "of", "maar", "niet", "geen", "is", "zijn", "was", "waren", "wordt",
            "worden", "werd", "werden", "heeft", "hebben", "had", "hadden", "ik", "jij", "je", "hij", "zij",
            "ze", "wij", "we", "jullie", "hem", "haar", "hun", "ons", "mij", "me", "zich", "met", "van",
            "voor", "op", "aan", "bij", "naar", "uit", "over", "onder", "door", "tegen", "zonder", "om",
            "ook", "nog", "al", "alleen", "zeer", "veel", "meer", "hoe", "wat", "wie", "waar", "wanneer",
            "waarom", "dat", "omdat", "als", "toch", "zo", "dan", "hier", "daar", "nu", "vandaag", "altijd",
            "weer", "deze", "dit", "die", "men", "kan", "kunnen", "moet", "moeten", "zal", "zullen", "wil",
            "willen", "zou", "zouden", "in", "er", "tot", "sinds", "tijdens", "tussen", "zei", "zegt",
            "geeft", "volgens", "echter", "reeds", "ongeveer", "alle", "enkele", "andere", "niets", "iets",
            "wel",
        ],
        "nb": [
            "og", "eller", "men", "ikke", "ingen", "er", "var", "blir", "ble", "blitt", "har", "hadde",
            "være", "vært", "jeg", "du", "han", "hun", "vi", "dere", "de", "meg", "deg", "seg", "oss", "dem",
            "ham", "henne", "sin", "sitt", "sine", "med", "av", "til", "på", "for", "fra", "om", "hos",
            "etter", "over", "under", "gjennom", "mot", "uten", "også", "bare", "svært", "veldig", "mer",
            "mye", "hvordan", "hva", "hvem", "hvor", "når", "hvorfor", "at", "fordi", "hvis", "som", "enn",
            "så", "da", "her", "der", "nå", "i", "dag", "alltid", "igjen", "denne", "dette", "disse", "man",
            "kan", "må", "skal", "vil", "ville", "skulle", "kunne", "det", "den", "en", "et", "ei", "noen",
            "noe", "nok", "ikkje", "sier", "sa", "ifølge", "likevel", "allerede", "alle", "mange", "andre",
            "hvilke", "hvilken", "dei", "mellom",
        ],
        "en": [
            "the", "a", "an", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been",
            "being", "has", "have", "had", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her",
            "us", "them", "my", "your", "his", "its", "our", "their", "with", "of", "to", "for", "from",
            "on", "at", "by", "in", "into", "about", "over", "under", "through", "against", "without",
            "also", "only", "very", "more", "much", "how", "what", "who", "where", "when", "why", "that",
            "because", "if", "than", "so", "then", "here", "there", "now", "today", "always", "again",
            "this", "these", "those", "one", "can", "could", "must", "shall", "should", "will", "would",
            "may", "might", "do", "does", "did", "said", "says", "according", "however", "already", "all",
            "many", "some", "other", "which", "while",
        ],
        "da": [
            "og", "eller", "men", "ikke", "ingen", "er", "var", "bliver", "blev", "blevet", "har", "havde",
            "være", "været", "jeg", "du", "han", "hun", "vi", "i", "de", "mig", "dig", "sig", "os", "dem",
            "ham", "hende", "sin", "sit", "sine", "med", "af", "til", "på", "for", "fra", "om", "hos",
            "efter", "over", "under", "gennem", "mod", "uden", "også", "kun", "meget", "mere", "hvordan",
            "hvad", "hvem", "hvor", "hvornår", "hvorfor", "at", "fordi", "hvis", "som", "end", "så", "da",
            "her", "der", "nu", "dag", "altid", "igen", "denne", "dette", "disse", "man", "kan", "må",
            "skal", "vil", "ville", "skulle", "kunne", "det", "den", "en", "et", "nogen", "noget", "nok",
            "siger", "sagde", "ifølge", "alligevel", "allerede", "alle", "mange", "andre", "hvilke",
            "hvilken", "mellem",
        ],
        "sv": [
            "och", "eller", "men", "inte", "ingen", "är", "var", "blir", "blev", "blivit", "har", "hade",
            "vara", "varit", "jag", "du", "han", "hon", "vi", "ni", "de", "mig", "dig", "sig", "oss", "dem",
            "honom", "henne", "sin", "sitt", "sina", "med", "av", "till", "på", "för", "från", "om", "hos",
            "efter", "över", "under", "genom", "mot", "utan", "också", "bara", "mycket", "mer", "hur", "vad",
            "vem", "när", "varför", "att", "eftersom", "än", "så", "då", "här", "där", "nu", "idag",
            "alltid", "igen", "denna", "detta", "dessa", "man", "kan", "måste", "ska", "skall", "vill",
            "skulle", "kunna", "det", "den", "en", "ett", "någon", "något", "några", "säger", "sa", "enligt",
            "ändå", "redan", "alla", "många", "andra", "vilka", "vilken", "mellan",
        ],
        "nn": [
            "og", "eller", "men", "ikkje", "ingen", "er", "var", "blir", "vart", "vore", "har", "hadde",
            "vere", "eg", "du", "han", "ho", "vi", "me", "de", "meg", "deg", "seg", "oss", "dei", "henne",
            "sin", "sitt", "sine", "med", "av", "til", "på", "for", "frå", "om", "hos", "etter", "over",
            "under", "gjennom", "mot", "utan", "også", "berre", "svært", "mykje", "meir", "korleis", "kva",
            "kven", "kvar", "når", "kvifor", "at", "fordi", "viss", "som", "enn", "så", "då", "her", "der",
            "no", "i", "dag", "alltid", "igjen", "denne", "dette", "desse", "ein", "eit", "ei", "nokon",
            "noko", "kan", "må", "skal", "vil", "ville", "skulle", "kunne", "det", "den", "seier", "sa",
            "ifølgje", "likevel", "allereie", "alle", "mange", "andre",
        ],
        "fr": [
            "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "ne", "pas", "est", "sont", "était",
            "été", "a", "ont", "avait", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "me", "te",
            "se", "lui", "leur", "avec", "de", "du", "au", "aux", "pour", "par", "sur", "dans", "sous",
            "sans", "aussi", "très", "plus", "comme", "que", "qui", "quoi", "où", "quand", "pourquoi",
            "parce", "si", "alors", "ici", "maintenant", "aujourd", "toujours", "ce", "cette", "ces", "on",
            "peut", "doit", "sera", "selon", "déjà", "tous", "toutes",
        ],
        "es": [
            "el", "la", "los", "las", "un", "una", "unos", "y", "o", "pero", "no", "es", "son", "era", "fue",
            "ha", "han", "había", "yo", "tú", "él", "ella", "nosotros", "ellos", "me", "te", "se", "le",
            "les", "con", "de", "del", "al", "para", "por", "sobre", "en", "sin", "también", "muy", "más",
            "como", "que", "quien", "donde", "cuando", "porque", "si", "entonces", "aquí", "ahora", "hoy",
            "siempre", "este", "esta", "estos", "estas", "puede", "debe", "será", "según", "ya", "todos",
        ],
        "it": [
            "il", "lo", "la", "i", "gli", "le", "un", "una", "e", "o", "ma", "non", "è", "sono", "era",
            "stato", "ha", "hanno", "aveva", "io", "tu", "lui", "lei", "noi", "voi", "loro", "mi", "ti",
            "si", "con", "di", "del", "della", "al", "alla", "per", "da", "su", "in", "senza", "anche",
            "molto", "più", "come", "che", "chi", "dove", "quando", "perché", "se", "allora", "qui", "ora",
            "oggi", "sempre", "questo", "questa", "questi", "può", "deve", "sarà", "secondo", "già", "tutti",
        ],
        "pt": [
            "o", "a", "os", "as", "um", "uma", "e", "ou", "mas", "não", "é", "são", "era", "foi", "tem",
            "têm", "tinha", "eu", "tu", "ele", "ela", "nós", "eles", "me", "te", "se", "lhe", "com", "de",
            "do", "da", "dos", "das", "ao", "para", "por", "sobre", "em", "sem", "também", "muito", "mais",
            "como", "que", "quem", "onde", "quando", "porque", "então", "aqui", "agora", "hoje", "sempre",
            "este", "esta", "isso", "pode", "deve", "será", "segundo", "já", "todos",
        ],
        "af": [
            "die", "'n", "en", "of", "maar", "nie", "is", "was", "word", "het", "ek", "jy", "hy", "sy",
            "ons", "julle", "hulle", "my", "jou", "hom", "haar", "met", "van", "vir", "op", "aan", "by",
            "na", "uit", "oor", "onder", "deur", "teen", "sonder", "ook", "nog", "net", "baie", "meer",
            "hoe", "wat", "wie", "waar", "wanneer", "hoekom", "dat", "omdat", "as", "toe", "so", "dan",
            "hier", "daar", "nou", "vandag", "altyd", "weer", "hierdie", "dit", "kan", "moet", "sal", "wil",
            "sou", "in", "tot", "sedert", "tussen", "sê", "volgens", "egter", "reeds", "alle", "ander",
        ],
    ]

    /// Words that mark one of the Scandinavian written languages against Bokmål (and, under
    /// "nb", Bokmål against Danish): spelling differences of everyday words ("af"/"av",
    /// "hvad"/"hva", "nogen"/"noen", "efter"/"etter", "mig"/"meg", "blev"/"ble") and function
    /// words of their own (Swedish "och", "inte", "är"; Nynorsk "ikkje", "eg", "frå").
    static let scandinavianMarkers: [String: Set<String>] = [
        "nb": [
            "å", "av", "etter", "hva", "noen", "noe", "mye", "meg", "deg", "seg", "ble", "blir", "blitt", "nå",
            "sier", "sa", "gjennom", "uten", "bare", "hadde", "vært", "alltid", "mellom", "opp",
            "litt", "oss", "dere", "ennå", "tilbake", "gjør", "gjøre", "gjort", "skjer", "kanskje", "annen",
            "annet", "mer", "deretter", "hvilket", "ikke", "også", "fikk", "gikk", "kjent", "sjef", "regjeringen",
            "spørsmål", "hjelp", "norsk", "norske", "norge", "oslo",
        ],
        "da": [
            "af", "efter", "hvad", "nogen", "noget", "nogle", "meget", "mig", "dig", "sig", "blev", "bliver",
            "blevet", "nu", "siger", "sagde", "gennem", "igennem", "uden", "kun", "havde", "været", "hende",
            "hvornår", "altid", "mellem", "ud", "op", "lidt", "jer", "endnu", "tilbage", "gør", "gøre",
            "gjort", "sker", "måske", "anden", "andet", "mere", "derefter", "ligesom", "lige", "fik", "gik",
            "kendt", "chef", "regeringen", "spørgsmål", "hjælp", "dansk", "danske", "danmark",
            "københavn", "øvrigt", "blandt", "købe", "tage", "give", "sige",
        ],
        "sv": [
            "och", "inte", "är", "jag", "hon", "att", "också", "från", "till", "vad", "vem", "när", "varför",
            "ett", "ni", "hade", "måste", "ska", "alla", "många", "mycket", "sedan", "över", "mellan",
            "utan", "genom", "enligt", "säger", "sade", "något", "några", "någon", "sig", "mig", "dig",
            "blev", "efter", "varit", "vara", "bara", "även", "där", "här", "detta",
            "dessa", "vilken", "vilka", "svensk", "svenska", "sverige", "stockholm", "regeringen",
        ],
        "nn": [
            "ikkje", "eg", "ho", "frå", "berre", "kva", "korleis", "kven", "kvar", "kvifor", "vere", "ein",
            "eit", "dei", "me", "meir", "mykje", "vart", "noko", "nokon", "desse", "seier", "ifølgje",
            "allereie", "utan", "òg", "sjølv", "heile", "fekk", "gjekk", "vore", "hjå", "dykk",
            "deira", "kvarandre", "nokre", "difor", "byrja",
        ],
    ]

    /// Bokmål markers that another Scandinavian language writes the same way: no evidence
    /// between those two. Swedish writes "av" ("leddes av"), "blir", "alltid", "oss", "mer",
    /// "gjort"; Danish "ikke", "også", "bare", "gjort".
    static let sharedWithBokmål: [String: Set<String>] = [
        "da": ["ikke", "også", "bare", "gjort"],
        "sv": ["av", "blir", "alltid", "oss", "mer", "sa", "gjort"],
        "nn": sharedByBokmålAndNynorsk,
    ]

    /// Bokmål markers that Nynorsk writes the same way: no evidence between those two.
    static let sharedByBokmålAndNynorsk: Set<String> = [
        "å", "sa", "hadde", "oss", "opp", "litt", "tilbake", "gjennom", "mellom", "kanskje", "alltid",
        "mye", "gjort", "skjer", "spørsmål", "hjelp", "norsk", "norske", "norge", "oslo", "etter", "av",
        "deretter", "hvilket", "også", "ut", "bare", "ennå", "meg", "deg", "seg", "mot", "dere",
    ]
}
