import Foundation

/// Sentence-boundary scoring on documents with gold sentences (the UD-derived
/// `segmentation-dev/*.jsonl` files), shared by the tests and the benchmark so both report the
/// same figure as `scripts/bench_segmentation.py` does for the baseline splitters:
///
/// * the segmenter gets one line of the document at a time (the caller of `SentenceSegmenter`
///   splits lines);
/// * a boundary is a sentence end offset (Unicode scalars) in the document, white space trimmed;
/// * `all` scores every sentence end; `inner` leaves out those at the end of a line, which every
///   splitter gets for free;
/// * counts are summed over the documents of a language (micro average).
public enum SegmentationEvaluation {
    public struct Document: Decodable, Sendable {
        public var id: String
        public var lang: String
        public var text: String
        public var sentences: [String]
    }

    public struct Score: Sendable, CustomStringConvertible {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        public var description: String {
            String(format: "P %.4f R %.4f F1 %.4f", precision, recall, f1)
        }
    }

    public struct Result: Sendable {
        public var all = Score()
        public var inner = Score()
        /// Gold ends missed and ends invented, as (document id, offset) pairs, for inspection.
        public var missed: [(String, Int)] = []
        public var invented: [(String, Int)] = []
    }

    /// Reads one JSON object per line.
    public static func loadDocuments(_ url: URL) throws -> [Document] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        var documents: [Document] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            documents.append(try decoder.decode(Document.self, from: Data(line)))
        }
        return documents
    }

    /// Gold sentence end offsets in scalars: each sentence is searched for after the previous one.
    public static func goldEnds(_ document: Document) -> Set<Int> {
        let text = Array(document.text.unicodeScalars)
        var ends = Set<Int>()
        var position = 0
        for sentence in document.sentences {
            let needle = Array(sentence.unicodeScalars)
            guard let start = find(needle, in: text, from: position) else { continue }
            position = start + needle.count
            ends.insert(position)
        }
        return ends
    }

    /// Ends of the trimmed non-empty lines: boundaries no splitter has to find.
    public static func lineEnds(_ text: [Unicode.Scalar]) -> Set<Int> {
        var ends = Set<Int>()
        var lineStart = 0
        for p in 0...text.count where p == text.count || text[p] == "\n" {
            var e = p
            while e > lineStart, text[e - 1].properties.isWhitespace { e -= 1 }
            if e > lineStart { ends.insert(e) }
            lineStart = p + 1
        }
        return ends
    }

    /// Segments a document line by line and returns the sentence ends in document offsets.
    public static func predictedEnds(_ text: [Unicode.Scalar], segmenter: SentenceSegmenter) -> Set<Int> {
        var ends = Set<Int>()
        var lineStart = 0
        for p in 0...text.count where p == text.count || text[p] == "\n" {
            if p > lineStart {
                for range in segmenter.segment(scalars: Array(text[lineStart..<p])) {
                    ends.insert(lineStart + range.upperBound)
                }
            }
            lineStart = p + 1
        }
        return ends
    }

    public static func evaluate(_ documents: [Document], segmenter: SentenceSegmenter) -> Result {
        var result = Result()
        for document in documents {
            let text = Array(document.text.unicodeScalars)
            let gold = goldEnds(document)
            let predicted = predictedEnds(text, segmenter: segmenter)
            let free = lineEnds(text)
            add(gold: gold, predicted: predicted, to: &result.all)
            add(gold: gold.subtracting(free), predicted: predicted.subtracting(free), to: &result.inner)
            result.missed += gold.subtracting(predicted).sorted().map { (document.id, $0) }
            result.invented += predicted.subtracting(gold).sorted().map { (document.id, $0) }
        }
        return result
    }

    private static func add(gold: Set<Int>, predicted: Set<Int>, to score: inout Score) {
        let hits = gold.intersection(predicted).count
        score.truePositives += hits
        score.falsePositives += predicted.count - hits
        score.falseNegatives += gold.count - hits
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var p = from
        while p + needle.count <= haystack.count {
            if haystack[p] == first, haystack[p..<(p + needle.count)].elementsEqual(needle) { return p }
            p += 1
        }
        return nil
    }
}
