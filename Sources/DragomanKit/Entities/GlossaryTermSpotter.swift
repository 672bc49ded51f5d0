/// The glossary stage's `GlossaryMatcher` behind the recogniser's `TermSpotter` seam.
///
/// Names are also looked for in the other languages' spellings: reports (and machine
/// translations) often keep a name as the source wrote it ("Sergey Lavrov" in a German text).
/// Those extra matches must be whole words matching exactly a proper-noun term, and never
/// overlap a match in the text's own language.
public struct GlossaryTermSpotter: TermSpotter, Sendable {
    public let matcher: GlossaryMatcher
    private let properNounTerms: Set<String>

    public init(glossary: Glossary) {
        matcher = GlossaryMatcher(glossary: glossary)
        properNounTerms = Set(glossary.concepts.flatMap { c in c.terms.filter { $0.partOfSpeech == "properNoun" }.map { "\(c.id)|\($0.text)" } })
    }

    public func spots(in text: String, language: LanguageCode) -> [TermSpot] {
        let own = matcher.matches(in: text, language: language)
        var result = own.map { TermSpot(conceptID: $0.conceptID, span: $0.span, inCompound: $0.inCompound, term: $0.term) }
        for other in matcher.languages where other != language {
            for match in matcher.matches(in: text, language: other) where match.distance == 0 && match.role == .words
                && properNounTerms.contains("\(match.conceptID)|\(match.term)")
                && !result.contains(where: { $0.span.start < match.span.end && match.span.start < $0.span.end }) {
                result.append(TermSpot(conceptID: match.conceptID, span: match.span, inCompound: false, term: match.term))
            }
        }
        return result
    }
}
