import DragomanKit
import Foundation

/// Entity recognition and linking on the seed gold: flat mention P/R/F1 per language and per
/// kind (exact span and type; nested gold mentions dropped), lenient overlap F1, date values,
/// B-cubed clustering F1 (see `EntityEvaluation`), then throughput on the seeds replicated.
/// The seed reports are read from the gold's own sentences, so the figures measure this stage
/// alone, not cleaning and segmentation.
enum EntityBench {
    private struct Gold: Decodable {
        struct Entity: Decodable { var id: String; var start: Int; var end: Int; var nested: Bool }
        struct GoldSentence: Decodable { var index: Int; var text: String; var start: Int; var end: Int; var role: String; var entities: [Entity] }
        struct Doc: Decodable { var language: String; var metadata: [String: String]; var title: String?; var sentences: [GoldSentence] }
        var docs: [String: Doc]
    }

    static func run(sharedData: String) throws -> String {
        let goldURL = URL(fileURLWithPath: sharedData).appendingPathComponent("seeds/gold.json")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
        let glossaryURL = BenchSupport.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")
        let glossary = try TBXReader.read(url: glossaryURL).glossary
        let (wordLists, listSeconds) = BenchSupport.time { WordLists.system() }
        let recognizer = EntityRecognizer(glossary: glossary, spotter: GlossaryTermSpotter(glossary: glossary), wordLists: wordLists)

        let articles = gold.docs.keys.sorted().map { id -> Article in
            let doc = gold.docs[id]!
            return Article(id: id, fileName: id, language: LanguageCode(doc.language),
                           publicationDate: doc.metadata["date"].flatMap(CalendarDate.init(parsing:)), title: doc.title, titleSpan: nil,
                           text: "", sentences: doc.sentences.map {
                               Sentence(index: $0.index, text: $0.text, span: TextSpan(start: $0.start, end: $0.end), paragraph: 0,
                                        role: SentenceRole(rawValue: $0.role) ?? .body)
                           }, removed: [], contentHash: id)
        }
        let result = EntityIndex.build(articles: articles, recognizer: recognizer)
        let reference = gold.docs.flatMap { id, doc in
            doc.sentences.flatMap { s in s.entities.map { e in
                EntityEvaluation.Item(document: id, sentence: s.index, span: TextSpan(start: e.start, end: e.end),
                                      tag: String(e.id.prefix { $0 != ":" }), cluster: e.id, nested: e.nested, language: doc.language)
            } }
        }
        let predicted = result.mentions.filter { $0.sentenceIndex >= 0 }.map { m in
            EntityEvaluation.Item(document: m.articleID, sentence: m.sentenceIndex, span: m.span, tag: m.kind.tag,
                                  cluster: m.entityID, nested: m.nested, language: m.language.rawValue)
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ label: String, _ p: [EntityEvaluation.Item], _ g: [EntityEvaluation.Item]) -> String {
            let s = EntityEvaluation.flat(predicted: p, reference: g), l = EntityEvaluation.flat(predicted: p, reference: g, lenient: true)
            return "| \(label) | \(f(s.precision)) | \(f(s.recall)) | \(f(s.f1)) | \(f(l.f1)) | \(s.truePositives)/\(s.predicted)/\(s.reference) |"
        }
        var lines = ["Entity recognition on the seed gold (flat: nested gold dropped; exact span + type)", "",
                     "| slice | P | R | F1 | lenient F1 | tp/pred/gold |", "|---|---|---|---|---|---|"]
        lines.append(row("all", predicted, reference))
        for language in ["de", "nl", "nb", "en"] {
            lines.append(row(language, predicted.filter { $0.language == language }, reference.filter { $0.language == language }))
        }
        for tag in ["PER", "LOC", "ORG", "FAC", "DATE"] {
            lines.append(row(tag, predicted.filter { $0.tag == tag }, reference.filter { $0.tag == tag }))
        }
        // Dates: every gold date reproduced with its value; resolved dates the gold lacks.
        var goldDates: [String: String] = [:], ourDates: [String: String] = [:]
        for (id, doc) in gold.docs { for s in doc.sentences { for e in s.entities where e.id.hasPrefix("DATE:") {
            goldDates["\(id)#\(s.index)@\(e.start)"] = String(e.id.dropFirst(5)) } } }
        for m in result.mentions where m.kind == .date { if let v = m.date?.value { ourDates["\(m.articleID)#\(m.sentenceIndex)@\(m.span.start)"] = v.description } }
        let right = goldDates.filter { ourDates[$0.key] == $0.value }.count
        lines.append("")
        lines.append("Dates: \(right)/\(goldDates.count) gold date mentions with the right value; \(ourDates.keys.filter { goldDates[$0] == nil }.count) resolved dates the gold lacks")
        let b = EntityEvaluation.bcubed(predicted: predicted, reference: reference)
        lines.append("B-cubed over \(b.matched) gold mentions matched by span: P \(f(b.precision)) R \(f(b.recall)) F1 \(f(b.f1))")
        lines.append("Glossary proposals: " + result.proposals.map { "\($0.spelling) (\($0.language)) → \($0.conceptID) \(f($0.confidence))" }.joined(separator: "; "))

        // Throughput: the seeds replicated under new ids (linking sees 200 copies of every name).
        let copies = 200
        let many = (0..<copies).flatMap { n in articles.map { a -> Article in var c = a; c.id = "\(a.id)-\(n)"; c.contentHash = c.id; return c } }
        let (_, seconds) = BenchSupport.time { EntityIndex.build(articles: many, recognizer: recognizer) }
        lines.append("")
        lines.append("Throughput: \(many.count) articles (\(many.reduce(0) { $0 + $1.sentences.count }) sentences) in \(f(seconds)) s "
                     + "= \(Int(Double(many.count) / seconds)) articles/s; word lists loaded in \(f(listSeconds)) s; peak memory \(Int(BenchSupport.peakMemoryMiB())) MiB")
        return lines.joined(separator: "\n")
    }
}
