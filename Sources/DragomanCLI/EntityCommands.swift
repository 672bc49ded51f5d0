import ArgumentParser
import DragomanKit
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the named entities and dates of the corpus.",
        subcommands: []
    )
}
