import ArgumentParser
import DragomanKit
import Foundation

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Edit and exchange the glossary.",
        discussion: """
        The glossary is every Glossary/*.tbx file of the workspace (TBX v3, TBX-Basic). Edits \
        write the file first (atomically), then the database; the file is the truth.

        Examples:
          dragoman glossary list --kind person
          dragoman glossary search botschaft
          dragoman glossary add --term de=Botschaftsrat --term en="embassy counsellor"
          dragoman glossary edit embassy --term nl=gezantschap --status admitted
          dragoman glossary lookup "Der Kremlsprecher bestätigte das Treffen."
          dragoman glossary export --format omegat --source de --target en > de-en.txt
        """,
        subcommands: [GlossaryList.self, GlossaryShow.self, GlossarySearch.self, GlossaryAdd.self, GlossaryEdit.self,
                      GlossaryRemove.self, GlossaryLookup.self, GlossaryCheck.self, GlossaryImport.self, GlossaryExport.self,
                      GlossaryLexicon.self]
    )
}

/// Parses "de=Botschaft" into a language and a text.
private func parseTermArgument(_ raw: String) throws -> (LanguageCode, String) {
    guard let equals = raw.firstIndex(of: "=") else {
        throw DragomanError("--term \(raw): expected LANG=TEXT, e.g. --term de=Botschaft")
    }
    let code = String(raw[..<equals]).trimmingCharacters(in: .whitespaces)
    let text = String(raw[raw.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
    guard let language = LanguageCode.parse(code) else { throw DragomanError("--term \(raw): \(code) is not a language code") }
    // A term in a language no report can be in would never match: refused, not kept unused.
    guard language.isSupported else {
        throw DragomanError("--term \(raw): Dragoman works in \(LanguageCode.supported.map(\.rawValue).joined(separator: ", ")), not \(language.rawValue)")
    }
    guard !text.isEmpty else { throw DragomanError("--term \(raw): the term is empty") }
    return (language, text)
}

private func parseStatus(_ raw: String) throws -> Term.Status {
    guard let status = Term.Status(rawValue: raw.lowercased()) else {
        throw DragomanError("--status \(raw) is not one of preferred, admitted, deprecated, superseded, forbidden")
    }
    return status
}

private func parseLanguage(_ raw: String, option: String) throws -> LanguageCode {
    guard let language = LanguageCode.parse(raw) else { throw DragomanError("\(option) \(raw) is not a language code") }
    return language
}

private func describe(_ concept: Concept) -> String {
    var lines = ["\(concept.id)  [\(concept.subjectField)]"]
    if let definition = concept.definition { lines.append("  definition: \(definition)") }
    if let note = concept.note { lines.append("  note: \(note)") }
    if !concept.related.isEmpty { lines.append("  related: \(concept.related.joined(separator: ", "))") }
    for term in concept.terms {
        var details = [term.status.rawValue]
        details += [term.partOfSpeech, term.grammaticalGender, term.termType].compactMap { $0 }
        var line = "  \(term.language)  \(term.text)  (\(details.joined(separator: ", ")))"
        if let note = term.note { line += "  note: \(note)" }
        if let context = term.context { line += "  context: \(context)" }
        if let source = term.source { line += "  source: \(source)" }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

struct GlossaryList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List concepts with their preferred terms.",
                                                    discussion: "Examples:\n  dragoman glossary list --kind place --lang nb\n  dragoman glossary list --json")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "Only this kind: term, person, place, organisation, property.") var kind: String?
    @Option(help: "Only concepts with a term in this language; show that language's terms.") var lang: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open()).glossary
            var concepts = glossary.concepts
            if let kind {
                guard let value = Concept.Kind(rawValue: kind.lowercased()) else {
                    throw DragomanError("--kind \(kind) is not one of \(Concept.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                concepts = concepts.filter { $0.kind == value }
            }
            let language = try lang.map { try parseLanguage($0, option: "--lang") }
            if let language { concepts = concepts.filter { $0.languages.contains(language) } }
            if json { try printJSON(concepts); return }
            let languages = language.map { [$0] } ?? LanguageCode.supported.sorted()
            let rows = concepts.map { concept in
                [concept.id, concept.kind.rawValue] + languages.map { concept.preferredTerm(in: $0)?.text ?? "–" }
            }
            print(Table.render(header: ["ID", "KIND"] + languages.map { $0.rawValue.uppercased() }, rows: rows))
            print("\(concepts.count) concept(s)")
        }
    }
}

