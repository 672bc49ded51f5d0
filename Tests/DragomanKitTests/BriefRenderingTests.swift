import Foundation
import Testing
@testable import DragomanKit

/// English rendering: English sources preferred (the cleanest), glossing marked and readable,
/// the translator command marked or refused.
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefRenderingTests {
    static func renderer() throws -> EnglishRenderer {
        EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: [])
    }

    @Test func englishMemberIsPreferredAndTheCleanestWins() throws {
        let renderer = try Self.renderer()
        let german = RenderInput(sentence: SentenceRef(articleID: "d", index: 0), language: .german, text: "Die Botschaften in Washington und Moskau.")
        let garbled = RenderInput(sentence: SentenceRef(articleID: "e1", index: 0), language: .english,
                                  text: "Washington restricted the Kirentworth estate and the Zorblax Pointe of Marylend.")
        let clean = RenderInput(sentence: SentenceRef(articleID: "e2", index: 4), language: .english,
                                text: "Washington restricted the Killenworth estate on Long Island and Pioneer Point in Maryland.")
        #expect(renderer.chooseMember([german, garbled, clean])?.sentence.articleID == "e2")
        #expect(renderer.chooseMember([german, garbled])?.sentence.articleID == "e1", "English wins over German even when garbled")
        #expect(renderer.chooseMember([german])?.language == .german)
    }

    /// A wire dateline is dropped from the brief, so its capitalised place and agency ("GENEVA,
    /// Mar 3 (Baltic Wire) - ") must not count against the sentence it opens, nor its words
    /// towards the length penalty; the sentence after the dash competes on its own words.
    @Test func aWireDatelineDoesNotCountAgainstItsSentence() throws {
        let renderer = try Self.renderer()
        let wire = RenderInput(sentence: SentenceRef(articleID: "a-wire", index: 0), language: .english,
                               text: "GENEVA, Mar 3 (Baltic Wire Service) - The two delegations agreed on Monday to reopen consular sections, the Russian ambassador to Washington said after the talks.")
        let plain = RenderInput(sentence: SentenceRef(articleID: "b-mt", index: 0), language: .english,
                                text: "The delegations agreed on Monday about reopening of consular sections, said the ambassador after the talks.")
        #expect(renderer.cleanliness(wire) == renderer.cleanliness(
            RenderInput(sentence: wire.sentence, language: .english, text: BriefText.strippingDateline(wire.text))))
        #expect(renderer.chooseMember([plain, wire])?.sentence.articleID == "a-wire")
        #expect(renderer.chooseMember([wire, plain])?.sentence.articleID == "a-wire")
    }

    /// Of two English sentences saying the same, the one from the report that garbles fewer of
    /// the glossary's names wins (machine translation garbles names and word order alike); for a
    /// round that has taken place, a sentence telling it as past wins over a preview's future.
    @Test func theMemberFromTheCleanerReportAndThePastTenseWin() throws {
        let entities = [
            CanonicalEntity(id: "per-darchiev", kind: .person, displayName: "Alexander Darchiev", conceptID: "per-darchiev", spellings: [:], mentionCount: 3, articleIDs: ["mt", "wire"]),
            CanonicalEntity(id: "per-coulter", kind: .person, displayName: "Sonata Coulter", conceptID: "per-coulter", spellings: [:], mentionCount: 2, articleIDs: ["mt", "wire"]),
        ]
        var renderer = EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: entities)
        func mention(_ name: String, in text: String, article: String, id: String) -> EntityMention {
            var m = RoundCueTests.mention(name, in: text, kind: .person, id: id)
            m.articleID = article; m.language = .english
            return m
        }
        let mtText = "The delegation was led by the ambassador Alexander Dartschiew and Sonata Kolter."
        let wireText = "The delegations were led by Alexander Darchiev and Sonata Coulter."
        let mentions = [mention("Alexander Dartschiew", in: mtText, article: "mt", id: "per-darchiev"), mention("Sonata Kolter", in: mtText, article: "mt", id: "per-coulter"),
                        mention("Alexander Darchiev", in: wireText, article: "wire", id: "per-darchiev"), mention("Sonata Coulter", in: wireText, article: "wire", id: "per-coulter")]
        renderer.garbling = renderer.garbledShares(mentions)
        #expect(renderer.garbling["mt"] == 1)
        #expect(renderer.garbling["wire"] == 0)
        // Two sentences without names, equal in every other respect: the report decides.
        let fromMT = RenderInput(sentence: SentenceRef(articleID: "mt", index: 1), language: .english,
                                 text: "Besides both embassies may employ each ten additional co-workers.")
        let fromWire = RenderInput(sentence: SentenceRef(articleID: "wire", index: 4), language: .english,
                                   text: "Both embassies may also hire ten additional staff members.")
        #expect(renderer.chooseMember([fromMT, fromWire])?.sentence.articleID == "wire")
        #expect(renderer.chooseMember([fromWire, fromMT])?.sentence.articleID == "wire")
        // Held round: the past beats the preview; for an announced round the order is free.
        let preview = RenderInput(sentence: SentenceRef(articleID: "a-preview", index: 1), language: .english,
                                  text: "The talks will be held at the Russian embassy in the Saudi capital.")
        let report = RenderInput(sentence: SentenceRef(articleID: "z-report", index: 1), language: .english,
                                 text: "The meeting took place at the Russian embassy in the Saudi capital.")
        #expect(renderer.chooseMember([preview, report], roundHeld: true)?.sentence.articleID == "z-report")
        #expect(renderer.chooseMember([report, preview], roundHeld: true)?.sentence.articleID == "z-report")
        #expect(renderer.chooseMember([preview, report], roundHeld: false)?.sentence.articleID == "a-preview", "ties go to the first report id")
        // A report published before a held round tells what was expected of it, even in the present.
        let expected = RenderInput(sentence: SentenceRef(articleID: "a-preview", index: 5), language: .english,
                                   text: "Moscow wants access to the Killenworth estate on Long Island.")
        let outcome = RenderInput(sentence: SentenceRef(articleID: "z-report", index: 5), language: .english,
                                  text: "No agreement was reached on the Killenworth estate on Long Island.")
        #expect(renderer.chooseMember([expected, outcome], roundHeld: true, previews: ["a-preview"])?.sentence.articleID == "z-report")
        #expect(renderer.chooseMember([expected, outcome], roundHeld: false, previews: ["a-preview"])?.sentence.articleID == "a-preview")
        // Among glosses the preview loses points, not its place: equal otherwise, the report wins.
        let germanPreview = RenderInput(sentence: SentenceRef(articleID: "a-preview", index: 2), language: .german,
                                        text: "Das Treffen findet in der russischen Botschaft statt.")
        let germanReport = RenderInput(sentence: SentenceRef(articleID: "z-report", index: 2), language: .german,
                                       text: "Das Treffen fand in der russischen Botschaft statt.")
        #expect(renderer.chooseMember([germanPreview, germanReport], roundHeld: true, previews: ["a-preview"])?.sentence.articleID == "z-report")
        #expect(renderer.chooseMember([germanPreview, germanReport], roundHeld: false, previews: ["a-preview"])?.sentence.articleID == "a-preview")
    }

    /// A wire dateline in front of a sentence is no part of the fact; the brief drops it
    /// (the citation keeps it). Sentences that merely start with a parenthesis or a name stay.
    @Test(arguments: [
        ("RIYADH, Oct 14 (Reuters) - Russian and U.S. diplomats held a fourth round of talks.", "Russian and U.S. diplomats held a fourth round of talks."),
        ("ISTANBUL (AP) — The delegations met for six hours.", "The delegations met for six hours."),
        ("RIAD, 14 okt (ANP) – Russische en Amerikaanse diplomaten hebben gesproken.", "Russische en Amerikaanse diplomaten hebben gesproken."),
        ("Moskau (dpa) - „Wir sind zufrieden“, sagte Rjabkow.", "„Wir sind zufrieden“, sagte Rjabkow."),
        ("WIEN, 10. März 2026 (APA) – Russland und die USA verhandeln.", "Russland und die USA verhandeln."),
        ("Oslo, 25. juni 2025 – Partene møttes i dag.", "Partene møttes i dag."),
        ("The talks (the third this year) - as expected - ended without result.", "The talks (the third this year) - as expected - ended without result."),
        ("Sonata Coulter (State Department) said the talks were useful.", "Sonata Coulter (State Department) said the talks were useful."),
        ("Darchiev (left) - with Coulter - after the meeting.", "Darchiev (left) - with Coulter - after the meeting."),
    ])
    func wireDatelinesAreDropped(text: String, expected: String) {
        #expect(BriefText.strippingDateline(text) == expected)
    }

    /// Garbled names in a reporter's English are respelled from the glossary, word by word and
    /// only where the word is close to the name ("Ambassador" stays); an entity the glossary
    /// does not know keeps the reporter's spelling.
    @Test func garbledNamesInEnglishAreRespelledFromTheGlossary() throws {
        let text = "Ambassador Alexander Darchieff met Sonata Culter near the Kirentworth estate and Zed Quux."
        func mention(_ name: String, _ kind: EntityKind, _ id: String) -> EntityMention {
            RoundCueTests.mention(name, in: text, kind: kind, id: id)
        }
        let entities = [
            CanonicalEntity(id: "per-darchiev", kind: .person, displayName: "Alexander Darchiev", conceptID: "per-darchiev", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "per-coulter", kind: .person, displayName: "Sonata Coulter", conceptID: "per-coulter", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "fac-killenworth", kind: .property, displayName: "Killenworth", conceptID: "fac-killenworth", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "new-per-zed-quuz", kind: .person, displayName: "Zed Quuz", conceptID: nil, spellings: [:], mentionCount: 1, articleIDs: ["e"]),
        ]
        let renderer = EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: entities)
        let input = RenderInput(sentence: SentenceRef(articleID: "e", index: 0), language: .english, text: text, mentions: [
            mention("Ambassador Alexander Darchieff", .person, "per-darchiev"), mention("Sonata Culter", .person, "per-coulter"),
            mention("Kirentworth", .property, "fac-killenworth"), mention("Zed Quux", .person, "new-per-zed-quuz"),
        ])
        #expect(renderer.gloss(input) == "Ambassador Alexander Darchiev met Sonata Coulter near the Killenworth estate and Zed Quux.")
        // Without mentions nothing is touched.
        #expect(renderer.gloss(RenderInput(sentence: input.sentence, language: .english, text: text)) == text)
    }

    /// A machine translation leaves place names in the source's form ("in Wien", "in Moskau"):
    /// the brief's English gives the glossary's English name; English names, adjectives and
    /// places without a glossary entry are left as written.
    @Test func foreignPlaceNamesInEnglishTakeTheEnglishName() throws {
        let text = "The fifth round ended in Wien, the Viennese hosts said; the embassy in Moskau and the office in Vienna and in Grozny stay open."
        func mention(_ name: String, _ id: String) -> EntityMention {
            RoundCueTests.mention(name, in: text, kind: .place, id: id)
        }
        let entities = [
            CanonicalEntity(id: "loc-vienna", kind: .place, displayName: "Vienna", conceptID: "loc-vienna", spellings: [:], mentionCount: 3, articleIDs: ["e"]),
            CanonicalEntity(id: "loc-moscow", kind: .place, displayName: "Moscow", conceptID: "loc-moscow", spellings: [:], mentionCount: 1, articleIDs: ["e"]),
            CanonicalEntity(id: "new-loc-grozny", kind: .place, displayName: "Groznyj", conceptID: nil, spellings: [:], mentionCount: 1, articleIDs: ["e"]),
        ]
        let renderer = EnglishRenderer(glossary: try EntityFixture.readGlossary(), lexicon: EmptyGlossLexicon(), entities: entities)
        let input = RenderInput(sentence: SentenceRef(articleID: "e", index: 0), language: .english, text: text, mentions: [
            mention("Wien", "loc-vienna"), mention("Viennese", "loc-vienna"), mention("Moskau", "loc-moscow"),
            mention("Vienna", "loc-vienna"), mention("Grozny", "new-loc-grozny"),
        ])
        #expect(renderer.gloss(input)
                == "The fifth round ended in Vienna, the Viennese hosts said; the embassy in Moscow and the office in Vienna and in Grozny stay open.")
    }

    /// "next", "previous" and ordinals are closed-class words: glossed from the table in each
    /// language, never from a dictionary's odd senses ("volgende" → "hind").
    @Test(arguments: [
        (LanguageCode.dutch, "De volgende ronde zal in Riyad plaatsvinden.", "next"),
        (.german, "Die nächste Runde soll in Riad stattfinden.", "next"),
        (.norwegian, "Den forrige runden fant sted i Istanbul.", "previous"),
        (.german, "Die vierte Runde fand in Moskau statt.", "fourth"),
    ])
    func ordinalWordsGlossFromTheTable(language: LanguageCode, text: String, english: String) throws {
        let renderer = try Self.renderer()
        let gloss = renderer.gloss(RenderInput(sentence: SentenceRef(articleID: "x", index: 0), language: language, text: text))
        #expect(gloss.lowercased().contains(english), "\(gloss)")
    }

    @Test func glossingUsesGlossaryTermsAndKeepsUnknownWords() throws {
        let renderer = try Self.renderer()
        let input = RenderInput(sentence: SentenceRef(articleID: "d", index: 0), language: .german,
                                text: "Die Botschaften beider Länder werden sich in Istanbul treffen, sagte Lavrov.")
        let english = renderer.gloss(input)
        #expect(english.hasPrefix("The embassies"))
        #expect(english.contains("Istanbul"))
        #expect(english.contains("will meet"), "the clause-final verb moves up to its auxiliary: \(english)")
        #expect(english.contains("said Sergey Lavrov") || english.contains("said Lavrov"), "\(english)")
        #expect(!english.contains("sich"))
    }

    /// Prepositions of attribution take their closed-class reading ("volgens" is "according
    /// to"), not the dictionary's first sense.
    @Test(arguments: [("nl", "Volgens Washington was de sfeer goed."), ("de", "Laut Washington war die Stimmung gut."),
                      ("nb", "Ifølge Washington var stemningen god.")])
    func attributionReadsAccordingTo(language: String, text: String) throws {
        let english = try Self.renderer().gloss(RenderInput(sentence: SentenceRef(articleID: "x", index: 0), language: LanguageCode(language), text: text))
        #expect(english.hasPrefix("According to Washington"), "\(english)")
    }

    @Test func seedGlossesNormaliseDatesAndNames() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        let nb = try #require(builder.renderInput(SentenceRef(articleID: "004_1c6c789afd2de84b", index: 4)))
        let english = builder.renderer.gloss(nb)
        #expect(english.contains("27 February") && english.contains("10 April"), "\(english)")
        #expect(!english.contains("10. april"))
        let de = try #require(builder.renderInput(SentenceRef(articleID: "000_5bde82b7ff01abba", index: 14)))
        let glossed = builder.renderer.gloss(de)
        #expect(glossed.contains("Kremlin") && glossed.contains("Peskov") && glossed.contains("10 April"), "\(glossed)")
    }

    @Test func briefMarksItsMethods() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon())
        let round2 = try builder.build(round: 2)
        let round3 = try builder.build(round: 3)
        #expect(round2.sentences.contains { $0.method == .sourceEnglish })
        for sentence in round2.sentences + round3.sentences {
            if sentence.originals.contains(where: { $0.language == .english }) {
                #expect(sentence.method == .sourceEnglish && sentence.language == .english)
                #expect(sentence.originals.contains { $0.sentence == sentence.renderedFrom && $0.language == .english })
            } else {
                #expect(sentence.method == .glossed && sentence.language != .english)
            }
            #expect(sentence.originals.contains { $0.sentence == sentence.renderedFrom })
        }
        #expect(round3.sentences.allSatisfy { $0.method == .glossed }, "round 3 has no English report")
    }

    @Test func translatorCommandIsUsedAndMarked() throws {
        let seeds = try BriefFixture.seeds()
        let brief = try BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon()).build(round: 2)
        let translated = try ExternalTranslator(command: "tr a-z A-Z").apply(to: [brief])[0]
        for (before, after) in zip(brief.sentences, translated.sentences) {
            if before.method == .glossed {
                #expect(after.method == .machineTranslated)
                let original = before.originals.first { $0.sentence == before.renderedFrom }!.text
                let asciiUpper = String(original.map { $0.isASCII ? Character($0.uppercased()) : $0 })
                #expect(after.english == asciiUpper)
            } else {
                #expect(after == before)
            }
        }
        #expect(BriefTextWriter.string(translated).contains("(machine-translated from"))
        #expect(try ExternalTranslator(command: "cat").translate(["eins", "zwei\ndrei"]) == ["eins", "zwei drei"])
    }

    /// The command learns each sentence's language: it is run once per language, with the code
    /// in place of {lang} and in $DRAGOMAN_SOURCE_LANGUAGE.
    @Test func translatorIsRunOncePerSourceLanguage() throws {
        let seeds = try BriefFixture.seeds()
        let briefs = try [1, 2, 3].map { try BriefBuilder(corpus: seeds.corpus, lexicon: EmptyGlossLexicon()).build(round: $0) }
        let glossed = briefs.flatMap(\.sentences).filter { $0.method == .glossed }
        let languages = Set(glossed.compactMap { sentence in sentence.originals.first { $0.sentence == sentence.renderedFrom }?.language })
        #expect(languages.count >= 2, "the seeds' briefs gloss more than one language")
        let translated = try ExternalTranslator(command: #"sed "s/^/[{lang}|$DRAGOMAN_SOURCE_LANGUAGE] /""#).apply(to: briefs)
        for (before, after) in zip(briefs.flatMap(\.sentences), translated.flatMap(\.sentences)) where before.method == .glossed {
            let language = try #require(before.originals.first { $0.sentence == before.renderedFrom }?.language)
            #expect(after.english.hasPrefix("[\(language.rawValue)|\(language.rawValue)] "), "\(after.english)")
        }
    }

    @Test func failingOrMiscountingTranslatorIsAnError() throws {
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "exit 3").translate(["a", "b"]) }
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "head -n 1").translate(["a", "b"]) }
        #expect(throws: DragomanError.self) { try ExternalTranslator(command: "/nonexistent/translator").translate(["a"]) }
        do { _ = try ExternalTranslator(command: "echo boom >&2; exit 2").translate(["a"]) } catch let error as DragomanError {
            #expect(error.description.contains("status 2") && error.description.contains("boom") && !error.description.contains("\n"))
        }
    }
}
