import Testing
@testable import DragomanKit

/// New places and the spellings of new names: places named by a place noun or joined to a known
/// place, German word-list places found through their spelling in other languages, a machine
/// translation keeping its source's spelling, a one-letter slip within a report, and the display
/// name a new entity gets.
@Suite struct EntityPlaceSpellingTests {
    func build(_ articles: [Article]) -> EntityIndex.Result {
        let glossary = EntityLinkerTests.glossary
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        return EntityIndex.build(articles: articles, recognizer: recognizer)
    }

    func article(_ id: String, _ language: LanguageCode, _ sentences: [String]) -> Article {
        EntityLinkerTests.article(id, language, sentences)
    }

    /// No cue but the place noun ("capital", "hoofdstad", "Hauptstadt", "hovedstad") or a known
    /// place before "and" says the name is a place; a genitive's glued "s" is not the name's.
    @Test(arguments: [
        (LanguageCode.english, "The talks were held in Vardesk, the capital of Quorvania.", "Quorvania"),
        (.english, "The consulates in San Francisco and Belmarsk stay closed.", "Belmarsk"),
        (.dutch, "De gesprekken vonden plaats in de hoofdstad van Quorvanië.", "Quorvanië"),
        (.dutch, "De consulaten in San Francisco en Belmarsk blijven dicht.", "Belmarsk"),
        (.german, "Die Gespräche fanden in der Hauptstadt Quorvaniens statt, sagte ein Diplomat.", "Quorvaniens"),
        (.german, "Die Konsulate in San Francisco und Belmarsk bleiben geschlossen.", "Belmarsk"),
        (.norwegian, "Samtalene ble holdt i Quorvanias hovedstad Vardesk.", "Quorvania"),
        (.norwegian, "Konsulatene i San Francisco og Belmarsk forblir stengt.", "Belmarsk"),
    ])
    func aPlaceNounOrAJoinedPlaceNamesAPlace(language: LanguageCode, sentence: String, name: String) throws {
        let result = build([article("x", language, [sentence])])
        let mention = try #require(result.mentions.first { $0.text == name }, "no mention \(name) in \(result.mentions.map(\.text))")
        #expect(mention.kind == .place)
    }

    /// A capitalised noun after a place and "und" that the word list knows is no place.
    @Test func aJoinedWordTheListKnowsIsNoPlace() {
        let result = build([article("x", .german, ["Die Konsulate in San Francisco und Botschaften bleiben geschlossen."])])
        #expect(!result.mentions.contains { $0.text == "Botschaften" })
    }

    /// German capitalises every noun, and its word list holds place names as it holds nouns
    /// ("Kasachstan"): with no report in another language spelling it, "nach Kasachstan" gives
    /// nothing; an English report's "Kazakhstan" (the same transliteration key) makes it a name.
    @Test func aGermanListWordIsANameWhenAnotherLanguageSpellsIt() {
        let german = article("de", .german, ["Die Delegation reiste danach nach Kasachstan weiter."])
        let alone = build([german])
        #expect(!alone.mentions.contains { $0.text == "Kasachstan" })
        let english = article("en", .english, ["The delegation then travelled on to Kazakhstan, officials said."])
        let both = build([german, english])
        let de = both.mentions.first { $0.text == "Kasachstan" }
        let en = both.mentions.first { $0.text == "Kazakhstan" }
        #expect(de?.kind == .place)
        #expect(de != nil && de?.entityID == en?.entityID)
    }

    /// An English machine translation of a Norwegian report keeps "Sjtsjorsk" (Norwegian "sj" =
    /// š): read by Norwegian conventions it is the very key of the Norwegian name, with no
    /// context to support it.
    @Test func aMachineTranslationKeepingItsSourcesSpellingIsThatPlace() throws {
        let result = build([
            article("nb", .norwegian, ["Neste runde skal holdes i Sjtsjorsk i mars."]),
            article("en", .english, ["Next round shall be held in Sjtsjorsk in March."]),
        ])
        let nb = try #require(result.mentions.first { $0.articleID == "nb" && $0.text == "Sjtsjorsk" })
        let en = try #require(result.mentions.first { $0.articleID == "en" && $0.text == "Sjtsjorsk" })
        #expect(nb.entityID == en.entityID)
    }

