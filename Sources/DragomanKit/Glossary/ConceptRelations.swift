/// The glossary's concept relations in the form the aligner asks about them: are two concepts
/// kindred? A concept points at related ones (TBX crossReference, `Concept.related`), mostly a
/// broader concept ("consulate", "embassy", "trade mission" → "diplomatic mission"). Two concepts
/// are related when one points at the other or both point at the same concept; chains go no
/// further, so a hub's members are kin but the hubs themselves stay apart.
public struct ConceptRelations: Sendable, Hashable {
    /// Concept id → its relation keys: its own id and the ids it points at. Only concepts that
    /// point somewhere or are pointed at are here.
    private var keysByConcept: [String: Set<String>]

    public static let none = ConceptRelations(keys: [:])

    private init(keys: [String: Set<String>]) { keysByConcept = keys }

    /// Relations to concepts the glossary does not have are left out (the checker reports them).
    public init(glossary: Glossary) {
        let ids = Set(glossary.concepts.map(\.id))
        var keys: [String: Set<String>] = [:]
        for concept in glossary.concepts {
            for target in concept.related where target != concept.id && ids.contains(target) {
                keys[concept.id, default: [concept.id]].insert(target)
                keys[target, default: [target]].insert(target)
            }
        }
        keysByConcept = keys
    }

    public var isEmpty: Bool { keysByConcept.isEmpty }

    /// The concept's relation keys (empty when it has no relation).
    public func keys(of concept: String) -> Set<String> { keysByConcept[concept] ?? [] }

    /// True when the two (different) concepts are related.
    public func areRelated(_ a: String, _ b: String) -> Bool {
        a != b && !keys(of: a).isDisjoint(with: keys(of: b))
    }

    /// The union of two relation sets (documents built from different glossaries).
    public func merging(_ other: ConceptRelations) -> ConceptRelations {
        ConceptRelations(keys: keysByConcept.merging(other.keysByConcept) { $0.union($1) })
    }
}
