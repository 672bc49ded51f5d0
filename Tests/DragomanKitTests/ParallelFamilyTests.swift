import Foundation
import Testing
@testable import DragomanKit

/// Translation is an equivalence: two reports that both translate a third must translate each
/// other. An independent report that tells the same facts in the same order chains along the
/// diagonal like a translation; next to a real translation in its own language it is exposed.
@Suite struct ParallelFamilyTests {
    typealias Stretches = [Int64: [(ClosedRange<Int>, ClosedRange<Int>)]]
    static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(y) }
    static let whole = (0...5, 0...5)

    /// Every same-language pair counts as compared and read as different texts, except those in `unread`.
    static func kept(_ stretches: Stretches, _ strength: [Int64: Double], _ languages: [LanguageCode], unread: Set<Int64> = []) -> [String] {
        var different: Set<Int64> = []
        for x in languages.indices { for y in languages.indices where x < y && languages[x] == languages[y] { different.insert(key(x, y)) } }
        return ParallelFamilies.consistent(stretches, strength: strength, languages: languages, different: different.subtracting(unread)).keys.sorted()
            .map { "\($0 >> 32)-\($0 & 0xFFFF_FFFF)" }
    }

    /// A German report (0) and two English ones (1, 2): the English ones cannot both translate
    /// it unless they are parallel themselves; the stronger stretch stays, whichever it is.
    @Test(arguments: [(0.8, 0.55, ["0-1"]), (0.55, 0.8, ["0-2"])])
    func twoReportsOfOneLanguageInAFamilyMustBeParallel(first: Double, second: Double, expected: [String]) {
        let stretches: Stretches = [Self.key(0, 1): [Self.whole], Self.key(0, 2): [Self.whole]]
        let strength = [Self.key(0, 1): first, Self.key(0, 2): second]
        #expect(Self.kept(stretches, strength, [.german, .english, .english]) == expected)
        // When the two English reports are parallel too, all three are one family.
        var withCopy = stretches; withCopy[Self.key(1, 2)] = [Self.whole]
        var copyStrength = strength; copyStrength[Self.key(1, 2)] = 0.9
        #expect(Self.kept(withCopy, copyStrength, [.german, .english, .english]) == ["0-1", "0-2", "1-2"])
        // Two English reports the candidate index never compared are no evidence against.
        #expect(Self.kept(stretches, strength, [.german, .english, .english], unread: [Self.key(1, 2)]) == ["0-1", "0-2"])
    }

    /// Two reports in one language read as different texts when enough of their sentences were
    /// compared and their best matches fall below the bar; too few compared sentences say nothing.
    @Test func readingTwoReportsOfOneLanguageAsDifferent() {
        func cells(_ lexical: [Double]) -> [CorpusAligner.Candidate] {
            lexical.enumerated().map { CorpusAligner.Candidate(d1: 0, i1: $0.offset, d2: 1, i2: $0.offset,
                                                                features: AlignmentFeatures(lexical: $0.element, anchors: 0, dates: 0, lengthDifference: 0),
                                                                probability: 0) }
        }
        #expect(ParallelFamilies.readAsDifferent(cells([0.5, 0.45, 0.6, 0.4]), minimumRows: 3, bar: 0.7))
        #expect(!ParallelFamilies.readAsDifferent(cells([0.95, 1, 0.9, 0.85]), minimumRows: 3, bar: 0.7))
        #expect(!ParallelFamilies.readAsDifferent(cells([0.5, 0.45]), minimumRows: 3, bar: 0.7))
    }

    /// Reports in three languages need no stretch between every two of them: a weak dictionary
    /// may miss a Norwegian–Dutch pair that both translate one English report.
    @Test func reportsOfDifferentLanguagesNeedNoStretchOfTheirOwn() {
        let stretches: Stretches = [Self.key(0, 1): [Self.whole], Self.key(0, 2): [Self.whole]]
        let strength = [Self.key(0, 1): 0.6, Self.key(0, 2): 0.4]
        #expect(Self.kept(stretches, strength, [.english, .dutch, .norwegian]) == ["0-1", "0-2"])
    }

    /// The clash is found through the family, not only in a triangle: 0 (de) ∥ 1 (en) and
    /// 2 (nl) ∥ 3 (en); a stretch joining 0 and 2 would put the English 1 and 3 in one family.
    @Test func aClashIsFoundAcrossTheFamily() {
        let stretches: Stretches = [Self.key(0, 1): [Self.whole], Self.key(2, 3): [Self.whole], Self.key(0, 2): [Self.whole]]
        let strength = [Self.key(0, 1): 0.8, Self.key(2, 3): 0.7, Self.key(0, 2): 0.5]
        #expect(Self.kept(stretches, strength, [.german, .english, .dutch, .english]) == ["0-1", "2-3"])
        #expect(Self.kept(stretches, strength, [.german, .english, .dutch, .norwegian]) == ["0-1", "0-2", "2-3"])
    }

    // End to end: a German report, its literal English translation, and an independent English
    // report of the same meeting that tells it in the same order in other words.
    static let german = [
        "Die Delegationen trafen sich am Dienstag in der russischen Botschaft in Riad.",
        "Die russische Seite wurde von Botschafter Darchiev geleitet, die amerikanische Seite von Coulter.",
        "Visa für Diplomaten sollen künftig innerhalb von 30 Tagen ausgestellt werden.",
        "Außerdem dürfen beide Botschaften jeweils zehn zusätzliche Mitarbeiter einstellen.",
        "Beim Streit um Killenworth und Pioneer Point gab es keine Bewegung.",
        "Die nächste Runde soll vor Jahresende in Washington stattfinden.",
    ]
    static let translation = [
        "The delegations met on Tuesday in the Russian embassy in Riyadh.",
        "The Russian side was led by ambassador Darchiev, the American side by Coulter.",
        "Visas for diplomats shall in future be issued within 30 days.",
        "In addition, both embassies may each hire ten additional employees.",
        "In the dispute over Killenworth and Pioneer Point there was no movement.",
        "The next round shall take place before the end of the year in Washington.",
    ]
    static let independent = [
        "Russian and American diplomats held six hours of talks at the Russian embassy in Riyadh on Tuesday, officials said.",
        "Ambassador Darchiev headed the Russian team, while Coulter led the American delegation.",
        "Darchiev told reporters that diplomats would get their visas within 30 days from now.",
        "Each embassy will be allowed to hire ten more staff members, a spokesman added.",
        "No agreement was reached on returning Killenworth and Pioneer Point to Russia.",
        "Officials expect the next round in Washington before the end of the year.",
    ]
    static let lexicon: AlignmentLexicon = {
        let pairs = [("Delegationen", "delegations"), ("trafen", "met"), ("Dienstag", "Tuesday"), ("russischen", "Russian"),
                     ("russische", "Russian"), ("Botschaft", "embassy"), ("Botschaften", "embassies"), ("Seite", "side"),
                     ("Botschafter", "ambassador"), ("geleitet", "led"), ("amerikanische", "American"), ("Visa", "visas"),
                     ("Diplomaten", "diplomats"), ("künftig", "future"), ("Tagen", "days"), ("ausgestellt", "issued"),
                     ("zehn", "ten"), ("zusätzliche", "additional"), ("Mitarbeiter", "employees"), ("Mitarbeiter", "staff"),
                     ("einstellen", "hire"), ("Streit", "dispute"), ("Bewegung", "movement"), ("nächste", "next"),
                     ("Runde", "round"), ("Jahresende", "year"), ("stattfinden", "take place"), ("beide", "both"), ("jeweils", "each")]
        let dictionary = BilingualLexicon(sourceLanguage: .german, targetLanguage: .english,
                                          entries: pairs.map { BilingualLexicon.Entry(source: $0.0, target: $0.1) })
        return AlignmentLexicon.build(lexicons: [dictionary], vocabulary: AlignmentLexicon.vocabulary(of: documents))
    }()
    static let documents = [
        CorpusAlignDocument(id: "de", language: .german, sentences: german),
        CorpusAlignDocument(id: "en-mt", language: .english, sentences: translation),
        CorpusAlignDocument(id: "en-own", language: .english, sentences: independent),
    ]

    static func parallelPairs(_ documents: [CorpusAlignDocument]) -> Set<String> {
        Set(CorpusAligner(lexicon: lexicon).align(documents).links.filter { $0.kind == .parallel }
            .map { "\($0.a.articleID)#\($0.a.index) \($0.b.articleID)#\($0.b.index)" })
    }

    /// The rounds weigh on a stretch as a whole: a translation whose one sentence the rounds
    /// stage put in another round keeps that sentence's link, while two reports of two rounds
    /// that tell their meetings from one template (every sentence in another round) stay apart.
    @Test func oneMisreadRoundDoesNotBreakATranslation() {
        func rounds(_ round: Int, except: [Int: Int] = [:]) -> [[Int]] { (0..<6).map { [except[$0] ?? round] } }
        let german = CorpusAlignDocument(id: "de", language: .german, sentences: Self.german, rounds: rounds(6))
        let misread = CorpusAlignDocument(id: "en", language: .english, sentences: Self.translation, rounds: rounds(6, except: [2: 2]))
        let links = CorpusAligner(lexicon: Self.lexicon).align([german, misread]).links.filter { $0.kind == .parallel }
        #expect(Set(links.map { "\($0.a.index)-\($0.b.index)" }) == Set((0..<6).map { "\($0)-\($0)" }))
        let otherRound = CorpusAlignDocument(id: "en", language: .english, sentences: Self.translation, rounds: rounds(5))
        #expect(CorpusAligner(lexicon: Self.lexicon).align([german, otherRound]).links.isEmpty)
    }

    @Test func anIndependentReportIsNoTranslationNextToARealOne() {
        // Alone with the German report, the independent one passes for its translation: the
        // stretch is what the family rule has to overturn.
        let alone = Self.parallelPairs([Self.documents[0], Self.documents[2]])
        #expect(alone.count >= 3, "\(alone.sorted())")
        let all = Self.parallelPairs(Self.documents)
        #expect(all.isSuperset(of: (0..<6).map { "de#\($0) en-mt#\($0)" }), "\(all.sorted())")
        #expect(!all.contains { $0.contains("en-own") }, "\(all.sorted())")
    }
}
