import DragomanKit
import Foundation

/// The parallel-aligner benchmark: accuracy on the Text+Berg German–French development
/// document (Bleualign's benchmark) and speed/memory on synthetic bitexts of growing length.
enum AlignmentBench {
    static func run(sharedData: String) throws -> String {
        var report = ""
        func say(_ line: String) { report += line + "\n"; print(line) }

        // Dictionaries.
        say("== Dictionaries (release build)")
        var lexicon: BilingualLexicon? = nil
        let dictd = "/usr/share/dictd/freedict-"
        if FileManager.default.fileExists(atPath: dictd + "deu-fra.index") {
            let (deuFra, t1) = try timed { try DictdDictionary(path: dictd + "deu-fra").lexicon(source: .german, target: .french) }
            let (fraDeu, t2) = try timed { try DictdDictionary(path: dictd + "fra-deu").lexicon(source: .french, target: .german) }
            let (merged, t3) = timed { deuFra.merging(fraDeu.reversed()) }
            say(String(format: "deu-fra %d headwords %d pairs %.2f s; fra-deu %d headwords %d pairs %.2f s; merged %d pairs %.2f s",
                       deuFra.sourceTermCount, deuFra.entryCount, t1, fraDeu.sourceTermCount, fraDeu.entryCount, t2, merged.entryCount, t3))
            lexicon = merged
            for name in ["deu-eng", "nld-eng", "eng-nor", "dan-eng"] where FileManager.default.fileExists(atPath: dictd + name + ".index") {
                let (lex, t) = try timed { try DictdDictionary(path: dictd + name).lexicon(source: .german, target: .english) }
                say(String(format: "%@ %d headwords %d pairs %.2f s", name, lex.sourceTermCount, lex.entryCount, t))
            }
            if FileManager.default.fileExists(atPath: "/usr/share/trans/de-en") {
                let (lex, t) = try timed { try DingDictionary(path: "/usr/share/trans/de-en").lexicon(source: .german, target: .english) }
                say(String(format: "trans de-en %d headwords %d pairs %.2f s", lex.sourceTermCount, lex.entryCount, t))
            }
        } else {
            say("freedict deu-fra not installed: aligning without a dictionary")
        }
        let (aligner, tInit) = timed { BitextAligner(lexicon: lexicon, sourceLanguage: .german, targetLanguage: .french) }
        say(String(format: "aligner set-up (stemming the lexicon) %.2f s", tInit))

        // Text+Berg.
        // `sharedData` is the shared folder or its data/ subfolder.
        let directory = [sharedData + "/data/textberg-dev", sharedData + "/textberg-dev"]
            .first { FileManager.default.fileExists(atPath: $0 + "/dev.defr") } ?? sharedData + "/data/textberg-dev"
        let german = try BenchSupport.lines(directory + "/dev.de"), french = try BenchSupport.lines(directory + "/dev.fr")
        let gold = try BitextEvaluation.readBeads(directory + "/dev.defr")
        say("\n== Text+Berg dev (de \(german.count), fr \(french.count) sentences, \(gold.count) gold beads)")
        let (beads, tDev) = timed { aligner.align(source: german, target: french) }
        let score = BitextEvaluation(gold: gold, test: beads)
        say(String(format: "aligned in %.3f s, %d beads", tDev, beads.count))
        say(score.report)
        var noLearning = BitextAligner.Options(); noLearning.realign = false
        let firstPass = BitextEvaluation(gold: gold, test: BitextAligner(lexicon: lexicon, sourceLanguage: .german, targetLanguage: .french, options: noLearning).align(source: german, target: french))
        say(String(format: "one pass, no learning (realign off): strict F1 %.4f, lax F1 %.4f", firstPass.strictF1, firstPass.laxF1))
        let noDictionary = BitextEvaluation(gold: gold, test: BitextAligner(lexicon: nil, sourceLanguage: .german, targetLanguage: .french).align(source: german, target: french))
        say(String(format: "no dictionary: strict F1 %.4f, lax F1 %.4f", noDictionary.strictF1, noDictionary.laxF1))
        let neither = BitextEvaluation(gold: gold, test: BitextAligner(lexicon: nil, sourceLanguage: .german, targetLanguage: .french, options: noLearning).align(source: german, target: french))
        say(String(format: "no dictionary, no learning: strict F1 %.4f, lax F1 %.4f", neither.strictF1, neither.laxF1))
        var banded = BitextAligner.Options(); banded.fullSearchLimit = 0
        let bandedScore = BitextEvaluation(gold: gold, test: BitextAligner(lexicon: lexicon, sourceLanguage: .german, targetLanguage: .french, options: banded).align(source: german, target: french))
        say(String(format: "forced coarse-to-fine band: strict F1 %.4f, lax F1 %.4f", bandedScore.strictF1, bandedScore.laxF1))
        let calibration = BitextEvaluation.calibration(gold: gold, test: beads)
        say("score calibration (bead score bin: beads, fraction exactly in gold): " + calibration)

        // Speed.
        say("\n== Synthetic bitexts from Text+Berg gold beads (release build)")
        // CPU time next to wall time: on a shared machine wall time includes waiting for a core.
        say("\(ProcessInfo.processInfo.activeProcessorCount) cores; the bead scoring, the band's cells and similarities run on all of them, the forward and backward passes side by side")
        say("sentences      wall(s)  cpu(s)  cpu s/1k sent  peak RSS (MB)  strict F1  lax F1")
        for size in [5_000, 10_000, 20_000, 50_000] {
            let synthetic = SyntheticBitext(german: german, french: french, gold: gold, sourceSentences: size, seed: UInt64(size))
            resetPeakMemory()
            let cpuBefore = cpuSeconds()
            let (predicted, seconds) = timed { aligner.align(source: synthetic.source, target: synthetic.target) }
            let cpu = cpuSeconds() - cpuBefore
            let peak = peakMemoryMB()
            let evaluation = BitextEvaluation(gold: synthetic.gold, test: predicted)
            say(String(format: "%6d×%-6d %7.2f  %6.2f     %6.3f       %8.0f       %.4f     %.4f", synthetic.source.count, synthetic.target.count,
                       seconds, cpu, cpu / Double(size) * 1000, peak, evaluation.strictF1, evaluation.laxF1))
        }
        return report
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// User plus system CPU time of this process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Linux resets a process's peak RSS (VmHWM) when 5 is written to /proc/self/clear_refs.
    static func resetPeakMemory() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
            return kilobytes / 1024
        }
        return .nan
    }
}

