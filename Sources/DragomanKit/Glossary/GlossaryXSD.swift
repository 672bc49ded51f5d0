import CLibXML2
import Foundation

/// The XML Schema of the TBX subset Dragoman writes (TBX v3 core structure, TBX-Basic data
/// categories, DCA style), used to validate every export before it leaves the workbench.
///
/// XSD 1.0 cannot tie a `termNote`'s allowed values to its `type` attribute, so the values are
/// the union of the TBX-Basic picklists; the reader and the checker enforce the pairing. Two
/// Dragoman extensions are allowed on purpose: the grammatical gender `common` (Dutch and
/// Norwegian de-words/felleskjønn) and the status `forbiddenTerm-admn-sts` (see `Term.Status`).
public enum GlossaryXSD {
    public static let schema = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns:tbx="urn:iso:std:iso:30042:ed-2"
               targetNamespace="urn:iso:std:iso:30042:ed-2"
               elementFormDefault="qualified">
      <xs:simpleType name="nonEmpty">
        <xs:restriction base="xs:string"><xs:minLength value="1"/><xs:pattern value="\S(.*\S)?"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="language">
        <xs:restriction base="xs:language"><xs:pattern value="[a-z]{2,3}(-[A-Za-z0-9]+)*"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="conceptID">
        <xs:restriction base="xs:ID"><xs:pattern value="[a-z][a-z0-9]*(-[a-z0-9]+)*"/></xs:restriction>
      </xs:simpleType>
      <!-- Not xs:IDREF: a related concept may live in another glossary file of the workspace;
           the checker reports a target no file defines. -->
      <xs:simpleType name="conceptReference">
        <xs:restriction base="xs:string"><xs:pattern value="[a-z][a-z0-9]*(-[a-z0-9]+)*"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="termNoteValue">
        <xs:restriction base="xs:string">
          <xs:enumeration value="noun"/><xs:enumeration value="verb"/><xs:enumeration value="adjective"/>
          <xs:enumeration value="adverb"/><xs:enumeration value="properNoun"/><xs:enumeration value="other"/>
          <xs:enumeration value="masculine"/><xs:enumeration value="feminine"/><xs:enumeration value="neuter"/>
          <xs:enumeration value="common"/>
          <xs:enumeration value="fullForm"/><xs:enumeration value="acronym"/><xs:enumeration value="abbreviation"/>
          <xs:enumeration value="shortForm"/><xs:enumeration value="variant"/><xs:enumeration value="phrase"/>
          <xs:enumeration value="preferredTerm-admn-sts"/><xs:enumeration value="admittedTerm-admn-sts"/>
          <xs:enumeration value="deprecatedTerm-admn-sts"/><xs:enumeration value="supersededTerm-admn-sts"/>
          <xs:enumeration value="forbiddenTerm-admn-sts"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:complexType name="typedText">
        <xs:simpleContent><xs:extension base="tbx:nonEmpty"><xs:attribute name="type" type="xs:string" use="required"/></xs:extension></xs:simpleContent>
      </xs:complexType>

      <xs:element name="tbx">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="tbxHeader">
              <xs:complexType><xs:sequence>
                <xs:element name="fileDesc">
                  <xs:complexType><xs:sequence>
                    <xs:element name="titleStmt" minOccurs="0">
                      <xs:complexType><xs:sequence><xs:element name="title" type="xs:string"/></xs:sequence></xs:complexType>
                    </xs:element>
                    <xs:element name="sourceDesc" minOccurs="0" maxOccurs="unbounded">
                      <xs:complexType><xs:sequence><xs:element name="p" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
                    </xs:element>
                  </xs:sequence></xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="text">
              <xs:complexType><xs:sequence>
                <xs:element name="body">
                  <xs:complexType><xs:sequence>
                    <xs:element name="conceptEntry" type="tbx:conceptEntry" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="type" type="xs:string" fixed="TBX-Basic" use="required"/>
          <xs:attribute name="style" type="xs:string" fixed="dca" use="required"/>
          <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
        </xs:complexType>
      </xs:element>

