extension Glossary {
    /// For search: each spelling word of a named entity (folded) → its other spellings, from
    /// the glossary and from what the entity stage linked to the concept. One-word spellings
    /// are variants of each other (`nameVariants`); a word of a longer spelling the entity stage
    /// linked ("Sonata Koulter", "Alexander Darchiew") is a variant of the glossary word it
    /// respells ("Coulter", "Darchiev") when the two are close (`NameKey.similarity` ≥ 0.6), so
    /// a search for the glossary's name finds the garbled mention and the other way round.
    /// Words far from every glossary word ("Sonata", "Ambassador") are no one's variant.
    public func searchVariants(entities: [CanonicalEntity]) -> [String: [String]] {
        var corpusSpellings: [String: [String]] = [:]
        for entity in entities {
            guard let concept = entity.conceptID else { continue }
            corpusSpellings[concept, default: []] += entity.spellings.values.flatMap { $0 }
        }
        var result = nameVariants(corpusSpellings: corpusSpellings).mapValues(Set.init)
        func words(_ text: String) -> [String] {
            TextFolding.fold(text).split { !$0.isLetter && $0 != "-" }.map(String.init).filter { $0.count >= 3 }
        }
        for concept in entityConcepts {
            let glossaryWords = Set(concept.terms.flatMap { words($0.text) })
            for spelling in corpusSpellings[concept.id] ?? [] {
                for word in words(spelling) where !glossaryWords.contains(word) {
                    guard let closest = glossaryWords.max(by: { (NameKey.similarity($0, word), $1) < (NameKey.similarity($1, word), $0) }),
                          NameKey.similarity(closest, word) >= 0.6 else { continue }
                    let group = (result[closest] ?? []).union([closest, word])
                    for member in group { result[member, default: []].formUnion(group.subtracting([member])) }
                }
            }
        }
        return result.filter { !$0.value.isEmpty }.mapValues { $0.sorted() }
    }
}
