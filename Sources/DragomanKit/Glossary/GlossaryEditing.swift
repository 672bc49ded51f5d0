import Foundation

/// Rules every concept must keep, and the edits the command line makes. Everything here is a pure
/// function on values: the repository decides when to write files.
public enum GlossaryRules {
    /// An XML NCName the way Dragoman spells ids: lower-case ASCII letters and digits in
    /// hyphen-separated words, starting with a letter ("embassy", "per-lavrov").
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// "Deputy Assistant Secretary of State" → "deputy-assistant-secretary-of-state",
    /// "chargé d'affaires" → "charge-d-affaires"; a prefix per entity kind ("per-", "loc-"…).
    public static func makeID(from text: String, kind: Concept.Kind = .term) -> String {
        let words = TextFolding.fold(text).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        var id = words.joined(separator: "-")
        if id.isEmpty || !("a"..."z").contains(id.unicodeScalars.first!) { id = "c-" + id }
        switch kind {
        case .term: break
        case .person: id = "per-" + id
        case .place: id = "loc-" + id
        case .organisation: id = "org-" + id
        case .property: id = "fac-" + id
        }
        return String(id.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// Known values of the TBX-Basic picklists (with Dragoman's `common` gender).
    public static let partsOfSpeech: Set<String> = ["noun", "verb", "adjective", "adverb", "properNoun", "other"]
    public static let genders: Set<String> = ["masculine", "feminine", "neuter", "common", "other"]
    public static let termTypes: Set<String> = ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"]

    /// What is wrong with one concept, one line each; empty when it is well-formed.
    public static func problems(in concept: Concept) -> [String] {
        var problems: [String] = []
        if !isValidID(concept.id) { problems.append("bad id \"\(concept.id)\" (lower-case letters, digits and hyphens, starting with a letter)") }
        if concept.subjectField.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(concept.id): empty subject field") }
        if concept.terms.isEmpty { problems.append("\(concept.id): no terms") }
        var seen: Set<String> = []
        for term in concept.terms {
            let label = "\(concept.id) [\(term.language)]"
            if term.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("\(label): empty term")
                continue
            }
            if term.text != term.text.trimmingCharacters(in: .whitespacesAndNewlines) {
                problems.append("\(label): term \"\(term.text)\" has leading or trailing white space")
            }
            if term.text.contains("\n") || term.text.contains("\t") { problems.append("\(label): term \"\(term.text)\" contains a line break or tab") }
            if !seen.insert("\(term.language)\t\(term.text)").inserted { problems.append("\(label): term \"\(term.text)\" twice") }
            if LanguageCode.parse(term.language.rawValue) == nil { problems.append("\(label): bad language code") }
            if let value = term.partOfSpeech, !partsOfSpeech.contains(value) { problems.append("\(label): unknown part of speech \(value) for \"\(term.text)\"") }
            if let value = term.grammaticalGender, !genders.contains(value) { problems.append("\(label): unknown gender \(value) for \"\(term.text)\"") }
            if let value = term.termType, !termTypes.contains(value) { problems.append("\(label): unknown term type \(value) for \"\(term.text)\"") }
        }
        for target in concept.related {
            if target == concept.id { problems.append("\(concept.id): related to itself") }
            else if !isValidID(target) { problems.append("\(concept.id): bad related concept id \"\(target)\"") }
        }
        if Set(concept.related).count != concept.related.count { problems.append("\(concept.id): a related concept twice") }
        for language in concept.languages.sorted() {
            let preferred = concept.terms(in: language).filter { $0.status == .preferred }
            if preferred.count > 1 {
                problems.append("\(concept.id) [\(language)]: two preferred terms (\(preferred.map(\.text).joined(separator: ", ")))")
            }
        }
        return problems
    }

    /// Problems of a whole glossary: each concept's, and ids used twice.
    public static func problems(in glossary: Glossary) -> [String] {
        var problems = glossary.concepts.flatMap { self.problems(in: $0) }
        var ids: [String: Int] = [:]
        for concept in glossary.concepts { ids[concept.id, default: 0] += 1 }
        problems += ids.filter { $0.value > 1 }.keys.sorted().map { "concept id \($0) used \(ids[$0]!) times" }
        problems += danglingRelations(in: glossary).map { "\($0.concept): related concept \($0.target) is not in the glossary" }
        return problems
    }

    /// Relations whose target no concept of the glossary has (a removed or misspelt id).
    public static func danglingRelations(in glossary: Glossary) -> [(concept: String, target: String)] {
        let ids = Set(glossary.concepts.map(\.id))
        return glossary.concepts.flatMap { concept in
            concept.related.filter { $0 != concept.id && !ids.contains($0) }.map { (concept.id, $0) }
        }
    }

    /// Terms grouped by language in code order (the order TBX files have), model order kept
    /// within a language, preferred terms first. Edits leave concepts in this shape so that
    /// write → read gives back an equal value.
    public static func normalized(_ concept: Concept) -> Concept {
        var result = concept
        result.terms = TBXWriter.languageGroups(concept).flatMap { _, terms in
            terms.filter { $0.status == .preferred } + terms.filter { $0.status != .preferred }
        }
        return result
    }
}

/// One change to a concept, as `dragoman glossary edit` spells it.
public enum ConceptEdit: Sendable, Equatable {
    /// Adds the term, or updates status/note/part of speech of the term with that text.
    case setTerm(Term)
    case removeTerm(language: LanguageCode, text: String)
    case setStatus(language: LanguageCode, text: String, status: Term.Status)
    case setTermNote(language: LanguageCode, text: String, note: String?)
    case setNote(String?)
    case setDefinition(String?)
    case setSubjectField(String)
    /// Adds a related concept (its id); the repository checks that it exists.
    case relate(String)
    case unrelate(String)

