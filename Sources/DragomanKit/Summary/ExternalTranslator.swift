import Foundation

/// `--translator CMD`: a user's command that reads sentences on stdin, one per line, and writes
/// their English translations on stdout, one per line, in the same order.
///
/// The command is run once per source language, with that language's code in place of `{lang}`
/// (`trans -b {lang}:en`) and in the environment as `DRAGOMAN_SOURCE_LANGUAGE`: a brief cites
/// German, Dutch and Norwegian reports, and a machine translator told "German" garbles the rest.
///
/// A command that fails (exit status not 0) or answers with another number of lines is an error,
/// not a reason to fall back silently: a brief that mixes machine translation and glossing
/// without the user knowing would misreport its own method. The caller writes nothing then.
public struct ExternalTranslator: Sendable {
    public var command: String
    /// Seconds before the command is stopped.
    public var timeout: Double

    public init(command: String, timeout: Double = 300) { self.command = command; self.timeout = timeout }

    /// Translates lines; line breaks inside an input become spaces so the line count is exact.
    public func translate(_ lines: [String], from language: LanguageCode? = nil) throws -> [String] {
        let command = language.map { self.command.replacingOccurrences(of: "{lang}", with: $0.rawValue) } ?? self.command
        guard !lines.isEmpty else { return [] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-translator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files instead of pipes for all three streams: no deadlock when the command writes more
        // than a pipe buffer before it has read all its input.
        let input = folder.appendingPathComponent("in.txt"), output = folder.appendingPathComponent("out.txt")
        let errors = folder.appendingPathComponent("err.txt")
        let flat = lines.map { $0.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        try Data((flat.joined(separator: "\n") + "\n").utf8).write(to: input)
        for url in [output, errors] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw DragomanError("--translator: cannot create a temporary file", file: url.path) }
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        if let language {
            process.environment = ProcessInfo.processInfo.environment.merging(["DRAGOMAN_SOURCE_LANGUAGE": language.rawValue]) { $1 }
        }
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        do { try process.run() } catch {
            throw DragomanError("--translator: cannot run \(command): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw DragomanError("--translator: \(command) did not finish within \(Int(timeout)) s; nothing was written")
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (String(data: (try? Data(contentsOf: errors)) ?? Data(), encoding: .utf8) ?? "")
                .split(separator: "\n").first.map(String.init) ?? ""
            throw DragomanError("--translator: \(command) exited with status \(process.terminationStatus)\(message.isEmpty ? "" : " (\(message))"); nothing was written")
        }
        var text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        let result = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r").union(.whitespaces))
        }
        guard result.count == lines.count else {
            throw DragomanError("--translator: \(command) returned \(result.count) lines for \(lines.count) sentences; nothing was written")
        }
        return result
    }

    /// Replaces the glossed sentences of the briefs by the command's translations of their
    /// originals (one call per source language for all briefs), marking them machine-translated.
    public func apply(to briefs: [Brief]) throws -> [Brief] {
        var requests: [(Int, Int, String, LanguageCode?)] = []
        for (b, brief) in briefs.enumerated() {
            for (s, sentence) in brief.sentences.enumerated() where sentence.method == .glossed {
                let original = sentence.originals.first { $0.sentence == sentence.renderedFrom }
                requests.append((b, s, original?.text ?? sentence.english, original?.language))
            }
        }
        var translations = [String](repeating: "", count: requests.count)
        for language in Set(requests.map(\.3)).sorted(by: { ($0?.rawValue ?? "") < ($1?.rawValue ?? "") }) {
            let positions = requests.indices.filter { requests[$0].3 == language }
            for (position, english) in zip(positions, try translate(positions.map { requests[$0].2 }, from: language)) {
                translations[position] = english
            }
        }
        var result = briefs
        for (request, english) in zip(requests, translations) {
            guard !english.isEmpty else {
                throw DragomanError("--translator: \(command) returned an empty line for “\(request.2.prefix(40))…”; nothing was written")
            }
            result[request.0].sentences[request.1].english = english
            result[request.0].sentences[request.1].method = .machineTranslated
        }
        return result
    }
}
