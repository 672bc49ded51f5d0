import CLibXML2
import Foundation

/// Writes a brief as XML (schema: `BriefXSD`). libxml2's xmlTextWriter escapes text and
/// attribute values (`<`, `&`, quotes, line breaks), so report text goes in as it is; characters
/// XML 1.0 cannot carry at all (C0 controls, U+FFFE/U+FFFF) are dropped first, because escaping
/// them as `&#1;` would still be ill-formed.
public enum BriefXMLWriter {
    public static func data(_ brief: Brief) throws -> Data {
        guard let buffer = xmlBufferCreate() else { throw DragomanError("cannot allocate an XML buffer") }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { throw DragomanError("cannot create an XML writer") }
        var output = Output(writer: writer)
        output.document(brief)
        xmlFreeTextWriter(writer)  // flushes into the buffer
        if let failure = output.failure { throw DragomanError("cannot write the brief XML: \(failure)") }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    public static func string(_ brief: Brief) throws -> String { String(decoding: try data(brief), as: UTF8.self) }

    /// Keeps what XML 1.0 allows: tab, line feed, carriage return and everything from U+0020 up
    /// except U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    static func xmlSafe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars where s == "\t" || s == "\n" || s == "\r" || (s.value >= 0x20 && s.value != 0xFFFE && s.value != 0xFFFF) {
            scalars.append(s)
        }
        return String(scalars)
    }

    /// Remembers the first failing libxml2 call instead of checking every return code at the call site.
    struct Output {
        let writer: xmlTextWriterPtr
        var failure: String?

        mutating func check(_ rc: Int32, _ what: String) { if rc < 0, failure == nil { failure = what } }
        mutating func start(_ name: String) { check(xmlTextWriterStartElement(writer, name), "<\(name)>") }
        mutating func end() { check(xmlTextWriterFullEndElement(writer), "end element") }
        mutating func attribute(_ name: String, _ value: String) { check(xmlTextWriterWriteAttribute(writer, name, xmlSafe(value)), "attribute \(name)") }
        mutating func text(_ value: String) { check(xmlTextWriterWriteString(writer, xmlSafe(value)), "text") }
        mutating func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
            start(name)
            for (key, value) in attributes { attribute(key, value) }
            text(value)
            end()
        }

        mutating func document(_ brief: Brief) {
            check(xmlTextWriterSetIndent(writer, 1), "indent")
            check(xmlTextWriterSetIndentString(writer, "  "), "indent string")
            check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "XML declaration")
            start("brief")
            attribute("xmlns", BriefXSD.namespace)
            attribute("version", "1")

            start("round")
            attribute("number", String(brief.round.number))
            attribute("status", brief.round.status.rawValue)
            if let date = brief.round.date { element("date", date.description, attributes: [("granularity", date.granularity.rawValue)]) }
            if let venue = brief.round.venueName, !venue.isEmpty {
                element("venue", venue, attributes: brief.round.venueEntityID.map { [("entity", $0)] } ?? [])
            }
            end()

            start("sentences")
            attribute("words", String(brief.wordCount))
            for (n, sentence) in brief.sentences.enumerated() {
                start("sentence")
                attribute("n", String(n + 1))
                attribute("statement", sentence.statementID)
                attribute("slot", sentence.slot.rawValue)
                attribute("method", sentence.method.rawValue)
                attribute("lang", sentence.language.rawValue)
                attribute("score", String(format: "%.3f", sentence.score))
                element("english", sentence.english)
                for original in sentence.originals {
                    var attributes = [("article", original.sentence.articleID), ("sentence", String(original.sentence.index)),
                                      ("lang", original.language.rawValue)]
                    if original.sentence == sentence.renderedFrom { attributes.append(("rendered", "true")) }
                    element("original", original.text, attributes: attributes)
                }
                end()
            }
            end()

            start("entities")
            for entity in brief.entities {
                start("entity")
                attribute("id", entity.id)
                attribute("kind", entity.kind.rawValue)
                attribute("mentions", String(entity.mentions))
                element("name", entity.name)
                for spelling in entity.spellings { element("spelling", spelling.text, attributes: [("lang", spelling.language.rawValue)]) }
                end()
            }
            end()

            start("sources")
            for source in brief.sources {
                start("source")
                attribute("article", source.articleID)
                attribute("lang", source.language.rawValue)
                attribute("file", source.fileName)
                if !source.cited { attribute("cited", "false") }
                if let date = source.date { element("date", date.description, attributes: [("granularity", date.granularity.rawValue)]) }
                if let title = source.title, !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    element("title", title.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                end()
            }
            end()

            end()  // brief
            check(xmlTextWriterEndDocument(writer), "end of document")
        }
    }
}
