import ArgumentParser
import DragomanKit
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the reports by sentence.",
        discussion: """
        Links are `parallel` (translations, sentence for sentence) or `same-fact` (the same fact in \
        other words). Links combine into statements, one row per statement in views and exports \
        (Alignments/alignment.tmx, Alignments/alignment.xml with alignment.xsd). \
        Decisions (link, confirm, unlink) are kept in Alignments/decisions.tsv; realigning keeps \
        them: a confirmed pair is always linked, a rejected one never proposed again.

        Examples:
          dragoman align
          dragoman align 002_75526c63fca82549 003_38f1f85eb9aef9f1
          dragoman align view 002 003
          dragoman align link 002#7 003#6 --kind parallel
          dragoman align unlink 000#3 001#4
        """,
        subcommands: [AlignRun.self, AlignView.self, AlignLink.self, AlignConfirm.self, AlignUnlink.self],
        defaultSubcommand: AlignRun.self
    )
}

/// Opens the workspace and store, with the entity tables fresh (their ids are alignment evidence).
struct AlignContext {
    let workspace: Workspace
    let store: CorpusStore
    let glossary: Glossary

    init(options: WorkspaceOptions) throws {
        _ = try EntityContext(options: options)
        workspace = try options.open()
        store = try workspace.openStore()
        glossary = try Glossary.loadMerged(from: workspace.glossary).0
    }

    /// Realigns (all reports, as decisions are corpus-wide) and reports what was written.
    func realign(articleIDs: [String]? = nil, selection: String? = nil, quiet: Bool = false) throws -> AlignmentGraph {
        try LexiconSetup.ensure(store: store)
        if isatty(2) == 1 { FileHandle.standardError.write(Data("aligning…\n".utf8)) }
        let outputs = try AlignmentService.run(store: store, workspace: workspace, articleIDs: articleIDs, selection: selection, glossary: glossary)
        if !quiet {
            let parallel = outputs.graph.links.filter { $0.kind == .parallel }.count
            print("\(outputs.graph.links.count) links (\(parallel) parallel, \(outputs.graph.links.count - parallel) same-fact), \(outputs.graph.statements.count) statements")
            print("wrote \(outputs.tmx.path), \(outputs.xml.path)")
        }
        // Decisions on sentences that say something else now (the report was replaced).
        let stale = outputs.staleDecisions
        if !stale.isEmpty {
            FileHandle.standardError.write(Data("dragoman: note: \(stale.count) decision(s) in \(AlignmentDecisions.url(in: workspace).path) name sentences that say something else now than when you decided, and are not applied (\(stale.prefix(3).map { "\($0.verdict.rawValue) \($0.a) \($0.b)" }.joined(separator: ", "))); decide again with dragoman align link|unlink|confirm\n".utf8))
        }
        // Decisions on sentences no longer (or not yet) in the corpus, e.g. of a removed article.
        let orphaned = try AlignmentDecisions.load(from: workspace).orphaned(in: store)
        if !orphaned.isEmpty {
            FileHandle.standardError.write(Data("dragoman: note: \(orphaned.count) decision(s) in \(AlignmentDecisions.url(in: workspace).path) name sentences not in the corpus and apply to nothing (\(orphaned.prefix(3).map { "\($0.a) \($0.b)" }.joined(separator: ", "))); delete those lines if the articles will not come back\n".utf8))
        }
        return outputs.graph
    }

    func resolve(_ reference: String) throws -> SentenceRef {
        guard let hash = reference.lastIndex(of: "#"), let index = Int(reference[reference.index(after: hash)...]) else {
            throw DragomanError("'\(reference)' is not a sentence: write ARTICLE#INDEX, e.g. 002#7")
        }
        return SentenceRef(articleID: try store.resolveArticleID(String(reference[..<hash])), index: index)
    }
}

/// The bilingual lexicon the aligner and the glosser translate with: imported into the store the
/// first time a command needs it, so `init`, `add`, `align` on a new workspace aligns as well as
/// the main job does (without it, only glossary terms, names and cognates cross languages).
enum LexiconSetup {
    static func ensure(store: CorpusStore) throws {
        try LexiconCache(store: store).ensureImported {
            if isatty(2) == 1 { FileHandle.standardError.write(Data("importing the bilingual lexicon (once)…\n".utf8)) }
        }
    }
}

enum AlignmentNotes {
    static let staleText = "the stored alignment predates changes to the reports, glossary, lexicon or decisions (or covers only some reports); run dragoman align to bring it up to date"

    /// A view of a stored graph that no longer matches the workspace: say so, the view still shows.
    static func stale() {
        FileHandle.standardError.write(Data("dragoman: note: \(staleText)\n".utf8))
    }
}

struct AlignRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Align all reports, a round's, or the named ones (the default).",
        discussion: """
        All reports: the corpus alignment, Alignments/alignment.tmx and .xml, which views, rounds \
        and briefs use. A round's or named reports: aligned on their own into \
        Alignments/alignment-round-N.tmx or alignment-A-B.tmx (and .xml); the corpus alignment stays.
        """)
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "Only the reports of this negotiation round (dragoman rounds lists them).") var round: Int?
    @Argument(help: "Article ids, file names or unique id prefixes (default: all).") var articles: [String] = []
    @Flag(help: "Print the graph as JSON.") var json = false

    func run() throws {
        try Dragoman.guarded {
            let context = try AlignContext(options: workspaceOptions)
            var ids: [String]? = nil
            var selection: String? = nil
            if let round {
                ids = try AlignmentService.articleIDs(round: round, store: context.store, workspace: context.workspace)
                selection = "round-\(round)"
            }
            if !articles.isEmpty {
                var seen: Set<String> = []
                ids = try articles.map { try context.store.resolveArticleID($0) }.filter { seen.insert($0).inserted }
                selection = ids!.count == 2 ? ids!.joined(separator: "-") : "\(ids![0])-and-\(ids!.count - 1)-more"
            }
            if let ids, ids.count < 2 {
                throw DragomanError(ids.isEmpty ? "no reports to align" : "aligning needs two or more different reports (got only \(ids[0]))")
            }
            // All the corpus's reports named one by one are the corpus alignment.
            if let named = ids, try Set(named) == Set(context.store.articleIDs()) { selection = nil }
            let graph = try context.realign(articleIDs: ids, selection: selection, quiet: json)
            if json { try printJSON(graph) }
        }
    }
}

