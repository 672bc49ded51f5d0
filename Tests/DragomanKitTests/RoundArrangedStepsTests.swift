import Foundation
import Testing
@testable import DragomanKit

/// Sentences of a round report that carry a time or a cue of their own and are still the
/// round's business: a step the round arranged for later, a statement whose quotation names a
/// year, a question the spokeswoman asked. And a time and place that together name a round
/// without any meeting word. Reports written for these tests (a fictional eighth round in
/// Geneva, 5 November 2026), in the four languages.
@Suite struct RoundArrangedStepsTests {
    static let leads = [
        "de": "Die achte Runde der Konsultationen über die Arbeit der Botschaften fand am 5. November 2026 in Genf statt.",
        "nl": "De achtste ronde van het overleg over de werking van de ambassades vond op 5 november 2026 in Genève plaats.",
        "nb": "Den åttende runden av konsultasjonene om ambassadenes arbeid fant sted i Genève 5. november 2026.",
        "en": "The eighth round of consultations on the work of the embassies took place in Geneva on 5 November 2026.",
    ]

    /// "A working group is to meet for the first time in January": January is after the round,
    /// and the round arranged it; the sentence after it goes on about the round too.
    @Test(arguments: [
        ("de", "Eine gemeinsame Arbeitsgruppe soll sich um die diplomatischen Immobilien kümmern und im Januar erstmals zusammentreten.",
         "Keine Einigung gab es bei den Direktflügen."),
        ("nl", "Een gezamenlijke werkgroep moet zich om het diplomatieke vastgoed bekommeren en in januari voor het eerst bijeenkomen.",
         "Over directe vluchten werd geen akkoord bereikt."),
        ("nb", "En felles arbeidsgruppe skal ta seg av den diplomatiske eiendommen og møtes for første gang i januar.",
         "Ingen avtale ble nådd om direkte flyvninger."),
        ("en", "A joint working group on diplomatic property is to meet for the first time in January.",
         "No agreement was reached on direct flights."),
    ])
    func aStepArrangedForLaterIsTheRounds(language: String, step: String, next: String) throws {
        let report = RoundFixture.article("step-\(language)", language, published: "2026-11-06", [Self.leads[language]!, step, next])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[8], [8], [8]], "\(analysis.assignments.map(\.evidence))")
    }

    /// A later day with a place of its own is an event of its own, not a step of the round.
    @Test func aLaterEventSomewhereElseIsNotTheRounds() throws {
        let report = RoundFixture.article("elsewhere", "nb", published: "2026-11-05", [
            Self.leads["nb"]!,
            "De løslatte amerikanerne skal etter planen lande i Washington fredag.",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[8], []], "\(analysis.assignments.map(\.evidence))")
    }

    /// "Agreed last week in Geneva": no meeting word, but the week and the city are the round's.
    /// Another city in the same week is not.
    @Test(arguments: [
        ("de", "Russland und die USA haben sich vergangene Woche in {city} auf Bankkonten für ihre Botschaften geeinigt.", "Genf", "Wien"),
        ("nl", "Rusland en de Verenigde Staten zijn het vorige week in {city} eens geworden over bankrekeningen voor hun ambassades.", "Genève", "Wenen"),
        ("nb", "Russland og USA ble forrige uke i {city} enige om bankkontoer for ambassadene sine.", "Genève", "Wien"),
        ("en", "Russia and the United States agreed last week in {city} on bank accounts for their embassies.", "Geneva", "Vienna"),
    ])
    func aWeekAndACityNameTheRound(language: String, template: String, city: String, other: String) throws {
        let lead = RoundFixture.article("lead-\(language)", language, published: "2026-11-05", [Self.leads[language]!])
        let there = RoundFixture.article("there-\(language)", language, published: "2026-11-12",
                                         [template.replacingOccurrences(of: "{city}", with: city)])
        let elsewhere = RoundFixture.article("elsewhere-\(language)", language, published: "2026-11-12",
                                             [template.replacingOccurrences(of: "{city}", with: other)])
        let analysis = try RoundFixture.analyze([lead, there, elsewhere], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, there.id) == [[8]], "\(analysis.assignments.map(\.evidence))")
        #expect(RoundFixture.rounds(analysis, elsewhere.id) == [[]], "\(analysis.assignments.map(\.evidence))")
    }

    /// A statement whose year stands inside the quotation is said now, about the round; a
    /// sentence that dates the seizure itself is history.
    @Test(arguments: [
        ("de", "Die Arbeitsgruppe sei ein Anfang, fügte Sacharowa hinzu: «Das Eigentum, das uns 2016 genommen wurde, muss zurückgegeben werden.»",
         "Das Eigentum wurde Russland 2016 genommen."),
        ("nl", "De werkgroep is een begin, voegde Zacharova toe: \"Het eigendom dat ons in 2016 is afgenomen, moet worden teruggegeven.\"",
         "Het eigendom werd Rusland in 2016 afgenomen."),
        ("nb", "Arbeidsgruppen er en start, sa Zakharova: «Eiendommen som ble tatt fra oss i 2016, må leveres tilbake.»",
         "Eiendommen ble tatt fra Russland i 2016."),
        ("en", "Zakharova said the working group was a start, but added: \"The property taken from us in 2016 must be returned.\"",
         "The property was taken from Russia in 2016."),
    ])
    func aYearInAQuotationIsNotTheStatementsTime(language: String, quoted: String, history: String) throws {
        let report = RoundFixture.article("quote-\(language)", language, published: "2026-11-06", [Self.leads[language]!, quoted])
        let control = RoundFixture.article("history-\(language)", language, published: "2026-11-06", [Self.leads[language]!, history])
        let analysis = try RoundFixture.analyze([report, control], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[8], [8]], "\(analysis.assignments.map(\.evidence))")
        #expect(RoundFixture.rounds(analysis, control.id) == [[8], []], "\(analysis.assignments.map(\.evidence))")
    }

    /// Asking is saying: a question put in a statement dated the round's day goes on about it.
    @Test(arguments: [
        ("de", "«Warum sollen unsere Diplomaten ihre Miete mit Bargeld bezahlen?», fragte Sprecherin Maria Sacharowa in einer Erklärung vom 05.11.2026."),
        ("nl", "\"Waarom moeten onze diplomaten hun huur contant betalen?\", vroeg woordvoerster Maria Zacharova in een verklaring van 05.11.2026."),
        ("nb", "«Hvorfor skal våre diplomater betale husleien kontant?» spurte talskvinne Maria Zakharova i en uttalelse 05.11.2026."),
        ("en", "\"Why should our diplomats pay their rent in cash?\" spokeswoman Maria Zakharova asked in a statement on 5 November 2026."),
    ])
    func aQuestionAskedContinuesTheRound(language: String, question: String) throws {
        let report = RoundFixture.article("asked-\(language)", language, published: "2026-11-06", [Self.leads[language]!, question])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[8], [8]], "\(analysis.assignments.map(\.evidence))")
    }

    /// "Gründen" (reasons) and "around" end in a round noun and are none; compounds are.
    @Test func wordsEndingInARoundNounAreNotRounds() {
        #expect(SentenceRoundClassifier.isRoundNoun("gesprachsrunde"))
        #expect(SentenceRoundClassifier.isRoundNoun("overlegronde"))
        #expect(SentenceRoundClassifier.isRoundNoun("rounds"))
        for word in ["grunden", "hintergrunde", "around", "background"] {
            #expect(!SentenceRoundClassifier.isRoundNoun(word), "\(word)")
        }
        let german = RoundCues.forLanguage(.german)
        #expect(german.meeting.matchesWord("verhandlungsrunde"))
        #expect(!german.meeting.matchesWord("grunden"))
    }

    /// After a sentence of history, "spoke of logistical reasons" refers to no round.
    @Test func reasonsAreNoMeetingWord() throws {
        let report = RoundFixture.article("reasons", "de", published: "2026-11-06", [
            Self.leads["de"]!,
            "Das Generalkonsulat in San Francisco ist seit 2017 geschlossen.",
            "Das State Department sprach dagegen von «logistischen Gründen».",
        ])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[8], [], []], "\(analysis.assignments.map(\.evidence))")
    }
}

/// "are to resume", "moeten … hervatten": a plan, told in the future as "will" and "zullen" are.
@Suite struct RoundPlannedFutureTests {
    @Test(arguments: [
        ("en", "The consular sections are to resume issuing business visas from 1 September.", RoundTense.future),
        ("en", "The consular sections had resumed issuing business visas by 1 September.", RoundTense.past),
        ("nl", "De consulaire afdelingen moeten vanaf 1 september weer zakelijke visa afgeven.", RoundTense.future),
        ("nl", "De consulaire afdelingen hadden op 1 september weer zakelijke visa afgegeven.", RoundTense.past),
    ])
    func aPlanIsTheFuture(language: String, text: String, tense: RoundTense) {
        let document = CorpusAlignDocument(id: "plan", language: LanguageCode(language), sentences: [text])
        #expect(CorpusAligner.tenses(document) == [tense])
    }
}
