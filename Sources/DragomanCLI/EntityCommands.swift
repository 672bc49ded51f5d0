import ArgumentParser
import DragomanKit
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the named entities and dates of the corpus.",
        discussion: """
        The entity tables are rebuilt first when the corpus or the glossary changed.

        Examples:
          dragoman entities
          dragoman entities --kind person
          dragoman entities --json
          dragoman entities show per-darchiev
        """,
        subcommands: [EntitiesList.self, EntitiesShow.self],
        defaultSubcommand: EntitiesList.self
    )
}

/// Opens the store and the glossary and rebuilds the entity tables when they are stale.
struct EntityContext {
    let store: CorpusStore
    let workspace: Workspace

    init(options: WorkspaceOptions) throws {
        let workspace = try options.open()
        self.workspace = workspace
        store = try workspace.openStore()
        try EntityIndex.ensureCurrent(store: store, workspace: workspace) {
            if isatty(2) == 1 { FileHandle.standardError.write(Data("indexing entities…\n".utf8)) }
        }
    }

}

struct EntitiesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each entity with its spellings per language, mention count and articles; then glossary proposals.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "Only this kind: person, place, organisation, property or date.") var kind: String?
    @Option(help: "Only mentions in the sentences of this negotiation round (dragoman rounds lists them).") var round: Int?
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable {
        var entities: [CanonicalEntity]
        var proposals: [GlossaryProposal]
    }

    func run() throws {
        try Dragoman.guarded {
            var filter: EntityKind?
            if let kind {
                guard let parsed = EntityKind.parse(kind) else {
                    throw DragomanError("--kind \(kind) is not one of person, place, organisation, property, date")
                }
                filter = parsed
            }
            let context = try EntityContext(options: workspaceOptions)
            var entities = try EntityIndex.storedEntities(in: context.store, kind: filter)
            if let round {
                // Keep the mentions in the round's sentences and count those.
                let analysis = try RoundService.analyze(store: context.store, workspace: context.workspace)
                guard analysis.rounds.contains(where: { $0.number == round }) else {
                    throw DragomanError("there is no round \(round); dragoman rounds lists them")
                }
                let sentences = Set(analysis.sentences(inRound: round))
                entities = try entities.compactMap { entity in
                    let inRound = try EntityIndex.storedMentions(in: context.store, entityID: entity.id)
                        .filter { sentences.contains(SentenceRef(articleID: $0.articleID, index: $0.sentenceIndex)) }
                    guard !inRound.isEmpty else { return nil }
                    var copy = entity
                    copy.mentionCount = inRound.count
                    copy.articleIDs = Array(Set(inRound.map(\.articleID))).sorted()
                    return copy
                }.sorted { $0.mentionCount > $1.mentionCount }
            }
            let proposals = filter == nil ? try EntityIndex.storedProposals(in: context.store) : []
            if json { try printJSON(Output(entities: entities, proposals: proposals)); return }
            if entities.isEmpty { print("no entities"); return }
            let rows = entities.map { e -> [String] in
                let spellings = e.spellings.keys.sorted().map { "\($0): \(e.spellings[$0]!.joined(separator: ", "))" }.joined(separator: "; ")
                return [e.id, e.kind.rawValue, e.displayName, "\(e.mentionCount)", e.articleIDs.joined(separator: ","), spellings]
            }
            print(Table.render(header: ["ID", "KIND", "NAME", "MENTIONS", "ARTICLES", "SPELLINGS"], rows: rows))
            if !proposals.isEmpty {
                print("\nProposed glossary variants:")
                print(Table.render(header: ["SPELLING", "LANG", "CONCEPT", "CONFIDENCE", "EVIDENCE"], rows: proposals.map {
                    [$0.spelling, $0.language.rawValue, $0.conceptID, String(format: "%.2f", $0.confidence), $0.evidence.rawValue]
                }))
            }
        }
    }
}

struct EntitiesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Every mention of an entity in context: article, sentence number, the sentence with the mention in «».",
        discussion: "Example: dragoman entities show per-darchiev")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Argument(help: "Entity id (as listed by dragoman entities).") var id: String
    @Flag(help: "Print JSON.") var json = false

    struct Line: Encodable {
        var mention: EntityMention
        var sentence: String
        var marked: String
    }

    func run() throws {
        try Dragoman.guarded {
            let context = try EntityContext(options: workspaceOptions)
            let all = try EntityIndex.storedEntities(in: context.store)
            guard let entity = all.first(where: { $0.id == id }) ?? all.first(where: { $0.id.hasSuffix("-" + id) || $0.displayName.lowercased() == id.lowercased() }) else {
                throw DragomanError("no entity \(id) (dragoman entities lists the ids)")
            }
            var lines: [Line] = []
            for mention in try EntityIndex.storedMentions(in: context.store, entityID: entity.id) {
                let text = try sentenceText(context.store, article: mention.articleID, index: mention.sentenceIndex)
                let scalars = Array(text.unicodeScalars)
                guard mention.span.end <= scalars.count else { continue }
                let marked = String(String.UnicodeScalarView(scalars[..<mention.span.start])) + "«"
                    + String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) + "»"
                    + String(String.UnicodeScalarView(scalars[mention.span.end...]))
                lines.append(Line(mention: mention, sentence: text, marked: marked))
            }
            if json { try printJSON(lines); return }
            print("\(entity.id)  [\(entity.kind.rawValue)]  \(entity.displayName)  \(entity.mentionCount) mention(s)")
            for line in lines {
                let m = line.mention
                let where_ = m.sentenceIndex < 0 ? "title" : "#\(m.sentenceIndex)"
                print("\(m.articleID) \(where_) [\(m.language)] (\(m.evidence.rawValue) \(String(format: "%.2f", m.linkConfidence)))  \(line.marked)")
            }
        }
    }

    private func sentenceText(_ store: CorpusStore, article: String, index: Int) throws -> String {
        if index < 0 { return try store.database.query("SELECT title FROM articles WHERE id = ?", [.text(article)]) { $0.optionalText(0) ?? "" }.first ?? "" }
        return try store.database.query("SELECT text FROM sentences WHERE article_id = ? AND idx = ?", [.text(article), .int(index)]) { $0.text(0) }.first ?? ""
    }
}
