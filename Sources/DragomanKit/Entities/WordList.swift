import Foundation

/// A language's word list (Debian's /usr/share/dict): used as weak evidence that a capitalised
/// word is a common word rather than a name. Held as 64-bit FNV-1a hashes of the UTF-8 lines, not
/// strings: the Bokmål list has ~935,000 entries, and a set of hashes is a tenth of the memory
/// and quick to build byte by byte (a false "common word" at 2⁻⁶⁴ odds does not matter).
public struct WordList: Sendable {
    private let hashes: Set<UInt64>
    public var count: Int { hashes.count }

    public init(words: some Sequence<String>) {
        hashes = Set(words.map { Self.fnv(Array($0.utf8)) })
    }

    /// Reads a list with one word per line; `latin1` for files in ISO-8859-1 (Debian's bokmaal).
    public init(contentsOf path: String, latin1: Bool = false) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DragomanError("cannot read the word list", file: path)
        }
        var set = Set<UInt64>(minimumCapacity: data.count / 9)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var empty = true
            @inline(__always) func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            for byte in bytes {
                if byte == 0x0A || byte == 0x0D {
                    if !empty { set.insert(hash) }
                    hash = 0xcbf2_9ce4_8422_2325; empty = true
                    continue
                }
                empty = false
                if latin1 && byte >= 0x80 {
                    // Latin-1 code point → two UTF-8 bytes.
                    mix(0xC0 | (byte >> 6)); mix(0x80 | (byte & 0x3F))
                } else {
                    mix(byte)
                }
            }
            if !empty { set.insert(hash) }
        }
        hashes = set
    }

    public func contains(_ word: String) -> Bool { hashes.contains(Self.fnv(Array(word.utf8))) }

    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The Debian list for a language, if installed.
    public static func systemPath(for language: LanguageCode) -> (path: String, latin1: Bool)? {
        switch language {
        case .german: ("/usr/share/dict/ngerman", false)
        case .dutch: ("/usr/share/dict/dutch", false)
        case .norwegian: ("/usr/share/dict/bokmaal", true)
        case .english: ("/usr/share/dict/american-english", false)
        default: nil
        }
    }
}

/// Word lists per language. Missing lists are simply absent: recognition then trusts its other cues.
public struct WordLists: Sendable {
    public var lists: [LanguageCode: WordList]
    public init(lists: [LanguageCode: WordList] = [:]) { self.lists = lists }

    /// Loads the installed Debian lists for the given languages.
    public static func system(languages: [LanguageCode] = LanguageCode.supported) -> WordLists {
        var lists: [LanguageCode: WordList] = [:]
        for language in languages {
            guard let (path, latin1) = WordList.systemPath(for: language),
                  let list = try? WordList(contentsOf: path, latin1: latin1) else { continue }
            lists[language] = list
        }
        return WordLists(lists: lists)
    }

    public subscript(language: LanguageCode) -> WordList? { lists[language] }
}
