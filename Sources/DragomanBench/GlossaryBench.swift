import DragomanKit
import Foundation

/// Glossary figures: reading and writing the shipped TBX, building the matcher index, and
/// matching throughput on the seed reports (repeated to get a measurable time).
enum GlossaryBench {
    static func run() throws -> String {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let tbx = root.appendingPathComponent("Glossary/diplomacy.tbx")
        var lines: [String] = []
        func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
            let start = Date()
            let value = try body()
            return (value, Date().timeIntervalSince(start))
        }
        let (glossary, readSeconds) = try time { try TBXReader.read(url: tbx).glossary }
        let (data, writeSeconds) = try time { try TBXWriter.data(glossary) }
        let (problems, validateSeconds) = try time { try GlossaryXSD.validate(data) }
        lines.append(String(format: "TBX: %d concepts, read %.1f ms, write %.1f ms, validate %.1f ms (%d problems)",
                            glossary.concepts.count, readSeconds * 1000, writeSeconds * 1000, validateSeconds * 1000, problems.count))
        var perLanguage: [String] = []
        for language in LanguageCode.supported.sorted() {
            perLanguage.append("\(language) \(glossary.concepts.reduce(0) { $0 + $1.terms(in: language).count })")
        }
        lines.append("terms: " + perLanguage.joined(separator: ", "))
        let (matcher, indexSeconds) = time { GlossaryMatcher(glossary: glossary) }
        lines.append(String(format: "matcher index: %.1f ms", indexSeconds * 1000))
        let corpus = root.appendingPathComponent("Corpus")
        let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        let identifier = try LanguageIdentifier(profileDirectory: LanguageIdentifier.defaultProfileDirectory)
        var texts: [(String, LanguageCode)] = []
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where file.pathExtension == "txt" {
            let text = try String(contentsOf: file, encoding: .utf8)
            texts.append((text, identifier.identify(text).language))
        }
        let characters = texts.reduce(0) { $0 + $1.0.unicodeScalars.count }
        let rounds = 20
        let (count, matchSeconds) = time { () -> Int in
            var total = 0
            for _ in 0..<rounds { for (text, language) in texts { total += matcher.matches(in: text, language: language).count } }
            return total / rounds
        }
        lines.append(String(format: "matching: %d matches in %d seed reports (%d scalars), %.1f ms per pass, %.0f kscalars/s",
                            count, texts.count, characters, matchSeconds * 1000 / Double(rounds), Double(characters * rounds) / matchSeconds / 1000))
        return lines.joined(separator: "\n")
    }
}
