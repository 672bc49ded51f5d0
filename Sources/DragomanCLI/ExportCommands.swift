import ArgumentParser
import DragomanKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export per-round briefs as XML or text.",
        subcommands: []
    )
}
