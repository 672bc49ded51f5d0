/// Splits a paragraph into sentences. Offsets are Unicode scalar offsets into the paragraph,
/// end exclusive, trimmed of surrounding white space.
/// (First version: splits after . ! ? followed by space and an upper-case letter.)
public struct SentenceSegmenter: Sendable {
    public let language: LanguageCode
    public init(language: LanguageCode) { self.language = language }

    public func segment(_ paragraph: String) -> [Range<Int>] {
        let scalars = Array(paragraph.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        func push(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e { ranges.append(s..<e) }
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < scalars.count, "\"”“»’)".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j < scalars.count, scalars[j].properties.isWhitespace {
                    var k = j
                    while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
                    if k < scalars.count, scalars[k].properties.isUppercase || "„“\"«".unicodeScalars.contains(scalars[k]) {
                        push(j); start = j
                    }
                }
                i = j
            } else {
                i += 1
            }
        }
        push(scalars.count)
        return ranges
    }
}
