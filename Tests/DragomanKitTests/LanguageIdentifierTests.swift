import Foundation
import Testing
@testable import DragomanKit

private let profilesInstalled = FileManager.default.fileExists(atPath: LanguageIdentifier.defaultProfileDirectory + "/nb.lm")

/// Paragraphs written for these tests (not taken from any corpus): the same news in each
/// language, so that only the language differs.
private enum Samples {
    static let danish = """
        Regeringen har besluttet, at de nye regler skal træde i kraft fra næste år, og det har fået mange af \
        partierne til at reagere. Statsministeren sagde i går, at hun ikke havde noget imod en debat, men at \
        beslutningen var truffet efter grundige overvejelser. Oppositionen mener derimod, at forslaget vil gøre \
        det sværere for de mindre virksomheder.
        """
    static let danish2 = """
        Delegationerne mødtes torsdag i Istanbul for at drøfte, hvordan ambassaderne kan fungere bedre. Ifølge \
        udenrigsministeriet var stemningen god, og begge parter blev enige om at fortsætte samtalerne. Hvad der \
        skal ske med de beslaglagte ejendomme, er dog stadig uklart.
        """
    static let swedish = """
        Regeringen har beslutat att de nya reglerna ska träda i kraft nästa år, och det har fått många partier \
        att reagera. Statsministern sade i går att hon inte hade något emot en debatt, men att beslutet hade \
        fattats efter noggranna överväganden.
        """
    static let swedish2 = """
        Delegationerna möttes på torsdagen i Istanbul för att diskutera hur ambassaderna ska kunna fungera \
        bättre. Enligt utrikesdepartementet var stämningen god, och båda parter enades om att fortsätta samtalen.
        """
    static let nynorsk = """
        Regjeringa har bestemt at dei nye reglane skal gjelde frå neste år, og det har fått mange parti til å \
        reagere. Statsministeren sa i går at ho ikkje hadde noko imot ein debatt, men at avgjerda var teken \
        etter grundige vurderingar.
        """
    static let bokmål = """
        Regjeringen har bestemt at de nye reglene skal gjelde fra neste år, og det har fått mange partier til å \
        reagere. Statsministeren sa i går at hun ikke hadde noe imot en debatt, men at beslutningen var tatt \
        etter grundige vurderinger. Opposisjonen mener derimot at forslaget vil gjøre det vanskeligere for de \
        mindre bedriftene.
        """
    static let bokmål2 = """
        Delegasjonene møttes torsdag i Istanbul for å drøfte hvordan ambassadene kan fungere bedre. Ifølge \
        utenriksdepartementet var stemningen god, og begge parter ble enige om å fortsette samtalene.
        """
    static let french = """
        Les délégations russe et américaine se sont réunies jeudi à Istanbul pour discuter du fonctionnement \
        des ambassades. Selon le ministère, l'ambiance était bonne et les deux parties sont convenues de \
        poursuivre les discussions.
        """
    static let spanish = "Las delegaciones de Rusia y Estados Unidos se reunieron el jueves en Estambul para hablar de las embajadas."
    static let italian = "Le delegazioni di Russia e Stati Uniti si sono incontrate giovedì a Istanbul per discutere delle ambasciate."
}

@Suite(.enabled(if: profilesInstalled, "libexttextcat-data is not installed (/usr/share/libexttextcat)"))
struct LanguageIdentifierTests {
    let identifier: LanguageIdentifier

    init() throws { identifier = try LanguageIdentifier.load() }

