/// Signs that an English sentence keeps a German, Dutch or Norwegian word order, as clumsy
/// machine translations do: a clause that ends in its auxiliary ("… the visas in time issued
/// had,") or a fronted adverb or participle followed by the auxiliary and then the subject
/// ("Actually should the round …", "Begun had the talks …"). Fluent English puts the auxiliary
/// before its verb and the subject before both. The signs are few and narrow on purpose: the
/// brief uses them to prefer one English sentence over another that says the same, and a sign
/// that fires on fluent English would cost a good sentence.
enum EnglishWordOrder {
    static let auxiliaries: Set<String> = ["had", "has", "have", "is", "are", "was", "were", "be", "been", "will", "would",
                                           "can", "could", "shall", "should", "must", "may", "might"]
    static let determiners: Set<String> = ["the", "a", "an", "their", "its", "our", "his", "her", "both", "this", "these", "those", "all"]
    /// Participles that do not end in -ed or -en.
    static let irregularParticiples: Set<String> = ["begun", "held", "done", "met", "told", "said", "made"]

    /// Whether the sentence shows one of the signs.
    static func showsForeignOrder(_ sentence: String) -> Bool {
        // Clauses end at punctuation, not at quotation marks: 'said flights were "not part of
        // these talks"' goes on inside the quotation.
        let clauseEnds: Set<Character> = [",", ";", ":", ".", "?", "!", "(", ")", "\u{2013}", "\u{2014}"]
        for clause in sentence.split(whereSeparator: { clauseEnds.contains($0) }) {
            let words = Self.words(String(clause))
            if words.count >= 3, auxiliaries.contains(words[words.count - 1]) { return true }
        }
        let words = Self.words(sentence)
        guard words.count >= 3 else { return false }
        let first = words[0]
        let fronted = first.hasSuffix("ly") || first.hasSuffix("ed") || irregularParticiples.contains(first)
        return fronted && auxiliaries.contains(words[1]) && determiners.contains(words[2])
    }

    /// Per report, the share of its sentences that show a sign.
    static func shares(_ reports: [(id: String, sentences: [String])]) -> [String: Double] {
        var result: [String: Double] = [:]
        for report in reports where !report.sentences.isEmpty {
            result[report.id] = Double(report.sentences.filter(showsForeignOrder).count) / Double(report.sentences.count)
        }
        return result
    }

    private static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }.map { $0.lowercased() }
    }
}
