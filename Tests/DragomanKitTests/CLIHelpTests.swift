import Foundation
import Testing
@testable import DragomanKit

/// The help of every command, read as a user reads it in an 80-column terminal (the width the
/// argument parser wraps to when the output is not a terminal).
@Suite("Command-line help", .enabled(if: DragomanBinary.url != nil, "needs the dragoman binary beside the tests"))
struct CLIHelpTests {
    /// Every command path under `dragoman`, found by reading the SUBCOMMANDS sections of the help
    /// itself, so a new command is checked without being listed here.
    static func commandPaths() throws -> [[String]] {
        var paths: [[String]] = [], queue: [[String]] = [[]]
        while let path = queue.first {
            queue.removeFirst()
            paths.append(path)
            let (_, help, _) = try CLIErrorTests.run(["help"] + path)
            var inSubcommands = false
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "SUBCOMMANDS:" { inSubcommands = true; continue }
                guard inSubcommands else { continue }
                if line.isEmpty { break }
                // "  name    abstract" (the name at two spaces); abstracts continue further in.
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
                queue.append(path + [String(name)])
            }
        }
        return paths
    }

    /// The discussion above USAGE is wrapped by the argument parser, never by hand: a prose line
    /// the next word would still have fitted on is a break written into the source (it showed as
    /// "the same fact in" / "other words" lines), and an example command is one line a user can
    /// copy.
    @Test func helpIsWrappedOnceAndExamplesFitOnALine() throws {
        let paths = try Self.commandPaths()
        #expect(paths.count > 20, "the walk found the command tree: \(paths)")
        var problems: [String] = []
        func isProse(_ text: String) -> Bool { !text.isEmpty && !text.hasPrefix(" ") }
        for path in paths {
            let (status, help, _) = try CLIErrorTests.run(["help"] + path)
            #expect(status == 0)
            let command = (["dragoman"] + path).joined(separator: " ")
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let discussion = lines.prefix { !$0.hasPrefix("USAGE:") }
            for (line, next) in zip(discussion, discussion.dropFirst()) {
                if line.hasPrefix("  dragoman") || line.hasPrefix("Example: dragoman"), !next.isEmpty, !next.hasPrefix("  ") {
                    problems.append("\(command): example wraps: \(line) / \(next)")
                }
                // The parser fills lines to 79 columns at most.
                if isProse(line), isProse(next), !next.hasPrefix("Example"),
                   let word = next.split(separator: " ").first, line.count + 1 + word.count < 80 {
                    problems.append("\(command): ragged break after \"\(line)\"")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
