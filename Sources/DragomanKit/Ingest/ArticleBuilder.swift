import Foundation

/// What the user may override when adding a file.
public struct IngestOptions: Sendable {
    public var language: LanguageCode?
    public var date: CalendarDate?
    public var encoding: TextDecoder.Encoding?
    public init(language: LanguageCode? = nil, date: CalendarDate? = nil, encoding: TextDecoder.Encoding? = nil) {
        self.language = language; self.date = date; self.encoding = encoding
    }
}

/// file bytes → `Article`: decode (or extract from HTML), clean, identify the language, split
/// into sentences. Pure: touches neither the store nor the disk.
public struct ArticleBuilder: Sendable {
    public let identifier: LanguageIdentifier
    private let decoder = TextDecoder()
    private let cleaner = ArticleCleaner()

    public init(identifier: LanguageIdentifier) { self.identifier = identifier }

    /// The language of an article from a bounded sample of its text (title first, then its
    /// lines), in two steps because identification costs in proportion to what it reads and was
    /// a third of the analysis: a short sample first, and the full one only when the short one
    /// is not clear-cut. Clear-cut means German, Dutch or English well ahead of every other
    /// language; Bokmål always gets the full sample, since telling it from Danish, Swedish and
    /// Nynorsk rests on a few marker words.
    public func identifyLanguage(title: String?, lines: [String]) -> LanguageIdentifier.Guess {
        var sample = title ?? ""
        var next = lines.startIndex
        func extend(to bytes: Int) {
            while next < lines.endIndex, sample.utf8.count < bytes { sample += "\n" + lines[next]; next += 1 }
        }
        extend(to: Self.quickSampleBytes)
        let quick = identifier.identify(sample)
        if next == lines.endIndex || (Self.clearCutLanguages.contains(quick.language) && quick.confidence >= Self.clearCutConfidence) {
            return quick
        }
        extend(to: Self.identificationSampleBytes)
        return identifier.identify(sample)
    }

    /// The sentences of a line without final punctuation: the whole line, unless the segmenter
    /// ends one inside it where `ArticleCleaner.holdsSentenceEnd` sees a sentence end too.
    static func unpunctuatedRanges(_ text: String, length: Int, segmenter: SentenceSegmenter) -> [Range<Int>] {
        guard ArticleCleaner.holdsSentenceEnd(Array(text.unicodeScalars)[...]) else { return [0..<length] }
        let ranges = segmenter.segment(text)
        return ranges.count > 1 ? ranges : [0..<length]
    }

    static let quickSampleBytes = 200
    static let clearCutLanguages: Set<LanguageCode> = [.german, .dutch, .english]
    /// `Guess.confidence` is the lead over the runner-up / 50 (mean rank distance): 0.8 is a
    /// lead of 40. On 200-byte windows of the dev data the highest lead of a wrong guess was
    /// 0.70 (English song lyrics opening a Norwegian text), and 98% of the German, Dutch and
    /// English windows lead by 0.8 or more (LanguageIdentifierTests.articleSample).
    static let clearCutConfidence = 0.8

    /// How much of an article language identification reads.
    static let identificationSampleBytes = 500

    /// Normalised text used for the content hash: white space runs folded, so re-saving an article
    /// with other line endings or spacing gives the same hash.
    public static func contentHash(of text: String) -> String {
        // Scalar by scalar into one byte buffer: splitting the String into Characters cost 7% of
        // an ingest. White space is Unicode White_Space (NBSP, ideographic space too).
        var canonical: [UInt8] = []
        canonical.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ScalarClass.isWhitespace(scalar) { pendingSpace = !canonical.isEmpty; continue }
            if pendingSpace { canonical.append(0x20); pendingSpace = false }
            if scalar.isASCII { canonical.append(UInt8(scalar.value)) } else { canonical.append(contentsOf: UTF8.encode(scalar)!) }
        }
        return SHA256.hex(canonical)
    }

    public func build(bytes: [UInt8], fileName: String, id: String, options: IngestOptions = .init()) throws -> Article {
        let text: String
        var dropped: [RemovedSpan] = []
        if options.encoding == nil, HTMLExtractor.looksLikeHTML(bytes) {
            let page = try HTMLExtractor().extract(bytes, file: fileName)
            text = decoder.normalise(page.text)
            dropped = page.removed
        } else {
            text = try decoder.decode(bytes, encoding: options.encoding, file: fileName)
        }
        var article = try build(text: text, fileName: fileName, id: id, options: options)
        // What the page lost before its text was taken comes first: it is not in the text.
        article.removed = dropped + article.removed
        return article
    }

    public func build(text: String, fileName: String, id: String, options: IngestOptions = .init()) throws -> Article {
        let cleaned = cleaner.clean(text)
        guard !cleaned.lines.isEmpty || cleaned.title != nil else {
            throw DragomanError("no article text is left after removing page chrome", file: fileName)
        }
        let language: LanguageCode
        if let forced = options.language {
            language = forced
        } else {
            let guess = identifyLanguage(title: cleaned.title, lines: cleaned.lines.map(\.text))
            guard guess.language.isSupported else {
                throw DragomanError("the text looks like \(guess.language.name) (\(guess.language)), which Dragoman does not support (de, nl, nb, en); if that is wrong, add it with --lang", file: fileName)
            }
            language = guess.language
        }
        guard SnowballStemmer(language: language) != nil || language.isSupported else {
            throw DragomanError("language \(language) is not supported (de, nl, nb, en)", file: fileName)
        }

        let segmenter = SentenceSegmenter(language: language)
        var sentences: [Sentence] = []
        for (paragraph, line) in cleaned.lines.enumerated() {
            // A headline-like line (standfirst, subheading, caption without a final stop) is one
            // sentence unless the segmenter finds one ending inside it: a standfirst that lost
            // only its last full stop still holds two sentences.
            let ranges = line.isUnpunctuated && line.role != .body ? Self.unpunctuatedRanges(line.text, length: line.span.length, segmenter: segmenter)
                : segmenter.segment(line.text)
            let lineText = ranges.count == 1 && ranges[0] == 0..<line.span.length ? nil : ScalarText(line.text)
            for range in ranges {
                let sentenceText = lineText?.substring(range) ?? line.text
                sentences.append(Sentence(index: sentences.count, text: sentenceText,
                                          span: TextSpan(start: line.span.start + range.lowerBound, end: line.span.start + range.upperBound),
                                          paragraph: paragraph, role: ranges.count == 1 ? line.role : (line.role == .caption ? .caption : .body)))
            }
        }
        return Article(id: id, fileName: fileName, language: language,
                       publicationDate: options.date ?? cleaned.publicationDate,
                       title: cleaned.title, titleSpan: cleaned.titleSpan, text: text,
                       sentences: sentences, removed: cleaned.removed,
                       contentHash: Self.contentHash(of: text))
    }
}
