/// What a mention names. The raw values are the glossary's subject fields (`Concept.Kind`) so a
/// glossary concept's kind maps over directly; `tag` is the gold annotation's type prefix.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person, place, organisation, property, date

    /// PER / LOC / ORG / FAC / DATE, as in the seed gold ids.
    public var tag: String {
        switch self {
        case .person: "PER"
        case .place: "LOC"
        case .organisation: "ORG"
        case .property: "FAC"
        case .date: "DATE"
        }
    }

    public init?(tag: String) {
        guard let kind = Self.allCases.first(where: { $0.tag == tag.uppercased() }) else { return nil }
        self = kind
    }

    /// The kind of a glossary concept; nil for vocabulary terms.
    public init?(_ kind: Concept.Kind) {
        switch kind {
        case .term: return nil
        case .person: self = .person
        case .place: self = .place
        case .organisation: self = .organisation
        case .property: self = .property
        }
    }

    /// Accepts the CLI spellings ("person", "PER", "facility", "org"…).
    public static func parse(_ text: String) -> EntityKind? {
        switch text.lowercased() {
        case "person", "per", "people", "persons": .person
        case "place", "loc", "location", "places": .place
        case "organisation", "organization", "org", "orgs": .organisation
        case "property", "fac", "facility", "properties": .property
        case "date", "dates": .date
        default: nil
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// How a date value was obtained. Raw values are the gold annotation's `date_kind`.
public enum DateKind: String, Codable, Sendable {
    /// The text states the calendar date ("10. April", "Oktober 2024", "2016").
    case explicit
    /// Resolved from a weekday name against a date the report gives.
    case weekday
    /// Resolved from "this week" / "this month" and the like.
    case relative
}

/// A date expression in a sentence. `value` is nil when the text gives no anchor to resolve it
/// (a weekday in a report without a nearby day-precision date, a day without any known year):
/// the expression is kept so the report can be shown, but nothing is guessed.
public struct DateMention: Hashable, Codable, Sendable {
    public var sentenceIndex: Int
    /// Scalar offsets in the sentence, end exclusive: the minimal span carrying the calendar
    /// information ("10. April", not "am 10. April").
    public var span: TextSpan
    public var text: String
    public var value: CalendarDate?
    public var kind: DateKind
    /// True when the year was not written and came from the report or corpus context.
    public var impliedYear: Bool

    public init(sentenceIndex: Int, span: TextSpan, text: String, value: CalendarDate?, kind: DateKind, impliedYear: Bool = false) {
        self.sentenceIndex = sentenceIndex; self.span = span; self.text = text
        self.value = value; self.kind = kind; self.impliedYear = impliedYear
    }
}

/// Why a mention was assigned to its entity.
public enum LinkEvidence: String, Codable, Sendable, Comparable {
    /// The surface is a spelling of a glossary concept (possibly inflected or in a compound).
    case glossary
    /// The transliteration-normalised key equals a known spelling's key.
    case keyMatch = "key-match"
    /// Similar key, and the mention shares context (co-occurring entities) with the entity's
    /// mentions in other reports.
    case fuzzyContext = "fuzzy+context"
    /// Similar key alone (close enough that no context was needed).
    case fuzzy
    /// A generic head ("foreign ministry") and the country or place that qualifies it in its
    /// sentence ("norwegische", "in Moskau"); see `GenericEntity`.
    case qualifiedHead = "head+qualifier"
    /// Not linked to anything known: a new entity of its own.
    case new
    /// Dates: linked by their normalised value.
    case dateValue = "date-value"

    private var rank: Int { [.glossary, .dateValue, .qualifiedHead, .keyMatch, .fuzzy, .fuzzyContext, .new].firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A named-entity or date mention found by the recogniser, before linking across reports.
public struct RecognizedMention: Hashable, Codable, Sendable {
    public var sentenceIndex: Int
    /// Scalar offsets in the sentence, end exclusive.
    public var span: TextSpan
    public var text: String
    public var kind: EntityKind
    /// A country modifier inside an organisation or facility name ("russischen" in
    /// "russischen Außenministeriums"): annotated twice, as in the gold.
    public var nested: Bool
    /// Part of a longer word: glued ("Kreml" in "Kremlsprecher") or hyphenated ("US" in "US-Delegation").
    public var inCompound: Bool
    /// The glossary concept the recogniser matched, if any (linking may still add one later).
    public var conceptID: String?
    /// How confident the recogniser is that this is a mention of `kind` (0…1).
    public var confidence: Double
    /// A short reason ("glossary term", "after title Botschafter", "place after 'in'").
    public var cue: String
    public var date: DateMention?
    /// A generic head ("das norwegische Außenministerium") the glossary has no concept for: the
    /// entity the recogniser derived from what qualifies it.
    public var generic: GenericEntity?

    public init(sentenceIndex: Int, span: TextSpan, text: String, kind: EntityKind, nested: Bool = false,
                inCompound: Bool = false, conceptID: String? = nil, confidence: Double, cue: String, date: DateMention? = nil,
                generic: GenericEntity? = nil) {
        self.sentenceIndex = sentenceIndex; self.span = span; self.text = text; self.kind = kind
        self.nested = nested; self.inCompound = inCompound; self.conceptID = conceptID
        self.confidence = confidence; self.cue = cue; self.date = date; self.generic = generic
    }
}

/// An organisation named by a generic head ("foreign ministry") and what qualifies it, when the
/// glossary has no concept for it. Every country has a foreign ministry, so the head's words say
/// nothing about which one: the entity is the head plus the country (or place) the sentence ties
/// it to, the same in every language ("das norwegische Außenministerium", "Norway’s Foreign
/// Ministry", "Utenriksdepartementet i Oslo"), and a head nothing ties to a country is an entity
/// of its own.
public struct GenericEntity: Hashable, Codable, Sendable {
    /// The entity of every mention of this head for this country or place
    /// ("new-org-foreign-ministry-norway"); nil when the sentence does not say whose it is.
    public var id: String?
    /// The head's id prefix ("new-org-foreign-ministry"); with the report and sentence, the id
    /// of a mention whose owner is not known.
    public var head: String
    /// English name ("Norwegian Foreign Ministry", "Foreign Ministry").
    public var name: String

    public init(id: String?, head: String, name: String) { self.id = id; self.head = head; self.name = name }
}

/// A mention with its place in the corpus and its canonical entity: what later stages consume.
public struct EntityMention: Hashable, Codable, Sendable {
    public var articleID: String
    public var language: LanguageCode
    public var sentenceIndex: Int
    public var span: TextSpan
    public var text: String
    public var kind: EntityKind
    public var nested: Bool
    public var inCompound: Bool
    /// The canonical entity (`CanonicalEntity.id`).
    public var entityID: String
    /// How sure the assignment to `entityID` is (0…1).
    public var linkConfidence: Double
    public var evidence: LinkEvidence
    public var date: DateMention?

    public init(articleID: String, language: LanguageCode, sentenceIndex: Int, span: TextSpan, text: String,
                kind: EntityKind, nested: Bool, inCompound: Bool, entityID: String, linkConfidence: Double,
                evidence: LinkEvidence, date: DateMention?) {
        self.articleID = articleID; self.language = language; self.sentenceIndex = sentenceIndex; self.span = span
        self.text = text; self.kind = kind; self.nested = nested; self.inCompound = inCompound
        self.entityID = entityID; self.linkConfidence = linkConfidence; self.evidence = evidence; self.date = date
    }
}

/// One real-world referent with all the spellings the corpus (and the glossary) uses for it.
public struct CanonicalEntity: Hashable, Codable, Sendable, Identifiable {
    /// The glossary concept id ("per-darchiev"), "date-2025-04-10" for dates, or
    /// "new-<kind>-<name>" for an entity the glossary does not know ("new-per-sergei-ryabkov",
    /// "new-org-foreign-ministry-norway").
    public var id: String
    public var kind: EntityKind
    /// English name: the glossary's English preferred term, else the most frequent spelling.
    public var displayName: String
    public var conceptID: String?
    /// Spellings seen in the corpus, per language, most frequent first.
    public var spellings: [LanguageCode: [String]]
    public var mentionCount: Int
    public var articleIDs: [String]
    public var date: CalendarDate?

    public init(id: String, kind: EntityKind, displayName: String, conceptID: String?, spellings: [LanguageCode: [String]],
                mentionCount: Int, articleIDs: [String], date: CalendarDate? = nil) {
        self.id = id; self.kind = kind; self.displayName = displayName; self.conceptID = conceptID
        self.spellings = spellings; self.mentionCount = mentionCount; self.articleIDs = articleIDs; self.date = date
    }

    // Spellings are written as an object keyed by language code ({"de": [...]}); a dictionary
    // with non-String keys would otherwise encode as a flat array of alternating keys and values.
    private enum CodingKeys: String, CodingKey { case id, kind, displayName, conceptID, spellings, mentionCount, articleIDs, date }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(EntityKind.self, forKey: .kind)
        displayName = try c.decode(String.self, forKey: .displayName)
        conceptID = try c.decodeIfPresent(String.self, forKey: .conceptID)
        let raw = try c.decode([String: [String]].self, forKey: .spellings)
        spellings = Dictionary(uniqueKeysWithValues: raw.map { (LanguageCode($0.key), $0.value) })
        mentionCount = try c.decode(Int.self, forKey: .mentionCount)
        articleIDs = try c.decode([String].self, forKey: .articleIDs)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(displayName, forKey: .displayName)
        try c.encodeIfPresent(conceptID, forKey: .conceptID)
        try c.encode(Dictionary(uniqueKeysWithValues: spellings.map { ($0.key.rawValue, $0.value) }), forKey: .spellings)
        try c.encode(mentionCount, forKey: .mentionCount)
        try c.encode(articleIDs, forKey: .articleIDs)
        try c.encodeIfPresent(date, forKey: .date)
    }
}

/// A corpus spelling the glossary does not have, proposed as a new variant of a concept.
public struct GlossaryProposal: Hashable, Codable, Sendable {
    public var spelling: String
    public var language: LanguageCode
    public var conceptID: String
    public var confidence: Double
    public var evidence: LinkEvidence

    public init(spelling: String, language: LanguageCode, conceptID: String, confidence: Double, evidence: LinkEvidence) {
        self.spelling = spelling; self.language = language; self.conceptID = conceptID
        self.confidence = confidence; self.evidence = evidence
    }
}

/// Two sentences (in different reports) that say the same thing, e.g. from the sentence aligner.
/// The linker treats the entities of one as context of the other.
public struct AlignedSentencePair: Hashable, Codable, Sendable {
    public var a: SentenceRef
    public var b: SentenceRef
    public init(a: SentenceRef, b: SentenceRef) { self.a = a; self.b = b }
}

