import ArgumentParser
import DragomanKit
import Foundation

struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "The negotiation rounds found in the corpus.",
        subcommands: []
    )
}
