import ArgumentParser
import DragomanKit
import Foundation

struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "The negotiation rounds found in the corpus.",
        discussion: """
        Rounds are discovered from the reports (dates and venues of meetings, ordinals, announced \
        new rounds); the tables are rebuilt first when the corpus or the entities changed.

        Examples:
          dragoman rounds
          dragoman rounds --json
          dragoman rounds show 2
        """,
        subcommands: [RoundsList.self, RoundsShow.self],
        defaultSubcommand: RoundsList.self
    )
}

/// Opens the workspace and brings the round tables up to date.
struct RoundContext {
    let workspace: Workspace
    let store: CorpusStore
    let analysis: RoundAnalysis

    init(options: WorkspaceOptions) throws {
        workspace = try options.open()
        store = try workspace.openStore()
        if isatty(2) == 1, try RoundService.isStale(store: store, workspace: workspace) {
            FileHandle.standardError.write(Data("finding rounds…\n".utf8))
        }
        analysis = try RoundService.analyze(store: store, workspace: workspace)
    }

    /// File names by article id, for display.
    func fileNames() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.articleSummaries().map { ($0.id, $0.fileName) })
    }
}

struct RoundsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each round with its number, date, venue, status, reports and sentence count.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable {
        var rounds: [Round]
        /// Sentences about no round (background).
        var backgroundSentences: Int
    }

    func run() throws {
        try Dragoman.guarded {
            let context = try RoundContext(options: workspaceOptions)
            let analysis = context.analysis
            let background = analysis.assignments.filter { $0.rounds.isEmpty }.count
            if json { try printJSON(Output(rounds: analysis.rounds, backgroundSentences: background)); return }
            if analysis.rounds.isEmpty { print("no rounds found (\(analysis.assignments.count) sentences, all background)"); return }
            let names = try context.fileNames()
            let rows = analysis.rounds.map { r -> [String] in
                [String(r.number), r.date?.description ?? "unknown", r.venueName ?? r.venueEntityID ?? "unknown", r.status.rawValue,
                 String(r.articleIDs.count), String(r.sentenceCount), r.articleIDs.map { names[$0] ?? $0 }.joined(separator: ", ")]
            }
            print(Table.render(header: ["ROUND", "DATE", "VENUE", "STATUS", "REPORTS", "SENTENCES", "FILES"], rows: rows))
            print("\(background) sentence(s) about no round (background)")
        }
    }
}