struct AlignView: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "Side-by-side columns, one row per statement; unmatched sentences show as gaps.")
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Two or more articles (ids, file names or unique prefixes).") var articles: [String]
    @Option(help: "Total width (default: the terminal's, or $COLUMNS, or 120).") var width: Int?

    func run() throws {
        try Dragoman.guarded {
            let workspace = try workspaceOptions.open()
            let store = try workspace.openStore()
            var seen: Set<String> = []
            let ids = try articles.map { try store.resolveArticleID($0) }.filter { seen.insert($0).inserted }
            guard ids.count >= 2 else { throw DragomanError("name two or more different articles to view side by side") }
            guard try AlignmentService.hasStoredGraph(store: store) else { throw DragomanError("not aligned yet: run dragoman align first") }
            let graph = try AlignmentService.storedGraph(store: store)
            if try !AlignmentService.isCurrent(store: store, workspace: workspace) { AlignmentNotes.stale() }
            let docs = try ids.map { try store.article(id: $0) }
            let view = AlignmentTextView(graph: graph, articles: docs.map { ($0.id, $0.language, $0.sentences.map(\.text)) },
                                         rounds: try AlignmentService.alignerRounds(store: store))
            print(view.render(width: width ?? terminalWidth()), terminator: "")
        }
    }

    func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 120
    }
}

/// `link`, `confirm` and `unlink` share their arguments and realign afterwards.
struct DecisionArguments: ParsableArguments {
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "A sentence: ARTICLE#INDEX (article id, file name or unique prefix).") var first: String
    @Argument(help: "The other sentence.") var second: String
    @Flag(help: "Record the decision without realigning.") var noRealign = false

    func apply(verdict: AlignmentDecision.Verdict, kind: SentenceLink.Kind?) throws {
        try Dragoman.guarded {
            let context = try AlignContext(options: workspaceOptions)
            let a = try context.resolve(first), b = try context.resolve(second)
            let decision = try AlignmentService.decision(a, b, verdict: verdict, kind: kind, store: context.store)
            try AlignmentService.decide(decision, workspace: context.workspace, store: context.store)
            print("\(verdict.rawValue) \(a) \(b)\(verdict == .confirmed ? " (\(decision.kind.rawValue))" : "") in \(AlignmentDecisions.url(in: context.workspace).path)")
            if !noRealign { _ = try context.realign() }
        }
    }
}

struct AlignLink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Link two sentences (a confirmed decision).")
    @OptionGroup var arguments: DecisionArguments
    @Option(help: "parallel or same-fact.") var kind: String = "same-fact"
    func run() throws {
        guard let parsed = SentenceLink.Kind(rawValue: kind) else { throw ValidationError("--kind is parallel or same-fact") }
        try arguments.apply(verdict: .confirmed, kind: parsed)
    }
}

struct AlignConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "confirm", abstract: "Confirm a proposed link (kept through every realignment).")
    @OptionGroup var arguments: DecisionArguments
    func run() throws { try arguments.apply(verdict: .confirmed, kind: nil) }
}

struct AlignUnlink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: "Reject a link: the pair is never proposed again.")
    @OptionGroup var arguments: DecisionArguments
    func run() throws { try arguments.apply(verdict: .rejected, kind: nil) }
}

struct AlignFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align-files",
        abstract: "Align two pre-segmented files (one sentence per line) and print beads.",
        discussion: """
        Prints one bead a line in the Text+Berg/Bleualign gold format with the bead's score: \
        [0, 1]:[0]:0.83 (0-based sentence numbers; [] for a sentence without counterpart). \
        The lexicon is the store's (dragoman glossary lexicon import) when the workspace has the \
        pair, otherwise the Debian dictionaries (freedict deu-fra/fra-deu for German–French).

        Example: dragoman align-files dev.de dev.fr --source-lang de --target-lang fr
        """)
    @Argument(help: "Source file, one sentence a line.") var source: String
    @Argument(help: "Target file, one sentence a line.") var target: String
    @Option(name: .customLong("source-lang"), help: "Source language code.") var sourceLanguage: String = "de"
    @Option(name: .customLong("target-lang"), help: "Target language code.") var targetLanguage: String = "fr"
    @Option(name: .long, help: "A workspace whose lexicon to use (default: the current folder if it is one).") var workspace: String = "."

    func run() throws {
        try Dragoman.guarded {
            let from = LanguageCode(sourceLanguage), to = LanguageCode(targetLanguage)
            let sourceLines = try Self.lines(source), targetLines = try Self.lines(target)
            let lexicon = try AlignmentPairLexicon.lexicon(from, to, workspace: URL(fileURLWithPath: workspace))
            let beads = BitextAligner(lexicon: lexicon, sourceLanguage: from, targetLanguage: to).align(source: sourceLines, target: targetLines)
            var output = ""
            for bead in beads { output += AlignmentPairLexicon.format(bead) + "\n" }
            print(output, terminator: "")
        }
    }

    static func lines(_ path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DragomanError("cannot read", file: path) }
        var result = text.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        return result.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }
}
