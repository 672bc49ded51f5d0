/// A glossary term found in a text. The seam between the entity recogniser and the glossary
/// matcher (`Glossary/`), so recognition does not depend on how terms are matched.
public struct TermSpot: Hashable, Sendable {
    public var conceptID: String
    /// Scalar offsets in the searched text, end exclusive: the matched surface ("Russlands",
    /// "Kreml" inside "Kremlsprecher", "russischen Konsulat in Istanbul").
    public var span: TextSpan
    /// The surface is part of a longer word (glued or hyphenated compound).
    public var inCompound: Bool
    /// The glossary term that matched, as written in the glossary.
    public var term: String

    public init(conceptID: String, span: TextSpan, inCompound: Bool, term: String) {
        self.conceptID = conceptID; self.span = span; self.inCompound = inCompound; self.term = term
    }
}

/// Finds glossary terms in text despite inflection, compounds and hyphenation.
public protocol TermSpotter {
    func spots(in text: String, language: LanguageCode) -> [TermSpot]
}

/// A spotter that finds nothing: recognition then relies on its own rules alone (used when no
/// glossary is available).
public struct NoTermSpotter: TermSpotter, Sendable {
    public init() {}
    public func spots(in text: String, language: LanguageCode) -> [TermSpot] { [] }
}
