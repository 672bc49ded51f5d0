import Foundation

/// The glossary as CSV (RFC 4180: comma separated, fields with a comma, quote, line break or
/// edge white space in double quotes, quotes doubled, CRLF line ends, UTF-8).
///
/// Columns: `id`, `subjectField`, `definition`, `note`, `related` (ids separated by " | "), then for each language in code order
/// `de`, `de status`, `de partOfSpeech`, `de gender`, `de termType`, `de context`, `de note`,
/// `de source`, and so on. A language cell holds the concept's terms in that language separated
/// by " | " (preferred first); the other cells of the language hold the same number of values in
/// the same order, also " | "-separated, an empty value where a term has none. That keeps every
/// field of the model, so Glossary → CSV → Glossary is the identity on concepts (the TBX header
/// is not in CSV). On import only the language columns are required (`de,en` with one term each
/// is a valid file); `id` may be empty (an id is made from the English term) and unknown columns
/// are reported.
public enum GlossaryCSV {
    public static let separator = " | "
    static let termFields = ["status", "partOfSpeech", "gender", "termType", "context", "note", "source"]

    public static func write(_ glossary: Glossary) throws -> String {
        let languages = Set(glossary.concepts.flatMap { $0.terms.map(\.language) }).sorted()
        var header = ["id", "subjectField", "definition", "note", "related"]
        for language in languages {
            header.append(language.rawValue)
            header += termFields.map { "\(language.rawValue) \($0)" }
        }
        var rows = [header]
        for concept in glossary.concepts {
            var row = [concept.id, concept.subjectField, concept.definition ?? "", concept.note ?? "", concept.related.joined(separator: separator)]
            for language in languages {
                let terms = concept.terms(in: language)
                for term in terms {
                    for value in [term.text, term.partOfSpeech, term.grammaticalGender, term.termType, term.context, term.note, term.source].compactMap({ $0 })
                    where value.contains(separator) {
                        throw DragomanError("\(concept.id): \"\(value)\" contains \"\(separator)\", the CSV term separator; export as TBX instead")
                    }
                }
                func joined(_ values: [String?]) -> String {
                    values.allSatisfy { $0 == nil } ? "" : values.map { $0 ?? "" }.joined(separator: separator)
                }
                row.append(terms.map(\.text).joined(separator: separator))
                row.append(joined(terms.map { $0.status.rawValue }))
                row.append(joined(terms.map(\.partOfSpeech)))
                row.append(joined(terms.map(\.grammaticalGender)))
                row.append(joined(terms.map(\.termType)))
                row.append(joined(terms.map(\.context)))
                row.append(joined(terms.map(\.note)))
                row.append(joined(terms.map(\.source)))
            }
            rows.append(row)
        }
        return rows.map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quote(_ field: String) -> String {
        let needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// RFC 4180 records; also accepts LF line ends and a UTF-8 byte order mark (spreadsheets).
    public static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        /// Where the open quoted field began, for the error when it never closes.
        var quoteLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() { record.append(String(field)); field = String.UnicodeScalarView(); fieldWasQuoted = false }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    inQuotes = false
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw DragomanError("CSV line \(line): a quote inside an unquoted field") }
                inQuotes = true; fieldWasQuoted = true; quoteLine = line
            case ",": endField()
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n": break
            case "\n", "\r":
                endField(); records.append(record); record = []; line += 1
            default:
                if fieldWasQuoted { throw DragomanError("CSV line \(line): text after a closing quote") }
                field.append(c)
            }
            i += 1
        }
        if inQuotes { throw DragomanError("CSV line \(quoteLine): a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    public static func read(_ text: String) throws -> (Glossary, [String]) {
        let rows = try records(text)
        guard let header = rows.first else { throw DragomanError("CSV: the file is empty") }
        var warnings: [String] = []
        // Column index per role.
        var conceptColumns: [String: Int] = [:]
        var termColumns: [LanguageCode: Int] = [:]
        var fieldColumns: [LanguageCode: [String: Int]] = [:]
        for (index, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            switch name.lowercased() {
            case "id": conceptColumns["id"] = index; continue
            case "subjectfield", "subject field", "subject": conceptColumns["subjectField"] = index; continue
            case "definition": conceptColumns["definition"] = index; continue
            case "note", "notes": conceptColumns["note"] = index; continue
            case "related", "related concepts": conceptColumns["related"] = index; continue
            default: break
            }
            if parts.count == 1, parts[0].count <= 3, let language = LanguageCode.parse(parts[0]) {
                termColumns[language] = index
            } else if parts.count == 2, parts[0].count <= 3, let language = LanguageCode.parse(parts[0]),
                      let field = termFields.first(where: { $0.lowercased() == parts[1].lowercased() }) {
                fieldColumns[language, default: [:]][field] = index
            } else {
                warnings.append("CSV: column \"\(name)\" is not a Dragoman column and was ignored")
            }
        }
        guard !termColumns.isEmpty else {
            throw DragomanError("CSV: no language column in the header (expected e.g. de,en,nb,nl)")
        }
        var glossary = Glossary()
        for (rowIndex, row) in rows.dropFirst().enumerated() {
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.count else { return nil }
                return row[index].isEmpty ? nil : row[index]
            }
            let id = cell(conceptColumns["id"]) ?? ""
            var concept = Concept(id: id, subjectField: cell(conceptColumns["subjectField"]) ?? "", definition: cell(conceptColumns["definition"]),
                                  note: cell(conceptColumns["note"]))
            if let related = cell(conceptColumns["related"]) {
                concept.related = related.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            for language in termColumns.keys.sorted() {
                guard let cellText = cell(termColumns[language]) else { continue }
                let texts = cellText.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                func values(_ field: String) throws -> [String?] {
                    guard let text = cell(fieldColumns[language]?[field]) else { return Array(repeating: nil, count: texts.count) }
                    let parts = text.components(separatedBy: separator)
                    guard parts.count == texts.count else {
                        throw DragomanError("CSV line \(rowIndex + 2): \"\(language) \(field)\" has \(parts.count) value(s) for \(texts.count) term(s)")
                    }
                    return parts.map { $0.isEmpty ? nil : $0 }
                }
                let statuses = try values("status"), pos = try values("partOfSpeech"), genders = try values("gender")
                let types = try values("termType"), contexts = try values("context"), notes = try values("note"), sources = try values("source")
                for (i, text) in texts.enumerated() {
                    var status: Term.Status = i == 0 ? .preferred : .admitted
                    if let raw = statuses[i] {
                        guard let parsed = Term.Status(rawValue: raw) ?? Term.Status(tbxValue: raw) else {
                            throw DragomanError("CSV line \(rowIndex + 2): unknown status \"\(raw)\" (preferred, admitted, deprecated, superseded, forbidden)")
                        }
                        status = parsed
                    }
                    concept.terms.append(Term(language: language, text: text, partOfSpeech: pos[i], grammaticalGender: genders[i],
                                              termType: types[i], status: status, context: contexts[i], note: notes[i], source: sources[i]))
                }
            }
            if concept.terms.isEmpty { warnings.append("CSV line \(rowIndex + 2): no terms, skipped"); continue }
            glossary.concepts.append(concept)
        }
        return (glossary, warnings)
    }
}

