import ArgumentParser
import DragomanKit

@main
struct Dragoman: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Align, index and summarise multilingual news reports on one diplomatic story.",
        subcommands: []
    )
}
