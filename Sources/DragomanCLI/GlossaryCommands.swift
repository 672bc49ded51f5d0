import ArgumentParser
import DragomanKit
import Foundation

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Edit and exchange the glossary.",
        subcommands: []
    )
}