    /// Applies the edit; throws when it refers to a term the concept does not have.
    public func apply(to concept: Concept) throws -> Concept {
        var result = concept
        func index(_ language: LanguageCode, _ text: String) throws -> Int {
            if let exact = result.terms.firstIndex(where: { $0.language == language && $0.text == text }) { return exact }
            let folded = TextFolding.fold(text)
            if let loose = result.terms.firstIndex(where: { $0.language == language && TextFolding.fold($0.text) == folded }) { return loose }
            throw DragomanError("\(concept.id) has no \(language) term \"\(text)\"")
        }
        switch self {
        case .setTerm(let term):
            if let existing = result.terms.firstIndex(where: { $0.language == term.language && $0.text == term.text }) {
                var updated = result.terms[existing]
                updated.status = term.status
                if term.partOfSpeech != nil { updated.partOfSpeech = term.partOfSpeech }
                if term.note != nil { updated.note = term.note }
                if term.source != nil { updated.source = term.source }
                if term.termType != nil { updated.termType = term.termType }
                if term.grammaticalGender != nil { updated.grammaticalGender = term.grammaticalGender }
                result.terms[existing] = updated
            } else {
                // A term added without a part of speech takes its concept's: the gloss prefers an
                // English term of the source word's part of speech, so a new preferred "discussions"
                // with none would lose to the old "talks" (noun) everywhere.
                var added = term
                if added.partOfSpeech == nil { added.partOfSpeech = Self.partOfSpeech(of: result, language: term.language) }
                result.terms.append(added)
            }
            // A new preferred term demotes the old one: two preferred terms in a language is
            // the mistake the checker reports, so an edit never creates it.
            if term.status == .preferred {
                for i in result.terms.indices where result.terms[i].language == term.language && result.terms[i].text != term.text && result.terms[i].status == .preferred {
                    result.terms[i].status = .admitted
                }
            }
        case .removeTerm(let language, let text):
            result.terms.remove(at: try index(language, text))
        case .setStatus(let language, let text, let status):
            let i = try index(language, text)
            if status == .preferred {
                for j in result.terms.indices where j != i && result.terms[j].language == language && result.terms[j].status == .preferred {
                    result.terms[j].status = .admitted
                }
            }
            result.terms[i].status = status
        case .setTermNote(let language, let text, let note):
            result.terms[try index(language, text)].note = note
        case .setNote(let note): result.note = note
        case .setDefinition(let definition): result.definition = definition
        case .setSubjectField(let field): result.subjectField = field
        case .relate(let target):
            if !result.related.contains(target) { result.related.append(target) }
        case .unrelate(let target):
            guard let index = result.related.firstIndex(of: target) else {
                throw DragomanError("\(concept.id) is not related to \(target)")
            }
            result.related.remove(at: index)
        }
        return GlossaryRules.normalized(result)
    }

    /// The part of speech a concept's terms agree on: its preferred term's in `language`, else
    /// that language's terms', else all its terms'; nil when they disagree or give none.
    static func partOfSpeech(of concept: Concept, language: LanguageCode) -> String? {
        if let preferred = concept.terms.first(where: { $0.language == language && $0.status == .preferred })?.partOfSpeech { return preferred }
        for terms in [concept.terms.filter { $0.language == language }, concept.terms] {
            let parts = Set(terms.compactMap(\.partOfSpeech))
            if parts.count == 1 { return parts.first }
            if parts.count > 1 { return nil }
        }
        return nil
    }
}

/// What merging an imported glossary into the workspace did, concept by concept.
public struct GlossaryMergeReport: Codable, Sendable, Equatable {
    public var added: [String] = []
    /// Concept id → the terms the import added to it.
    public var extended: [String: [String]] = [:]
    public var unchanged: [String] = []
    /// Imported ids that were not valid and the ids they got instead.
    public var renamed: [String: String] = [:]
    /// Entries left out, with the reason.
    public var skipped: [String: String] = [:]
    public var warnings: [String] = []

