import ArgumentParser
import DragomanKit
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a workspace.",
        discussion: "Example: dragoman init ~/talks")

    @Argument(help: "The folder to create (default: the current folder).")
    var directory: String = "."
    @Option(help: "A TBX file or folder of TBX files to start Glossary/ with (default: the diplomacy glossary Dragoman ships).")
    var glossary: String?
    @Flag(help: "Start with an empty Glossary/.") var emptyGlossary = false

    /// The glossary of the Dragoman checkout this binary was built from (`Glossary/` beside
    /// `Sources/`): the shipped, curated default. A binary moved elsewhere may not find it.
    static let shippedGlossary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Glossary", isDirectory: true)

    func run() throws {
        try Dragoman.guarded {
            let root = URL(fileURLWithPath: directory)
            let workspace = Workspace(root: root)
            var copied: [String] = []
            if !emptyGlossary {
                let source = glossary.map { URL(fileURLWithPath: $0) } ?? Self.shippedGlossary
                if glossary != nil || FileManager.default.fileExists(atPath: source.path) {
                    // The workspace's own glossary folder is not a source (init in the checkout).
                    if source.standardizedFileURL.path != workspace.glossary.standardizedFileURL.path {
                        copied = try workspace.seedGlossary(from: source)   // validates before writing anything
                    }
                } else {
                    FileHandle.standardError.write(Data("note: the shipped glossary is not at \(source.path); Glossary/ starts empty (dragoman glossary import FILE)\n".utf8))
                }
            }
            _ = try Workspace.create(at: root)
            _ = try workspace.openStore()
            print("Created workspace \(workspace.root.path)" + (copied.isEmpty ? "" : " (glossary: \(copied.joined(separator: ", ")))"))
        }
    }
}

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles (plain text or HTML) to the corpus.",
        discussion: """
        Each file is copied into Corpus/ byte for byte and indexed. A file whose text is already in \
        the corpus (even with other line endings or spacing) is skipped; a bad file is refused with a \
        reason and the others still go in.

        Examples:
          dragoman add report.txt
          dragoman add --lang nb --date 2025-06 melding.txt
          dragoman add --encoding latin1 old.txt
        """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "The language (de, nl, nb, en), overriding identification.") var lang: String?
    @Option(help: "The publication date (YYYY, YYYY-MM or YYYY-MM-DD).") var date: String?
    @Option(help: "The encoding of non-UTF-8 files: latin1, cp1252, utf16.") var encoding: String?
    @Flag(help: "Print the summary as JSON.") var json = false
    @Argument(help: "Files to add.") var files: [String]

    struct Summary: Encodable {
        var added: [String] = []
        var skipped: [String: String] = [:]
        var refused: [String: String] = [:]
        var warnings: [String: [String]] = [:]
    }

    func run() throws {
        var failed = false
        try Dragoman.guarded {
            var options = IngestOptions()
            // An option's error names the files it was given for: nothing of them is added.
            let named = files.count <= 2 ? files.joined(separator: ", ") : "\(files[0]) and \(files.count - 1) more files"
            if let lang {
                guard let code = LanguageCode.parse(lang), code.isSupported else {
                    throw DragomanError("--lang '\(lang)' is not one of de, nl, nb, en; nothing added", file: named)
                }
                options.language = code
            }
            if let date {
                guard let value = CalendarDate(parsing: date), value.granularity != .week else {
                    throw DragomanError("--date '\(date)' is not YYYY, YYYY-MM or YYYY-MM-DD; nothing added", file: named)
                }
                options.date = value
            }
            if let encoding {
                guard let value = TextDecoder.Encoding.parse(encoding) else {
                    throw DragomanError("--encoding '\(encoding)' is not one of utf8, latin1, cp1252, utf16; nothing added", file: named)
                }
                options.encoding = value
            }
            let workspace = try workspaceOptions.open()
            let store = try workspace.openStore()
            let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try makeLanguageIdentifier())
            let progress = Progress(total: files.count)
            var summary = Summary()
            // Ctrl-C (SIGINT) or SIGTERM stops between files: the batch in progress is rolled
            // back and nothing of it stays in Corpus/ or the store; the batches before it stay.
            let interrupt = InterruptWatch()
            defer { interrupt.stop() }
            do {
                _ = try ingestor.add(filesAt: files, options: options, shouldStop: { interrupt.requested }) { index, file, outcome in
                    switch outcome {
                    case .added(let id, let sentences, let language, let warnings):
                        summary.added.append(id)
                        if !json { progress.clear(); print("added \(file) as \(id) (\(language), \(sentences) sentences)") }
                        if !warnings.isEmpty { summary.warnings[file] = warnings }
                        for warning in warnings { progress.clear(); FileHandle.standardError.write(Data("dragoman: warning: \(file): \(warning)\n".utf8)) }
                    case .alreadyPresent(let id):
                        summary.skipped[file] = id
                        if !json { progress.clear(); print("skipped \(file): already in the corpus as \(id)") }
                    case .refused(let error):
                        summary.refused[file] = error.message
                        progress.clear()
                        FileHandle.standardError.write(Data("dragoman: \(error.description)\n".utf8))
                    }
                    progress.update(index + 1, label: file)
                }
            } catch is CorpusIngestor.Interrupted {
                progress.clear()
                let stored = Set(try store.articleIDs())
                let kept = summary.added.filter(stored.contains)
                let undone = summary.added.count - kept.count
                FileHandle.standardError.write(Data(("dragoman: interrupted: \(kept.count) article(s) added before it stay"
                    + (undone > 0 ? "; the last \(undone) reported as added were taken back out" : "")
                    + "; nothing else was added\n").utf8))
                throw ExitCode(130)
            }
            progress.finish()
            if json { try printJSON(summary) }
            else { print("\(summary.added.count) added, \(summary.skipped.count) skipped, \(summary.refused.count) refused") }
            failed = !summary.refused.isEmpty
        }
        if failed { throw ExitCode(1) }
    }
}

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take articles back out of the corpus (their files and everything derived from them).",
        discussion: """
        Each article's file leaves Corpus/ (with its --lang/--date/--encoding override) and its rows \
        leave the database, all in one step: if anything fails, nothing is removed. The entity, \
        round and alignment tables were built with the article: they are emptied and rebuilt without \
        it by the next command that needs them; run dragoman align to realign and rewrite \
        Alignments/, dragoman export --all to rewrite Exports/. \
        Your decisions in Alignments/decisions.tsv that name a removed article are kept and listed \
        (they apply again if an article with that id is added, e.g. the same file re-added with a \
        corrected --date); --drop-decisions deletes them.

        Examples:
          dragoman remove nb1-oslo-report
          dragoman remove 003_38f1f85eb9aef9f1 report.txt --drop-decisions
        """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Flag(help: "Also delete the alignment decisions that name a removed article.") var dropDecisions = false
    @Flag(help: "Print the summary as JSON.") var json = false
    @Argument(help: "Article ids, file names or unique id prefixes.") var articles: [String]

    func run() throws {
        try Dragoman.guarded {
            let workspace = try workspaceOptions.open()
            let store = try workspace.openStore()
            // Every reference resolves before anything is removed.
            let ids = try articles.map { try store.resolveArticleID($0) }
            let report = try CorpusRemoval.remove(articleIDs: ids, store: store, workspace: workspace, dropDecisions: dropDecisions)
            if json { try printJSON(report); return }
            for article in report.removed { print("removed \(article.id) (Corpus/\(article.fileName))") }
            if !report.decisions.isEmpty {
                let count = report.decisions.count == 1 ? "1 decision" : "\(report.decisions.count) decisions"
                print(report.decisionsDropped
                      ? "deleted \(count) naming a removed article from Alignments/decisions.tsv:"
                      : "kept \(count) in Alignments/decisions.tsv naming a removed article (orphaned until an article with that id is added again; --drop-decisions deletes them):")
                for decision in report.decisions { print("  \(decision.verdict.rawValue) \(decision.a) \(decision.b) \(decision.kind.rawValue)") }
            }
            if report.alignmentDropped {
                print("the stored alignment included the removed article(s) and was dropped: dragoman align realigns and rewrites Alignments/")
            }
        }
    }
}

