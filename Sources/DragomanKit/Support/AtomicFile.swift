import Foundation

/// Writes files so that a reader sees the old content or the new, never a truncated mix: write a
/// temporary file in the same folder, flush it, then rename it over the target.
public enum AtomicFile {
    /// - Parameter durable: also flush the new file to disk before the rename. Atomicity against a
    ///   killed process needs only the rename; `durable` adds safety against power loss at the
    ///   cost of an fsync per file; ingest does without it (its store runs with synchronous =
    ///   NORMAL, the same guarantee).
    ///
    /// Errors name the file being written (never the temporary one, which the user never sees)
    /// and the problem: "Exports/round-5.txt: cannot write the file (in Exports/): Operation not permitted".
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DragomanError("cannot create the folder \(folder.path): \((error as NSError).localizedDescription)", file: url.path)
        }
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
        do {
            guard createNew(data, atPath: temporary.path, durable: durable) else {
                throw DragomanError("cannot write the file (in \(folder.path)/): \(String(cString: strerror(errno)))", file: url.path)
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw DragomanError("cannot replace the file: \(String(cString: strerror(errno)))", file: url.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    static func temporaryName(for name: String) -> String { ".\(name).\(UUID().uuidString).tmp" }

    /// Whether a file name is one `temporaryName` makes (what a killed write leaves behind).
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: "."), stem.distance(from: stem.startIndex, to: dot) > 1 else { return false }
        return UUID(uuidString: String(stem[stem.index(after: dot)...])) != nil
    }

    /// What `update` did.
    public enum Outcome: Sendable, Equatable {
        /// The file now holds the new content.
        case written
        /// The file held that content already and was not touched (so it was not checked for
        /// being writable either): report it as unchanged, not as written.
        case unchanged
    }

    /// Writes `data` to `url` atomically unless the file holds exactly that already. A failed
    /// write throws, as `write` does.
    @discardableResult
    public static func update(_ data: Data, at url: URL, durable: Bool = true) throws -> Outcome {
        if let existing = FileManager.default.contents(atPath: url.path), existing == data { return .unchanged }
        try write(data, to: url, durable: durable)
        return .written
    }

    /// Creates a file that must not exist yet and writes `data` into it, with plain POSIX calls:
    /// `FileManager.createFile` writes through a temporary file of its own and flushes it to
    /// disk, which made every ingested article cost two file creations and an fsync.
    /// Returns false (with `errno` set) on failure, leaving no file behind.
    public static func createNew(_ data: Data, atPath path: String, durable: Bool = false) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return false }
                offset += written
            }
            return true
        }
        if ok && durable { ok = fsync(fd) == 0 }
        let saved = errno
        if close(fd) != 0 && ok { ok = false }
        if !ok { unlink(path); errno = saved }
        return ok
    }

    public static func write(_ text: String, to url: URL, durable: Bool = true) throws {
        try write(Data(text.utf8), to: url, durable: durable)
    }
}
