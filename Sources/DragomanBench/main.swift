import DragomanKit
import Foundation

// `make bench` → ingest; `make bench-align` → align; `make bench-segmentation` → segmentation.
let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first ?? "ingest"
do {
    switch which {
    case "ingest":
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        print(try IngestBench.run(count: count))
    default:
        FileHandle.standardError.write(Data("usage: DragomanBench ingest [COUNT]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
}
