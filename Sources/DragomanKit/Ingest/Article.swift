/// A cleaned article: the text the user added, what was removed from it and why, and its
/// sentences. Offsets are Unicode scalar offsets into `text` (the decoded file with the BOM
/// dropped and line endings normalised to LF), end exclusive — the convention of the seed gold.
public struct Article: Hashable, Codable, Sendable {
    /// Short stable id derived from the content hash ("a1b2c3d4e5f6").
    public var id: String
    /// The file name under `Corpus/`.
    public var fileName: String
    public var language: LanguageCode
    /// Publication date from a leading `date YYYY-MM[-DD]` line or `--date`.
    public var publicationDate: CalendarDate?
    public var title: String?
    public var titleSpan: TextSpan?
    /// The normalised full text of the file (offsets index this).
    public var text: String
    public var sentences: [Sentence]
    public var removed: [RemovedSpan]
    /// SHA-256 of the whitespace-normalised text: equal for the same article re-saved with other
    /// line endings or spacing.
    public var contentHash: String

    public init(id: String, fileName: String, language: LanguageCode, publicationDate: CalendarDate?,
                title: String?, titleSpan: TextSpan?, text: String, sentences: [Sentence],
                removed: [RemovedSpan], contentHash: String) {
        self.id = id; self.fileName = fileName; self.language = language
        self.publicationDate = publicationDate; self.title = title; self.titleSpan = titleSpan
        self.text = text; self.sentences = sentences; self.removed = removed; self.contentHash = contentHash
    }
}

public struct TextSpan: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
}

/// What a sentence is in the page's structure; filters on it let tests use only running text.
public enum SentenceRole: String, Codable, Sendable, CaseIterable {
    case body, standfirst, subheading, caption, fragment
}

public struct Sentence: Hashable, Codable, Sendable {
    /// 0-based position in the article.
    public var index: Int
    public var text: String
    public var span: TextSpan
    /// 0-based source paragraph (line block) the sentence came from.
    public var paragraph: Int
    public var role: SentenceRole

    public init(index: Int, text: String, span: TextSpan, paragraph: Int, role: SentenceRole) {
        self.index = index; self.text = text; self.span = span; self.paragraph = paragraph; self.role = role
    }
}

/// Text the cleaner removed, kept so `dragoman show ID --removed` can say what and why.
public struct RemovedSpan: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case metadata, widget, relatedLink = "related-link", sectionLabel = "section-label", tag
        case duplicateTitle = "duplicate-title", duplicateCaption = "duplicate-caption"
        case duplicateLine = "duplicate-line", commentForm = "comment-form", pageChrome = "page-chrome"
    }
    public var text: String
    public var span: TextSpan
    public var kind: Kind
    /// A human-readable reason ("reader prompt", "same as line 1 folded to ASCII").
    public var reason: String

    public init(text: String, span: TextSpan, kind: Kind, reason: String) {
        self.text = text; self.span = span; self.kind = kind; self.reason = reason
    }
}