/// OmegaT's glossary format for one language pair: UTF-8 text, one entry per line,
/// `source TAB target TAB comment`. OmegaT reads `*.txt`/`*.utf8`/`*.tab` files from the
/// project's `glossary/` folder.
///
/// One line per source term (every status: a translator meeting a deprecated source term still
/// needs the right target); the target is the concept's preferred target term (never a
/// deprecated, superseded or forbidden one); the comment is the concept id, its definition, and
/// the status of a source term that is not preferred. Tabs and line breaks inside values become
/// spaces, since the format has no quoting.
public enum OmegaTGlossary {
    public struct Entry: Hashable, Sendable {
        public var source: String
        public var target: String
        public var comment: String
        public init(source: String, target: String, comment: String) { self.source = source; self.target = target; self.comment = comment }
    }

    public static func entries(_ glossary: Glossary, source: LanguageCode, target: LanguageCode) -> [Entry] {
        var entries: [Entry] = []
        for concept in glossary.concepts {
            let usable = concept.terms(in: target).filter { $0.status == .preferred || $0.status == .admitted }
            guard let targetTerm = usable.first(where: { $0.status == .preferred }) ?? usable.first else { continue }
            for sourceTerm in concept.terms(in: source) {
                var comment = concept.id
                if let definition = concept.definition { comment += " — " + definition }
                if sourceTerm.status != .preferred { comment += " [\(source) term \(sourceTerm.status.rawValue)]" }
                entries.append(Entry(source: clean(sourceTerm.text), target: clean(targetTerm.text), comment: clean(comment)))
            }
        }
        return entries
    }

    public static func write(_ entries: [Entry]) -> String {
        entries.map { "\($0.source)\t\($0.target)\t\($0.comment)\n" }.joined()
    }

    public static func write(_ glossary: Glossary, source: LanguageCode, target: LanguageCode) -> String {
        write(entries(glossary, source: source, target: target))
    }

    /// Lines with at least source and target; `#` lines and blank lines are skipped.
    public static func read(_ text: String) throws -> [Entry] {
        var entries: [Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw DragomanError("OmegaT glossary line \(number + 1): expected source TAB target [TAB comment]")
            }
            entries.append(Entry(source: fields[0], target: fields[1], comment: fields.count > 2 ? fields[2] : ""))
        }
        return entries
    }

    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\t", with: " ")
    }
}