struct GlossaryShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one concept with all its terms.",
                                                    discussion: "Example: dragoman glossary show embassy")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Concept id.") var id: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open()).glossary
            guard let concept = glossary.concept(id: id) else { throw DragomanError("no concept \(id) in the glossary (dragoman glossary search finds terms)") }
            if json { try printJSON(concept) } else { print(describe(concept)) }
        }
    }
}

struct GlossarySearch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Find terms in any language (case and diacritics folded).",
                                                    discussion: "Examples:\n  dragoman glossary search aussenministerium\n  dragoman glossary search ambassade --lang nb")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Text to look for in terms, definitions and notes.") var text: String
    @Option(help: "Only terms of this language.") var lang: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            let hits = try glossary.store.search(text, language: try lang.map { try parseLanguage($0, option: "--lang") })
            if json { try printJSON(hits); return }
            if hits.isEmpty { print("no matches"); return }
            print(Table.render(header: ["ID", "LANG", "STATUS", "TERM"], rows: hits.map { [$0.conceptID, $0.language.rawValue, $0.status.rawValue, $0.term] }))
        }
    }
}

struct GlossaryAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a concept.",
        discussion: """
        The first --term of a language is preferred (or gets --status), later ones admitted. \
        Without --id the id is made from the English term (per-/loc-/org-/fac- for entities).

        Examples:
          dragoman glossary add --term de=Botschaftsrat --term en="embassy counsellor"
          dragoman glossary add --term en="visa quota" --subject diplomacy
        """)
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "Concept id (lower-case letters, digits, hyphens).") var id: String?
    @Option(name: .customLong("term"), help: "LANG=TEXT, repeatable.") var terms: [String] = []
    @Option(help: "Status of the first term of each language.") var status: String = "preferred"
    @Option(help: "Subject field, or person, place, organisation, property for named entities.") var subject: String = "diplomacy"
    @Option(help: "Definition.") var definition: String?
    @Option(help: "Concept note.") var note: String?
    @Option(help: "Part of speech of the terms (noun, verb, adjective, properNoun…).") var pos: String?
    @Option(help: "Glossary file in Glossary/ (default: the first).") var file: String?

    func run() throws {
        try Dragoman.guarded {
            guard !terms.isEmpty else { throw DragomanError("give at least one --term LANG=TEXT") }
            let firstStatus = try parseStatus(status)
            var concept = Concept(id: id ?? "", subjectField: subject, definition: definition, note: note)
            for raw in terms {
                let (language, text) = try parseTermArgument(raw)
                let isFirst = concept.terms(in: language).isEmpty
                concept.terms.append(Term(language: language, text: text, partOfSpeech: pos ?? (concept.kind == .term ? nil : "properNoun"),
                                          status: isFirst ? firstStatus : .admitted, source: "Dragoman user"))
            }
            if concept.id.isEmpty {
                guard let english = concept.preferredTerm(in: .english) ?? concept.terms.first else { throw DragomanError("no term to make an id from") }
                concept.id = GlossaryRules.makeID(from: english.text, kind: concept.kind)
            }
            var glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            try glossary.add(concept, toFile: file)
            print("added \(concept.id) (\(concept.terms.count) term(s))")
        }
    }
}