    /// Within one report a name one letter off another of the same kind is a slip ("Brodovtsjev"
    /// … "Brodovtsev"), whatever the context; a feminine surname form is not ("Ivanov",
    /// "Ivanova"), nor the same slip across two reports with nothing in common.
    @Test func aOneLetterSlipWithinAReportIsTheSameName() throws {
        let result = build([article("en", .english, [
            "The delegation was led by Pavel Brodovtsev, director of the department.",
            "Families must not become bargaining chips, said Brodovtsjev after the meeting.",
            "The talks were led by Oleg Ivanov.",
            "Nothing was agreed on the consulates, said Ivanova after the meeting.",
        ])])
        let full = try #require(result.mentions.first { $0.text == "Pavel Brodovtsev" })
        let slip = try #require(result.mentions.first { $0.text == "Brodovtsjev" })
        #expect(slip.entityID == full.entityID)
        let ivanov = try #require(result.mentions.first { $0.text == "Oleg Ivanov" })
        let ivanova = try #require(result.mentions.first { $0.text == "Ivanova" })
        #expect(ivanova.entityID != ivanov.entityID)
        let apart = build([
            article("a", .english, ["The delegation was led by Pavel Brodovtsev, director of the department."]),
            article("b", .english, ["Families must not become bargaining chips, said Brodovtsjev after the meeting."]),
        ])
        let a = apart.mentions.first { $0.text == "Pavel Brodovtsev" }?.entityID
        let b = apart.mentions.first { $0.text == "Brodovtsjev" }?.entityID
        #expect(a != nil && b != nil && a != b)
    }

    func mention(_ text: String, _ language: LanguageCode, _ article: String) -> EntityMention {
        EntityMention(articleID: article, language: language, sentenceIndex: 0, span: TextSpan(start: 0, end: text.unicodeScalars.count),
                      text: text, kind: .person, nested: false, inCompound: false, entityID: "new-per-x", linkConfidence: 1,
                      evidence: .new, date: nil)
    }

    /// The display name: English's own spelling; not a one-report slip of a spelling two reports
    /// share (one letter dropped), though a transliteration's letters (j, h, sch) are no slip; the
    /// spelling most reports share when English has none of its own.
    @Test func theDisplayNameIsTheNamesSpellingNotASlip() {
        // One English report drops a letter of the name every other report writes.
        #expect(EntityLinker.englishSpelling([
            mention("Mara Quellbrooke", .english, "en1"), mention("Mara Quellbrook", .english, "en2"),
            mention("Mara Quellbrooke", .german, "de1"), mention("Mara Quellbrooke", .dutch, "nl1"),
        ]) == "Mara Quellbrooke")
        #expect(EntityLinker.englishSpelling([
            mention("Rauf Gannadli", .norwegian, "nb1"), mention("Rauf Gannadli", .dutch, "nl1"), mention("Rauf Ganadli", .english, "en2"),
        ]) == "Rauf Gannadli")
        // Transliterations are English's own, not slips: the German "sch", the Norwegian "j".
        #expect(EntityLinker.englishSpelling([
            mention("Dushkent", .english, "en1"), mention("Duschkent", .german, "de1"), mention("Duschkent", .german, "de2"),
        ]) == "Dushkent")
        #expect(EntityLinker.englishSpelling([
            mention("Dmitri Orlov", .english, "en1"), mention("Dmitrij Orlov", .norwegian, "nb1"), mention("Dmitrij Orlov", .dutch, "nl1"),
        ]) == "Dmitri Orlov")
        // An English machine translation keeps its source's spelling; the agency's is English's own.
        #expect(EntityLinker.englishSpelling([
            mention("Jewgeni Schurawljow", .english, "en2"), mention("Jewgeni Schurawljow", .german, "de1"),
            mention("Yevgeny Zhuravlyov", .english, "en1"),
        ]) == "Yevgeny Zhuravlyov")
        // No English at all: the fullest spelling most reports use.
        #expect(EntityLinker.englishSpelling([
            mention("Orlov", .german, "de1"), mention("Dmitrij Orlov", .norwegian, "nb1"), mention("Dmitrij Orlov", .dutch, "nl1"),
            mention("Dmitri Orlow", .german, "de1"),
        ]) == "Dmitrij Orlov")
    }
}
