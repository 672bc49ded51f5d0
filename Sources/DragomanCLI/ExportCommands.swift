import ArgumentParser
import DragomanKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export per-round briefs as XML or text.",
        discussion: """
        Writes Exports/round-N.xml (validated against Exports/dragoman-brief.xsd, which is written \
        too) and/or Exports/round-N.txt, atomically: an export that fails leaves the old files.

        Examples:
          dragoman export --all
          dragoman export --round 2 --format text --words 120
          dragoman export --round 1 --sentences 5 --translator 'trans -b {lang}:en'
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @Option(help: "The round to export (as listed by the rounds stage).") var round: Int?
    @Flag(help: "Export every round.") var all = false
    @Option(help: "xml or text (default: xml with --round, both with --all).") var format: String?
    @Option(help: "Length of the brief in words (default 150).") var words: Int?
    @Option(help: "Length of the brief in sentences (instead of --words).") var sentences: Int?
    @Option(help: "A command that reads sentences on stdin and writes English on stdout, one per line; used instead of glossing. Run once per source language: {lang} in it becomes the code (de, nl, nb), also in $DRAGOMAN_SOURCE_LANGUAGE.")
    var translator: String?
    @Flag(help: "Also print the text brief(s) on stdout.") var print = false

    func run() throws {
        try Dragoman.guarded {
            guard (round != nil) != all else { throw DragomanError("give either --round N or --all") }
            if words != nil && sentences != nil { throw DragomanError("give --words or --sentences, not both") }
            if let words, words < 1 { throw DragomanError("--words must be at least 1") }
            if let sentences, sentences < 1 { throw DragomanError("--sentences must be at least 1") }
            let formats: [BriefExporter.Format]
            switch format?.lowercased() {
            case nil: formats = all ? [.xml, .text] : [.xml]
            case "xml": formats = [.xml]
            case "text", "txt": formats = [.text]
            case let other?: throw DragomanError("--format \(other) is not xml or text")
            }
            let workspace = try workspaceOptions.open()
            let stages = try BriefStages.load(options: workspaceOptions, workspace: workspace)
            let builder = BriefBuilder(corpus: stages.corpus, lexicon: stages.lexicon)
            let budget: StatementRanker.Budget = sentences.map { .sentences($0) } ?? .words(words ?? 150)
            var briefs = try round.map { [try builder.build(round: $0, options: BriefOptions(budget: budget))] }
                ?? builder.buildAll(options: BriefOptions(budget: budget))
            if let translator { briefs = try ExternalTranslator(command: translator).apply(to: briefs) }
            let exporter = BriefExporter(folder: workspace.exports)
            let written = try exporter.export(briefs, formats: formats)
            let removed = all ? try exporter.removeStale(keeping: Set(stages.corpus.rounds.rounds.map(\.number))) : []
            if self.print { for brief in briefs { Swift.print(BriefTextWriter.string(brief)) } }
            for (url, outcome) in written {
                FileHandle.standardError.write(Data("\(outcome == .written ? "wrote" : "unchanged") \(url.path)\n".utf8))
            }
            for url in removed { FileHandle.standardError.write(Data("removed \(url.path) (no such round any more)\n".utf8)) }
            if briefs.isEmpty { FileHandle.standardError.write(Data("the rounds stage found no rounds; nothing to export\n".utf8)) }
        }
    }
}

/// The stages the brief is built from, run (or read) for the workspace: corpus, entities,
/// glossary, lexicon, rounds, alignment.
struct BriefStages {
    var corpus: BriefCorpus
    var lexicon: any GlossLexicon

    static func load(options: WorkspaceOptions, workspace: Workspace) throws -> BriefStages {
        let context = try EntityContext(options: options)  // rebuilds the entity tables when stale
        let store = context.store
        let articles = try store.allArticles()
        guard !articles.isEmpty else { throw DragomanError("the corpus is empty (dragoman reindex indexes Corpus/)") }
        let (glossary, _) = try Glossary.loadMerged(from: workspace.glossary)
        let entities = try EntityIndex.storedEntities(in: store)
        var mentions: [EntityMention] = []
        for entity in entities { mentions += try EntityIndex.storedMentions(in: store, entityID: entity.id) }

        // The lexicon is imported once into the store; glossing and alignment work (worse) without it.
        try LexiconSetup.ensure(store: store)
        let cache = LexiconCache(store: store)

        // The alignment first: its translations place sentences the rounds' cues leave unplaced.
        let graph = try alignment(articles: articles, glossary: glossary, workspace: workspace, store: store)
        let rounds = try RoundService.analyze(store: store, workspace: workspace)
        return BriefStages(corpus: BriefCorpus(articles: articles, rounds: rounds, graph: graph, entities: entities,
                                               mentions: mentions, glossary: glossary),
                           lexicon: CachedGlossLexicon(cache: cache))
    }

    /// The corpus alignment (statements): the stored graph of `dragoman align` when it is current
    /// (aligned from every report now in the corpus, the current entities, lexicon and decisions),
    /// else the alignment stage is run (and stored) now. Without statements every sentence would
    /// be its own candidate and the brief would repeat facts; with a stale graph a report added
    /// since would be left out of every statement and repeat them too.
    static func alignment(articles: [Article], glossary: Glossary, workspace: Workspace, store: CorpusStore) throws -> AlignmentGraph {
        if try AlignmentService.isCurrent(store: store, workspace: workspace) { return try AlignmentService.storedGraph(store: store) }
        if isatty(2) == 1 { FileHandle.standardError.write(Data("aligning the corpus…\n".utf8)) }
        return try AlignmentService.alignCorpus(store: store, workspace: workspace, glossary: glossary)
    }
}
