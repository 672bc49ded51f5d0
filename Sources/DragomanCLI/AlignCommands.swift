import ArgumentParser
import DragomanKit
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the reports by sentence.",
        subcommands: []
    )
}

struct AlignFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align-files",
        abstract: "Align two pre-segmented files (one sentence per line) and print beads.")
}
