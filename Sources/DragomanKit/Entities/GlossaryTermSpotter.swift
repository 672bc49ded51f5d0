/// The glossary stage's `GlossaryMatcher` behind the recogniser's `TermSpotter` seam.
///
/// The matcher is built over the named-entity concepts only (vocabulary matches would only
/// compete with names for the same words), and each language also gets the other languages'
/// proper-noun spellings: reports, and machine translations above all, often keep a name as the
/// source wrote it ("Sergey Lavrov" in a German text). One matcher call per sentence then finds
/// every spelling, with the text language's inflections ("Darchievs").
public struct GlossaryTermSpotter: TermSpotter, Sendable {
    public let matcher: GlossaryMatcher

    public init(glossary: Glossary) {
        var named = EntityRecognizer.namedConcepts(glossary)
        for index in named.indices {
            let concept = named[index]
            var terms = concept.terms
            var seen = Set(terms.map { "\($0.language)|\($0.text)" })
            for language in LanguageCode.supported {
                for term in concept.terms where term.partOfSpeech == "properNoun" && term.language != language {
                    guard seen.insert("\(language)|\(term.text)").inserted else { continue }
                    var copy = term
                    copy.language = language
                    // Borrowed spellings rank after the language's own terms.
                    copy.status = .admitted
                    terms.append(copy)
                }
            }
            named[index].terms = terms
        }
        matcher = GlossaryMatcher(glossary: Glossary(concepts: named))
    }

    public func spots(in text: String, language: LanguageCode) -> [TermSpot] {
        matcher.matches(in: text, language: language).map {
            TermSpot(conceptID: $0.conceptID, span: $0.span, inCompound: $0.inCompound, term: $0.term)
        }
    }
}
