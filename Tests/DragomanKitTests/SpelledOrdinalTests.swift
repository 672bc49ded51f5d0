import Testing
@testable import DragomanKit

/// Ordinals written out in words are read from each language's rules for forming them, so a
/// story that runs long enough for "the thirteenth round" or "die einundzwanzigste Runde" still
/// numbers its rounds. The expected numbers are what the words mean.
@Suite struct SpelledOrdinalTests {
    static let words: [(String, String, Int)] = [
        ("de", "dreizehnte", 13), ("de", "vierzehnten", 14), ("de", "neunzehnter", 19), ("de", "zwanzigste", 20),
        ("de", "einundzwanzigsten", 21), ("de", "dreißigste", 30), ("de", "siebenundvierzigste", 47), ("de", "siebente", 7),
        ("nl", "elfde", 11), ("nl", "twaalfde", 12), ("nl", "dertiende", 13), ("nl", "achttiende", 18), ("nl", "twintigste", 20),
        ("nl", "eenentwintigste", 21), ("nl", "tweeëntwintigste", 22), ("nl", "honderdste", 0),
        ("nb", "trettende", 13), ("nb", "fjortende", 14), ("nb", "attende", 18), ("nb", "åttende", 8), ("nb", "tjuende", 20),
        ("nb", "tjueførste", 21), ("nb", "enogtyvende", 21), ("nb", "trettiandre", 32),
        ("en", "thirteenth", 13), ("en", "nineteenth", 19), ("en", "twentieth", 20), ("en", "fortieth", 40), ("en", "eighth", 8),
        ("en", "eighteenth", 18), ("en", "eightieth", 80),
    ]

    static func table(_ language: String) -> SpelledOrdinals.Table { RoundCues.forLanguage(LanguageCode(language)).ordinals }

    @Test(arguments: words)
    func aWordMeansItsNumber(language: String, word: String, number: Int) {
        let value = Self.table(language).value(TextFolding.fold(word), written: word)
        #expect(value == (number == 0 ? nil : number), "\(language) \(word)")
    }

    /// Every number from 1 to 99 has a written form in each language, and no two numbers share
    /// one except where folding merges them (Norwegian 8 and 18, told apart by "å").
    @Test(arguments: ["de", "nl", "nb", "en"])
    func everyNumberUpToNinetyNine(language: String) {
        let table = Self.table(language)
        var numbers = Set(table.folded.values).union(table.withDiacritics.values)
        if language == "en" {
            // 21–99 but the round tens are "twenty" + "first" in two words.
            for (_, tens) in table.tensBefore { for unit in 1...9 { numbers.insert(tens + unit) } }
        }
        #expect(Set(1...99).subtracting(numbers).isEmpty, "\(language): \(Set(1...99).subtracting(numbers).sorted())")
    }

    static let reports: [(String, String, Int)] = [
        ("en", "Russia and the United States held the thirteenth round of their consultations on Thursday in Baku.", 13),
        ("en", "Russia and the United States held the twenty-first round of their consultations on Thursday in Baku.", 21),
        ("de", "Russland und die USA haben am Donnerstag in Baku ihre dreizehnte Gesprächsrunde abgehalten.", 13),
        ("de", "Russland und die USA haben am Donnerstag in Baku ihre einundzwanzigste Gesprächsrunde abgehalten.", 21),
        ("nl", "Rusland en de VS hebben donderdag in Bakoe de twaalfde gespreksronde gehouden.", 12),
        ("nl", "Rusland en de VS hebben donderdag in Bakoe de dertiende gespreksronde gehouden.", 13),
        ("nb", "Russland og USA møttes torsdag i Baku til den trettende runden av konsultasjonene.", 13),
        ("nb", "Russland og USA møttes torsdag i Baku til den tjueførste runden av konsultasjonene.", 21),
    ]

    /// Through the rounds stage: the meeting on that Thursday in Baku is the round the ordinal says.
    @Test(arguments: reports)
    func theRoundTakesTheNumber(language: String, sentence: String, number: Int) throws {
        let report = RoundFixture.article("report-\(language)", language, published: "2027-10-15", [sentence])
        let analysis = try RoundFixture.analyze([RoundSeriesStartTests.firstRound, report], withSeeds: false)
        let round = try #require(RoundNumberingTests.dated(analysis, 2027, 10, 14), "\(analysis.rounds)")
        #expect(round.number == number, "\(analysis.rounds)")
        #expect(round.venueName == "Baku", "\(analysis.rounds)")
    }
}
