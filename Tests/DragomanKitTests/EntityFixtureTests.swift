import Foundation
import Testing
@testable import DragomanKit

/// Seed fixtures. The spotter here is TEMPORARY, until the glossary stage's `GlossaryMatcher`
/// lands: a small matcher behind the `TermSpotter` seam, not shipped in DragomanKit on purpose.
enum EntityFixture {
    static let glossaryFile = TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")

    static func readGlossary() throws -> Glossary {
        try TBXReader.read(url: glossaryFile).glossary
    }

    /// Entity terms only; names match in any language's spelling, adjectives only in their own.
    struct Spotter: TermSpotter {
        struct Entry { var conceptID: String; var term: String; var words: [String]; var language: LanguageCode; var isName: Bool }
        var entries: [Entry] = []

        init(glossary: Glossary) {
            for concept in EntityRecognizer.namedConcepts(glossary) {
                for term in concept.terms {
                    let words = Tokenizer().tokenize(term.text).map { TextFolding.fold($0.text) }
                    entries.append(Entry(conceptID: concept.id, term: term.text, words: words, language: term.language,
                                         isName: term.partOfSpeech != "adjective"))
                }
            }
        }

        static let endings = ["s", "es", "n", "en", "e", "er", "em", "ns", "ske", "et", "ene"]
        static func stemEqual(_ a: String, _ b: String) -> Bool {
            if a == b { return true }
            for e in endings where a == b + e || b == a + e { return true }
            for e in endings where a.hasSuffix(e) && a.count - e.count >= 4 {
                let s = String(a.dropLast(e.count))
                if s == b { return true }
                for f in endings where b == s + f { return true }
            }
            return false
        }

        func spots(in text: String, language: LanguageCode) -> [TermSpot] {
            // Words plus the parts of hyphenated words (as separate in-compound tokens).
            var units: [(text: String, span: TextSpan, part: Bool)] = []
            for token in Tokenizer().tokenize(text) {
                units.append((token.text, token.span, false))
                if token.text.contains("-") {
                    var offset = token.span.start
                    for piece in token.text.split(separator: "-", omittingEmptySubsequences: false) {
                        let n = piece.unicodeScalars.count
                        units.append((String(piece), TextSpan(start: offset, end: offset + n), true))
                        offset += n + 1
                    }
                }
            }
            let whole = units.filter { !$0.part }
            let parts = units.filter { $0.part }
            let folded = whole.map { TextFolding.fold($0.text) }
            var result: [TermSpot] = []
            for entry in entries where entry.isName || entry.language == language {
                let capitalised = entry.term.first?.isUppercase == true
                // Sequences of whole tokens.
                if entry.words.count <= whole.count {
                    for start in 0...(whole.count - entry.words.count) {
                        var ok = true
                        for (k, w) in entry.words.enumerated() where !(Self.stemEqual(folded[start + k], w)) { ok = false; break }
                        if ok, capitalised, whole[start].text.first?.isUppercase != true { ok = false }
                        if ok {
                            let span = TextSpan(start: whole[start].span.start, end: whole[start + entry.words.count - 1].span.end)
                            result.append(TermSpot(conceptID: entry.conceptID, span: span, inCompound: false, term: entry.term))
                        }
                    }
                }
                guard entry.words.count == 1, let w = entry.words.first else { continue }
                // Hyphen parts.
                for part in parts where Self.stemEqual(TextFolding.fold(part.text), w) && (!capitalised || part.text.first?.isUppercase == true) {
                    result.append(TermSpot(conceptID: entry.conceptID, span: part.span, inCompound: true, term: entry.term))
                }
                // Glued compounds: the term starts a longer word.
                if w.count >= 4 {
                    for (k, token) in whole.enumerated() where folded[k].hasPrefix(w) && folded[k].count >= w.count + 4 && !folded[k].contains("-")
                        && (!capitalised || token.text.first?.isUppercase == true) {
                        let n = entry.term.unicodeScalars.count
                        result.append(TermSpot(conceptID: entry.conceptID, span: TextSpan(start: token.span.start, end: token.span.start + n),
                                               inCompound: true, term: entry.term))
                    }
                }
            }
            return result
        }
    }

    /// The seed reports as `Article`s built from the gold's own sentences (so entity figures do not
    /// depend on the cleaner and segmenter), with the gold's metadata dates.
    static func seedArticles(_ gold: SeedGold) throws -> [Article] {
        try gold.docs.keys.sorted().map { id in
            let doc = gold.docs[id]!
            let text = try String(contentsOf: TestPaths.shared.appendingPathComponent("seeds/\(id).txt"), encoding: .utf8)
            let sentences = doc.sentences.map {
                Sentence(index: $0.index, text: $0.text, span: TextSpan(start: $0.start, end: $0.end), paragraph: 0,
                         role: SentenceRole(rawValue: $0.role) ?? .body)
            }
            return Article(id: id, fileName: id + ".txt", language: LanguageCode(doc.language),
                           publicationDate: doc.metadata["date"].flatMap(CalendarDate.init(parsing:)),
                           title: doc.title, titleSpan: doc.title_span.map { TextSpan(start: $0.start, end: $0.end) },
                           text: text, sentences: sentences, removed: [], contentHash: id)
        }
    }

    static let wordLists = WordLists.system()
}

@Suite struct EntityFixtureTests {
    @Test func fixtureGlossaryHasTheEntityConcepts() throws {
        let glossary = try EntityFixture.readGlossary()
        #expect(EntityRecognizer.namedConcepts(glossary).count == 55)
        #expect(glossary.concept(id: "loc-russia")?.terms.contains { $0.text == "russisch" && $0.partOfSpeech == "adjective" } == true)
    }
}
