import CLibXML2
import Foundation

/// Reads TBX into a `Glossary`. Two structures are understood:
///
/// * TBX v3 (ISO 30042:2019), DCA style, as Dragoman writes it: `tbx` › `text` › `body` ›
///   `conceptEntry` › `langSec` › `termSec`, with the TBX-Basic data categories.
/// * TBX v2 / TBX-Basic 2008 (`martif` › `termEntry` › `langSet` › `tig` or `ntig`/`termGrp`),
///   which most CAT tools still export; `descripGrp` wrappers are looked into.
///
/// A `langSec` holding `term` directly (no `termSec`, a common hand-written slip) is read as if
/// each `term` and the data categories after it were a `termSec`. Elements Dragoman has no field
/// for (`transacGrp`, `xref`, an `admin` or `descrip` of another type, a header's
/// `encodingDesc`…) are kept verbatim in the value (`keptXML`), so writing the glossary back
/// keeps them where they were; those that carry data the workbench could have used are named in
/// `warnings` (kept, not used). Structural errors (not XML, no concepts where there should be, a term
/// without a language) fail with a message naming the element.
public enum TBXReader {
    public struct Result: Sendable {
        public var glossary: Glossary
        /// Data that was not read, one line each ("concept X: ignored <descrip type="foo">").
        public var warnings: [String]
    }

