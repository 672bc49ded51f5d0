/// Keeps the parallel stretches between reports consistent with what a translation is.
///
/// Translation is an equivalence: two reports that each translate a third translate each other.
/// So the reports joined by parallel stretches form families, and two reports of one family in
/// the same language must be parallel themselves (there the evidence is strong: same stems, a
/// bar of `parallelLexicalSameLanguage`): when they were compared and read as different texts
/// (`readAsDifferent`), the family cannot hold both. Two independent reports that tell one event
/// in the same order, one sentence per fact, chain along a diagonal much as a translation does;
/// when a machine translation of one of them exists in the other's language, the two
/// "translations" of one text would have to be near-copies, and they are not. The stronger
/// stretch wins.
///
/// Two reports of one family in different languages need no stretch of their own: a weak
/// dictionary (Norwegian–Dutch goes through English) may miss a true translation pair, and
/// nothing then says they disagree.
enum ParallelFamilies {
    typealias Stretch = (ClosedRange<Int>, ClosedRange<Int>)

    /// How well the sentences of a pair's stretches find a counterpart: the mean, over every row
    /// and column of each stretch, of its best lexical similarity inside the stretch (0 for a
    /// sentence with no candidate there). A translation renders every sentence whole; two
    /// reports of one event leave details unmatched on both sides.
    static func strength(of stretches: [Stretch], cells: [CorpusAligner.Candidate]) -> Double {
        var total = 0.0, count = 0
        for (rows, columns) in stretches {
            var rowBest: [Int: Double] = [:], columnBest: [Int: Double] = [:]
            for cell in cells where rows.contains(cell.i1) && columns.contains(cell.i2) {
                rowBest[cell.i1] = max(rowBest[cell.i1] ?? 0, cell.features.lexical)
                columnBest[cell.i2] = max(columnBest[cell.i2] ?? 0, cell.features.lexical)
            }
            for row in rows { total += rowBest[row] ?? 0; count += 1 }
            for column in columns { total += columnBest[column] ?? 0; count += 1 }
        }
        return count == 0 ? 0 : total / Double(count)
    }

    /// Whether two reports in one language were compared and read as different texts: at
    /// least `minimumRows` sentences of the first have candidates in the second, and their best
    /// lexical similarities average below `bar` (the same-language chain bar). Two copies of one
    /// wire story score near 1 wherever they were compared; two reports of one event 0.4–0.6. A
    /// pair the candidate index never compared (in a big corpus each sentence keeps only its
    /// best few dozen candidates, so many copies of one story are not all compared with each
    /// other) is no evidence either way.
    static func readAsDifferent(_ cells: [CorpusAligner.Candidate], minimumRows: Int, bar: Double) -> Bool {
        var rowBest: [Int: Double] = [:]
        for cell in cells { rowBest[cell.i1] = max(rowBest[cell.i1] ?? 0, cell.features.lexical) }
        guard rowBest.count >= minimumRows else { return false }
        return rowBest.values.reduce(0, +) / Double(rowBest.count) < bar
    }

    /// The stretches that survive: pairs of reports in decreasing strength join their families
    /// unless that would put two reports of one language into one family that have no stretch
    /// between them and were read as different texts (`different`, keyed like `stretches`:
    /// report positions, first << 32 | second).
    static func consistent(_ stretches: [Int64: [Stretch]], strength: [Int64: Double],
                           languages: [LanguageCode], different: Set<Int64>) -> [Int64: [Stretch]] {
        func key(_ x: Int, _ y: Int) -> Int64 { Int64(min(x, y)) << 32 | Int64(max(x, y)) }
        var family = Array(languages.indices)
        var members = Dictionary(uniqueKeysWithValues: languages.indices.map { ($0, [$0]) })
        func root(_ x: Int) -> Int {
            var x = x
            while family[x] != x { family[x] = family[family[x]]; x = family[x] }
            return x
        }
        // Strongest first; ties by key so the outcome never depends on hashing order.
        let order = stretches.keys.sorted { (strength[$0] ?? 0, $1) > (strength[$1] ?? 0, $0) }
        var kept: Set<Int64> = []
        for pair in order {
            let x = root(Int(pair >> 32)), y = root(Int(pair & 0xFFFF_FFFF))
            if x == y { kept.insert(pair); continue }
            let clash = members[x]!.contains { u in
                members[y]!.contains { v in languages[u] == languages[v] && stretches[key(u, v)] == nil && different.contains(key(u, v)) }
            }
            if clash { continue }
            family[y] = x
            members[x]! += members[y]!
            members[y] = nil
            kept.insert(pair)
        }
        return stretches.filter { kept.contains($0.key) }
    }
}
