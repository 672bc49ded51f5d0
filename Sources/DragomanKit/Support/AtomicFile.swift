import Foundation

/// Writes files so that a reader sees the old content or the new, never a truncated mix: write a
/// temporary file in the same folder, flush it, then rename it over the target.
public enum AtomicFile {
    /// - Parameter durable: also flush the new file to disk before the rename. Atomicity against a
    ///   killed process needs only the rename; `durable` adds safety against power loss at the
    ///   cost of an fsync per file, which batch ingest replaces by one `sync()` at the end.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw DragomanError("cannot write a temporary file", file: temporary.path)
            }
            if durable {
                let handle = try FileHandle(forWritingTo: temporary)
                try handle.synchronize()
                try handle.close()
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw DragomanError("cannot replace the file: \(String(cString: strerror(errno)))", file: url.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    public static func write(_ text: String, to url: URL, durable: Bool = true) throws {
        try write(Data(text.utf8), to: url, durable: durable)
    }
}
