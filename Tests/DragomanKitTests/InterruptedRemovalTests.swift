import Foundation
import Testing
@testable import DragomanKit

/// A removal killed between moving a file aside and deleting it (or before its transaction
/// committed) leaves a hidden `.removing-…` file; the next command that opens the store
/// finishes the job either way, so no article loses its file and no stray copy stays.
@Suite("Finishing an interrupted removal")
struct InterruptedRemovalTests {
    static func aside(_ fixture: SearchFixture, _ fileName: String) -> URL {
        fixture.workspace.corpus.appendingPathComponent(CorpusRemoval.asidePrefix + UUID().uuidString + "-" + fileName)
    }
    static func hidden(_ fixture: SearchFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.workspace.corpus.path).filter { $0.hasPrefix(".removing-") }
    }

    /// Killed before the commit: the store still has the article, so its file goes back.
    @Test func aFileOfAnUncommittedRemovalGoesBack() throws {
        let fixture = try RemovalTexts.workspace()
        let file = fixture.workspace.corpus.appendingPathComponent("nl.txt")
        let content = try Data(contentsOf: file)
        #expect(rename(file.path, Self.aside(fixture, "nl.txt").path) == 0)
        #expect(try !fixture.workspace.corpusFiles().map(\.lastPathComponent).contains("nl.txt"))

        let store = try fixture.workspace.openStore()
        #expect(try Data(contentsOf: file) == content)
        #expect(try Self.hidden(fixture).isEmpty)
        #expect(try store.articleExists(id: "nl"))
    }

    /// Killed after the commit: the article is gone from the store, so the copy is deleted.
    @Test func aFileOfACommittedRemovalIsDeleted() throws {
        let fixture = try RemovalTexts.workspace()
        let file = fixture.workspace.corpus.appendingPathComponent("nl.txt")
        try fixture.store.database.transaction { try fixture.store.deleteArticle(id: "nl") }
        #expect(rename(file.path, Self.aside(fixture, "nl.txt").path) == 0)

        let store = try fixture.workspace.openStore()
        #expect(try Self.hidden(fixture).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try !store.articleExists(id: "nl"))
        #expect(try fixture.workspace.corpusFiles().map(\.lastPathComponent) == ["de.txt", "en.txt"])
    }

    /// Other hidden files, and names that are not a removal's, are left alone.
    @Test func otherHiddenFilesAreLeftAlone() throws {
        let fixture = try RemovalTexts.workspace()
        let names = [".removing-notes.txt", ".draft.txt"]
        for name in names { try Data("x".utf8).write(to: fixture.workspace.corpus.appendingPathComponent(name)) }
        _ = try fixture.workspace.openStore()
        for name in names { #expect(FileManager.default.fileExists(atPath: fixture.workspace.corpus.appendingPathComponent(name).path)) }
    }
}