struct GlossaryEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a concept: add or update terms, statuses, notes; remove terms.",
        discussion: """
        --status applies to the --term(s) given; --term-note to them too. A new preferred term \
        demotes the old preferred term of its language to admitted. A related concept (a broader or \
        kindred one: consulate → diplomatic mission) is weaker evidence than the same concept when \
        the aligner compares two sentences.

        Examples:
          dragoman glossary edit embassy --term nl=gezantschap --status admitted
          dragoman glossary edit embassy --term de=Botschaft --term-note "feminine"
          dragoman glossary edit embassy --remove-term nl=gezantschap
          dragoman glossary edit embassy --note "also the building"
          dragoman glossary edit consulate --relate diplomatic-mission
        """)
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Concept id.") var id: String
    @Option(name: .customLong("term"), help: "LANG=TEXT to add or update, repeatable.") var terms: [String] = []
    @Option(name: .customLong("remove-term"), help: "LANG=TEXT to remove, repeatable.") var removals: [String] = []
    @Option(help: "Status for the --term(s).") var status: String?
    @Option(name: .customLong("term-note"), help: "Usage note for the --term(s) (\"\" clears it).") var termNote: String?
    @Option(help: "Part of speech for new --term(s).") var pos: String?
    @Option(help: "Concept note (\"\" clears it).") var note: String?
    @Option(help: "Definition (\"\" clears it).") var definition: String?
    @Option(help: "Subject field.") var subject: String?
    @Option(help: "Id of a concept to relate this one to (TBX crossReference), repeatable.") var relate: [String] = []
    @Option(help: "Id of a related concept to drop, repeatable.") var unrelate: [String] = []

    func run() throws {
        try Dragoman.guarded {
            let status = try self.status.map(parseStatus)
            var edits: [ConceptEdit] = []
            var glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            guard let concept = glossary.repository.concept(id: id) else { throw DragomanError("no concept \(id) in the glossary") }
            for raw in terms {
                let (language, text) = try parseTermArgument(raw)
                if let existing = concept.terms.first(where: { $0.language == language && TextFolding.fold($0.text) == TextFolding.fold(text) }) {
                    if let status { edits.append(.setStatus(language: language, text: existing.text, status: status)) }
                    if let termNote { edits.append(.setTermNote(language: language, text: existing.text, note: termNote.isEmpty ? nil : termNote)) }
                    if existing.text != text {
                        throw DragomanError("\(id) has \(language) \"\(existing.text)\"; remove it and add \"\(text)\" to change the spelling")
                    }
                } else {
                    let hasTerms = !concept.terms(in: language).isEmpty
                    edits.append(.setTerm(Term(language: language, text: text, partOfSpeech: pos, status: status ?? (hasTerms ? .admitted : .preferred),
                                               note: termNote.flatMap { $0.isEmpty ? nil : $0 }, source: "Dragoman user")))
                }
            }
            if terms.isEmpty, status != nil || termNote != nil {
                throw DragomanError("--status and --term-note need the --term they apply to")
            }
            for raw in removals {
                let (language, text) = try parseTermArgument(raw)
                edits.append(.removeTerm(language: language, text: text))
            }
            if let note { edits.append(.setNote(note.isEmpty ? nil : note)) }
            if let definition { edits.append(.setDefinition(definition.isEmpty ? nil : definition)) }
            if let subject { edits.append(.setSubjectField(subject)) }
            edits += relate.map { .relate($0) } + unrelate.map { .unrelate($0) }
            guard !edits.isEmpty else {
                throw DragomanError("nothing to change: give --term, --remove-term, --note, --definition, --subject, --relate or --unrelate")
            }
            let updated = try glossary.edit(id: id, edits)
            print(describe(updated))
        }
    }
}

struct GlossaryRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a concept.",
                                                    discussion: "Example: dragoman glossary remove embassy-counsellor")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Concept id.") var id: String

    func run() throws {
        try Dragoman.guarded {
            var glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            let removed = try glossary.remove(id: id)
            print("removed \(removed.id) (\(removed.terms.count) term(s))")
        }
    }
}