/// A long bitext with a known alignment: Text+Berg gold beads drawn at random (so their shapes
/// — 1-1, 1-2, 2-1, deletions — keep their natural mix), with extra 1-2/2-1 beads made by
/// joining two consecutive 1-1 beads' sentences on one side, and occasional deletions.
struct SyntheticBitext {
    var source: [String] = []
    var target: [String] = []
    var gold: [Bead] = []

    init(german: [String], french: [String], gold textbergGold: [Bead], sourceSentences: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        let beads = textbergGold.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        while source.count < sourceSentences {
            var bead = beads[Int(generator.next() % UInt64(beads.count))]
            let roll = generator.next() % 100
            var sourceTexts = bead.source.map { german[$0] }, targetTexts = bead.target.map { french[$0] }
            if roll < 5 {
                // Join this bead with another one and merge its target side into one sentence.
                let other = beads[Int(generator.next() % UInt64(beads.count))]
                sourceTexts += other.source.map { german[$0] }
                targetTexts = [(targetTexts + other.target.map { french[$0] }).joined(separator: " ")]
            } else if roll < 10 {
                let other = beads[Int(generator.next() % UInt64(beads.count))]
                targetTexts += other.target.map { french[$0] }
                sourceTexts = [(sourceTexts + other.source.map { german[$0] }).joined(separator: " ")]
            } else if roll < 11 {
                targetTexts = []
            }
            bead = Bead(source: Array(source.count..<(source.count + sourceTexts.count)),
                        target: Array(target.count..<(target.count + targetTexts.count)), score: 1)
            source += sourceTexts; target += targetTexts
            gold.append(bead)
        }
    }
}