    public var summary: String {
        "\(added.count) concept(s) added, \(extended.count) extended, \(unchanged.count) unchanged, \(skipped.count) skipped"
            + (renamed.isEmpty ? "" : ", \(renamed.count) renamed")
    }
}

public enum GlossaryMerge {
    /// Merges `imported` into `base`. A concept is the same when it has the same id, or (for
    /// imports with other ids) when it shares its English — else any — preferred term. The
    /// workspace's data wins: existing terms and fields are kept, new terms are appended as
    /// admitted unless the language had none, concept fields are filled only where empty.
    public static func merge(_ imported: Glossary, into base: Glossary) -> (Glossary, GlossaryMergeReport) {
        var result = base
        var report = GlossaryMergeReport()
        // (concept id in the result, imported targets): resolved at the end, when every
        // imported concept has its final id.
        var importedRelations: [(String, [String])] = []
        var finalID: [String: String] = [:]  // imported id → the id it has in the result
        var index: [String: Int] = [:]
        for (i, concept) in result.concepts.enumerated() { index[concept.id] = i }
        var byTerm: [String: Int] = [:]
        for (i, concept) in result.concepts.enumerated() {
            for term in concept.terms where term.status == .preferred {
                byTerm["\(term.language)\t\(TextFolding.fold(term.text))"] = byTerm["\(term.language)\t\(TextFolding.fold(term.text))"] ?? i
            }
        }
        for incoming in imported.concepts {
            var concept = incoming
            concept.terms = concept.terms.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            guard !concept.terms.isEmpty else { report.skipped[incoming.id] = "no terms"; continue }
            var target = index[concept.id]
            if target == nil {
                let keys = concept.terms.sorted { ($0.language == .english ? 0 : 1) < ($1.language == .english ? 0 : 1) }
                    .filter { $0.status == .preferred || concept.terms(in: $0.language).count == 1 }
                    .map { "\($0.language)\t\(TextFolding.fold($0.text))" }
                target = keys.lazy.compactMap { byTerm[$0] }.first
            }
            if let target {
                var existing = result.concepts[target]
                finalID[incoming.id] = existing.id
                var added: [String] = []
                for term in concept.terms where !existing.terms.contains(where: { $0.language == term.language && $0.text == term.text }) {
                    var newTerm = term
                    if existing.terms(in: term.language).contains(where: { $0.status == .preferred }), newTerm.status == .preferred {
                        newTerm.status = .admitted
                    }
                    existing.terms.append(newTerm)
                    added.append("\(term.language)=\(term.text)")
                }
                if existing.definition == nil { existing.definition = concept.definition }
                if existing.note == nil { existing.note = concept.note }
                // What the workbench does not read but the file carried (a change record, an
                // xref) comes along, once.
                existing.keptXML += concept.keptXML.filter { !existing.keptXML.contains($0) }
                existing = GlossaryRules.normalized(existing)
                let problems = GlossaryRules.problems(in: existing)
                if !problems.isEmpty, GlossaryRules.problems(in: result.concepts[target]).isEmpty {
                    report.skipped[incoming.id] = problems.joined(separator: "; ")
                    continue
                }
                if !concept.related.isEmpty { importedRelations.append((existing.id, concept.related)) }
                result.concepts[target] = existing
                if added.isEmpty { report.unchanged.append(existing.id) } else { report.extended[existing.id] = added }
            } else {
                if !GlossaryRules.isValidID(concept.id) || index[concept.id] != nil {
                    let english = concept.preferredTerm(in: .english) ?? concept.terms.first!
                    var id = GlossaryRules.makeID(from: english.text, kind: concept.kind)
                    var counter = 2
                    while index[id] != nil { id = GlossaryRules.makeID(from: english.text, kind: concept.kind) + "-\(counter)"; counter += 1 }
                    report.renamed[incoming.id] = id
                    concept.id = id
                }
                if concept.subjectField.isEmpty { concept.subjectField = "general" }
                let related = concept.related
                concept.related = []
                concept = GlossaryRules.normalized(concept)
                let problems = GlossaryRules.problems(in: concept)
                if !problems.isEmpty { report.skipped[incoming.id] = problems.joined(separator: "; "); continue }
                index[concept.id] = result.concepts.count
                for term in concept.terms where term.status == .preferred {
                    byTerm["\(term.language)\t\(TextFolding.fold(term.text))"] = byTerm["\(term.language)\t\(TextFolding.fold(term.text))"] ?? result.concepts.count
                }
                result.concepts.append(concept)
                report.added.append(concept.id)
                finalID[incoming.id] = concept.id
                if !related.isEmpty { importedRelations.append((concept.id, related)) }
            }
        }
        // The imported relations, once every imported concept has its final id: renames are
        // followed, and a target no concept has is left out with a warning. Relations the
        // workspace had are kept as they were.
        for (id, targets) in importedRelations {
            guard let i = index[id] else { continue }
            var concept = result.concepts[i]
            for raw in targets {
                let target = finalID[raw] ?? raw
                if target == id || concept.related.contains(target) { continue }
                if index[target] != nil { concept.related.append(target) }
                else { report.warnings.append("\(id): related concept \(raw) is not in the glossary, left out") }
            }
            let added = concept.related.filter { !result.concepts[i].related.contains($0) }
            guard !added.isEmpty else { continue }
            result.concepts[i] = concept
            if !report.added.contains(id) {
                report.unchanged.removeAll { $0 == id }
                report.extended[id, default: []] += added.map { "related=\($0)" }
            }
        }
        return (result, report)
    }
}
