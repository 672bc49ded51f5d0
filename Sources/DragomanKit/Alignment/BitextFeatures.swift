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
        let tokenizer = Tokenizer()
        var typeIndex: [String: Int32] = [:]
        var result = Tokenized()
        result.sentences.reserveCapacity(sentences.count)
        var otherStemmer: SnowballStemmer? = nil
        if asSource && sameLanguage { otherStemmer = stemmer }
        for sentence in sentences {
            var tokens: [Int32] = []
            for token in tokenizer.tokenize(sentence) where token.kind != .punctuation {
                if let known = typeIndex[token.text] { tokens.append(known); continue }
                let type = makeType(token.text, isNumber: token.kind == .number, stemmer: stemmer, asSource: asSource, sameLanguageStemmer: otherStemmer)
                let index = Int32(result.types.count)
                result.types.append(type)
                typeIndex[token.text] = index
                tokens.append(index)
            }
            result.sentences.append(tokens)
            result.charLengths.append(sentence.utf8.count)
        }
        return result
    }

    private mutating func makeType(_ text: String, isNumber: Bool, stemmer: SnowballStemmer?, asSource: Bool, sameLanguageStemmer: SnowballStemmer?) -> BitextTokenType {
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

    /// Flattens tokenized sentences into a side. `extraCandidates` are learned translations per
    /// stem (source side only). Token weights need the other side's key document frequencies:
    /// a token whose keys occur in a fraction p of the other side's sentences matches a random
    /// sentence with probability ≈ p, so a match is worth log(q / p) nats against chance, with
    /// q = 0.5 the rate at which a token of a true translation finds its counterpart.
    static func side(_ tokenized: Tokenized, asSource: Bool, extraCandidates: [String: [UInt32]],
                     otherDocumentFrequency: [UInt32: Int], otherCount: Int) -> BitextSide {
        var side = BitextSide()
        side.charLengths = tokenized.charLengths
        side.stems = tokenized.types.map(\.stem)
        // Per type: its keys for this role, and its weight.
        var typeKeys: [[UInt32]] = []
        var typeWeights: [Float] = []
        typeKeys.reserveCapacity(tokenized.types.count)
        let q = TUNE.q, total = Double(max(otherCount, 1))
        for type in tokenized.types {
            var list = asSource ? type.candidateKeys : type.ownKeys
            if asSource, let extra = extraCandidates[type.stem] { list.append(contentsOf: extra) }
            list = Array(Set(list))
            var hits = 0
            for key in list { hits += otherDocumentFrequency[key] ?? 0 }
            let p = min(0.5, (Double(hits) + 0.5) / total)
            typeKeys.append(list)
            typeWeights.append(Float(max(0.05, log(q / p))))
        }
        for tokens in tokenized.sentences {
            var kept = tokens
            if kept.count > BitextSide.maxTokens {
                // Keep the most informative tokens, in sentence order.
                let order = kept.indices.sorted { typeWeights[Int(kept[$0])] > typeWeights[Int(kept[$1])] }
                kept = order.prefix(BitextSide.maxTokens).sorted().map { kept[$0] }
            }
            var pairs: [(UInt32, UInt8)] = []
            for (position, type) in kept.enumerated() {
                side.tokenStems.append(type)
                side.tokenWeights.append(typeWeights[Int(type)])
                for key in typeKeys[Int(type)] { pairs.append((key, UInt8(position))) }
            }
            pairs.sort { $0.0 < $1.0 }
            for (key, token) in pairs { side.keys.append(key); side.keyTokens.append(token) }
            side.tokenStart.append(side.tokenWeights.count)
            side.keyStart.append(side.keys.count)
        }
        return side
    }

    /// In how many sentences each key occurs, counting each sentence once.
    static func documentFrequency(_ tokenized: Tokenized, asSource: Bool, extraCandidates: [String: [UInt32]]) -> [UInt32: Int] {
        var frequency: [UInt32: Int] = [:]
        var seen = Set<UInt32>()
        for tokens in tokenized.sentences {
            seen.removeAll(keepingCapacity: true)
            for type in tokens {
                let info = tokenized.types[Int(type)]
                for key in asSource ? info.candidateKeys : info.ownKeys { seen.insert(key) }
                if asSource, let extra = extraCandidates[info.stem] { seen.formUnion(extra) }
            }
            for key in seen { frequency[key, default: 0] += 1 }
        }
        return frequency
    }
}
