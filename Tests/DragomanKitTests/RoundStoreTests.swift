import Foundation
import Testing
@testable import DragomanKit

/// The rounds stage on a real workspace: ingest (cleaner, segmenter), entity tables, round
/// tables; rebuilt when the corpus changes, read back otherwise.
@Suite(.enabled(if: TestPaths.hasShared)) struct RoundStoreTests {
    static func seededWorkspace() throws -> IngestFixture {
        let fixture = try IngestFixture()
        try FileManager.default.copyItem(at: EntityFixture.glossaryFile,
                                         to: fixture.workspace.glossary.appendingPathComponent(EntityFixture.glossaryFile.lastPathComponent))
        let seeds = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        _ = try fixture.ingestor.add(filesAt: seeds.map { TestPaths.corpus.appendingPathComponent($0).path })
        return fixture
    }

    @Test func analyzePersistsAndRebuildsWhenStale() throws {
        let fixture = try Self.seededWorkspace()
        let first = try RoundService.analyze(store: fixture.store, workspace: fixture.workspace)
        #expect(first.rounds.map(\.number) == [1, 2, 3])
        #expect(try !RoundService.isStale(store: fixture.store, workspace: fixture.workspace))
        // Read back from the tables: the same value.
        #expect(try RoundService.stored(store: fixture.store) == first)
        #expect(try RoundService.analyze(store: fixture.store, workspace: fixture.workspace) == first)

        // The ingested seeds against the gold: the segmenter reproduces the gold sentences, so
        // the round figure holds on the real pipeline too.
        let gold = try SeedGold.load()
        let summaries = try fixture.store.articleSummaries()
        var right = 0, total = 0
        for summary in summaries {
            let stem = String(summary.fileName.dropLast(4))
            guard let doc = gold.docs[stem] else { continue }
            let article = try fixture.store.article(id: summary.id)
            for s in doc.sentences {
                total += 1
                guard let mine = article.sentences.first(where: { $0.text == s.text }) else { continue }
                if Set(first.rounds(of: SentenceRef(articleID: summary.id, index: mine.index))) == s.round.set { right += 1 }
            }
        }
        #expect(total == 65)
        #expect(Double(right) / Double(total) >= 0.95, "\(right)/\(total)")

        // A new report about a later round: the tables are stale and the rebuild has round 4.
        let path = try fixture.write("later.txt", "date 2025-06 Die vierte Runde der Gespräche zwischen Russland und den USA fand am 12. Juni in Moskau statt. Die Delegationen sprachen über die Arbeit der Botschaften.\n")
        _ = try fixture.ingestor.add(fileAt: path)
        #expect(try RoundService.isStale(store: fixture.store, workspace: fixture.workspace))
        let second = try RoundService.analyze(store: fixture.store, workspace: fixture.workspace)
        #expect(second.rounds.map(\.number) == [1, 2, 3, 4])
        #expect(second.round(4)?.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(try RoundService.stored(store: fixture.store) == second)
    }
}
