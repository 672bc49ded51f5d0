import CLibXML2
import Foundation

/// Writes a glossary as TBX v3, TBX-Basic dialect in DCA style, in exactly the layout of the
/// shipped `Glossary/diplomacy.tbx`: two-space indentation, header elements on one line, concept
/// data categories in a fixed order (subjectField, definition, note, crossReference refs),
/// languages sorted by code,
/// terms in model order, term data categories in a fixed order (partOfSpeech, grammaticalGender,
/// termType, administrativeStatus, context, note, source). The same glossary always gives the
/// same bytes, so a diff of the file shows exactly what an edit changed. Elements the reader
/// kept without reading them (`Concept.keptXML` and the like) are written back verbatim after
/// Dragoman's own categories of their element, so an edit never drops a CAT tool's or a user's
/// data; exports leave them out (`keepUnread: false`), since they are validated against
/// Dragoman's TBX-Basic schema, which does not know them.
///
/// libxml2's xmlTextWriter does the escaping (`&`, `<`, `>` in text; quotes and line breaks in
/// attributes); the indentation is written raw so the layout does not depend on libxml2's
/// auto-indent rules (which would split `<titleStmt><title>…</title></titleStmt>`).
public enum TBXWriter {
    /// TBX v3 (ISO 30042:2019, DCA style) is what the workspace keeps. TBX v2 (`martif`,
    /// `termEntry`/`langSet`/`tig`, the 2008 TBX-Basic) is an export for CAT tools that predate
    /// v3, translate-toolkit among them; it carries the same data categories.
    public enum Dialect: String, Sendable, CaseIterable {
        case v3, v2
        var root: String { self == .v3 ? "tbx" : "martif" }
        var header: String { self == .v3 ? "tbxHeader" : "martifHeader" }
        var entry: String { self == .v3 ? "conceptEntry" : "termEntry" }
        var language: String { self == .v3 ? "langSec" : "langSet" }
        var term: String { self == .v3 ? "termSec" : "tig" }
    }

    public static let namespace = "urn:iso:std:iso:30042:ed-2"
    static let xmlModel = "href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\""

