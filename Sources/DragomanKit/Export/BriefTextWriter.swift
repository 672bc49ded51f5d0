import Foundation

/// The brief as plain text, readable as is: a heading with round, date and venue, the brief
/// sentences with their citations (and the original under each sentence that is not an
/// English report's own), then the sources.
public enum BriefTextWriter {
    public static func string(_ brief: Brief) -> String {
        let round = brief.round
        var heading = "Round \(round.number)"
        var facts: [String] = []
        if let date = round.date { facts.append(BriefText.english(date)) }
        if let venue = round.venueName, !venue.isEmpty { facts.append(venue) }
        if !facts.isEmpty { heading += " — " + facts.joined(separator: ", ") }
        heading += " (\(round.status.rawValue))"
        var lines = [heading, String(repeating: "=", count: heading.count), ""]

        if brief.sentences.isEmpty { lines.append("(The reports say nothing about this round that could be summarised.)") }
        for (n, sentence) in brief.sentences.enumerated() {
            let citations = sentence.originals.map { "\($0.sentence.articleID)#\($0.sentence.index) \($0.language.rawValue)" }.joined(separator: "; ")
            var line = "\(n + 1). \(sentence.english)"
            switch sentence.method {
            case .sourceEnglish: break
            case .glossed: line += " (glossed from \(sentence.language.name))"
            case .machineTranslated: line += " (machine-translated from \(sentence.language.name))"
            }
            line += " [\(citations)]"
            lines.append(line)
            if sentence.method != .sourceEnglish, let original = sentence.originals.first(where: { $0.sentence == sentence.renderedFrom }) {
                lines.append("   \(original.language.rawValue): \(original.text)")
            }
        }

        func line(_ source: BriefSource) -> String {
            var line = "- \(source.articleID) (\(source.language.name)"
            line += source.date.map { ", dated \($0)" } ?? ", undated"
            line += ")"
            if let title = source.title, !title.isEmpty { line += ": \(title)" }
            return line
        }
        lines += ["", "Sources (citations are article#sentence, sentences numbered from 0)"]
        lines += brief.sources.filter(\.cited).map(line)
        let uncited = brief.sources.filter { !$0.cited }
        if !uncited.isEmpty {
            lines += ["", "Also reporting on this round, not cited above"]
            lines += uncited.map(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
