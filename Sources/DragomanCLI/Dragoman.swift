import ArgumentParser
import DragomanKit
import Foundation
import Synchronization

@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Align, index and summarise multilingual news reports on one diplomatic story.",
        discussion: """
        A workspace is a folder with Corpus/, Glossary/, Alignments/, Exports/ and a database. \
        Every command works on the workspace given by --workspace (default: the current folder).

        Examples:
          dragoman init ~/talks
          dragoman add --workspace ~/talks report.txt page.html
          dragoman remove --workspace ~/talks page
          dragoman list --json
          dragoman show 001_2320f2ca084baa4e --removed
          dragoman search "Botschaft*"
        """,
        subcommands: [Init.self, Add.self, Remove.self, List.self, Show.self, Search.self, Reindex.self,
                      GlossaryCommand.self, EntitiesCommand.self, AlignCommand.self, AlignFiles.self,
                      RoundsCommand.self, ExportCommand.self]
    )

    /// Runs a command body and turns a DragomanError into one line on stderr and exit code 1.
    static func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch let error as DragomanError {
            FileHandle.standardError.write(Data("dragoman: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder.")
    var workspace: String = "."

    /// The workspace, with its lock held until the command ends (`WorkspaceLock`): a second
    /// command on the same workspace waits rather than races this one.
    func open() throws -> Workspace {
        let opened = try Workspace.open(at: URL(fileURLWithPath: workspace))
        try WorkspaceLock.hold(opened) { FileHandle.standardError.write(Data("dragoman: \($0)\n".utf8)) }
        return opened
    }
}

/// Prints a value as JSON on stdout, keys sorted so output is stable for scripts.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

func makeLanguageIdentifier() throws -> LanguageIdentifier { try LanguageIdentifier.load() }

/// Turns SIGINT and SIGTERM into a request a long command polls between steps, so it can stop
/// where nothing is half-done (`CorpusIngestor.add(filesAt:shouldStop:)`). A second signal
/// while the first is being honoured is ignored; `stop()` restores the default handlers.
final class InterruptWatch {
    private final class Flag: Sendable { let value = Mutex(false) }
    private let flag = Flag()
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [flag] in flag.value.withLock { $0 = true } }
            source.resume()
            sources.append(source)
        }
    }

    var requested: Bool { flag.value.withLock { $0 } }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL); signal(SIGTERM, SIG_DFL)
    }
}
