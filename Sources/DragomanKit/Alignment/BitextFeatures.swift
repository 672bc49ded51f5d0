import Foundation

/// Interns the match keys both sides of a bitext are compared on. A key is a kind plus a
/// string: a target-language stem, a literal folded token (numbers, names, identical words) or a
/// cognate prefix. A source token is matched in a target sentence when one of its candidate
/// keys (its translations' stems, its own literal and prefix) is one of the target tokens' keys.
struct BitextKeys {
    enum Kind: UInt8 { case stem = 1, literal = 2, prefix = 3 }
    private var ids: [String: UInt32] = [:]

    mutating func id(_ kind: Kind, _ text: String) -> UInt32 {
        var key = String(UnicodeScalar(kind.rawValue))
        key += text
        if let existing = ids[key] { return existing }
        let new = UInt32(ids.count)
        ids[key] = new
        return new
    }
    var count: Int { ids.count }
}

/// What one token type contributes, computed once per distinct token text.
struct BitextTokenType {
    var stem: String
    /// Keys this token offers as a target token.
    var ownKeys: [UInt32]
    /// Keys this token looks for as a source token (before learned translations).
    var candidateKeys: [UInt32]
}

/// One side of a bitext, flattened for the aligner's inner loops: per sentence its length, its
/// content tokens (at most 64, so a sentence's matched tokens fit in a bit mask), their weights,
/// and the sorted list of match keys with the token each key belongs to.
struct BitextSide {
    static let maxTokens = 64

    var charLengths: [Int] = []
    /// Tokens of sentence i are tokenStart[i]..<tokenStart[i+1] in the token arrays.
    var tokenStart: [Int] = [0]
    /// Stem type of each token (index into `stems`), for learning translations from the bitext.
    var tokenStems: [Int32] = []
    /// Evidence a match of this token carries, in nats (see `BitextAligner` notes).
    var tokenWeights: [Float] = []
    /// Keys of sentence i are keyStart[i]..<keyStart[i+1], sorted by key.
    var keyStart: [Int] = [0]
    var keys: [UInt32] = []
    var keyTokens: [UInt8] = []
    var stems: [String] = []

    var count: Int { charLengths.count }
    func tokenCount(_ sentence: Int) -> Int { tokenStart[sentence + 1] - tokenStart[sentence] }
}

/// Tokenizes, folds and stems a text once per distinct token and produces `BitextSide`s.
struct BitextFeatureBuilder {
    let sourceLanguage: LanguageCode
    let targetLanguage: LanguageCode
    /// Source stem → target stems, from the dictionary (already stemmed).
    let translations: [String: [String]]
    let sameLanguage: Bool
    var keys = BitextKeys()

    /// Cognate prefixes: Simard et al. count two words as cognates when their first four letters
    /// agree; requiring five letters in the word keeps "dies"/"diese" style short words out.
    static let prefixLength = 4, prefixMinimumWord = 5

    /// The content tokens of each sentence, as token types of this side.
    struct Tokenized {
        var types: [BitextTokenType] = []
        var sentences: [[Int32]] = []
        var charLengths: [Int] = []
    }

    mutating func tokenize(_ sentences: [String], language: LanguageCode, asSource: Bool) -> Tokenized {
        let stemmer = SnowballStemmer(language: language)
        var typeIndex: [String: Int32] = [:]
        var result = Tokenized()
        result.sentences.reserveCapacity(sentences.count)
        for var sentence in sentences {
            var tokens: [Int32] = []
            // Native Swift strings are contiguous UTF-8 already; this only copies bridged ones.
            sentence.makeContiguousUTF8()
            _ = sentence.utf8.withContiguousStorageIfAvailable { bytes in
                Self.words(in: bytes) { word, isNumber in
                    let text = String(decoding: word, as: UTF8.self)
                    if let known = typeIndex[text] { tokens.append(known); return }
                    let index = Int32(result.types.count)
                    result.types.append(makeType(text, isNumber: isNumber, stemmer: stemmer, asSource: asSource))
                    typeIndex[text] = index
                    tokens.append(index)
                }
            }
            result.sentences.append(tokens)
            result.charLengths.append(sentence.utf8.count)
        }
        return result
    }

    /// Words and numbers of a sentence, straight from its UTF-8 bytes. The project's `Tokenizer`
    /// classifies every scalar through Unicode property tables and builds spans, which made
    /// tokenization the largest cost of aligning 50,000-sentence texts. Alignment only needs
    /// word forms, so this splits at ASCII non-alphanumerics and at the Latin-1 and General
    /// Punctuation marks (« » – — ‘ ’ “ ” … no-break space), and also splits hyphenated
    /// compounds and elisions ("Himalaya-Chronik", "l'Everest") so that each part can match.
    /// Digits joined by "." or "," stay one number ("8847,6").
    @inline(__always)
    static func words(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var index = 0, start = -1, digitsOnly = true
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        func flush(_ end: Int) {
            if start >= 0 { body(UnsafeBufferPointer(rebasing: bytes[start..<end]), digitsOnly) }
            start = -1; digitsOnly = true
        }
        while index < bytes.count {
            let byte = bytes[index]
            var width = 1, isWordByte = false
            if byte < 0x80 {
                isWordByte = isAlphanumeric(byte)
                if !isWordByte, (byte == 0x2E || byte == 0x2C), start >= 0, digitsOnly, index + 1 < bytes.count,
                   bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 { index += 1; continue }
            } else if byte == 0xC2, index + 1 < bytes.count, [0xA0, 0xAB, 0xBB, 0xB0, 0xB7, 0xA7, 0xB4].contains(bytes[index + 1]) {
                width = 2
            } else if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 {
                width = 3                                 // U+2000–U+203F: spaces, dashes, quotes
            } else {
                isWordByte = true
            }
            if isWordByte {
                if start < 0 { start = index }
                if byte < 0x30 || byte > 0x39 { digitsOnly = false }
                index += 1
            } else {
                flush(index)
                index += width
            }
        }
        flush(bytes.count)
    }

