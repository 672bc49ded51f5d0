import DragomanKit
import Foundation

// One entry point for every stage's benchmark; each prints its figures (and ratios against a
// baseline run in the same process where there is one). Run from the repository root, release:
//   make bench            → ingest
//   make bench-align      → align (Text+Berg, 50k×50k speed) and corpus-align (seed gold, 400 reports)
//   make bench-segmentationary, bench-entities
let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first ?? "ingest"
let shared = BenchSupport.sharedData
do {
    switch which {
    case "ingest":
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        print(try IngestBench.run(count: count))
    case "segmentation":
        print(try SegmentationBench.run(sharedData: shared))
    case "align":
        _ = try AlignmentBench.run(sharedData: shared)  // prints as it goes
    case "corpus-align":
        _ = try CorpusAlignBench.run(sharedData: shared, seedOnly: arguments.dropFirst().first == "seed")  // prints as it goes
    case "glossary":
        print(try GlossaryBench.run())
    case "entities":
        print(try EntityBench.run(sharedData: shared))
    default:
        FileHandle.standardError.write(Data("usage: DragomanBench ingest [COUNT] | segmentation | align | corpus-align [seed] | glossary | entities\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
}
