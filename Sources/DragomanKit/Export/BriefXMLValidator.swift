import CLibXML2
import Foundation

/// Validates brief XML against `BriefXSD.schema` with libxml2 (xmlSchemaValidateDoc), collecting
/// the structured errors so the caller can show them instead of libxml2 printing to stderr.
public enum BriefXMLValidator {
    /// The problems ("line N: message"); empty when the document is valid.
    public static func validate(_ data: Data, schema: String = BriefXSD.schema) throws -> [String] {
        let schemaBytes = Array(schema.utf8)
        guard let parserContext = schemaBytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
            }
        }) else { throw DragomanError("cannot create the schema parser") }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let schemaErrors = ValidationErrors()
        xmlSchemaSetParserStructuredErrors(parserContext, collectValidationError, Unmanaged.passUnretained(schemaErrors).toOpaque())
        guard let parsed = withExtendedLifetime(schemaErrors, { xmlSchemaParse(parserContext) }) else {
            throw DragomanError("the brief schema does not compile: \(schemaErrors.messages.joined(separator: "; "))")
        }
        defer { xmlSchemaFree(parsed) }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), "brief.xml", nil, options)
        }
        guard let document else {
            // The last error is per thread in libxml2; no process-wide handler is installed.
            let last = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } }
            return ["not well-formed XML" + (last.map { ": \($0)" } ?? "")]
        }
        defer { xmlFreeDoc(document) }

        guard let validContext = xmlSchemaNewValidCtxt(parsed) else { throw DragomanError("cannot create the schema validator") }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        let errors = ValidationErrors()
        xmlSchemaSetValidStructuredErrors(validContext, collectValidationError, Unmanaged.passUnretained(errors).toOpaque())
        let rc = withExtendedLifetime(errors) { xmlSchemaValidateDoc(validContext, document) }
        var problems = errors.messages
        if rc != 0, problems.isEmpty { problems.append("invalid (libxml2 code \(rc))") }
        return problems
    }
}

/// Collects libxml2's structured errors; lives only for one call.
private final class ValidationErrors {
    var messages: [String] = []
}

private func collectValidationError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let list = Unmanaged<ValidationErrors>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
    list.messages.append("line \(error.pointee.line): \(message)")
}
