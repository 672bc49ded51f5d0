import CLibXML2
import Foundation

/// A thin wrapper over libxml2's xmlTextWriter (it escapes text and attributes correctly),
/// shared by the TMX and the native alignment export.
struct AlignmentXMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private(set) var failure: String?

    init() throws {
        guard let buffer = xmlBufferCreate() else { throw DragomanError("cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { xmlBufferFree(buffer); throw DragomanError("cannot create an XML writer") }
        self.buffer = buffer; self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "XML declaration")
    }

    private mutating func check(_ rc: Int32, _ what: String) { if rc < 0, failure == nil { failure = what } }
    mutating func doctype(_ name: String, system: String) {
        check(xmlTextWriterWriteDTD(writer, name, nil, system, nil), "DOCTYPE")
    }
    mutating func start(_ name: String) { check(xmlTextWriterStartElement(writer, name), "<\(name)>") }
    mutating func end() { check(xmlTextWriterFullEndElement(writer), "end element") }
    mutating func attribute(_ name: String, _ value: String) { check(xmlTextWriterWriteAttribute(writer, name, value), "attribute \(name)") }
    mutating func text(_ value: String) { check(xmlTextWriterWriteString(writer, value), "text") }
    mutating func element(_ name: String, attributes: [(String, String)] = [], text value: String) {
        start(name); for (k, v) in attributes { attribute(k, v) }; text(value); end()
    }

    /// Ends the document, frees the writer and returns the bytes.
    consuming func finish() throws -> Data {
        check(xmlTextWriterEndDocument(writer), "end of document")
        xmlFreeTextWriter(writer)
        defer { xmlBufferFree(buffer) }
        if let failure { throw DragomanError("cannot write XML: \(failure)") }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }
}

/// The native XML of an alignment graph: the reports, every link (kind, score, status) and the
/// statements with their sentences' text. Its XSD (`schema`) is written next to it.
public enum AlignmentXML {
    public static let namespace = "urn:dragoman:alignment:1"
    public static let schemaFileName = "alignment.xsd"

    public static func write(graph: AlignmentGraph, documents: [CorpusAlignDocument]) throws -> Data {
        var out = try AlignmentXMLWriter()
        out.start("alignment")
        out.attribute("xmlns", namespace)
        out.attribute("version", "1")
        out.start("reports")
        for document in documents {
            out.start("report")
            out.attribute("id", document.id); out.attribute("language", document.language.rawValue)
            out.attribute("sentences", String(document.sentences.count))
            out.end()
        }
        out.end()
        out.start("links")
        for link in graph.links {
            out.start("link")
            out.attribute("a", link.a.description); out.attribute("b", link.b.description)
            out.attribute("kind", link.kind.rawValue); out.attribute("score", String(format: "%.4f", link.score))
            out.attribute("status", link.status.rawValue)
            out.end()
        }
        out.end()
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        out.start("statements")
        for statement in graph.statements {
            out.start("statement")
            out.attribute("id", statement.id)
            for member in statement.members {
                out.start("sentence")
                out.attribute("ref", member.description)
                if let document = texts[member.articleID] {
                    out.attribute("language", document.language.rawValue)
                    if member.index < document.sentences.count { out.text(document.sentences[member.index]) }
                }
                out.end()
            }
            out.end()
        }
        out.end()
        out.end()
        return try out.finish()
    }

    /// XSD 1.0 for the native export. Sentence references are "ARTICLE#INDEX".
    public static let schema = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns:a="urn:dragoman:alignment:1"
               targetNamespace="urn:dragoman:alignment:1"
               elementFormDefault="qualified">
      <xs:simpleType name="ref">
        <xs:restriction base="xs:string"><xs:pattern value="[^#\\s]+#[0-9]+"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="probability">
        <xs:restriction base="xs:decimal"><xs:minInclusive value="0"/><xs:maxInclusive value="1"/></xs:restriction>
      </xs:simpleType>
      <xs:element name="alignment">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="reports">
              <xs:complexType><xs:sequence>
                <xs:element name="report" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="id" type="xs:string" use="required"/>
                    <xs:attribute name="language" type="xs:language" use="required"/>
                    <xs:attribute name="sentences" type="xs:nonNegativeInteger" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="links">
              <xs:complexType><xs:sequence>
                <xs:element name="link" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="a" type="a:ref" use="required"/>
                    <xs:attribute name="b" type="a:ref" use="required"/>
                    <xs:attribute name="kind" use="required">
                      <xs:simpleType><xs:restriction base="xs:string">
                        <xs:enumeration value="parallel"/><xs:enumeration value="same-fact"/>
                      </xs:restriction></xs:simpleType>
                    </xs:attribute>
                    <xs:attribute name="score" type="a:probability" use="required"/>
                    <xs:attribute name="status" use="required">
                      <xs:simpleType><xs:restriction base="xs:string">
                        <xs:enumeration value="proposed"/><xs:enumeration value="confirmed"/><xs:enumeration value="rejected"/>
                      </xs:restriction></xs:simpleType>
                    </xs:attribute>
                  </xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="statements">
              <xs:complexType><xs:sequence>
                <xs:element name="statement" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType><xs:sequence>
                    <xs:element name="sentence" minOccurs="2" maxOccurs="unbounded">
                      <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
                        <xs:attribute name="ref" type="a:ref" use="required"/>
                        <xs:attribute name="language" type="xs:language"/>
                      </xs:extension></xs:simpleContent></xs:complexType>
                    </xs:element>
                  </xs:sequence>
                  <xs:attribute name="id" type="xs:ID" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="version" type="xs:string" use="required"/>
        </xs:complexType>
        <xs:unique name="uniqueLink">
          <xs:selector xpath="a:links/a:link"/>
          <xs:field xpath="@a"/><xs:field xpath="@b"/>
        </xs:unique>
      </xs:element>
    </xs:schema>
    """

    /// Validates bytes against `schema`; returns the problems, empty when valid.
    public static func validate(_ data: Data) throws -> [String] {
        try AlignmentValidation.validateXSD(data, schema: schema, name: "alignment.xml")
    }
}

/// libxml2 validation against an in-memory XSD or DTD, collecting the messages.
enum AlignmentValidation {
    static func validateXSD(_ data: Data, schema: String, name: String) throws -> [String] {
        try XMLSchemaValidation.validate(data, schema: schema, schemaName: "alignment", documentName: name)
    }

    /// DTD validation (xmlIOParseDTD from memory + xmlValidateDtd). libxml2 reports DTD errors
    /// through variadic callbacks Swift cannot implement, so the message is its last error.
    static func validateDTD(_ data: Data, dtd: String, name: String) throws -> [String] {
        let bytes = Array(dtd.utf8)
        guard let input = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlParserInputBufferCreateMem($0, Int32(buffer.count), XML_CHAR_ENCODING_UTF8)
            }
        }) else { throw DragomanError("cannot read the DTD") }
        // xmlIOParseDTD takes ownership of the input buffer.
        guard let parsed = xmlIOParseDTD(nil, input, XML_CHAR_ENCODING_UTF8) else { throw DragomanError("the DTD does not parse") }
        defer { xmlFreeDtd(parsed) }
        guard let document = parse(data, name: name) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let context = xmlNewValidCtxt() else { throw DragomanError("cannot create the DTD validator") }
        defer { xmlFreeValidCtxt(context) }
        xmlResetLastError()
        if xmlValidateDtd(context, document, parsed) == 1 { return [] }
        let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "invalid"
        return [message]
    }

    private static func parse(_ data: Data, name: String) -> xmlDocPtr? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, nil, options)
        }
    }
}
