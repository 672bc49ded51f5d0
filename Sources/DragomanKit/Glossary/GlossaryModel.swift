/// A concept-oriented termbase, as in TBX (ISO 30042): a concept has an id, a subject field, a
/// definition, and terms per language. Named entities are concepts too; their `kind` says which.
public struct Glossary: Hashable, Codable, Sendable {
    /// The TBX header's title and source description paragraphs, kept so that a file written
    /// back is byte-identical to the one read.
    public var title: String?
    public var sourceDescription: [String]
    /// The file's default language (`xml:lang` on the root element).
    public var sourceLanguage: LanguageCode
    /// File order: new concepts go to the end, so an added concept is a single hunk in a diff.
    public var concepts: [Concept]
    /// Elements of the TBX header Dragoman does not read (an `encodingDesc`, a `revisionDesc`;
    /// a `publicationStmt` inside `fileDesc`), kept verbatim so an edit writes them back: the
    /// file belongs to the user, and a CAT tool's data must survive Dragoman's edits.
    public var keptHeaderXML: [String] = []
    public var keptFileDescXML: [String] = []

    enum CodingKeys: String, CodingKey { case title, sourceDescription, sourceLanguage, concepts }

    public init(concepts: [Concept] = [], title: String? = nil, sourceDescription: [String] = [], sourceLanguage: LanguageCode = .english) {
        self.concepts = concepts; self.title = title; self.sourceDescription = sourceDescription; self.sourceLanguage = sourceLanguage
    }

    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }
    public var entityConcepts: [Concept] { concepts.filter { $0.kind != .term } }

    /// For search: each one-word spelling of a named entity (folded) → the concept's other
    /// one-word spellings in every language ("lavrov" → "lawrow", …; "moskau" → "moscow",
    /// "moskva", "moskou"), so a search for one spelling finds them all.
    public func nameVariants() -> [String: [String]] { nameVariants(corpusSpellings: [:]) }

    /// The same, with the spellings the entity stage found in the corpus for each concept
    /// (concept id → spellings), so a garbling no glossary lists ("Kirentworth") is found from
    /// the glossary's name and the other way round.
    public func nameVariants(corpusSpellings: [String: [String]]) -> [String: [String]] {
        var result: [String: Set<String>] = [:]
        for concept in entityConcepts {
            let spellings = concept.terms.map(\.text) + (corpusSpellings[concept.id] ?? [])
            let words = Set(spellings.map { TextFolding.fold($0) }.filter { !$0.contains(" ") && !$0.isEmpty })
            for word in words { result[word, default: []].formUnion(words.subtracting([word])) }
        }
        return result.mapValues { $0.sorted() }
    }
}

public struct Concept: Hashable, Codable, Sendable, Identifiable {
    /// What a concept names. Terms are vocabulary; the others are named entities.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case term, person, place, organisation, property
    }

    /// An XML NCName: lower-case ASCII and hyphens ("embassy", "per-lavrov", "loc-moscow").
    public var id: String
    /// "diplomacy", "politics"… for terms; "person", "place", "organisation", "property" for entities.
    public var subjectField: String
    public var definition: String?
    public var note: String?
    /// Ids of related concepts (TBX `<ref type="crossReference" target="…">`), in file order.
    /// A term points at its broader or kindred concept ("consulate" → "diplomatic-mission"):
    /// two reports that say "consulate" and "embassy" speak of the same kind of thing, which the
    /// aligner counts as weaker evidence than the same concept (`ConceptRelations`).
    public var related: [String] = []
    /// Ordered by language, preferred term first within a language.
    public var terms: [Term]
    /// Elements of the concept entry Dragoman does not read (`transacGrp`, `xref`, `admin`, a
    /// `descrip` of another type…), verbatim, in file order, and the same per language section:
    /// written back as they were, so no edit loses them.
    public var keptXML: [String] = []
    public var keptLanguageXML: [LanguageCode: [String]] = [:]

    enum CodingKeys: String, CodingKey { case id, subjectField, definition, note, related, terms }

    public init(id: String, subjectField: String, definition: String? = nil, note: String? = nil, related: [String] = [], terms: [Term] = []) {
        self.id = id; self.subjectField = subjectField; self.definition = definition; self.note = note
        self.related = related; self.terms = terms
    }

    public var kind: Kind { Kind(rawValue: subjectField) ?? .term }

    public func terms(in language: LanguageCode) -> [Term] { terms.filter { $0.language == language } }

    /// The preferred term in a language, or the first term there.
    public func preferredTerm(in language: LanguageCode) -> Term? {
        let inLanguage = terms(in: language)
        return inLanguage.first { $0.status == .preferred } ?? inLanguage.first
    }

    public var languages: Set<LanguageCode> { Set(terms.map(\.language)) }
}

public struct Term: Hashable, Codable, Sendable {
    /// TBX administrativeStatus values ("preferredTerm-admn-sts" …); `forbidden` is Dragoman's
    /// name for a term that must not be used, written as TBX "deprecatedTerm-admn-sts" plus a
    /// note would lose it, so it is written as "forbiddenTerm-admn-sts" (see the glossary schema).
    public enum Status: String, Codable, Sendable, CaseIterable {
        case preferred, admitted, deprecated, superseded, forbidden

        public var tbxValue: String { rawValue + "Term-admn-sts" }
        public init?(tbxValue: String) {
            guard tbxValue.hasSuffix("Term-admn-sts") else { return nil }
            self.init(rawValue: String(tbxValue.dropLast("Term-admn-sts".count)))
        }
    }

    public var language: LanguageCode
    public var text: String
    public var partOfSpeech: String?
    public var grammaticalGender: String?
    /// fullForm, acronym, abbreviation, shortForm, variant, phrase.
    public var termType: String?
    public var status: Status
    public var context: String?
    public var note: String?
    public var source: String?
    /// Elements of the term section Dragoman does not read (`transacGrp`, `xref`…), verbatim.
    public var keptXML: [String] = []

    enum CodingKeys: String, CodingKey { case language, text, partOfSpeech, grammaticalGender, termType, status, context, note, source }

    public init(language: LanguageCode, text: String, partOfSpeech: String? = nil, grammaticalGender: String? = nil,
                termType: String? = nil, status: Status = .admitted, context: String? = nil, note: String? = nil, source: String? = nil) {
        self.language = language; self.text = text; self.partOfSpeech = partOfSpeech
        self.grammaticalGender = grammaticalGender; self.termType = termType; self.status = status
        self.context = context; self.note = note; self.source = source
    }
}
