import Foundation

/// The lexicon for aligning one language pair with `BitextAligner` (benchmark mode,
/// `dragoman align-files`): the workspace store's cached dictionary when it has the pair (either
/// direction), otherwise the Debian freedict dictionaries of the pair, both directions merged
/// as AlignmentBench does for Text+Berg (deu-fra + fra-deu reversed). nil when none exists.
public enum AlignmentPairLexicon {
    static let threeLetter: [String: String] = ["de": "deu", "fr": "fra", "en": "eng", "nl": "nld", "nb": "nor", "no": "nor",
                                                 "da": "dan", "sv": "swe", "it": "ita", "es": "spa"]

    public static func lexicon(_ from: LanguageCode, _ to: LanguageCode, workspace: URL?, dictd: String = "/usr/share/dictd") throws -> BilingualLexicon? {
        if let workspace, FileManager.default.fileExists(atPath: workspace.appendingPathComponent(Workspace.databaseName).path) {
            let store = try Workspace(root: workspace).openStore()
            let cache = LexiconCache(store: store)
            let forward = try cache.lexicon(from: from, to: to)
            if !forward.isEmpty { return forward }
            let backward = try cache.lexicon(from: to, to: from)
            if !backward.isEmpty { return backward.reversed() }
        }
        guard let f = threeLetter[from.rawValue], let t = threeLetter[to.rawValue] else { return nil }
        var result: BilingualLexicon? = nil
        let forwardPath = "\(dictd)/freedict-\(f)-\(t)", backwardPath = "\(dictd)/freedict-\(t)-\(f)"
        if FileManager.default.fileExists(atPath: forwardPath + ".index") {
            result = try DictdDictionary(path: forwardPath).lexicon(source: from, target: to)
        }
        if FileManager.default.fileExists(atPath: backwardPath + ".index") {
            let reversed = try DictdDictionary(path: backwardPath).lexicon(source: to, target: from).reversed()
            result = result.map { $0.merging(reversed) } ?? reversed
        }
        return result
    }

    /// A bead in the Text+Berg gold format with its score: `[0, 1]:[0]:0.83`.
    public static func format(_ bead: Bead) -> String {
        "[\(bead.source.map(String.init).joined(separator: ", "))]:[\(bead.target.map(String.init).joined(separator: ", "))]:" + String(format: "%.2f", bead.score)
    }
}
