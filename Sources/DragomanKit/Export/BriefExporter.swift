import Foundation

/// Writes briefs to `Exports/`: `round-N.xml` (validated against the schema first) and
/// `round-N.txt`, each atomically, so a failed validation or a crash leaves the previous export
/// as it was. The schema is written beside them (`dragoman-brief.xsd`).
public struct BriefExporter {
    public enum Format: String, CaseIterable, Sendable { case xml, text
        public var fileExtension: String { self == .xml ? "xml" : "txt" }
    }

    public let folder: URL
    /// The schema the XML is validated against; a parameter so tests can make validation fail.
    public var schema: String = BriefXSD.schema

    public init(folder: URL) { self.folder = folder }

    public func url(round: Int, format: Format) -> URL {
        folder.appendingPathComponent("round-\(round).\(format.fileExtension)")
    }

    /// The bytes of one export; XML is validated and an invalid document is an error.
    public func render(_ brief: Brief, format: Format) throws -> Data {
        switch format {
        case .text: return Data(BriefTextWriter.string(brief).utf8)
        case .xml:
            let data = try BriefXMLWriter.data(brief)
            let problems = try BriefXMLValidator.validate(data, schema: schema)
            guard problems.isEmpty else {
                throw DragomanError("round \(brief.round.number): the XML does not validate against \(BriefXSD.fileName): \(problems.prefix(3).joined(separator: "; "))")
            }
            return data
        }
    }

    /// Renders every requested export first and writes only when all are valid, so one bad
    /// round does not leave a mix of new and old files. A file that holds the new content
    /// already is left alone and reported as `.unchanged`; a write that fails throws.
    @discardableResult
    public func export(_ briefs: [Brief], formats: [Format]) throws -> [(url: URL, outcome: AtomicFile.Outcome)] {
        var pending: [(URL, Data)] = []
        for brief in briefs {
            for format in formats { pending.append((url(round: brief.round.number, format: format), try render(brief, format: format))) }
        }
        if formats.contains(.xml) { pending.append((folder.appendingPathComponent(BriefXSD.fileName), Data(schema.utf8))) }
        return try pending.map { url, data in (url, try AtomicFile.update(data, at: url)) }
    }

    /// Deletes the briefs of rounds the corpus no longer has (`round-N.xml`/`.txt` with N not
    /// in `rounds`), after an `--all` export: a round that disappeared (its report removed, or
    /// two announcements found to be one round) must not leave a brief that looks current.
    /// Only files named like exports are touched. Returns what was removed.
    @discardableResult
    public func removeStale(keeping rounds: Set<Int>) throws -> [URL] {
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var removed: [URL] = []
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let name = file.lastPathComponent
            guard name.hasPrefix("round-"), Format.allCases.contains(where: { name.hasSuffix("." + $0.fileExtension) }),
                  let number = Int(name.dropFirst("round-".count).prefix { $0.isNumber }),
                  name == "round-\(number).\(file.pathExtension)", !rounds.contains(number) else { continue }
            try FileManager.default.removeItem(at: file)
            removed.append(file)
        }
        return removed
    }
}
