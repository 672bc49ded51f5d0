/// Quality checks a terminologist runs before trusting a termbase.
public struct GlossaryIssue: Codable, Sendable, Hashable {
    public enum Severity: String, Codable, Sendable { case error, warning }
    public enum Kind: String, Codable, Sendable {
        /// Empty term, bad id, two preferred terms in a language, unknown picklist value…
        case malformed
        /// The same term (folded) in two concepts of the same language.
        case duplicateTerm
        /// A concept with no term in one of the workbench languages.
        case missingLanguage
        /// A deprecated, superseded or forbidden term that occurs in the corpus.
        case discouragedTermInCorpus
        /// A concept id used in two glossary files.
        case duplicateID
        /// A related concept (crossReference target) that no concept of the glossary has.
        case danglingRelation
        /// A term in a language the workbench does not read (fr, ru…): no stage uses it.
        case unreadLanguage
    }
    public var severity: Severity
    public var kind: Kind
    public var conceptIDs: [String]
    public var message: String

    public init(severity: Severity, kind: Kind, conceptIDs: [String], message: String) {
        self.severity = severity; self.kind = kind; self.conceptIDs = conceptIDs; self.message = message
    }
}

public enum GlossaryChecker {
    /// Checks of the glossary alone.
    public static func check(_ glossary: Glossary, languages: [LanguageCode] = LanguageCode.supported) -> [GlossaryIssue] {
        var issues: [GlossaryIssue] = []
        for concept in glossary.concepts {
            for problem in GlossaryRules.problems(in: concept) {
                issues.append(GlossaryIssue(severity: .error, kind: .malformed, conceptIDs: [concept.id], message: problem))
            }
            let unread = Set(concept.terms.map(\.language)).filter { !$0.isSupported && LanguageCode.parse($0.rawValue) != nil }
            if !unread.isEmpty {
                issues.append(GlossaryIssue(severity: .warning, kind: .unreadLanguage, conceptIDs: [concept.id],
                                            message: "\(concept.id): terms in \(unread.map(\.rawValue).sorted().joined(separator: ", ")), which Dragoman does not read"))
            }
            let missing = languages.filter { !concept.languages.contains($0) }.sorted()
            if !missing.isEmpty {
                issues.append(GlossaryIssue(severity: .warning, kind: .missingLanguage, conceptIDs: [concept.id],
                                            message: "\(concept.id): no term in \(missing.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        var ids: [String: Int] = [:]
        for concept in glossary.concepts { ids[concept.id, default: 0] += 1 }
        for (id, count) in ids where count > 1 {
            issues.append(GlossaryIssue(severity: .error, kind: .duplicateID, conceptIDs: [id], message: "concept id \(id) used \(count) times"))
        }
        for (concept, target) in GlossaryRules.danglingRelations(in: glossary) {
            issues.append(GlossaryIssue(severity: .error, kind: .danglingRelation, conceptIDs: [concept],
                                        message: "\(concept): related concept \(target) is not in the glossary"))
        }
        // Same folded term, same language, different concepts. Names shared on purpose
        // (a short form "State Department" in several languages of one concept) are not
        // duplicates; only different concepts are.
        var owners: [String: [String]] = [:]
        var spelling: [String: String] = [:]
        for concept in glossary.concepts {
            for term in concept.terms {
                let key = "\(term.language)\t\(TextFolding.fold(term.text))"
                if owners[key]?.contains(concept.id) != true { owners[key, default: []].append(concept.id) }
                spelling[key] = spelling[key] ?? term.text
            }
        }
        for key in owners.keys.sorted() where owners[key]!.count > 1 {
            let language = key.split(separator: "\t").first.map(String.init) ?? ""
            issues.append(GlossaryIssue(severity: .warning, kind: .duplicateTerm, conceptIDs: owners[key]!,
                                        message: "[\(language)] \"\(spelling[key]!)\" is a term of \(owners[key]!.joined(separator: ", "))"))
        }
        return issues.sorted { ($0.severity == .error ? 0 : 1, $0.kind.rawValue, $0.message) < ($1.severity == .error ? 0 : 1, $1.kind.rawValue, $1.message) }
    }

    /// Deprecated, superseded and forbidden terms found in the store's sentences, one issue per
    /// term with the sentences it occurs in (at most five listed).
    public static func discouragedTermsInCorpus(_ glossary: Glossary, store: CorpusStore) throws -> [GlossaryIssue] {
        let discouraged = glossary.concepts.compactMap { concept -> Concept? in
            let terms = concept.terms.filter { $0.status == .deprecated || $0.status == .superseded || $0.status == .forbidden }
            return terms.isEmpty ? nil : concept
        }
        guard !discouraged.isEmpty else { return [] }
        let matcher = GlossaryMatcher(glossary: glossary)
        let sentences = try store.database.query("""
            SELECT s.article_id, s.idx, s.text, a.language FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY a.file_name, s.idx
            """) { ($0.text(0), $0.int(1), $0.text(2), LanguageCode($0.text(3))) }
        var places: [String: [String]] = [:]
        var info: [String: (String, Term.Status, String)] = [:]
        for (article, index, text, language) in sentences {
            for match in matcher.matches(in: text, language: language) where match.status != .preferred && match.status != .admitted {
                let key = "\(match.conceptID)\t\(language)\t\(match.term)"
                places[key, default: []].append("\(article)#\(index) «\(match.matchedForm)»")
                info[key] = (match.conceptID, match.status, match.term)
            }
        }
        return places.keys.sorted().map { key in
            let (concept, status, term) = info[key]!
            let list = places[key]!
            let preferred = glossary.concept(id: concept)?.preferredTerm(in: LanguageCode(String(key.split(separator: "\t")[1])))?.text
            return GlossaryIssue(severity: status == .forbidden ? .error : .warning, kind: .discouragedTermInCorpus, conceptIDs: [concept],
                                 message: "\(status.rawValue) term \"\(term)\" (\(concept)) occurs \(list.count)×: "
                                    + list.prefix(5).joined(separator: ", ") + (list.count > 5 ? ", …" : "")
                                    + (preferred.map { "; preferred: \($0)" } ?? ""))
        }
    }
}
