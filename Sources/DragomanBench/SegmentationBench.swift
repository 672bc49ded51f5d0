import DragomanKit
import Foundation

/// Sentence segmentation and language identification on the UD dev documents: boundary F1 per
/// language (scored like `scripts/bench_segmentation.py` scores the Python baselines, so the
/// two tables compare), language-identification accuracy, and throughput.
enum SegmentationBench {
    /// `sharedData` is the `shared` directory beside the checkout, or its `data` folder, or the
    /// `segmentation-dev` folder itself.
    static func run(sharedData: String) throws -> String {
        let root = URL(fileURLWithPath: sharedData, isDirectory: true)
        let candidates = [root.appendingPathComponent("data/segmentation-dev"), root.appendingPathComponent("segmentation-dev"), root]
        guard let directory = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("de.jsonl").path) }) else {
            throw DragomanError("no segmentation-dev/*.jsonl under it", file: sharedData)
        }
        let codes = ["de", "nl", "nb", "en"]
        var documents: [String: [SegmentationEvaluation.Document]] = [:]
        for code in codes {
            documents[code] = try SegmentationEvaluation.loadDocuments(directory.appendingPathComponent("\(code).jsonl"))
        }

        var report = "Sentence boundary F1 (all ends / inner ends = not at a line end), one line at a time\n"
        report += pad("lang", 5) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + pad("inner P", 9) + pad("R", 8) + pad("F1", 8) + pad("scalars/s", 11) + "sentences\n"
        for code in codes {
            let docs = documents[code]!
            let segmenter = SentenceSegmenter(language: LanguageCode(code))
            let result = SegmentationEvaluation.evaluate(docs, segmenter: segmenter)
            // Throughput of `segment` alone, over every line, repeated to last long enough to time.
            let lines = docs.flatMap { $0.text.split(separator: "\n").map(String.init) }
            let scalars = lines.reduce(0) { $0 + $1.unicodeScalars.count }
            var sentences = 0
            let rounds = 20
            let seconds = time {
                for _ in 0..<rounds { for line in lines { sentences += segmenter.segment(line).count } }
            }
            let rate = Double(scalars * rounds) / seconds
            report += pad(code, 5) + number(result.all.precision) + number(result.all.recall) + number(result.all.f1)
            report += " " + number(result.inner.precision) + number(result.inner.recall) + number(result.inner.f1)
            report += pad(String(format: "%.0f", rate), 11) + "\(sentences / rounds)\n"
        }

        let identifier = try LanguageIdentifier.load()
        report += "\nLanguage identification (all languages loaded; nb must beat da/sv/nn)\n"
        report += pad("lang", 5) + pad("sentences≥40", 14) + pad("accuracy", 10) + pad("docs", 6) + pad("accuracy", 10) + "errors\n"
        var articles: [(text: String, code: String)] = []
        for code in codes {
            let docs = documents[code]!
            let sentences = docs.flatMap(\.sentences).filter { $0.unicodeScalars.count >= 40 }
            var errors: [String: Int] = [:]
            for sentence in sentences {
                let guess = identifier.identify(sentence).language.rawValue
                if guess != code { errors[guess, default: 0] += 1 }
            }
            let paragraphs = docs.filter { $0.text.unicodeScalars.count >= 40 }
            let wrongParagraphs = paragraphs.filter { identifier.identify($0.text).language.rawValue != code }.count
            let sentenceAccuracy = 1 - Double(errors.values.reduce(0, +)) / Double(sentences.count)
            let paragraphAccuracy = 1 - Double(wrongParagraphs) / Double(paragraphs.count)
            let errorList = errors.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
            report += pad(code, 5) + pad("\(sentences.count)", 14) + number(sentenceAccuracy, width: 10)
            report += pad("\(paragraphs.count)", 6) + number(paragraphAccuracy, width: 10) + errorList + "\n"
            articles += docs.filter { $0.text.unicodeScalars.count >= 1500 }.map { ($0.text, code) }
        }
        // Article-sized texts (1,500+ scalars), as the ingest identifies them.
        let rounds = 5
        var right = 0
        let seconds = time {
            for _ in 0..<rounds { for article in articles where identifier.identify(article.text).language.rawValue == article.code { right += 1 } }
        }
        let meanLength = Double(articles.reduce(0) { $0 + $1.text.unicodeScalars.count }) / Double(max(1, articles.count))
        report += String(format: "identify: %.3f ms per article-sized text (%d texts of 1,500+ scalars, mean %.0f; %d/%d right)\n",
                         seconds / Double(rounds * max(1, articles.count)) * 1000, articles.count, meanLength,
                         right / rounds, articles.count)
        return report
    }

    private static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func number(_ value: Double, width: Int = 8) -> String {
        pad(String(format: "%.4f", value), width)
    }
}