    private mutating func makeType(_ text: String, isNumber: Bool, stemmer: SnowballStemmer?, asSource: Bool) -> BitextTokenType {
        let folded = TextFolding.fold(text)
        let stem = isNumber ? folded : (stemmer?.stem(folded) ?? folded)
        var own: [UInt32] = [keys.id(.literal, folded)]
        var prefix: UInt32? = nil
        if !isNumber, folded.unicodeScalars.count >= Self.prefixMinimumWord {
            prefix = keys.id(.prefix, String(String.UnicodeScalarView(folded.unicodeScalars.prefix(Self.prefixLength))))
        }
        if let prefix { own.append(prefix) }
        var candidates = own
        if !isNumber {
            own.append(keys.id(.stem, stem))
            if asSource {
                if sameLanguage { candidates.append(keys.id(.stem, stem)) }
                for translation in translations[stem] ?? [] { candidates.append(keys.id(.stem, translation)) }
            }
        }
        return BitextTokenType(stem: stem, ownKeys: own, candidateKeys: candidates)
    }

    /// The distinct keys of each token type in one role: own keys for a target, candidate keys
    /// (plus `extra`, learned translations by stem) for a source.
    static func typeKeys(_ tokenized: Tokenized, asSource: Bool, extra: [String: [UInt32]] = [:]) -> [[UInt32]] {
        tokenized.types.map { type in
            guard asSource else { return type.ownKeys }
            var list = type.candidateKeys
            if let learned = extra[type.stem] { list.append(contentsOf: learned) }
            return Array(Set(list)).sorted()
        }
    }

    /// In how many sentences each key occurs (each sentence counted once), indexed by key.
    static func documentFrequency(_ tokenized: Tokenized, typeKeys: [[UInt32]], keyCount: Int) -> [Int32] {
        var frequency = [Int32](repeating: 0, count: keyCount)
        // The sentence that last counted a key, instead of a per-sentence set.
        var lastSentence = [Int32](repeating: -1, count: keyCount)
        for (sentence, tokens) in tokenized.sentences.enumerated() {
            for type in tokens {
                for key in typeKeys[Int(type)] where lastSentence[Int(key)] != Int32(sentence) {
                    lastSentence[Int(key)] = Int32(sentence)
                    frequency[Int(key)] += 1
                }
            }
        }
        return frequency
    }

    /// Flattens tokenized sentences into a side. Token weights need the other side's key
    /// document frequencies: a token whose keys occur in a fraction p of the other side's
    /// sentences matches a random sentence with probability ≈ p, so a match is worth log(q / p)
    /// nats against chance, with q = 0.5 the rate at which a token of a true translation finds
    /// its counterpart. Tokens with p ≥ q (articles, prepositions) weigh nothing but stay in the
    /// match lists: in a many-sentence bead each of their matches still pays the merge cost
    /// (see `BeadSearch.beadScore`), which measurably keeps unrelated sentences out of beads.
    static func side(_ tokenized: Tokenized, typeKeys: [[UInt32]], otherDocumentFrequency: [Int32], otherCount: Int) -> BitextSide {
        var side = BitextSide()
        side.charLengths = tokenized.charLengths
        side.stems = tokenized.types.map(\.stem)
        let q = 0.5, total = Double(max(otherCount, 1))
        var typeWeights: [Float] = []
        typeWeights.reserveCapacity(typeKeys.count)
        for keys in typeKeys {
            var hits = 0
            for key in keys where Int(key) < otherDocumentFrequency.count { hits += Int(otherDocumentFrequency[Int(key)]) }
            let p = (Double(hits) + 0.5) / total
            typeWeights.append(Float(max(0, log(q / p))))
        }
        for tokens in tokenized.sentences {
            var kept = tokens
            if kept.count > BitextSide.maxTokens {
                // Keep the most informative tokens, in sentence order.
                let order = kept.indices.sorted { typeWeights[Int(kept[$0])] > typeWeights[Int(kept[$1])] }
                kept = order.prefix(BitextSide.maxTokens).sorted().map { kept[$0] }
            }
            // Key and token position packed in one integer: sorting plain integers is several
            // times faster than sorting tuples with a closure.
            var pairs: [UInt64] = []
            for (position, type) in kept.enumerated() {
                side.tokenStems.append(type)
                side.tokenWeights.append(typeWeights[Int(type)])
                for key in typeKeys[Int(type)] { pairs.append(UInt64(key) << 8 | UInt64(position)) }
            }
            pairs.sort()
            for pair in pairs { side.keys.append(UInt32(pair >> 8)); side.keyTokens.append(UInt8(truncatingIfNeeded: pair)) }
            side.tokenStart.append(side.tokenWeights.count)
            side.keyStart.append(side.keys.count)
        }
        return side
    }
}
