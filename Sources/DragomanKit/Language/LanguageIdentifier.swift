import Foundation

/// Identifies the language of a text among the supported ones (de, nl, nb, en) and tells which
/// other language an unsupported text looks like, so the caller can refuse it by name.
///
/// Two kinds of evidence, combined:
/// * character n-grams (1–5) ranked against the TextCat fingerprints of Debian's
///   `libexttextcat-data` (the "out-of-place" distance of Cavnar & Trenkle), for the supported
///   languages and a set of others a news feed may bring (Danish, Swedish, Nynorsk, French…);
/// * the share of the text's words that are function words of each language
///   (`LanguageProfileWords`), which settles single sentences that the 400-entry fingerprints
///   alone get wrong.
/// Bokmål, Danish, Swedish and Nynorsk are too alike in n-grams (with all fingerprints most
/// Bokmål comes out Danish), so when any of them wins, the choice among them is made on
/// spelling markers ("af"/"av", "hvad"/"hva", "ikkje", "och") and Bokmål is kept unless another
/// has clearly more of them.
///
/// Immutable after loading and `Sendable`: load once, share it.
public struct LanguageIdentifier: Sendable {
    public struct Guess: Sendable, Equatable {
        public var language: LanguageCode
        /// 0…1, how far ahead of the runner-up the best language is.
        public var confidence: Double

        public init(language: LanguageCode, confidence: Double) {
            self.language = language
            self.confidence = confidence
        }
    }

    public static let defaultProfileDirectory = "/usr/share/libexttextcat"
    /// Unsupported languages scored besides the supported ones: the Scandinavian neighbours and
    /// the languages most likely to turn up in a European news feed.
    public static let defaultOtherLanguages: [LanguageCode] = [
        "da", "sv", "nn", "fr", "es", "it", "pt", "af", "fy", "lb", "pl", "fi", "cs", "ro", "hu", "tr",
        "is", "et", "lt", "lv", "hr", "ru", "uk", "el",
    ].map(LanguageCode.init(rawValue:))

    /// How many of the text's n-grams are compared, as in TextCat.
    static let profileSize = 400
    /// A word share weighs this much against the mean rank distance (0…400): a text whose words
    /// are all function words of a language gains 300, about one fifth of which is typical.
    static let functionWordWeight = 300.0
    /// An unsupported language other than the Scandinavian ones must beat the best supported
    /// one by this much (mean rank distance) to be reported: on short, name-heavy text
    /// (signatures, addresses) some fingerprint always comes close by chance, while a real
    /// French, Spanish or Italian sentence leads the supported languages by 80–150.
    static let otherLanguageMargin = 40.0
    /// Danish, Swedish or Nynorsk is reported instead of Bokmål only with at least this many
    /// marker words of its own and more than `markerRatio` times Bokmål's.
    static let minimumMarkers = 2
    static let markerRatio = 2.0
    /// What a Scandinavian language chosen by its markers, against the n-grams, pays on the
    /// group's best score.
    static let markerSlack = 10.0
    /// Only the first letters of a long text are looked at: two hundred words decide as well
    /// as two thousand, and the cost stays flat for long articles.
    static let maximumLetters = 1200


    public let languages: [LanguageCode]
    /// All fingerprints in one table, so that each of the text's n-grams costs one look-up:
    /// n-gram hash → offset into `ranks`, which holds one rank per language (`profileSize` when
    /// the language's fingerprint lacks the n-gram).
    private let gramIndex: [UInt64: Int32]
    private let ranks: [Int16]
    /// Word → bit set of the languages (by index) that have it as a function word.
    private let functionWordLanguages: [String: UInt64]
    /// Word → bit set over `scandinavianOrder` of the marker lists holding it; bit 3 + i: Bokmål
    /// and `scandinavianOrder[i]` write it alike (no evidence between those two).
    private let markerLanguages: [String: UInt8]
    private static let scandinavianOrder: [LanguageCode] = ["nb", "da", "sv", "nn"].map(LanguageCode.init(rawValue:))