struct GlossaryLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Show which glossary terms occur in a text, with positions.",
        discussion: "Example: dragoman glossary lookup --lang de \"Der Kremlsprecher bestätigte es.\"")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "The text.") var text: String
    @Option(help: "Its language (default: identified).") var lang: String?
    @Flag(help: "Also list matches nested in longer ones.") var all = false
    @Flag(help: "Also list syntactic variants of terms (\"Betrieb der Botschaften\" for \"Botschaftsbetrieb\").") var variants = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open()).glossary
            let language: LanguageCode
            if let lang { language = try parseLanguage(lang, option: "--lang") }
            else { language = try makeLanguageIdentifier().identify(text).language }
            let matcher = GlossaryMatcher(glossary: glossary, languages: [language])
            let exact = matcher.matches(in: text, language: language)
            var matches = exact.filter { all || !$0.nested }
            if variants {
                matches += matcher.variantMatches(in: text, language: language, exact: exact)
                matches.sort { a, b in a.span.start != b.span.start ? a.span.start < b.span.start : a.span.length > b.span.length }
            }
            if json { try printJSON(matches); return }
            if matches.isEmpty { print("no glossary terms [\(language)]"); return }
            print(Table.render(header: ["SPAN", "FORM", "CONCEPT", "TERM", "HOW"], rows: matches.map { match in
                var how = [match.role.rawValue]
                if match.nested { how.append("nested") }
                if match.status != .preferred { how.append(match.status.rawValue) }
                return ["\(match.span.start)-\(match.span.end)", match.matchedForm, match.conceptID, match.term, how.joined(separator: ", ")]
            }))
        }
    }
}

struct GlossaryCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the glossary: malformed entries, duplicates, missing languages, discouraged terms in the corpus.",
        discussion: "Exits with 1 when there is an error (warnings alone exit 0).\nExample: dragoman glossary check --json")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        var failed = false
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            var issues = GlossaryChecker.check(glossary.glossary)
            issues += try GlossaryChecker.discouragedTermsInCorpus(glossary.glossary, store: glossary.corpus)
            for file in glossary.repository.files {
                issues += file.warnings.map { GlossaryIssue(severity: .warning, kind: .malformed, conceptIDs: [], message: "\(file.name): \($0)") }
            }
            failed = issues.contains { $0.severity == .error }
            if json { try printJSON(issues); return }
            for issue in issues { print("\(issue.severity.rawValue): [\(issue.kind.rawValue)] \(issue.message)") }
            let errors = issues.filter { $0.severity == .error }.count
            print("\(glossary.glossary.concepts.count) concept(s): \(errors) error(s), \(issues.count - errors) warning(s)")
        }
        if failed { throw ExitCode(1) }
    }
}

struct GlossaryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Merge a TBX (v3 or v2) or CSV file into the workspace glossary.",
        discussion: """
        Concepts are matched by id, else by a shared preferred term; new terms are added as \
        admitted when the language has a preferred one; existing data is never overwritten.

        Example: dragoman glossary import partner.tbx
        """)
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "The file to import.") var file: String
    @Option(help: "Glossary file in Glossary/ to merge into (default: the first).") var into: String?
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let (imported, warnings) = try GlossaryWorkspace.readImport(url: URL(fileURLWithPath: file))
            var glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            var report = try glossary.merge(imported, intoFile: into)
            report.warnings = warnings + report.warnings
            if json { try printJSON(report); return }
            for id in report.added { print("added \(id)") }
            for (id, terms) in report.extended.sorted(by: { $0.key < $1.key }) { print("extended \(id): \(terms.joined(separator: ", "))") }
            for (old, new) in report.renamed.sorted(by: { $0.key < $1.key }) { print("renamed \(old.isEmpty ? "(no id)" : old) → \(new)") }
            for (id, reason) in report.skipped.sorted(by: { $0.key < $1.key }) { print("skipped \(id): \(reason)") }
            for warning in report.warnings { print("warning: \(warning)") }
            print(report.summary)
        }
    }
}

