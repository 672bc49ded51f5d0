import Foundation
enum TUNE {
    static func env(_ k: String, _ d: Double) -> Double { ProcessInfo.processInfo.environment[k].flatMap(Double.init) ?? d }
    static let merge = env("T_MERGE", 0.5), length = env("T_LEN", 1), pseudo = env("T_PSEUDO", 20), q = env("T_Q", 0.5), del = env("T_DEL", 0.01), lex = env("T_LEX", 0.5), ext = env("T_EXT", 0.5), maxsum = env("T_MAXSUM", 4)
}