    /// Loads the fingerprints of the supported languages and of `others` from a directory of
    /// TextCat `.lm` files. Throws when the directory or a supported language's file is missing;
    /// an unsupported language without a file is left out.
    public init(profileDirectory: String = LanguageIdentifier.defaultProfileDirectory,
                others: [LanguageCode] = LanguageIdentifier.defaultOtherLanguages) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: profileDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DragomanError(
                "language profiles not found: install the Debian package libexttextcat-data (apt-get install libexttextcat-data)",
                file: profileDirectory)
        }
        let directory = URL(fileURLWithPath: profileDirectory, isDirectory: true)
        var profiles: [LanguageProfile] = []
        for language in LanguageCode.supported + others where !profiles.contains(where: { $0.language == language }) {
            let url = directory.appendingPathComponent("\(language.rawValue).lm")
            if !language.isSupported, !FileManager.default.fileExists(atPath: url.path) { continue }
            profiles.append(try LanguageProfile(language: language, textCatFile: url))
        }
        self.init(profiles: profiles)
    }

    /// Built from given fingerprints (tests, or profiles kept elsewhere). At most 64 languages.
    public init(profiles: [LanguageProfile]) {
        let profiles = Array(profiles.prefix(64))
        languages = profiles.map(\.language)
        let stride = profiles.count
        var gramIndex: [UInt64: Int32] = [:]
        var ranks: [Int16] = []
        for (index, profile) in profiles.enumerated() {
            for (gram, rank) in profile.ranks {
                let slot: Int
                if let existing = gramIndex[gram] {
                    slot = Int(existing)
                } else {
                    slot = ranks.count
                    gramIndex[gram] = Int32(slot)
                    ranks.append(contentsOf: repeatElement(Int16(Self.profileSize), count: stride))
                }
                ranks[slot + index] = Int16(min(Int(rank), Self.profileSize))
            }
        }
        self.gramIndex = gramIndex
        self.ranks = ranks

        var functionWordLanguages: [String: UInt64] = [:]
        for (index, language) in languages.enumerated() {
            for word in LanguageProfileWords.functionWords[language.rawValue] ?? [] {
                functionWordLanguages[word, default: 0] |= 1 << UInt64(index)
            }
        }
        self.functionWordLanguages = functionWordLanguages

        // Bit i: the word is in the marker list of `scandinavianOrder[i]`; bit 3 + i: that
        // language writes it as Bokmål does.
        var markerLanguages: [String: UInt8] = [:]
        for (bit, language) in Self.scandinavianOrder.enumerated() {
            for word in LanguageProfileWords.scandinavianMarkers[language.rawValue] ?? [] {
                markerLanguages[word, default: 0] |= 1 << UInt8(bit)
            }
        }
        for (i, language) in Self.scandinavianOrder.enumerated() where i > 0 {
            for word in LanguageProfileWords.sharedWithBokmål[language.rawValue] ?? [] { markerLanguages[word, default: 0] |= 1 << UInt8(3 + i) }
        }
        self.markerLanguages = markerLanguages
    }

    /// Loads from the default place; the error tells how to install the profiles.
    public static func load() throws -> LanguageIdentifier {
        try LanguageIdentifier(profileDirectory: defaultProfileDirectory)
    }

    /// Kept for callers written against the first version, which needed no files.
    @available(*, deprecated, message: "use `try LanguageIdentifier.load()`: this one stops the program when libexttextcat-data is missing")
    public init() {
        do {
            try self.init(profileDirectory: Self.defaultProfileDirectory)
        } catch {
            fatalError("\(error)")
        }
    }

    // MARK: Identification

    /// The most likely language among all loaded ones (supported or not).
    public func identify(_ text: String) -> Guess {
        identify(text, among: nil)
    }

    /// The most likely language among `candidates` (all loaded languages when nil).
    public func identify(_ text: String, among candidates: [LanguageCode]?) -> Guess {
        let ranking = ranked(text, among: candidates)
        guard let best = ranking.first else { return Guess(language: .english, confidence: 0) }
        let runnerUp = ranking.count > 1 ? ranking[1].score : best.score + 50
        return Guess(language: best.language, confidence: max(0, min(1, (runnerUp - best.score) / 50)))
    }

    /// All candidates, best first, with a distance (lower is better: the mean rank distance of
    /// the n-grams less the function-word bonus). The order applies the margins and the
    /// Scandinavian decision, so `first` is the answer; the scores are left as measured.
    public func ranked(_ text: String, among candidates: [LanguageCode]? = nil) -> [(language: LanguageCode, score: Double)] {
        let features = Features(text)
        let all = scores(features)
        var scores: [(language: LanguageCode, score: Double)] = []
        for (index, language) in languages.enumerated() where candidates?.contains(language) ?? true {
            scores.append((language, all[index]))
        }
        // Ties (text with no letters left: addresses, rules, numbers) go to the supported
        // languages, English first: what is left of such text is mostly English.
        scores.sort { $0.score < $1.score || ($0.score == $1.score && Self.tieOrder($0.language) < Self.tieOrder($1.language)) }
        guard !scores.isEmpty else { return [] }

        // Bokmål and its neighbours are one contest on n-grams; within it, spelling markers
        // decide. The one they pick competes with the group's best score, plus a little when
        // the markers overrule the n-grams, so a near-tie still goes to the group while text
        // the group only matches by accident ("rug works for me": "me" is Nynorsk) does not.
        var contenders: [(language: LanguageCode, score: Double)] = []
        let group = scores.filter { Self.scandinavianOrder.contains($0.language) }
        let supported = scores.first(where: { $0.language.isSupported && !Self.scandinavianOrder.contains($0.language) })
        if let groupBest = group.first {
            // The markers are only counted when the group can win: behind German, Dutch or
            // English it loses whichever of its languages it puts forward.
            if let supported, groupBest.score > supported.score {
                contenders.append(groupBest)
            } else {
                let winner = scandinavianChoice(features.words, among: group.map(\.language))
                contenders.append((winner, winner == groupBest.language ? groupBest.score : groupBest.score + Self.markerSlack))
            }
        }
        if let supported { contenders.append(supported) }
        contenders.sort { $0.score < $1.score || ($0.score == $1.score && Self.tieOrder($0.language) < Self.tieOrder($1.language)) }
        var answer = contenders.first
        // Any other language needs a clear lead over the choice so far.
        if let other = scores.first(where: { !$0.language.isSupported && !Self.scandinavianOrder.contains($0.language) }),
           answer == nil || other.score + Self.otherLanguageMargin <= answer!.score {
            answer = other
        }
        if let answer { promote(answer.language, in: &scores) }
        return scores
    }

    private static func tieOrder(_ language: LanguageCode) -> Int {
        switch language.rawValue {
        case "en": return 0
        case "de": return 1
        case "nl": return 2
        case "nb": return 3
        default: return 4
        }
    }

    /// Moves `language` to the front, keeping the others' order.
    private func promote(_ language: LanguageCode, in scores: inout [(language: LanguageCode, score: Double)]) {
        guard let index = scores.firstIndex(where: { $0.language == language }), index > 0 else { return }
        let entry = scores.remove(at: index)
        scores.insert(entry, at: 0)
    }

    /// Bokmål unless Danish, Swedish or Nynorsk has clearly more marker words of its own than
    /// Bokmål has against that language. Each pair is counted on its own: "å" tells Bokmål from
    /// Danish but not from Nynorsk.
    private func scandinavianChoice(_ words: [String], among present: [LanguageCode]) -> LanguageCode {
        let order = Self.scandinavianOrder
        // rival[i]: words of language i that Bokmål does not write; bokmål[i]: Bokmål words
        // that language i does not write.
        var rival = [Int](repeating: 0, count: order.count)
        var bokmål = [Int](repeating: 0, count: order.count)
        for word in words {
            var bits = markerLanguages[word] ?? 0
            // Spellings: Bokmål and Nynorsk "-sjon"; Danish and Swedish "-tion"; Danish "-hed".
            if word.hasSuffix("sjon") || word.hasSuffix("sjonen") || word.hasSuffix("sjoner") || word.hasSuffix("sjonene") {
                bits |= 0b100_0001
            } else if word.contains("tion") {
                bits |= 0b0110
            }
            if word.hasSuffix("hed") || word.hasSuffix("heden") { bits |= 0b0010 }
            // Letters: Swedish writes ä and ö where Bokmål, Danish and Nynorsk write æ and ø
            // ("möttes", "nästan"; "møttes", "nesten"). A short Swedish report may have only one
            // marker word ("och"), but it has these in every other word.
            if word.contains("ä") || word.contains("ö") {
                bits |= 0b0100
            } else if word.contains("æ") || word.contains("ø") {
                bits |= 0b101_0001
            }
            guard bits != 0 else { continue }
            for i in 1..<order.count {
                let inRival = bits & (1 << UInt8(i)) != 0
                let inBokmål = bits & 1 != 0
                if inRival, !inBokmål { rival[i] += 1 }
                // "av" is Swedish too ("leddes av"), "ikke" and "også" Danish: no evidence for
                // Bokmål against that language.
                let sharedWithRival = inRival || bits & (1 << UInt8(3 + i)) != 0
                if inBokmål, !sharedWithRival { bokmål[i] += 1 }
            }
        }
        var best: (language: LanguageCode, count: Int)?
        for i in 1..<order.count where present.contains(order[i]) {
            let clear = rival[i] >= Self.minimumMarkers && Double(rival[i]) > Self.markerRatio * Double(bokmål[i])
            if (clear || !present.contains(.norwegian)), rival[i] > best?.count ?? -1 { best = (order[i], rival[i]) }
        }
        if let best { return best.language }
        return present.contains(.norwegian) ? .norwegian : present[0]
    }

    /// The distance of the text to every loaded language, by index.
    private func scores(_ features: Features) -> [Double] {
        let stride = languages.count
        var totals = [Int](repeating: 0, count: stride)
        for (textRank, gram) in features.rankedGrams.enumerated() {
            guard let slot = gramIndex[gram] else {
                for index in 0..<stride { totals[index] += Self.profileSize }
                continue
            }
            let base = Int(slot)
            for index in 0..<stride {
                let rank = Int(ranks[base + index])
                totals[index] += rank == Self.profileSize ? rank : min(abs(rank - textRank), Self.profileSize)
            }
        }
        var hits = [Int](repeating: 0, count: stride)
        for word in features.words {
            guard var bits = functionWordLanguages[word] else { continue }
            while bits != 0 {
                hits[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        let grams = Double(max(1, features.rankedGrams.count))
        let words = Double(max(1, features.words.count))
        return (0..<stride).map { index in
            let mean = features.rankedGrams.isEmpty ? Double(Self.profileSize) : Double(totals[index]) / grams
            return mean - Self.functionWordWeight * Double(hits[index]) / words
        }
    }

    /// What the scores are computed from: the text's lower-cased words and its n-grams ranked
    /// by frequency. Web and e-mail addresses and digits carry no language and are dropped.
    public struct Features {
        public var words: [String] = []
        public var rankedGrams: [UInt64] = []

        public init(_ text: String) {
            var counts = GramCounts()
            var padded: [Unicode.Scalar] = []
            padded.reserveCapacity(64)
            var token: [Unicode.Scalar] = []
            token.reserveCapacity(64)
            var letters = 0
            var iterator = text.unicodeScalars.makeIterator()
            var done = false
            while !done, letters < LanguageIdentifier.maximumLetters {
                // One white-space separated token at a time.
                token.removeAll(keepingCapacity: true)
                while let scalar = iterator.next() {
                    let isSpace = scalar.value < 0x80
                        ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r")
                        : scalar.properties.isWhitespace
                    if isSpace {
                        if token.isEmpty { continue }
                        break
                    }
                    token.append(scalar)
                }
                if token.isEmpty { done = true; continue }
                if Self.isAddress(token) { continue }
                // Letters (and word-internal apostrophes) make words; anything else separates.
                padded.removeAll(keepingCapacity: true)
                padded.append("_")
                for scalar in token {
                    // ASCII without the Unicode property look-ups, which dominate the cost.
                    if scalar.value < 0x80 {
                        let v = scalar.value
                        if v >= 0x41 && v <= 0x5A {
                            padded.append(Unicode.Scalar(v + 0x20)!)
                        } else if v >= 0x61 && v <= 0x7A {
                            padded.append(scalar)
                        } else if scalar == "'", padded.count > 1 {
                            padded.append(scalar)
                        } else {
                            Self.flush(&padded, into: &counts, words: &words, letters: &letters)
                        }
                        continue
                    }
                    let properties = scalar.properties
                    if properties.isAlphabetic {
                        if properties.changesWhenLowercased {
                            padded.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                        } else {
                            padded.append(scalar)
                        }
                    } else if (scalar == "'" || scalar == "’"), padded.count > 1 {
                        padded.append(scalar)
                    } else {
                        Self.flush(&padded, into: &counts, words: &words, letters: &letters)
                    }
                }
                Self.flush(&padded, into: &counts, words: &words, letters: &letters)
            }
            rankedGrams = counts.top(LanguageIdentifier.profileSize)
        }

        /// "http://…", "www.…", "name@host": no language in them.
        private static func isAddress(_ token: [Unicode.Scalar]) -> Bool {
            if token.contains("@") { return true }
            for p in 0..<max(0, token.count - 2) where token[p] == ":" && token[p + 1] == "/" && token[p + 2] == "/" { return true }
            return token.count > 4 && token[0] == "w" && token[1] == "w" && token[2] == "w" && token[3] == "."
        }

        /// Ends the word collected in `padded` ("_" + letters): counts its n-grams and keeps it.
        private static func flush(_ padded: inout [Unicode.Scalar], into counts: inout GramCounts, words: inout [String], letters: inout Int) {
            while padded.count > 1, padded[padded.count - 1] == "'" || padded[padded.count - 1] == "’" { padded.removeLast() }
            guard padded.count > 1 else { return }
            letters += padded.count - 1
            var word = String.UnicodeScalarView()
            word.append(contentsOf: padded[1...])
            words.append(String(word))
            padded.append("_")
            // FNV-1a is computed left to right, so the hashes of the 1- to 5-grams starting at
            // one position are the successive states of one pass: no slices, no re-hashing.
            padded.withUnsafeBufferPointer { buffer in
                let n = buffer.count
                for start in 0..<n {
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    for p in start..<min(n, start + 5) {
                        h ^= UInt64(buffer[p].value)
                        h = h &* 0x0000_0100_0000_01b3
                        // TextCat counts the "_" of a word edge once per word, not twice.
                        if p == start, start == n - 1 { continue }
                        counts.add(h)
                    }
                }
            }
            padded.removeAll(keepingCapacity: true)
            padded.append("_")
        }
    }

    /// Counts of n-gram hashes in an open-addressing table: the n-grams are already hashed,
    /// and a `Dictionary` would hash them again (SipHash) for each of a text's thousands of
    /// n-grams.
    struct GramCounts {
        private var keys: [UInt64]
        private var counts: [Int32]
        private var mask: Int
        private(set) var count = 0

        init(capacity: Int = 2048) {
            keys = [UInt64](repeating: 0, count: capacity)
            counts = [Int32](repeating: 0, count: capacity)
            mask = capacity - 1
        }

        mutating func add(_ hash: UInt64) {
            let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                if keys[slot] == key { counts[slot] += 1; return }
                if keys[slot] == 0 {
                    keys[slot] = key
                    counts[slot] = 1
                    count += 1
                    if count * 2 > keys.count { grow() }
                    return
                }
                slot = (slot + 1) & mask
            }
        }

        private mutating func grow() {
            let oldKeys = keys, oldCounts = counts
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            counts = [Int32](repeating: 0, count: oldKeys.count * 2)
            mask = keys.count - 1
            count = 0
            for (key, value) in zip(oldKeys, oldCounts) where key != 0 {
                var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                counts[slot] = value
                count += 1
            }
        }

        /// The `limit` most frequent, most frequent first, ties by hash so that the order is
        /// reproducible. Sorts only the entries at or above the cut-off count.
        func top(_ limit: Int) -> [UInt64] {
            var histogram = [Int](repeating: 0, count: 65)
            for value in counts where value > 0 { histogram[min(Int(value), 64)] += 1 }
            var cutoff = 1, taken = 0
            for value in stride(from: 64, through: 1, by: -1) where histogram[value] > 0 {
                taken += histogram[value]
                cutoff = value
                if taken >= limit { break }
            }
            var entries: [(key: UInt64, count: Int32)] = []
            entries.reserveCapacity(taken)
            for (key, value) in zip(keys, counts) where key != 0 && Int(value) >= cutoff { entries.append((key, value)) }
            entries.sort { $0.count > $1.count || ($0.count == $1.count && $0.key < $1.key) }
            return entries.prefix(limit).map(\.key)
        }
    }
}