/// A one-line progress indicator on stderr, shown only when stderr is a terminal and there is
/// more than a handful of files.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private var shown = false
    init(total: Int) {
        self.total = total
        enabled = total > 3 && isatty(2) == 1
    }
    func update(_ done: Int, label: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(label.suffix(60))".utf8))
        shown = true
    }
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
    func finish() { clear(); shown = false }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles: id, language, date, title, sentences.",
        discussion: "Examples:\n  dragoman list\n  dragoman list --json")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let workspace = try workspaceOptions.open()
            let store = try workspace.openStore()
            let articles = try store.articleSummaries()
            if json { try printJSON(articles); return }
            let rows = articles.map { [$0.id, $0.language.rawValue, $0.publicationDate ?? "–", "\($0.sentenceCount)", $0.title ?? "(no title)"] }
            print(Table.render(header: ["ID", "LANG", "DATE", "SENT", "TITLE"], rows: rows))
            let indexed = Set(articles.map(\.fileName))
            let unindexed = try workspace.corpusFiles().filter { !indexed.contains($0.lastPathComponent) }
            if !unindexed.isEmpty {
                FileHandle.standardError.write(Data("dragoman: \(unindexed.count) file(s) in Corpus/ are not indexed (\(unindexed.prefix(3).map(\.lastPathComponent).joined(separator: ", "))); run dragoman reindex\n".utf8))
            }
        }
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an article's clean text with numbered sentences.",
        discussion: "Examples:\n  dragoman show 001_2320f2ca084baa4e\n  dragoman show 001 --removed")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Article id, file name, or a unique id prefix.") var id: String
    @Flag(help: "Also list what cleaning removed, and why.") var removed = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let store = try workspaceOptions.open().openStore()
            let article = try store.article(id: try store.resolveArticleID(id))
            if json { try printJSON(article); return }
            print("\(article.id)  [\(article.language.name)]  \(article.publicationDate?.description ?? "no date")  \(article.fileName)")
            if let title = article.title { print("Title: \(title)") }
            print("")
            for sentence in article.sentences {
                let role = sentence.role == .body ? "" : " (\(sentence.role.rawValue))"
                print(String(format: "%3d", sentence.index) + "\(role)  \(sentence.text)")
            }
            if removed {
                print("\nRemoved:")
                if article.removed.isEmpty { print("  nothing") }
                for span in article.removed {
                    print("  [\(span.kind.rawValue)] \(span.reason): \(span.text)")
                }
            }
        }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Concordance search across all languages (case and diacritics folded, inflections, translations).",
        discussion: """
        Words are ANDed; "quoted words" match as a phrase; a trailing * matches a prefix. Phrases \
        and prefixes match as typed. A plain word is read in each of the four languages (or only \
        those given with --lang) and also finds, in sentences of that language, its inflections \
        (Snowball stem, and the glossary's ending rules: diplomatkurer → diplomatkurerer) and \
        compounds (Kurier → Diplomatenkurier); where it is a form of a glossary term, that \
        concept's terms of the same part of speech in every language (Moskau → Moscow, Moskva); \
        the glossary's and the entity stage's spellings of a name (Lavrov → Lawrow), and the \
        mentions the entity stage linked to the entity it names (Washington → Vashington). The \
        entity index is brought up to date first, so the answer does not depend on which command \
        ran before. Sentences with the words as typed come first; each hit shows what matched. \
        --exact: only the words as typed.

        Examples:
          dragoman search Istanbul
          dragoman search Kurier --lang de
          dragoman search "Botschaft*"
          dragoman search '"tweede ronde"' --json
        """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "The query.") var query: String
    @Option(help: "At most this many hits.") var limit = 50
    @Option(name: .customLong("lang"), help: "Read the query's words in this language only (de, nl, nb, en; repeatable; default: all four).")
    var languages: [String] = []
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Only the words as typed: no other spellings, inflections, compounds, translations or entity mentions.") var exact = false

    func run() throws {
        try Dragoman.guarded {
            var options = SearchOptions(limit: limit, exact: exact)
            if !languages.isEmpty {
                options.languages = try languages.map { value in
                    guard let code = LanguageCode.parse(value), code.isSupported else {
                        throw DragomanError("--lang '\(value)' is not one of de, nl, nb, en")
                    }
                    return code
                }
            }
            let workspace = try workspaceOptions.open()
            let store = try workspace.openStore()
            let hits = try SearchService.search(query, store: store, workspace: workspace, options: options) {
                if isatty(2) == 1 { FileHandle.standardError.write(Data("indexing entities…\n".utf8)) }
            }
            if json { try printJSON(hits); return }
            if hits.isEmpty { print("no matches"); return }
            for hit in hits {
                print("\(hit.articleID)#\(hit.sentenceIndex) [\(hit.language)] \(hit.snippet)")
                let widened = hit.matches.filter { ![.exact, .phrase, .prefix].contains($0.kind) }
                if !widened.isEmpty {
                    print("    " + widened.map(\.explanation).joined(separator: "; "))
                }
            }
        }
    }
}

struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the database from the workspace's files.",
        discussion: "Example: dragoman reindex --workspace ~/talks")

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        var refused = false
        try Dragoman.guarded {
            let workspace = try workspaceOptions.open()
            // The glossary is the other set of files the database derives from: a broken edit
            // is reported here, before anything is rebuilt, not by the next command that reads it.
            _ = try Glossary.loadMerged(from: workspace.glossary)
            let store = try workspace.openStore()
            let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try makeLanguageIdentifier())
            let files = try workspace.corpusFiles()
            let progress = Progress(total: files.count)
            let outcomes = try ingestor.reindex { done, _ in progress.update(done, label: "indexing") }
            progress.finish()
            var added = 0
            for (file, outcome) in zip(files, outcomes) {
                switch outcome {
                case .added: added += 1
                case .alreadyPresent(let id): print("\(file.lastPathComponent): same text as \(id), not indexed twice")
                case .refused(let error):
                    refused = true
                    FileHandle.standardError.write(Data("dragoman: \(error.description)\n".utf8))
                }
            }
            print("indexed \(added) article(s) from \(workspace.corpus.path)")
        }
        if refused { throw ExitCode(1) }
    }
}

/// Plain-text table with columns padded to their widest cell.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
