/// Identifies the language of a text among the supported ones and tells which other language an
/// unsupported text looks like. (First version: function-word counts; to be replaced by n-grams.)
public struct LanguageIdentifier: Sendable {
    public struct Guess: Sendable, Equatable {
        public var language: LanguageCode
        /// 0…1, how far ahead of the runner-up the best language is.
        public var confidence: Double
    }

    public init() {}

    private static let markers: [LanguageCode: Set<String>] = [
        .german: ["der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "dem", "den", "eine", "wird"],
        .dutch: ["de", "het", "een", "en", "van", "is", "niet", "met", "zijn", "op", "dat", "wordt", "heeft"],
        .norwegian: ["og", "i", "er", "det", "ikke", "med", "som", "på", "til", "har", "av", "en", "vil"],
        .english: ["the", "and", "of", "is", "not", "with", "to", "in", "that", "on", "has", "will", "a"],
    ]

    public func identify(_ text: String) -> Guess {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        var best: (LanguageCode, Int) = (.english, -1), second = 0
        for language in LanguageCode.supported {
            let score = words.filter { Self.markers[language]!.contains($0) }.count
            if score > best.1 { second = max(second, best.1); best = (language, score) } else { second = max(second, score) }
        }
        let confidence = best.1 <= 0 ? 0 : Double(best.1 - second) / Double(best.1)
        return Guess(language: best.0, confidence: confidence)
    }
}
