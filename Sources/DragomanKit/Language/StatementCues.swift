/// What kind of statement a news sentence about a meeting makes, read from cue words in the four
/// languages: that it took place (when, where), who led it, what it was about, that someone
/// said something, what came out of it, what comes next. One table serves two stages: the brief
/// orders its sentences by these kinds (`SlotClassifier`), and the aligner compares two
/// sentences' kinds (`AlignmentFeatures.statementKind`): a sentence on who led the delegations
/// and one on where they met share the event's names and places, and still state different facts.
///
/// The kinds after `nextSteps` are the predicates that recur in reports on diplomatic disputes
/// (it was confirmed, it lasted so long, property was seized, one side demanded, staff were
/// expelled, someone was nominated, property is to be returned). They place no sentence in a
/// slot of the brief (`SlotClassifier.slot(of:)` is nil for them); the aligner compares them:
/// "the talks lasted six hours" and "the talks took place at the consulate" name one meeting
/// and state two facts, "Washington seized six properties" and "Moscow demanded their return"
/// one dispute and two facts.
public enum StatementKind: String, CaseIterable, Sendable {
    case meeting, leaders, agenda, attribution, outcome, nextSteps
    case confirmation, duration, seizure, demand, expulsion, nomination, restitution
}

public enum StatementCues {
    /// Cues match anywhere in the lower-cased text, so German and Dutch compounds count
    /// ("Verhandlungsrunde", "toppmøte"); a short cue that other words contain starts with a
    /// space and must start a word (" sa " is not in "visa ", " zei " not in "Zeitplan").
    public static let cues: [StatementKind: [String]] = [
        .meeting: ["take place", "took place", "takes place", " held", " hold ", "meet", " met ", "arrive", "begun", "began",
                   "stattfind", "findet", "abhalten", "treff", "begonnen", "arriveerde", "plaatsvind", "ontmoet",
                   "finne sted", "fant sted", "finner sted", "møte", "runde", "round", "ronde", "gehalten", "gehouden",
                   "bijeenkomst", "bijeengekomen", "holdt", "avholdt", "zusammengekommen", "convened", "venue"],
        .leaders: ["led by", " lead", "headed", "represented", "geleitet", "vertreten", "leiter", "geleid", "leiden", "ledet", "leder",
                   "ambassador", "botschafter", "ambassadeur", "ambassadør"],
        .agenda: ["agenda", "tagesordnung", "dagsorden", "focus", "fokus", "konzentrier", "discuss", "erörter", "bespreken",
                  "besprechen", "drøfte", " aim", "zielen", "sikte", "topic", "thema", "onderwerp", "tema", "limited", "beschränk",
                  "beperkt", "not on", "nicht auf", "niet op", "normali", "operation", "betrieb", "operaties", "driften"],
        .attribution: ["said", "sagte", " zei ", " zei,", " zeiden", " sa ", " sa,", "stressed", "betonte", "benadrukte", "understreket",
                       "erklärt", "verklaarde", "declared", "told", "bekräftigte", "„", "«", "“", "\""],
        .outcome: ["agree", "einig", "vereinbar", "akkoord", "overeen", "afgespro", "afspraak", "enige", "enighet", "avtal", " deal",
                   "progress", "fortschritt", "vooruitgang", "fremdrift", "framgang", "breakthrough", "durchbruch", "doorbraak",
                   "gjennombrudd", "exchanged", "ausgetauscht", "uitgewisseld", "utvekslet", "result", "ergebnis", "resultaat", "resultat",
                   "approved", "genehmig", "goedgekeurd", "godkjent", "decision", "beschluss", "besluit", "beslutning", "after the"],
        .nextSteps: ["next", "nächste", "volgende", "neste", "future", "zukunft", "toekomst", "fremtid", "upcoming",
                     "bevorstehend", "aanstaande", "kommende", "will be held", "announced", "angekündigt", "kündigt", "aangekondigd",
                     "kunngjort", "planned", "geplant", "gepland", "planlagt"],
        // In the predicate kinds no cue holds another of its kind ("retur" finds "return" and
        // "returen"), so one word is one cue and a translation has the same profile.
        .confirmation: ["confirm", "bestätig", "bevestig", "bekreft"],
        .duration: ["hours", " hour ", "stunde", " uur ", " uren", "timer ", "timers", "lasted", "dauert", "duurde",
                    " duren", "varte", "minutes", "minuten", "minutter"],
        .seizure: ["seiz", "confiscat", "beschlagnahm", "konfiszi", "in beslag", "geconfisqueerd", "beslagla", "konfiskert",
                   "froze", "eingefroren", "bevroren", "frosset"],
        .demand: ["demand", "insist", "fordert", "forderung", " fordern", "bestand auf", "bestanden auf", " eist", " eisen",
                  "drong aan", "aandring", " krev", " krav"],
        .expulsion: ["expel", "expuls", "ausgewiesen", "ausweisung", "auszuweisen", "uitgezet", "uitzetting", "utvis"],
        .nomination: ["nominat", "nominier", "nominasjon", "genomineerd", "ernann", "appoint", "benoem", "utnevn", "agrément", "agrement"],
        .restitution: ["retur", "rückgabe", "zurückgeben", "teruggave", "terug te geven", "tilbakelever"],
    ]

    /// The text the cues are looked for in: lower-cased, with a space at either end so that
    /// a cue starting or ending with a space finds the first and the last word.
    public static func haystack(_ text: String) -> String { " " + text.lowercased() + " " }

    /// The distinct cues of `kind` that `haystack` (see `haystack(_:)`) holds.
    public static func cues(of kind: StatementKind, in haystack: String) -> [String] {
        (cues[kind] ?? []).filter { haystack.contains($0) }
    }

    /// How many distinct cues of each kind the text holds, in `StatementKind.allCases` order.
    /// The aligner asks this of every sentence of the corpus, so the search runs on UTF-8 bytes
    /// (the same matches as `cues(of:in:)`: both sides are lower-cased text).
    public static func profile(of text: String) -> [Int] {
        let h = Array(haystack(text).utf8)
        return cueBytes.map { kind in kind.reduce(0) { $0 + (contains(h, $1) ? 1 : 0) } }
    }

    /// The cues as UTF-8 bytes, per kind in `StatementKind.allCases` order.
    private static let cueBytes: [[[UInt8]]] = StatementKind.allCases.map { (cues[$0] ?? []).map { Array($0.utf8) } }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