    /// Sentences of 40+ characters: ≥ 99% right, with every loaded language (Danish, Swedish,
    /// Nynorsk, French…) competing. Paragraphs (documents of 40+ characters): all right.
    /// The few documents shorter than that are review snippets of three or four words
    /// ("Cheapest drinks in Keene!"), below what any n-gram identifier can promise.
    @Test(
        "Dev sentences of 40+ characters and documents",
        .enabled(if: SharedFixtures.hasSegmentationDev, "../shared/data/segmentation-dev is not there"),
        arguments: ["de", "nl", "nb", "en"]
    )
    func devAccuracy(code: String) throws {
        let documents = try SharedFixtures.devDocuments(code)
        let sentences = documents.flatMap(\.sentences).filter { $0.unicodeScalars.count >= 40 }
        var wrong: [String: Int] = [:]
        var examples: [String] = []
        for sentence in sentences {
            let guess = identifier.identify(sentence).language.rawValue
            if guess != code { wrong[guess, default: 0] += 1; examples.append("\(guess): \(sentence.prefix(100))") }
        }
        let accuracy = 1 - Double(wrong.values.reduce(0, +)) / Double(sentences.count)
        let paragraphs = documents.filter { $0.text.unicodeScalars.count >= 40 }
        let paragraphErrors = paragraphs.filter { identifier.identify($0.text).language.rawValue != code }.map(\.id)
        if ProcessInfo.processInfo.environment["LANGID_DIAGNOSE"] == code { examples.forEach { print("  \($0)") } }
        #expect(accuracy >= 0.99, "\(code): \(sentences.count) sentences, wrong \(wrong)")
        #expect(paragraphErrors.isEmpty, "\(code): \(paragraphErrors)")
        // Bokmål must never be taken for one of its neighbours.
        if code == "nb" { #expect(wrong.keys.allSatisfy { !["da", "sv", "nn"].contains($0) }, "\(wrong)") }
    }

    @Test func supportedLanguages() {
        #expect(identifier.identify(Samples.bokmål).language == .norwegian)
        #expect(identifier.identify(Samples.bokmål2).language == .norwegian)
        #expect(identifier.identify("Die Delegationen trafen sich am Donnerstag in Istanbul, um über die Arbeit der Botschaften zu sprechen.").language == .german)
        #expect(identifier.identify("De delegaties kwamen donderdag in Istanbul bijeen om over de werking van de ambassades te praten.").language == .dutch)
        #expect(identifier.identify("The delegations met in Istanbul on Thursday to discuss how the embassies operate.").language == .english)
    }

    @Test func neighboursOfBokmålAreNotAcceptedAsBokmål() {
        #expect(identifier.identify(Samples.danish).language == .danish)
        #expect(identifier.identify(Samples.danish2).language == .danish)
        #expect(identifier.identify(Samples.swedish).language == .swedish)
        #expect(identifier.identify(Samples.swedish2).language == .swedish)
        #expect(identifier.identify(Samples.nynorsk).language == LanguageCode("nn"))
        // Restricted to the supported languages, Danish still comes out as Bokmål: the caller
        // that wants to refuse it must let the neighbours compete (the default).
        #expect(identifier.identify(Samples.danish, among: LanguageCode.supported).language == .norwegian)
    }

    /// Words Bokmål writes as its neighbour does are no evidence against that neighbour: Swedish
    /// "av" ("leddes av"), Danish "ikke", "også", "bare". A Swedish or Danish report full of them
    /// is still refused by name, and Bokmål with the same words is still Bokmål.
    @Test func wordsBokmålSharesWithANeighbourDoNotMakeItBokmål() throws {
        let swedish = """
            Delegationen leddes av ambassadören och den andra av en tjänsteman. Mötet hölls av säkerhetsskäl i \
            ambassaden, och beslutet fattades av båda sidor. En arbetsgrupp ska tillsättas av regeringarna.
            """
        let danish = """
            Forhandlerne blev ikke enige, og der er heller ikke nogen aftale om visum. Det er også uklart, om \
            ejendommene bliver givet tilbage. Det er bare et spørgsmål om tid, sagde ministeren.
            """
        #expect(identifier.identify(swedish).language == .swedish)
        #expect(identifier.identify(danish).language == .danish)
        for bokmål in [
            "Møtet ble ledet av ambassadøren, og partene ble ikke enige.",
            "Delegasjonen ble ledet av ambassadøren og den andre av en tjenestemann fra departementet.",
            "Det er også uklart om eiendommene blir gitt tilbake, og det er bare et spørsmål om tid.",
            Samples.bokmål, Samples.bokmål2,
        ] {
            #expect(identifier.identify(bokmål).language == .norwegian, "\(bokmål)")
        }
        // The builder refuses such a report by name, as it does French.
        let builder = ArticleBuilder(identifier: identifier)
        for (text, name) in [(swedish, "Swedish"), (danish, "Danish")] {
            #expect { _ = try builder.build(text: "Rapport\n\n" + text, fileName: "rapport.txt", id: "rapport") } throws: { error in
                "\(error)".contains(name) && "\(error)".contains("does not support")
            }
        }
    }

