import Foundation

/// The one error type users see. `description` is a single line that names the file (when there is
/// one) and the problem, so the command line can print it as is.
public struct DragomanError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String?
    public var message: String

    public init(_ message: String, file: String? = nil) {
        self.file = file
        self.message = message
    }

    public var description: String {
        let line = file.map { "\($0): \(message)" } ?? message
        // One line, always: a multi-line message would break scripts that read stderr.
        return line.replacingOccurrences(of: "\n", with: " ")
    }
}