    public static func data(_ glossary: Glossary, dialect: Dialect = .v3, keepUnread: Bool = true) throws -> Data {
        guard let buffer = xmlBufferCreate() else { throw DragomanError("cannot allocate an XML buffer") }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { throw DragomanError("cannot create an XML writer") }
        var output = Output(writer: writer, dialect: dialect, keepUnread: keepUnread)
        output.document(glossary)
        // Frees the writer and flushes everything into the buffer.
        xmlFreeTextWriter(writer)
        if let failure = output.failure { throw DragomanError("cannot write TBX: \(failure)") }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    public static func string(_ glossary: Glossary, dialect: Dialect = .v3, keepUnread: Bool = true) throws -> String {
        String(decoding: try data(glossary, dialect: dialect, keepUnread: keepUnread), as: UTF8.self)
    }

    /// Terms grouped by language in code order, model order kept within a language: the order
    /// the file has, so reading a written file gives back an equal concept.
    static func languageGroups(_ concept: Concept) -> [(LanguageCode, [Term])] {
        var groups: [LanguageCode: [Term]] = [:]
        for term in concept.terms { groups[term.language, default: []].append(term) }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    /// A thin layer over the writer that remembers the first failure instead of checking every
    /// return code at the call site.
    private struct Output {
        let writer: xmlTextWriterPtr
        let dialect: Dialect
        let keepUnread: Bool
        var failure: String?

        init(writer: xmlTextWriterPtr, dialect: Dialect, keepUnread: Bool) {
            self.writer = writer; self.dialect = dialect; self.keepUnread = keepUnread
        }

        mutating func check(_ rc: Int32, _ what: String) {
            if rc < 0, failure == nil { failure = what }
        }
        mutating func raw(_ text: String) { check(xmlTextWriterWriteRaw(writer, text), "raw text") }
        mutating func newline(_ depth: Int) { raw("\n" + String(repeating: "  ", count: depth)) }
        mutating func start(_ name: String) { check(xmlTextWriterStartElement(writer, name), "<\(name)>") }
        mutating func end() { check(xmlTextWriterFullEndElement(writer), "end element") }
        mutating func attribute(_ name: String, _ value: String) {
            check(xmlTextWriterWriteAttribute(writer, name, value), "attribute \(name)")
        }
        mutating func text(_ value: String) { check(xmlTextWriterWriteString(writer, value), "text") }

        /// Elements kept verbatim from the file read, one per line at `depth`.
        mutating func kept(_ elements: [String], depth: Int) {
            guard keepUnread else { return }
            for element in elements { newline(depth); raw(element) }
        }

        /// `<name type="…">text</name>` on one line at `depth`.
        mutating func leaf(_ name: String, type: String? = nil, _ value: String, depth: Int) {
            newline(depth)
            start(name)
            if let type { attribute("type", type) }
            text(value)
            end()
        }

        mutating func document(_ glossary: Glossary) {
            check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "XML declaration")
            if dialect == .v3 {
                check(xmlTextWriterWritePI(writer, "xml-model", TBXWriter.xmlModel), "xml-model")
                raw("\n")
            }
            start(dialect.root)
            attribute("type", "TBX-Basic")
            if dialect == .v3 { attribute("style", "dca") }
            attribute("xml:lang", glossary.sourceLanguage.rawValue)
            if dialect == .v3 { attribute("xmlns", TBXWriter.namespace) }
            newline(1); start(dialect.header)
            newline(2); start("fileDesc")
            if let title = glossary.title {
                newline(3); start("titleStmt"); start("title"); text(title); end(); end()
            }
            for paragraph in glossary.sourceDescription {
                newline(3); start("sourceDesc"); start("p"); text(paragraph); end(); end()
            }
            kept(glossary.keptFileDescXML, depth: 3)
            newline(2); end()  // fileDesc
            kept(glossary.keptHeaderXML, depth: 2)
            newline(1); end()  // tbxHeader
            newline(1); start("text")
            newline(2); start("body")
            for concept in glossary.concepts { conceptEntry(concept) }
            newline(2); end()  // body
            newline(1); end()  // text
            newline(0); end()  // tbx
            check(xmlTextWriterEndDocument(writer), "end of document")  // writes the final newline
        }

        mutating func conceptEntry(_ concept: Concept) {
            newline(3); start(dialect.entry); attribute("id", concept.id)
            leaf("descrip", type: "subjectField", concept.subjectField, depth: 4)
            if let definition = concept.definition { leaf("descrip", type: "definition", definition, depth: 4) }
            if let note = concept.note { leaf("note", note, depth: 4) }
            for target in concept.related {
                newline(4); start("ref"); attribute("type", "crossReference"); attribute("target", target); text(target); end()
            }
            kept(concept.keptXML, depth: 4)
            for (language, terms) in TBXWriter.languageGroups(concept) {
                newline(4); start(dialect.language); attribute("xml:lang", language.rawValue)
                kept(concept.keptLanguageXML[language] ?? [], depth: 5)
                for term in terms { termSec(term) }
                newline(4); end()
            }
            newline(3); end()
        }

        mutating func termSec(_ term: Term) {
            newline(5); start(dialect.term)
            leaf("term", term.text, depth: 6)
            if let value = term.partOfSpeech { leaf("termNote", type: "partOfSpeech", value, depth: 6) }
            if let value = term.grammaticalGender { leaf("termNote", type: "grammaticalGender", value, depth: 6) }
            if let value = term.termType { leaf("termNote", type: "termType", value, depth: 6) }
            leaf("termNote", type: "administrativeStatus", term.status.tbxValue, depth: 6)
            if let value = term.context { leaf("descrip", type: "context", value, depth: 6) }
            if let value = term.note { leaf("note", value, depth: 6) }
            if let value = term.source { leaf("admin", type: "source", value, depth: 6) }
            kept(term.keptXML, depth: 6)
            newline(5); end()
        }
    }
}
