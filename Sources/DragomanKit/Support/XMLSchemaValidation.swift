import CLibXML2
import Foundation

/// XSD validation with libxml2, shared by every export (glossary TBX, alignment XML, briefs).
/// libxml2's structured errors are collected as "line N: message" instead of going to stderr.
public enum XMLSchemaValidation {
    /// Validates `data` against the XSD text `schema`; `extraChecks` may add problems found on the
    /// parsed document (XSD 1.0 cannot say everything). Returns the problems, empty when valid.
    /// - Throws: when the schema itself does not compile (a programming error, not bad input).
    public static func validate(_ data: Data, schema: String, schemaName: String, documentName: String,
                                extraChecks: (xmlDocPtr) -> [String] = { _ in [] }) throws -> [String] {
        let schemaErrors = ErrorList()
        // xmlSchemaNewMemParserCtxt keeps the pointer it is given, and xmlSchemaParse reads it
        // later: both must run while the buffer is alive. (Parsing after the closure returned
        // read freed memory — "Document is empty" in release builds only.)
        let parsedSchema = Array(schema.utf8).withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, collectError, Unmanaged.passUnretained(schemaErrors).toOpaque())
                return withExtendedLifetime(schemaErrors) { xmlSchemaParse(context) }
            }
        }
        guard let parsedSchema else {
            throw DragomanError("the \(schemaName) schema does not compile: \(schemaErrors.messages.joined(separator: "; "))")
        }
        defer { xmlSchemaFree(parsedSchema) }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), documentName, nil, options)
        }
        guard let document else {
            // The last error is per thread in libxml2; no process-wide handler is installed.
            let last = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } }
            return ["not well-formed XML" + (last.map { ": \($0)" } ?? "")]
        }
        defer { xmlFreeDoc(document) }

        guard let validContext = xmlSchemaNewValidCtxt(parsedSchema) else { throw DragomanError("cannot create the schema validator") }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        let errors = ErrorList()
        xmlSchemaSetValidStructuredErrors(validContext, collectError, Unmanaged.passUnretained(errors).toOpaque())
        let rc = withExtendedLifetime(errors) { xmlSchemaValidateDoc(validContext, document) }
        var problems = errors.messages
        if rc != 0, problems.isEmpty { problems.append("invalid (libxml2 code \(rc))") }
        return problems + extraChecks(document)
    }
}

/// Collects libxml2's structured errors; lives only for one call.
private final class ErrorList {
    var messages: [String] = []
}

private func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let list = Unmanaged<ErrorList>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
    list.messages.append("line \(error.pointee.line): \(message)")
}
