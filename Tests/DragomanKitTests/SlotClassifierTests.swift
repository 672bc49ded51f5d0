import Testing
@testable import DragomanKit

/// Which part of the brief a candidate fills: cue words in all four languages, counted per text,
/// at word starts, with the round's own date placing it.
@Suite struct SlotClassifierTests {
    static let roundDay = CalendarDate(year: 2026, month: 11, day: 5)

    static func slot(_ texts: [String], dates: [String] = [], relation: BriefCandidate.Relation = .only,
                     status: Round.Status = .held) -> BriefSlot {
        SlotClassifier.classify(texts: texts, features: Set(dates.map { "d:\($0)" }), relation: relation, roundStatus: status,
                                roundDate: roundDay)
    }

    /// One outcome in four languages, with the day it takes effect (not the round's day).
    static let outcome = [
        "The two sides agreed that the consular sections will resume issuing visas from 1 December.",
        "Die Seiten vereinbarten, dass die Konsularabteilungen ab dem 1. Dezember wieder Visa erteilen.",
        "De partijen kwamen overeen dat de consulaire afdelingen vanaf 1 december weer visa afgeven.",
        "Partene ble enige om at konsulatavdelingene skal gjenoppta utstedelsen av visa fra 1. desember.",
    ]

    @Test("an outcome is a result in every language, and a later date it takes effect on does not make it the meeting's when")
    func anOutcomeIsAResult() {
        for text in Self.outcome {
            #expect(Self.slot([text], dates: ["2026-12-01"]) == .results, "\(text)")
        }
        #expect(Self.slot(Self.outcome, dates: ["2026-12-01"]) == .results)
    }

    @Test("the round's own day places a sentence, another day does not")
    func theRoundsDayPlacesIt() {
        let text = ["The delegations met again, the ministry said."]
        #expect(Self.slot(text, dates: ["2026-11-05"]) == .whenWhere)
        #expect(Self.slot(["The talks lasted six hours."], dates: ["2026-11-05"]) == .whenWhere)
        #expect(Self.slot(["The talks lasted six hours."], dates: ["2026-12-01"]) != .whenWhere)
        // A date of the round's month counts too (a report that only says "in November").
        #expect(Self.slot(["The talks lasted six hours."], dates: ["2026-11"]) == .whenWhere)
    }

    @Test("the same fact reported in more languages fills the same slot")
    func moreMembersDoNotShiftTheSlot() {
        let venue = [
            "The meeting was held at the US mission and lasted six hours, the ministry said.",
            "Das Treffen wurde in der US-Vertretung abgehalten und dauerte sechs Stunden, teilte das Ministerium mit.",
            "De bijeenkomst werd gehouden in de Amerikaanse vertegenwoordiging en duurde zes uur, zei het ministerie.",
            "Møtet ble holdt i den amerikanske representasjonen og varte i seks timer, opplyser departementet.",
        ]
        for text in venue { #expect(Self.slot([text]) == .whenWhere, "\(text)") }
        #expect(Self.slot(venue) == .whenWhere)
        #expect(Self.slot([venue[0]]) == Self.slot(venue))
    }

    @Test("an attribution verb alone does not make a quote, quotation marks do")
    func attributionIsNotAQuote() {
        #expect(Self.slot(["The delegation was led by Ambassador Alexander Darchiev, the ministry said."]) == .who)
        #expect(Self.slot(["“We came out with agreements, not just promises,” Darchiev said."]) == .said)
    }

    @Test("short cues start words: \"visa\" holds no Norwegian \"sa\", \"Zeitplan\" no Dutch \"zei\"")
    func shortCuesStartWords() {
        #expect(Self.slot(["Nach dem Zeitplan erhalten Kuriere wieder Visa."]) != .said)
        #expect(Self.slot(["Ambassadene skal utstede visa til kurerer."]) != .said)
        #expect(Self.slot(["Han sa at partene ble enige."]) == .results)
        // A compound still holds its cue.
        #expect(Self.slot(["Die Verhandlungsrunde dauerte sechs Stunden."]) == .whenWhere)
    }

    @Test("an announced round's meeting is its next step; background stays background")
    func announcedAndBackground() {
        #expect(Self.slot(["The next round will be held in Moscow."], status: .announced) == .nextSteps)
        #expect(Self.slot(["The properties were seized in 2016."], relation: .background) == .background)
    }
}
