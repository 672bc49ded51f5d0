import Foundation

/// Takes articles back out of a workspace: their files out of `Corpus/` (and their `--lang`,
/// `--date`, `--encoding` overrides), their rows out of the store, all or nothing.
///
/// The store loses the articles' rows (sentences, full-text index, removed spans, entity
/// mentions, round assignments: `ON DELETE CASCADE` and triggers) and the tables every later
/// stage built from the whole corpus (entities, rounds, the alignment graph): those were computed
/// with the articles, so they are emptied and rebuilt, as if the articles had never been added,
/// by the next command that needs them (`dragoman align` for the alignment; `export` realigns by
/// itself). `Alignments/alignment.*` and `Exports/` are left as they are until those commands
/// rewrite them.
///
/// The user's decisions in `Alignments/decisions.tsv` that name a removed article are not lost
/// silently: they are kept and reported (orphaned: they apply to nothing until an article with
/// that id is added again, e.g. the same file re-added with a corrected `--date`), or deleted
/// when asked (`dropDecisions`).
///
/// The store changes in one transaction; the files are moved aside inside it and put back if
/// anything fails, so a failed removal leaves `Corpus/`, the overrides, the decisions and the
/// store as they were.
public enum CorpusRemoval {
    public struct RemovedArticle: Codable, Sendable, Equatable {
        public var id: String
        public var fileName: String
    }

    public struct Report: Codable, Sendable, Equatable {
        public var removed: [RemovedArticle]
        /// The decisions that name a removed article.
        public var decisions: [AlignmentDecision]
        /// True when those decisions were deleted from the file; false when they were kept.
        public var decisionsDropped: Bool
        /// True when a stored alignment graph was dropped (realign with `dragoman align`).
        public var alignmentDropped: Bool
    }

    /// Where a test makes the removal fail: after the store's rows are deleted, after the files
    /// and overrides are changed, after the decisions are written (all inside the transaction).
    enum Step: Sendable { case store, files, decisions }

    /// Removes the articles with these ids (an unknown id is an error, and nothing is removed).
    public static func remove(articleIDs: [String], store: CorpusStore, workspace: Workspace, dropDecisions: Bool = false) throws -> Report {
        try remove(articleIDs: articleIDs, store: store, workspace: workspace, dropDecisions: dropDecisions, failpoint: { _ in })
    }

    static func remove(articleIDs: [String], store: CorpusStore, workspace: Workspace, dropDecisions: Bool,
                       failpoint: (Step) throws -> Void) throws -> Report {
        var removed: [RemovedArticle] = []
        for id in articleIDs where !removed.contains(where: { $0.id == id }) {
            guard try store.articleExists(id: id) else { throw DragomanError("no article \(id) in the corpus (dragoman list shows the ids); nothing removed") }
            removed.append(RemovedArticle(id: id, fileName: try store.fileName(ofArticle: id)))
        }
        let ids = Set(removed.map(\.id))
        // Read everything that will change first: a broken decisions or overrides file stops
        // the removal before anything is touched.
        let decisions = try AlignmentDecisions.load(from: workspace)
        let named = decisions.decisions.filter { ids.contains($0.a.articleID) || ids.contains($0.b.articleID) }
        let decisionsURL = AlignmentDecisions.url(in: workspace)
        let decisionsBefore = FileManager.default.contents(atPath: decisionsURL.path)
        var overrides = try IngestOverrides.load(from: workspace)
        let overridesURL = IngestOverrides.url(in: workspace)
        let overridesBefore = FileManager.default.contents(atPath: overridesURL.path)
        let overridesChange = removed.contains { overrides.entries[$0.fileName] != nil }
        for article in removed { overrides.entries[article.fileName] = nil }
        let alignmentDropped = try AlignmentService.hasStoredGraph(store: store)

        var moved: [(file: URL, aside: URL)] = []
        var overridesWritten = false, decisionsWritten = false
        do {
            try store.database.transaction {
                for article in removed { try store.deleteArticle(id: article.id) }
                try EntityIndex.deleteStored(in: store)
                try RoundService.deleteStored(in: store)
                try AlignmentService.deleteStored(in: store)
                try failpoint(.store)
                for article in removed {
                    let file = workspace.corpus.appendingPathComponent(article.fileName)
                    guard FileManager.default.fileExists(atPath: file.path) else { continue }   // already deleted by hand
                    // Hidden, so no listing or reindex sees it; deleted once the store has committed.
                    let aside = workspace.corpus.appendingPathComponent(asidePrefix + "\(UUID().uuidString)-\(article.fileName)")
                    guard rename(file.path, aside.path) == 0 else {
                        throw DragomanError("cannot take the file out of Corpus/: \(String(cString: strerror(errno))); nothing removed", file: file.path)
                    }
                    moved.append((file, aside))
                }
                if overridesChange { try overrides.save(to: workspace); overridesWritten = true }
                try failpoint(.files)
                if dropDecisions && !named.isEmpty {
                    try AlignmentDecisions(decisions.decisions.filter { !named.contains($0) }).save(to: workspace)
                    decisionsWritten = true
                }
                try failpoint(.decisions)
            }
        } catch {
            for (file, aside) in moved.reversed() { _ = rename(aside.path, file.path) }
            if overridesWritten, let overridesBefore { try? AtomicFile.write(overridesBefore, to: overridesURL) }
            if decisionsWritten, let decisionsBefore { try? AtomicFile.write(decisionsBefore, to: decisionsURL) }
            throw error
        }
        for (_, aside) in moved { try? FileManager.default.removeItem(at: aside) }
        return Report(removed: removed, decisions: named, decisionsDropped: dropDecisions && !named.isEmpty, alignmentDropped: alignmentDropped)
    }

    /// Files moved aside by a removal are named `.removing-<UUID>-<file name>`.
    static let asidePrefix = ".removing-"

    /// Finishes what a removal killed half-way left behind (called whenever a workspace's store
    /// is opened). A file moved aside whose article the store still has belongs to a removal
    /// that never committed: it goes back to its name. One whose article is gone belongs to a
    /// committed removal that did not get to delete it: it is deleted. The check runs in a
    /// write transaction, so a removal still running in another process is waited for, not
    /// undone. Best effort: a store that stays locked leaves the files for the next command.
    public static func finishInterrupted(store: CorpusStore, workspace: Workspace) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path))?
            .filter { $0.hasPrefix(asidePrefix) } ?? []
        guard !names.isEmpty else { return }
        try? store.database.transaction {
            for name in names {
                // ".removing-" + 36-character UUID + "-" + the file's own name.
                let rest = name.dropFirst(asidePrefix.count)
                guard rest.count > 37, UUID(uuidString: String(rest.prefix(36))) != nil else { continue }
                let fileName = String(rest.dropFirst(37))
                let aside = workspace.corpus.appendingPathComponent(name), file = workspace.corpus.appendingPathComponent(fileName)
                if try store.fileNameExists(fileName), !FileManager.default.fileExists(atPath: file.path) {
                    _ = rename(aside.path, file.path)
                } else {
                    try? FileManager.default.removeItem(at: aside)
                }
            }
        }
    }
}