struct GlossaryExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the glossary as TBX, CSV or an OmegaT glossary.",
        discussion: """
        TBX exports are validated against Dragoman's TBX-Basic schema before they are written. \
        CSV: one row per concept, columns id, subjectField, definition, note, related (ids of \
        related concepts), then per language \
        LANG, "LANG status", "LANG partOfSpeech", "LANG gender", "LANG termType", "LANG context", \
        "LANG note", "LANG source"; several terms of a language separated by " | ".

        Examples:
          dragoman glossary export --format tbx --output Exports/glossary.tbx
          dragoman glossary export --format csv > glossary.csv
          dragoman glossary export --format omegat --source de --target en > de-en.utf8
        """)
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "tbx (TBX v3), tbx2 (TBX v2 martif, for older CAT tools), csv or omegat.") var format: String = "tbx"
    @Option(help: "Source language (omegat).") var source: String?
    @Option(help: "Target language (omegat).") var target: String?
    @Option(help: "Output file (default: standard output).") var output: String?

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open()).glossary
            let data: Data
            switch format.lowercased() {
            case "tbx", "tbx2":
                let dialect: TBXWriter.Dialect = format.lowercased() == "tbx" ? .v3 : .v2
                data = try TBXWriter.data(glossary, dialect: dialect, keepUnread: false)
                let problems = try GlossaryXSD.validate(data, dialect: dialect)
                if let first = problems.first {
                    throw DragomanError("the export does not validate (\(problems.count) problem(s)); first: \(first). Run dragoman glossary check")
                }
            case "csv":
                data = Data(try GlossaryCSV.write(glossary).utf8)
            case "omegat":
                guard let source, let target else { throw DragomanError("--format omegat needs --source and --target, e.g. --source de --target en") }
                data = Data(OmegaTGlossary.write(glossary, source: try parseLanguage(source, option: "--source"),
                                                 target: try parseLanguage(target, option: "--target")).utf8)
            default:
                throw DragomanError("--format \(format) is not one of tbx, tbx2, csv, omegat")
            }
            if let output {
                try AtomicFile.write(data, to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}

struct GlossaryLexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "The bilingual lexicon from the Debian dictionaries.",
        subcommands: [GlossaryLexiconImport.self, GlossaryLexiconLookup.self])
}

struct GlossaryLexiconImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Load the Debian dictionaries into the database (once; later runs reuse it).",
        discussion: "Example: dragoman glossary lexicon import")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Flag(help: "Import again even when the dictionaries did not change.") var force = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let store = try workspaceOptions.open().openStore()
            let reports = try LexiconCache(store: store).importSources(force: force)
            if json { try printJSON(reports); return }
            for report in reports {
                print("\(report.name) [\(report.pair)]: \(report.outcome), \(report.entries) entries" + (report.seconds > 0 ? String(format: ", %.1f s", report.seconds) : ""))
            }
        }
    }
}

struct GlossaryLexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Translate a word: the glossary first, then the lexicon.",
        discussion: "Example: dragoman glossary lexicon lookup Botschaften --from de --to en")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Word or phrase.") var text: String
    @Option(help: "Its language.") var from: String
    @Option(help: "The language wanted.") var to: String = "en"
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let glossary = try GlossaryWorkspace(workspace: try workspaceOptions.open())
            let result = try LexiconCache(store: glossary.corpus).lookup(text, from: try parseLanguage(from, option: "--from"),
                                                                         to: try parseLanguage(to, option: "--to"), glossary: glossary.glossary)
            if json { try printJSON(result); return }
            switch result.origin {
            case .glossary: print("glossary \(result.conceptID ?? ""): \(result.translations.joined(separator: "; "))")
            case .lexicon: print("lexicon: \(result.translations.joined(separator: "; "))")
            case .none: print("not in the glossary or the lexicon (run dragoman glossary lexicon import first?)")
            }
        }
    }
}
