import Foundation
import Testing
@testable import DragomanKit

/// What a round decided, told with dates of its own: a deadline ("by 1 July"), a step granted
/// for a later month ("experts may visit the compounds in April"), a noun dated inside a
/// relative clause with no comma ("the compounds that Washington seized in December 2016"), a
/// time the sentence likens its own to ("just as in November in Geneva"). None of these names
/// another time for the sentence, so the report goes on about its round. Reports written for
/// these tests (a fictional ninth round in Moscow, Wednesday 17 February 2027), in the four
/// languages.
@Suite struct RoundGrantedStepsTests {
    static let leads = [
        "de": "Die neunte Runde der Konsultationen über die Arbeit der Botschaften fand am 17. Februar 2027 in Moskau statt.",
        "nl": "De negende ronde van het overleg over de werking van de ambassades vond op 17 februari 2027 in Moskou plaats.",
        "nb": "Den niende runden av konsultasjonene om ambassadenes arbeid fant sted i Moskva 17. februar 2027.",
        "en": "The ninth round of consultations on the work of the embassies took place in Moscow on 17 February 2027.",
    ]

    /// Each sentence after the lead is the round's business; the last has no cue of its own and
    /// follows only if the chain before it held.
    @Test(arguments: [
        ("de", ["Jede Seite darf ihr Botschaftspersonal bis zum 1. Juli um 25 Mitarbeiter aufstocken.",
                "Russische Experten dürfen im April die beiden Anwesen in Maryland besichtigen.",
                "Bei den Direktflügen gab es erneut keine Einigung."]),
        ("nl", ["Elke ambassade mag uiterlijk 1 juli maximaal 25 extra medewerkers aannemen.",
                "Russische experts mogen in april de twee landgoederen in Maryland bezoeken, die de VS eind 2016 in beslag namen.",
                "Over directe vluchten werd geen akkoord bereikt."]),
        ("nb", ["Hver av partene kan øke bemanningen ved sin ambassade med inntil 25 personer innen 1. juli.",
                "Russiske eksperter får i april besøke de to eiendommene i Maryland som USA beslagla i desember 2016.",
                "Partene ble ikke enige om direkte flyforbindelser."]),
        ("en", ["Each side may add up to 25 staff to its embassy by July 1.",
                "Russian experts may visit the two compounds in Maryland that Washington seized in December 2016 in April.",
                "No agreement was reached on direct flights."]),
    ])
    func grantedStepsAndDeadlinesAreTheRounds(language: String, body: [String]) throws {
        let report = RoundFixture.article("steps-\(language)", language, published: "2027-02-18", [Self.leads[language]!] + body)
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[9], [9], [9], [9]], "\(analysis.assignments.map(\.evidence))")
    }

    /// A step with a place of its own that the main clause does not grant is still an event of
    /// its own (as `RoundArrangedStepsTests.aLaterEventSomewhereElseIsNotTheRounds`), and a year
    /// in the main clause dates the sentence.
    @Test(arguments: [
        ("de", "Die Anwesen in Maryland wurden im Dezember 2016 beschlagnahmt."),
        ("nl", "De landgoederen in Maryland werden in december 2016 in beslag genomen."),
        ("nb", "Eiendommene i Maryland ble beslaglagt i desember 2016."),
        ("en", "The compounds in Maryland were seized in December 2016."),
    ])
    func aYearOfTheMainClauseIsNoStep(language: String, sentence: String) throws {
        let report = RoundFixture.article("year-\(language)", language, published: "2027-02-18", [Self.leads[language]!, sentence])
        let analysis = try RoundFixture.analyze([report], withSeeds: false)
        #expect(RoundFixture.rounds(analysis, report.id) == [[9], []], "\(analysis.assignments.map(\.evidence))")
    }

    /// A relative pronoun with no comma opens a relative clause whose year dates its noun; a
    /// "that" counts only after a name, as after a verb it reports, and its year is the
    /// sentence's.
    @Test func aBareRelativeClauseDatesItsNoun() {
        func nounYear(_ text: String, _ language: String) -> Bool {
            let f = RoundCueTests.features(text, language)
            let year = f.tokens.firstIndex { $0.folded == "2016" }!
            return f.nounTimes.contains(year)
        }
        #expect(nounYear("Moscow wants back the compounds which Washington seized in 2016.", "en"))
        #expect(nounYear("Experts may visit the compounds on Long Island that Washington seized in 2016.", "en"))
        #expect(nounYear("Moskou wil de eigendommen terug die de VS in 2016 in beslag namen.", "nl"))
        #expect(nounYear("Moskva vil ha tilbake eiendommene som USA beslagla i 2016.", "nb"))
        #expect(!nounYear("Lavrov said that the consulates were closed in 2016.", "en"))
        #expect(!nounYear("Lawrow zei dat de consulaten in 2016 werden gesloten.", "nl"))
        #expect(!nounYear("The compounds were seized in 2016.", "en"))
    }

    /// "again" by a meeting verb announces another meeting; after a meeting noun with its
    /// article it goes with the verb that follows.
    @Test func againAfterAMeetingNounIsNoNewMeeting() {
        #expect(RoundCueTests.features("Moskau will bei dem Treffen erneut die Rückgabe der Anwesen fordern.", "de").nextRound == nil)
        #expect(RoundCueTests.features("Die Delegationen wollen sich im Mai erneut treffen.", "de").nextRound != nil)
        #expect(RoundCueTests.features("Moscow will again demand the compounds back at the meeting.", "en").nextRound == nil)
        #expect(RoundCueTests.features("The delegations will meet again in May.", "en").nextRound != nil)
    }

    /// "May" the month grants nothing; "may" the verb does.
    @Test func permissionIsAVerbInTheMainClause() {
        #expect(RoundCueTests.features("Russian experts may visit the compounds in April.", "en").grantsPermission)
        #expect(!RoundCueTests.features("The next round takes place in May.", "en").grantsPermission)
        #expect(RoundCueTests.features("Russische Experten dürfen im April die Anwesen besichtigen.", "de").grantsPermission)
        #expect(!RoundCueTests.features("Die Delegationen trafen sich im April.", "de").grantsPermission)
    }
}
