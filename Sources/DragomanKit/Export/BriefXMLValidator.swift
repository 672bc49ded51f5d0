import CLibXML2
import Foundation

/// Validates brief XML against `BriefXSD.schema` with libxml2 (xmlSchemaValidateDoc), collecting
/// the structured errors so the caller can show them instead of libxml2 printing to stderr.
public enum BriefXMLValidator {
    /// The problems ("line N: message"); empty when the document is valid.
    public static func validate(_ data: Data, schema: String = BriefXSD.schema) throws -> [String] {
        try XMLSchemaValidation.validate(data, schema: schema, schemaName: "brief", documentName: "brief.xml")
    }
}
