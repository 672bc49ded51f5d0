/// The XML Schema of a round's brief export (`Exports/round-N.xml`). The export command also
/// writes it to `Exports/dragoman-brief.xsd`, so the repository ships the schema beside the
/// exports it describes; every export is validated against it before it is written.
///
/// Beyond structure the schema checks references: entity ids and source article ids are unique
/// (`xs:key`), and every original a sentence cites is one of the listed sources (`xs:keyref`),
/// so a brief cannot cite a report it does not list.
public enum BriefXSD {
    public static let namespace = "urn:dragoman:brief:1"
    public static let fileName = "dragoman-brief.xsd"

    public static let schema = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns:b="urn:dragoman:brief:1"
               targetNamespace="urn:dragoman:brief:1"
               elementFormDefault="qualified">
      <xs:annotation><xs:documentation>
        Dragoman per-round brief. Sentence numbers are 0-based indexes into a report's sentences
        (as in SentenceRef "article#index"). Dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www.
      </xs:documentation></xs:annotation>

      <xs:simpleType name="nonEmpty">
        <xs:restriction base="xs:string"><xs:minLength value="1"/><xs:pattern value="\S(.*\S)?"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="text">
        <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="language">
        <xs:restriction base="xs:language"><xs:pattern value="[a-z]{2,3}"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="calendarDate">
        <xs:restriction base="xs:string"><xs:pattern value="\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3]))?"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="granularity">
        <xs:restriction base="xs:string">
          <xs:enumeration value="year"/><xs:enumeration value="month"/><xs:enumeration value="week"/><xs:enumeration value="day"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="roundStatus">
        <xs:restriction base="xs:string"><xs:enumeration value="held"/><xs:enumeration value="announced"/><xs:enumeration value="cancelled"/></xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="method">
        <xs:restriction base="xs:string">
          <xs:enumeration value="source-english"/><xs:enumeration value="glossed"/><xs:enumeration value="machine-translated"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="slot">
        <xs:restriction base="xs:string">
          <xs:enumeration value="when-where"/><xs:enumeration value="who"/><xs:enumeration value="agenda"/>
          <xs:enumeration value="said"/><xs:enumeration value="results"/><xs:enumeration value="next-steps"/>
          <xs:enumeration value="background"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="entityKind">
        <xs:restriction base="xs:string">
          <xs:enumeration value="person"/><xs:enumeration value="place"/><xs:enumeration value="organisation"/>
          <xs:enumeration value="property"/><xs:enumeration value="date"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:complexType name="dated">
        <xs:simpleContent>
          <xs:extension base="b:calendarDate">
            <xs:attribute name="granularity" type="b:granularity" use="required"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>
      <xs:complexType name="venue">
        <xs:simpleContent>
          <xs:extension base="b:nonEmpty">
            <xs:attribute name="entity" type="b:nonEmpty"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>
      <xs:complexType name="original">
        <xs:simpleContent>
          <xs:extension base="b:text">
            <xs:attribute name="article" type="b:nonEmpty" use="required"/>
            <xs:attribute name="sentence" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="lang" type="b:language" use="required"/>
            <xs:attribute name="rendered" type="xs:boolean" default="false"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>
      <xs:complexType name="spelling">
        <xs:simpleContent>
          <xs:extension base="b:nonEmpty">
            <xs:attribute name="lang" type="b:language" use="required"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <xs:element name="brief">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="round">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="date" type="b:dated" minOccurs="0"/>
                  <xs:element name="venue" type="b:venue" minOccurs="0"/>
                </xs:sequence>
                <xs:attribute name="number" type="xs:positiveInteger" use="required"/>
                <xs:attribute name="status" type="b:roundStatus" use="required"/>
              </xs:complexType>
            </xs:element>
            <xs:element name="sentences">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="sentence" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:sequence>
                        <xs:element name="english" type="b:nonEmpty"/>
                        <xs:element name="original" type="b:original" maxOccurs="unbounded"/>
                      </xs:sequence>
                      <xs:attribute name="n" type="xs:positiveInteger" use="required"/>
                      <xs:attribute name="statement" type="b:nonEmpty" use="required"/>
                      <xs:attribute name="slot" type="b:slot" use="required"/>
                      <xs:attribute name="method" type="b:method" use="required"/>
                      <xs:attribute name="lang" type="b:language" use="required"/>
                      <xs:attribute name="score" type="xs:decimal"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
                <xs:attribute name="words" type="xs:nonNegativeInteger" use="required"/>
              </xs:complexType>
            </xs:element>
            <xs:element name="entities">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="entity" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:sequence>
                        <xs:element name="name" type="b:nonEmpty"/>
                        <xs:element name="spelling" type="b:spelling" minOccurs="0" maxOccurs="unbounded"/>
                      </xs:sequence>
                      <xs:attribute name="id" type="b:nonEmpty" use="required"/>
                      <xs:attribute name="kind" type="b:entityKind" use="required"/>
                      <xs:attribute name="mentions" type="xs:nonNegativeInteger" use="required"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
              </xs:complexType>
            </xs:element>
            <xs:element name="sources">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="source" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:sequence>
                        <xs:element name="date" type="b:dated" minOccurs="0"/>
                        <xs:element name="title" type="b:nonEmpty" minOccurs="0"/>
                      </xs:sequence>
                      <xs:attribute name="article" type="b:nonEmpty" use="required"/>
                      <xs:attribute name="lang" type="b:language" use="required"/>
                      <xs:attribute name="file" type="b:nonEmpty" use="required"/>
                      <xs:attribute name="cited" type="xs:boolean" default="true"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="version" type="xs:positiveInteger" use="required"/>
        </xs:complexType>
        <xs:key name="sourceArticle">
          <xs:selector xpath="b:sources/b:source"/>
          <xs:field xpath="@article"/>
        </xs:key>
        <xs:keyref name="citedArticle" refer="b:sourceArticle">
          <xs:selector xpath="b:sentences/b:sentence/b:original"/>
          <xs:field xpath="@article"/>
        </xs:keyref>
        <xs:key name="entityID">
          <xs:selector xpath="b:entities/b:entity"/>
          <xs:field xpath="@id"/>
        </xs:key>
        <xs:unique name="sentenceNumber">
          <xs:selector xpath="b:sentences/b:sentence"/>
          <xs:field xpath="@n"/>
        </xs:unique>
      </xs:element>
    </xs:schema>
    """#
}