    public static func read(url: URL) throws -> Result {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DragomanError("cannot read the file", file: url.path)
        }
        return try read(data: data, file: url.path)
    }

    public static func read(data: Data, file: String? = nil) throws -> Result {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), file ?? "glossary.tbx", nil, options)
        }
        guard let document else {
            let detail = xmlGetLastError().map { error -> String in
                let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "malformed XML"
                return "line \(error.pointee.line): \(message)"
            } ?? "malformed XML"
            throw DragomanError("not well-formed XML (\(detail))", file: file)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw DragomanError("empty XML document", file: file) }
        var parser = Parser(file: file)
        let glossary = try parser.document(root)
        return Result(glossary: glossary, warnings: parser.warnings)
    }

    private struct Parser {
        let file: String?
        var warnings: [String] = []

        func fail(_ message: String) -> DragomanError { DragomanError(message, file: file) }

        mutating func document(_ root: xmlNodePtr) throws -> Glossary {
            let rootName = name(root)
            guard rootName == "tbx" || rootName == "martif" else {
                throw fail("the root element is <\(rootName)>, not <tbx> (TBX v3) or <martif> (TBX v2)")
            }
            var glossary = Glossary(sourceLanguage: language(of: root) ?? .english)
            if let header = child(root, "tbxHeader") ?? child(root, "martifHeader") {
                for part in children(header) where name(part) != "fileDesc" { glossary.keptHeaderXML.append(xml(part)) }
                if let fileDesc = child(header, "fileDesc") {
                    for part in children(fileDesc) {
                        switch name(part) {
                        case "titleStmt":
                            if let title = child(part, "title") { glossary.title = content(title) }
                        case "sourceDesc":
                            for paragraph in children(part) where name(paragraph) == "p" {
                                glossary.sourceDescription.append(content(paragraph))
                            }
                        default:
                            glossary.keptFileDescXML.append(xml(part))
                        }
                    }
                }
            }
            guard let text = child(root, "text") else { throw fail("<\(rootName)> has no <text> element") }
            guard let body = child(text, "body") else { throw fail("<text> has no <body> element") }
            for entry in children(body) {
                switch name(entry) {
                case "conceptEntry", "termEntry": glossary.concepts.append(try concept(entry))
                default: warnings.append("ignored <\(name(entry))> in <body>")
                }
            }
            return glossary
        }

        mutating func concept(_ entry: xmlNodePtr) throws -> Concept {
            let elementName = name(entry)
            guard let id = attribute(entry, "id"), !id.isEmpty else {
                throw fail("a <\(elementName)> has no id attribute (line \(xmlGetLineNo(entry)))")
            }
            var concept = Concept(id: id, subjectField: "")
            var hasSubject = false
            for node in children(entry) {
                let element = name(node)
                switch element {
                case "langSec", "langSet":
                    var kept: [String] = []
                    let found = try terms(in: node, concept: id, kept: &kept)
                    concept.terms += found
                    if !kept.isEmpty, let language = found.first?.language ?? language(of: node) {
                        concept.keptLanguageXML[language, default: []] += kept
                    }
                case "descripGrp":
                    // TBX v2 wraps a descrip with its source; the descrip is what we keep.
                    for inner in children(node) {
                        if name(inner) == "descrip" { conceptCategory(inner, into: &concept, hasSubject: &hasSubject) }
                        else { keep(inner, in: &concept.keptXML, "concept \(id)") }
                    }
                case "descrip":
                    conceptCategory(node, into: &concept, hasSubject: &hasSubject)
                case "note":
                    concept.note = content(node)
                case "transacGrp":
                    // Dates and responsibilities of changes: the file's history, kept unread.
                    concept.keptXML.append(xml(node))
                case "ref" where attribute(node, "type") == "crossReference":
                    // A concept relation: the target is a concept id of this glossary (the
                    // checker reports one that is not); the element's text is only a label.
                    if let target = attribute(node, "target"), !target.isEmpty {
                        if !concept.related.contains(target) { concept.related.append(target) }
                    } else {
                        keep(node, in: &concept.keptXML, "concept \(id)")
                    }
                default:
                    keep(node, in: &concept.keptXML, "concept \(id)")
                }
            }
            if !hasSubject { concept.subjectField = "general" }
            return concept
        }

        mutating func conceptCategory(_ node: xmlNodePtr, into concept: inout Concept, hasSubject: inout Bool) {
            switch attribute(node, "type") {
            case "subjectField": concept.subjectField = content(node); hasSubject = true
            case "definition": concept.definition = content(node)
            default: keep(node, in: &concept.keptXML, "concept \(concept.id)")
            }
        }

        mutating func terms(in langSec: xmlNodePtr, concept: String, kept: inout [String]) throws -> [Term] {
            guard let language = language(of: langSec, inherit: false) else {
                throw fail("concept \(concept): <\(name(langSec))> has no xml:lang attribute (line \(xmlGetLineNo(langSec)))")
            }
            var result: [Term] = []
            // A bare <term> directly in the langSec opens a term; its siblings up to the next
            // <term> describe it.
            var bare: Term?
            for node in children(langSec) {
                let element = name(node)
                switch element {
                case "termSec", "tig", "ntig":
                    if let open = bare { result.append(open); bare = nil }
                    result.append(try term(node, language: language, concept: concept))
                case "term":
                    if let open = bare { result.append(open) }
                    bare = Term(language: language, text: content(node))
                case _ where bare != nil && ["termNote", "descrip", "descripGrp", "note", "admin", "adminGrp", "transacGrp"].contains(element):
                    termCategory(node, into: &bare!, concept: concept)
                default:
                    keep(node, in: &kept, "concept \(concept) [\(language)]")
                }
            }
            if let open = bare { result.append(open) }
            return result
        }

        mutating func term(_ section: xmlNodePtr, language: LanguageCode, concept: String) throws -> Term {
            var term = Term(language: language, text: "")
            var found = false
            func visit(_ node: xmlNodePtr, _ parser: inout Parser) {
                switch parser.name(node) {
                case "term": term.text = parser.content(node); found = true
                case "termGrp": for inner in parser.children(node) { visit(inner, &parser) }
                default: parser.termCategory(node, into: &term, concept: concept)
                }
            }
            for node in children(section) { visit(node, &self) }
            guard found else {
                throw fail("concept \(concept): a <\(name(section))> in language \(language) has no <term> (line \(xmlGetLineNo(section)))")
            }
            return term
        }

        mutating func termCategory(_ node: xmlNodePtr, into term: inout Term, concept: String) {
            let element = name(node)
            let type = attribute(node, "type")
            let value = content(node)
            switch (element, type) {
            case ("termNote", "partOfSpeech"): term.partOfSpeech = value
            case ("termNote", "grammaticalGender"): term.grammaticalGender = value
            case ("termNote", "termType"): term.termType = value
            case ("termNote", "administrativeStatus"), ("termNote", "normativeAuthorization"):
                if let status = Self.status(value) { term.status = status }
                else { warnings.append("concept \(concept): unknown administrativeStatus \(value) for \(term.text), read as admitted") }
            case ("descrip", "context"): term.context = value
            case ("note", _): term.note = value
            case ("admin", "source"): term.source = value
            case ("descripGrp", _), ("adminGrp", _):
                for inner in children(node) { termCategory(inner, into: &term, concept: concept) }
            default:
                keep(node, in: &term.keptXML, "concept \(concept), term \(term.text)")
            }
        }

        /// TBX-Basic values, the short forms some tools write, and TBX v3 core values mapped to
        /// the nearest Dragoman status.
        static func status(_ value: String) -> Term.Status? {
            if let status = Term.Status(tbxValue: value) { return status }
            switch value {
            case "preferred", "standardizedTerm-admn-sts", "legalTerm-admn-sts", "regulatedTerm-admn-sts": return .preferred
            case "admitted": return .admitted
            case "deprecated", "notRecommendedTerm-admn-sts": return .deprecated
            case "superseded", "obsoleteTerm-admn-sts": return .superseded
            case "forbidden": return .forbidden
            default: return nil
            }
        }

        /// Keeps an element Dragoman does not read, and says so unless it is a change record
        /// (`transacGrp`), which is the file's history rather than data the workbench could use.
        mutating func keep(_ node: xmlNodePtr, in kept: inout [String], _ owner: String) {
            kept.append(xml(node))
            if name(node) != "transacGrp" {
                warnings.append("\(owner): <\(name(node))\(typeSuffix(node))> kept in the file, not used")
            }
        }

        // MARK: - libxml2 helpers

        /// The element as XML, exactly as it stands in the file (its inner white space too).
        func xml(_ node: xmlNodePtr) -> String {
            guard let buffer = xmlBufferCreate() else { return "" }
            defer { xmlBufferFree(buffer) }
            _ = xmlNodeDump(buffer, node.pointee.doc, node, 0, 0)
            guard let content = xmlBufferContent(buffer) else { return "" }
            return String(cString: content)
        }

        func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

        func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
            var result: [xmlNodePtr] = []
            var cursor = node.pointee.children
            while let current = cursor {
                if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
                cursor = current.pointee.next
            }
            return result
        }

        func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? { children(node).first { self.name($0) == name } }

        func content(_ node: xmlNodePtr) -> String {
            guard let raw = xmlNodeGetContent(node) else { return "" }
            defer { dragoman_xml_free(raw) }
            return String(cString: raw)
        }

        func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            guard let raw = xmlGetProp(node, name) else { return nil }
            defer { dragoman_xml_free(raw) }
            return String(cString: raw)
        }

        /// `xml:lang`, or a plain `lang` as some TBX v2 tools write it.
        func language(of node: xmlNodePtr, inherit: Bool = false) -> LanguageCode? {
            if let raw = xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace") {
                defer { dragoman_xml_free(raw) }
                return Self.languageCode(String(cString: raw))
            }
            return attribute(node, "lang").map(Self.languageCode)
        }

        /// "de-DE" → de, "no"/"nb-NO" → nb: the glossary keys languages by ISO 639-1 code.
        static func languageCode(_ tag: String) -> LanguageCode {
            let primary = String(tag.split(separator: "-").first ?? Substring(tag)).split(separator: "_").first.map(String.init) ?? tag
            return LanguageCode.parse(primary) ?? LanguageCode(primary)
        }

        func typeSuffix(_ node: xmlNodePtr) -> String {
            attribute(node, "type").map { " type=\"\($0)\"" } ?? ""
        }
    }
}
