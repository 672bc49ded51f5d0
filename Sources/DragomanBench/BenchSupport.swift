import DragomanKit
import Foundation

/// Measurements shared by the benchmarks.
enum BenchSupport {
    /// The pairs `DRAGOMAN_BENCH_EXPLAIN` names ("a#3 b#5,c#1 d#2") whose two reports are among
    /// `documents`: the seed and each held-out set explain only their own.
    static func pairsToExplain(in documents: [CorpusAlignDocument]) -> [(SentenceRef, SentenceRef)] {
        let ids = Set(documents.map(\.id))
        return (ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_EXPLAIN"] ?? "").split(separator: ",").compactMap { pair in
            let refs = pair.split(separator: " ").compactMap { name -> SentenceRef? in
                let parts = name.split(separator: "#")
                guard parts.count == 2, let index = Int(parts[1]), ids.contains(String(parts[0])) else { return nil }
                return SentenceRef(articleID: String(parts[0]), index: index)
            }
            return refs.count == 2 ? (refs[0], refs[1]) : nil
        }
    }

    /// Peak resident memory of this process so far (VmHWM), in MiB.
    /// CPU seconds of the whole process so far (all threads): user, system.
    static func cpuSeconds() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }

    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return .nan }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") ?? .nan
        return kilobytes / 1024
    }

    /// The lines of a one-sentence-per-line file, without a final empty line.
    static func lines(_ path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DragomanError("cannot read", file: path) }
        var result = text.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        return result
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func languageIdentifier() throws -> LanguageIdentifier { try LanguageIdentifier.load() }

    /// The repository root (the benchmark runs from it through `make`).
    static var packageRoot: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
    static var sharedData: String { packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path }
}
