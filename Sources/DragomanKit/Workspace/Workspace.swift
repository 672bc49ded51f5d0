import Foundation

/// A workspace is a folder with `Corpus/` (articles as added, byte for byte), `Glossary/`,
/// `Alignments/`, `Exports/`, and one SQLite database (`dragoman.sqlite`) that indexes and
/// caches everything derived from those files.
public struct Workspace: Sendable {
    public let root: URL
    public static let databaseName = "dragoman.sqlite"

    public var corpus: URL { root.appendingPathComponent("Corpus", isDirectory: true) }
    public var glossary: URL { root.appendingPathComponent("Glossary", isDirectory: true) }
    public var alignments: URL { root.appendingPathComponent("Alignments", isDirectory: true) }
    public var exports: URL { root.appendingPathComponent("Exports", isDirectory: true) }
    public var databasePath: String { root.appendingPathComponent(Self.databaseName).path }

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Creates the folders (keeping whatever exists).
    public static func create(at root: URL) throws -> Workspace {
        let workspace = Workspace(root: root)
        for folder in [workspace.corpus, workspace.glossary, workspace.alignments, workspace.exports] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        return workspace
    }

    /// Starts `Glossary/` from the TBX files of `source` (a `.tbx` file or a folder of them): a new
    /// workspace gets the curated diplomacy glossary, so "Lawrow", "Moskau" and "Kirentworth"
    /// link to their entities from the first article on. Each file is read first (a broken file
    /// is refused with its name and nothing is written, not even the folder), and a file already
    /// in `Glossary/` is never overwritten: the user's glossary wins. Returns the names copied.
    @discardableResult
    public func seedGlossary(from source: URL) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
            throw DragomanError("no such glossary file or folder", file: source.path)
        }
        let files = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(at: source, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension.lowercased() == "tbx" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            : [source]
        guard !files.isEmpty else { throw DragomanError("no .tbx files in the folder", file: source.path) }
        let wanted = files.filter { !FileManager.default.fileExists(atPath: glossary.appendingPathComponent($0.lastPathComponent).path) }
        var contents: [(String, Data)] = []
        for file in wanted {
            guard let data = FileManager.default.contents(atPath: file.path) else { throw DragomanError("cannot read the glossary", file: file.path) }
            _ = try TBXReader.read(data: data, file: file.path)
            contents.append((file.lastPathComponent, data))
        }
        if !contents.isEmpty { try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true) }
        for (name, data) in contents { try AtomicFile.write(data, to: glossary.appendingPathComponent(name)) }
        return contents.map(\.0)
    }

    /// Opens an existing workspace: the folder must have a `Corpus/` folder.
    public static func open(at root: URL) throws -> Workspace {
        let workspace = Workspace(root: root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace.corpus.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DragomanError("not a Dragoman workspace (no Corpus/ folder); create one with dragoman init", file: root.path)
        }
        for folder in [workspace.glossary, workspace.alignments, workspace.exports] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        return workspace
    }

    /// The workspace's store, after finishing any removal a killed process left half-done
    /// (`CorpusRemoval.finishInterrupted`).
    public func openStore() throws -> CorpusStore {
        let store = try CorpusStore(path: databasePath)
        CorpusRemoval.finishInterrupted(store: store, workspace: self)
        return store
    }

    /// Files in `Corpus/`, sorted by name, hidden and temporary files left out.
    public func corpusFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { !$0.lastPathComponent.hasPrefix(".") && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