struct RoundsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "The sentences of one round, grouped by statement across languages (by article when no alignment is stored).",
        discussion: "Example: dragoman rounds show 2")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Round number (as listed by dragoman rounds).") var number: Int
    @Flag(help: "Print JSON.") var json = false

    struct Line: Encodable {
        var articleID: String
        var fileName: String
        var language: String
        var index: Int
        var text: String
        var rounds: [Int]
        var evidence: String
    }
    struct Group: Encodable {
        /// The alignment statement id, or nil for a group of one article's sentences.
        var statement: String?
        var articleID: String?
        var sentences: [Line]
    }
    struct Output: Encodable {
        var round: Round
        /// "statement" when the alignment stage's statements were used, else "article".
        var groupedBy: String
        var note: String?
        var groups: [Group]
    }

    func run() throws {
        try Dragoman.guarded {
            let context = try RoundContext(options: workspaceOptions)
            guard let round = context.analysis.round(number) else {
                let known = context.analysis.rounds.map { String($0.number) }.joined(separator: ", ")
                throw DragomanError("no round \(number) (the corpus has round\(known.contains(",") ? "s" : "") \(known.isEmpty ? "none" : known))")
            }
            let refs = context.analysis.sentences(inRound: number)
            let summaries = Dictionary(uniqueKeysWithValues: try context.store.articleSummaries().map { ($0.id, $0) })
            var lines: [SentenceRef: Line] = [:]
            for ref in refs {
                let text = try context.store.database.query("SELECT text FROM sentences WHERE article_id = ? AND idx = ?",
                                                            [.text(ref.articleID), .int(ref.index)]) { $0.text(0) }.first ?? ""
                let assignment = context.analysis.assignments.first { $0.sentence == ref }
                lines[ref] = Line(articleID: ref.articleID, fileName: summaries[ref.articleID]?.fileName ?? ref.articleID,
                                  language: summaries[ref.articleID]?.language.rawValue ?? "", index: ref.index, text: text,
                                  rounds: assignment?.rounds ?? [number], evidence: assignment?.evidence ?? "")
            }
            // Sentences in corpus order: by file name, then position.
            func ordered(_ refs: [SentenceRef]) -> [Line] {
                refs.compactMap { lines[$0] }.sorted { ($0.fileName, $0.index) < ($1.fileName, $1.index) }
            }

            var groups: [Group] = []
            var note: String?
            let statements = try storedStatements(context.store)
            if let statements {
                var placed: Set<SentenceRef> = []
                for (id, members) in statements {
                    let mine = members.filter { lines[$0] != nil }
                    guard !mine.isEmpty else { continue }
                    placed.formUnion(mine)
                    groups.append(Group(statement: id, articleID: nil, sentences: ordered(mine)))
                }
                // Sentences the aligner linked to nothing stand alone.
                for ref in refs where !placed.contains(ref) { groups.append(Group(statement: nil, articleID: ref.articleID, sentences: ordered([ref]))) }
                if try !AlignmentService.isCurrent(store: context.store, workspace: context.workspace) {
                    note = AlignmentNotes.staleText
                }
            } else {
                note = "no alignment stored yet (run dragoman align); sentences are grouped by article"
                var byArticle: [String: [SentenceRef]] = [:]
                for ref in refs { byArticle[ref.articleID, default: []].append(ref) }
                for article in byArticle.keys.sorted(by: { (summaries[$0]?.fileName ?? $0) < (summaries[$1]?.fileName ?? $1) }) {
                    groups.append(Group(statement: nil, articleID: article, sentences: ordered(byArticle[article]!)))
                }
            }

            if json { try printJSON(Output(round: round, groupedBy: statements == nil ? "article" : "statement", note: note, groups: groups)); return }
            let venue = round.venueName ?? round.venueEntityID ?? "venue unknown"
            print("Round \(round.number): \(round.date?.description ?? "date unknown"), \(venue), \(round.status.rawValue); "
                  + "\(round.articleIDs.count) report(s), \(round.sentenceCount) sentence(s)")
            if let note { print("(\(note))") }
            for group in groups {
                print("")
                if let statement = group.statement { print("statement \(statement)") }
                else { print(group.sentences.first?.fileName ?? group.articleID ?? "") }
                for line in group.sentences {
                    let others = line.rounds.filter { $0 != number }
                    let also = others.isEmpty ? "" : "  (also round \(others.map(String.init).joined(separator: ",")))"
                    print("  [\(line.language)] \(line.fileName) #\(line.index): \(line.text)\(also)")
                }
            }
        }
    }

    /// The alignment stage's statements in display order, or nil when it has stored none. Read
    /// from its tables so this command works whether or not that stage has run in this store.
    private func storedStatements(_ store: CorpusStore) throws -> [(String, [SentenceRef])]? {
        let db = store.database
        let hasTables = try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('alignment_statements', 'alignment_members')") ?? 0
        guard hasTables == 2, try db.scalarInt("SELECT count(*) FROM alignment_statements") ?? 0 > 0 else { return nil }
        var members: [String: [SentenceRef]] = [:]
        var order: [String] = []
        for (id, article, index) in try db.query("""
            SELECT s.id, m.article_id, m.idx FROM alignment_statements s JOIN alignment_members m ON m.statement_id = s.id
            ORDER BY s.position, m.article_id, m.idx
            """, [], { ($0.text(0), $0.text(1), $0.int(2)) }) {
            if members[id] == nil { order.append(id) }
            members[id, default: []].append(SentenceRef(articleID: article, index: index))
        }
        return order.map { ($0, members[$0]!) }
    }
}
