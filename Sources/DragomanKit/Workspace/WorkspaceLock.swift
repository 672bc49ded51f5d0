import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One command at a time per workspace. Every glossary edit checks that its file did not change
/// since it was read, but between that check and the rename another process can write the same
/// file, and both commands report success while one edit is gone. Two `add`s interleave their
/// copies and store rows the same way. So a command holds the workspace's lock file while it
/// works, and a second command waits for it (saying so on stderr) instead of racing it.
///
/// The lock is a POSIX record lock (`lockf`) on `.dragoman.lock` in the workspace folder. It
/// belongs to the process: taking it again in the same process succeeds at once (a command that
/// opens its workspace twice does not wait for itself), and the kernel releases it when the
/// process ends, however it ends, so a killed command never leaves the workspace locked.
public enum WorkspaceLock {
    public static let fileName = ".dragoman.lock"

    /// Takes the lock for the rest of the process, waiting for another process that holds it.
    /// `waiting` is called once, before waiting, with a line for the user. Afterwards the
    /// leftovers of writes that a killed command interrupted are removed: while the lock is
    /// held, no other command can be in the middle of writing them.
    public static func hold(_ workspace: Workspace, waiting: (String) -> Void) throws {
        let path = workspace.root.appendingPathComponent(fileName).path
        // The descriptor stays open on purpose: closing any descriptor of the file would drop
        // the process's lock (POSIX record-lock semantics). The process's exit closes it.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DragomanError("cannot open the workspace lock file: \(String(cString: strerror(errno)))", file: path)
        }
        if lockf(descriptor, F_TLOCK, 0) != 0 {
            guard errno == EAGAIN || errno == EACCES else {
                throw DragomanError("cannot lock the workspace: \(String(cString: strerror(errno)))", file: path)
            }
            waiting("waiting for another dragoman command to finish with \(workspace.root.path) …")
            while lockf(descriptor, F_LOCK, 0) != 0 {
                guard errno == EINTR else {
                    throw DragomanError("cannot lock the workspace: \(String(cString: strerror(errno)))", file: path)
                }
            }
        }
        removeInterruptedWrites(in: workspace)
    }

    /// Temporary files of `AtomicFile.write` (".name.UUID.tmp") in the folders Dragoman writes,
    /// left by a command killed between writing and renaming. The target file is whole (the old
    /// or the new version), so the temporary file holds nothing that is not elsewhere.
    static func removeInterruptedWrites(in workspace: Workspace) {
        for folder in [workspace.root, workspace.glossary, workspace.alignments, workspace.exports] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where AtomicFile.isTemporaryName(name) {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
}