    /// Swedish writes ä and ö where Bokmål writes æ and ø: a short Swedish report with a single
    /// marker word ("och") is still Swedish, while Bokmål that names Germans ("Schröder",
    /// "Gärtner") stays Bokmål.
    @Test func swedishLettersTellAShortSwedishReportFromBokmål() {
        let swedish = [
            "Ryska och amerikanska diplomater möttes i Wien på torsdagen för en sjätte omgång samtal om ambassadernas arbete. "
                + "Mötet varade i nästan fem timmar, uppgav det ryska utrikesministeriet.",
            "Delegationerna träffades i Moskva och kom överens om nya regler för diplomaternas resor.",
        ]
        for text in swedish { #expect(identifier.identify(text).language == .swedish, "\(text)") }
        for bokmål in [
            "Russiske og amerikanske diplomater møttes i Wien torsdag for en sjette runde samtaler om ambassadenes arbeid. "
                + "Møtet varte i nesten fem timer, opplyser det russiske utenriksdepartementet.",
            "Tidligere forbundskansler Gerhard Schröder og diplomaten Jörg Gärtner møtte delegasjonene i Moskva, og partene ble enige om nye regler.",
        ] {
            #expect(identifier.identify(bokmål).language == .norwegian, "\(bokmål)")
        }
    }

    @Test func otherLanguagesAreNamed() {
        #expect(identifier.identify(Samples.french).language == .french)
        #expect(identifier.identify(Samples.spanish).language == LanguageCode("es"))
        #expect(identifier.identify(Samples.italian).language == LanguageCode("it"))
        let ranking = identifier.ranked(Samples.french)
        #expect(ranking.first?.language == .french)
        #expect(ranking.count == identifier.languages.count)
    }

    @Test func textWithoutLanguageGetsNoConfidence() {
        let guess = identifier.identify("http://www.example.com/a/b.html  ==== 12:45 <x@y.z>")
        #expect(guess.confidence == 0)
        #expect(identifier.identify("").confidence == 0)
        // Bokmål's runner-up is Danish, close in n-grams (the markers decide), so the
        // confidence of a clear Bokmål paragraph is moderate; German is far from everything.
        #expect(identifier.identify(Samples.bokmål).confidence > 0.2)
        #expect(identifier.identify("Die Delegationen trafen sich am Donnerstag in Istanbul, um über die Arbeit der Botschaften zu sprechen.").confidence > 0.9)
    }

    @Test func missingProfilesSayWhatToInstall() {
        #expect {
            _ = try LanguageIdentifier(profileDirectory: "/nonexistent/libexttextcat")
        } throws: { error in
            "\(error)".contains("libexttextcat-data")
        }
    }

    /// The builder reads a short sample first and stops when the guess is clear-cut: that
    /// must never change the answer on the dev documents, and a clear-cut guess must never be
    /// wrong on a single dev sentence (the short sample is about two sentences).
    @Test(
        "Two-step article sample gives the full sample's answer",
        .enabled(if: SharedFixtures.hasSegmentationDev, "../shared/data/segmentation-dev is not there"),
        arguments: ["de", "nl", "nb", "en"]
    )
    func articleSample(code: String) throws {
        let builder = ArticleBuilder(identifier: identifier)
        let documents = try SharedFixtures.devDocuments(code).filter { $0.text.unicodeScalars.count >= 40 }
        var wrong: [String] = []
        for document in documents {
            let lines = document.text.split(separator: "\n").map(String.init)
            let guess = builder.identifyLanguage(title: nil, lines: lines)
            if guess.language.rawValue != code { wrong.append(document.id) }
        }
        #expect(wrong.isEmpty, "\(code): \(wrong)")
        // Windows the size of the short sample over the language's running text.
        var windows: [String] = [], window = ""
        for sentence in documents.flatMap(\.sentences) {
            window += (window.isEmpty ? "" : "\n") + sentence
            if window.utf8.count >= ArticleBuilder.quickSampleBytes { windows.append(window); window = "" }
        }
        // What the builder accepts from the short sample, window by window.
        let clearCut = windows.compactMap { window -> (String, LanguageIdentifier.Guess)? in
            let guess = identifier.identify(window)
            return ArticleBuilder.clearCutLanguages.contains(guess.language) && guess.confidence >= ArticleBuilder.clearCutConfidence ? (window, guess) : nil
        }
        let clearCutButWrong = clearCut.filter { $0.1.language.rawValue != code }.map(\.0)
        #expect(windows.count > 100, "\(code): \(windows.count) windows")
        // Nearly all German, Dutch and English windows are decided on the short sample (else
        // the two steps would only add cost).
        if code != "nb" { #expect(Double(clearCut.count) >= 0.9 * Double(windows.count), "\(code): \(clearCut.count) of \(windows.count) clear-cut") }
        #expect(clearCutButWrong.isEmpty, "\(code): \(clearCutButWrong.prefix(3))")
    }
}