      <xs:complexType name="conceptEntry">
        <xs:sequence>
          <xs:element name="descrip" minOccurs="1" maxOccurs="2">
            <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
              <xs:attribute name="type" use="required">
                <xs:simpleType><xs:restriction base="xs:string">
                  <xs:enumeration value="subjectField"/><xs:enumeration value="definition"/>
                </xs:restriction></xs:simpleType>
              </xs:attribute>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
          <xs:element name="note" type="xs:string" minOccurs="0"/>
          <xs:element name="ref" minOccurs="0" maxOccurs="unbounded">
            <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
              <xs:attribute name="type" type="xs:string" fixed="crossReference" use="required"/>
              <xs:attribute name="target" type="tbx:conceptReference" use="required"/>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
          <xs:element name="langSec" type="tbx:langSec" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="tbx:conceptID" use="required"/>
      </xs:complexType>

      <xs:complexType name="langSec">
        <xs:sequence>
          <xs:element name="termSec" type="tbx:termSec" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
      </xs:complexType>

      <xs:complexType name="termSec">
        <xs:sequence>
          <xs:element name="term" type="tbx:nonEmpty"/>
          <xs:element name="termNote" minOccurs="1" maxOccurs="4">
            <xs:complexType><xs:simpleContent><xs:extension base="tbx:termNoteValue">
              <xs:attribute name="type" use="required">
                <xs:simpleType><xs:restriction base="xs:string">
                  <xs:enumeration value="partOfSpeech"/><xs:enumeration value="grammaticalGender"/>
                  <xs:enumeration value="termType"/><xs:enumeration value="administrativeStatus"/>
                </xs:restriction></xs:simpleType>
              </xs:attribute>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
          <xs:element name="descrip" minOccurs="0">
            <xs:complexType><xs:simpleContent><xs:extension base="tbx:nonEmpty">
              <xs:attribute name="type" use="required">
                <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="context"/></xs:restriction></xs:simpleType>
              </xs:attribute>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
          <xs:element name="note" type="xs:string" minOccurs="0"/>
          <xs:element name="admin" minOccurs="0">
            <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
              <xs:attribute name="type" use="required">
                <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="source"/></xs:restriction></xs:simpleType>
              </xs:attribute>
            </xs:extension></xs:simpleContent></xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>
    </xs:schema>
    """#

    /// The same structure for TBX v2 exports: no namespace, `martif`/`termEntry`/`langSet`/`tig`,
    /// no `style` attribute.
    public static var schemaV2: String {
        var text = schema
            .replacingOccurrences(of: "\n           xmlns:tbx=\"urn:iso:std:iso:30042:ed-2\"\n           targetNamespace=\"urn:iso:std:iso:30042:ed-2\"", with: "")
            .replacingOccurrences(of: "\"tbx:", with: "\"")
            .replacingOccurrences(of: "<xs:attribute name=\"style\" type=\"xs:string\" fixed=\"dca\" use=\"required\"/>", with: "")
        for (v3, v2) in [("\"tbx\"", "\"martif\""), ("\"tbxHeader\"", "\"martifHeader\""), ("\"conceptEntry\"", "\"termEntry\""),
                         ("\"langSec\"", "\"langSet\""), ("\"termSec\"", "\"tig\"")] {
            text = text.replacingOccurrences(of: "name=" + v3, with: "name=" + v2).replacingOccurrences(of: "type=" + v3, with: "type=" + v2)
        }
        return text
    }

    /// Validates TBX bytes against `schema` (or `schemaV2`); returns the problems ("line N:
    /// message"), empty when the document is valid. XSD 1.0 cannot say "every langSec has
    /// xml:lang", so that is checked here too.
    public static func validate(_ data: Data, dialect: TBXWriter.Dialect = .v3) throws -> [String] {
        try XMLSchemaValidation.validate(data, schema: dialect == .v3 ? schema : schemaV2, schemaName: "glossary",
                                         documentName: "export.tbx", extraChecks: missingLanguages)
    }

    /// `langSec` elements and the root without `xml:lang`.
    private static func missingLanguages(_ document: xmlDocPtr) -> [String] {
        var problems: [String] = []
        func visit(_ node: xmlNodePtr) {
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            if name == "langSec" || name == "tbx" || name == "langSet" || name == "martif" {
                if let value = xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace") {
                    dragoman_xml_free(value)
                } else {
                    problems.append("line \(xmlGetLineNo(node)): <\(name)> has no xml:lang")
                }
            }
            var cursor = node.pointee.children
            while let child = cursor {
                if child.pointee.type == XML_ELEMENT_NODE { visit(child) }
                cursor = child.pointee.next
            }
        }
        if let root = xmlDocGetRootElement(document) { visit(root) }
        return problems
    }
}
