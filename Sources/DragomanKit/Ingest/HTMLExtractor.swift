import CLibXML2
import Foundation

/// Extracts an article's text from an HTML page with libxml2's HTML parser, which recovers broken
/// markup and sniffs `<meta charset>`. Keeps the article body's headings and paragraphs as lines;
/// drops navigation, headers, footers, asides, forms, scripts, styles, and elements whose class or
/// id names chrome (cookie, share, related, teaser, advert, newsletter, comment…), and ad blocks:
/// an element whose class or id names an ad ("ad-slot", "ads", "sponsored") or whose first line
/// is an ad label ("Anzeige", "Advertentie", "Annonse", "Advertisement"), label and copy alike.
/// A byline (an element whose class, id, itemprop or rel names a byline or an author, an
/// `<address>`, or a short block holding one) is removed as metadata.
public struct HTMLExtractor: Sendable {
    public struct Page: Sendable {
        /// `date …` line (when the page states a publication date), headline, paragraphs.
        public var text: String
        public var publicationDate: CalendarDate?
        public var title: String?
        /// What was dropped from the page before its text was taken, and why (navigation, ads,
        /// teaser lists, everything outside the `<article>`), for `dragoman show --removed`.
        /// These parts are not in the text, so their spans are empty, at 0.
        public var removed: [RemovedSpan] = []
    }

    public init() {}

    /// True when the bytes look like an HTML document rather than plain text.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // Plain text is the common case: it does not start with "<" (after a BOM and white
        // space), so most files are decided without building a string.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return true }
        return trimmed.hasPrefix("<") && (head.contains("<body") || head.contains("<p>") || head.contains("<p "))
    }

    /// Elements whose end tag HTML lets a page leave out, and void elements: an open one at
    /// the end of a file says nothing.
    static let optionalEnd: Set<String> = [
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "colgroup", "caption", "rt", "rp",
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    ]

    /// How a page that was cut off ends: inside the element it names ("aside"), or inside a tag
    /// or comment ("a tag"). Nil for a complete page. A page counts as cut off when it ends
    /// inside a tag, a comment or a script, or when it has neither `</body>` nor `</html>` and
    /// an element whose end tag may not be left out (a `div`, an `aside`) is still open; a
    /// stray unclosed `div` in a page that ends properly is not truncation.
    public static func truncation(_ bytes: [UInt8]) -> String? {
        var stack: [String] = []
        var closedDocument = false
        var i = 0
        let n = bytes.count
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
        }
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= n else { return nil }
            var k = start
            while k + needle.count <= n {
                if (0..<needle.count).allSatisfy({ lower(bytes[k + $0]) == needle[$0] }) { return k }
                k += 1
            }
            return nil
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                guard let end = find(Array("-->".utf8), from: i + 4) else { return "a comment" }
                i = end + 3; continue
            }
            var k = i + 1
            let closing = k < n && bytes[k] == UInt8(ascii: "/")
            if closing { k += 1 }
            let nameStart = k
            while k < n, isNameByte(bytes[k]) { k += 1 }
            let name = String(decoding: bytes[nameStart..<k].map(lower), as: UTF8.self)
            // A "<" that opens no tag ("a < b") is text.
            if name.isEmpty, !(k < n && (bytes[k] == UInt8(ascii: "!") || bytes[k] == UInt8(ascii: "?"))) { i += 1; continue }
            // The tag's end, past quoted attribute values.
            var quote: UInt8?
            while k < n {
                let b = bytes[k]
                if let q = quote { if b == q { quote = nil } }
                else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
                else if b == UInt8(ascii: ">") { break }
                k += 1
            }
            guard k < n else { return "a tag" }
            let selfClosing = bytes[k - 1] == UInt8(ascii: "/")
            i = k + 1
            if name.isEmpty { continue }   // <!DOCTYPE …>, <?xml …?>
            if closing {
                if name == "html" || name == "body" { closedDocument = true }
                if let open = stack.lastIndex(of: name) { stack.removeSubrange(open...) }
                continue
            }
            if name == "script" || name == "style" || name == "textarea" || name == "title" {
                guard let end = find(Array("</\(name)".utf8), from: i) else { return name }
                i = end; continue
            }
            if !selfClosing, !optionalEnd.contains(name) { stack.append(name) }
        }
        guard !closedDocument else { return nil }
        return stack.last
    }

    private static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
        "svg", "template", "select", "input", "label", "menu", "dialog", "object", "embed",
    ]
    private static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre", "td", "th", "caption",
    ]
    /// A figure and its caption describe a photo ("The Russian embassy in Vienna. Photo: …"):
    /// not the report's statements, and the credit inside would become a person and a date.
    private static let figureElements: Set<String> = ["figure", "figcaption", "picture"]
    /// Most text a cell of a data table holds (a table of dates and places, a schedule). A page
    /// laid out with a table holds its paragraphs in cells, and keeps them.
    static let maximumDataCellLength = 160
    private static let chromeMarkers = [
        "cookie", "consent", "share", "social", "related", "teaser", "advert", "promo", "newsletter",
        "comment", "breadcrumb", "sidebar", "subscribe", "paywall", "banner", "popup", "modal",
        "navigation", "navbar", "footer", "header", "menu", "widget", "recommend", "most-read", "trending", "tags",
        // ad slots: "ad", "ad-slot", "ads-top", "sponsored-content", "anzeige"
        "ad", "ads", "advertisement", "advertising", "sponsor", "sponsored", "anzeige", "anzeigen", "werbung",
        "advertentie", "annonse", "reklame",
    ]
    /// Labels that open an ad block, folded to lower case, in the four languages: the line says
    /// that what follows is paid copy, not the article.
    static let adLabels: Set<String> = [
        "anzeige", "werbung", "gesponsert", "sponsored", "advertisement", "advert", "ad", "sponsored content", "promoted",
        "paid content", "paid post", "advertentie", "gesponsord", "reclame", "annonse", "reklame", "sponset", "sponsa",
        "annonsørinnhold", "annonsorinnhold", "werbeanzeige", "publicité",
    ]

    public func extract(_ bytes: [UInt8], file: String) throws -> Page {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let encoding = Self.encodingOverride(bytes)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), file, encoding, options)
            }
        }
        guard let document else { throw DragomanError("the HTML page cannot be parsed", file: file) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw DragomanError("the HTML page has no content", file: file) }

        var publicationDate: CalendarDate?
        var documentTitle: String?
        var headline: String?
        collectMetadata(root, date: &publicationDate, title: &documentTitle)
        if publicationDate == nil { publicationDate = linkedDataDate(root) }

        // Prefer the <article> (or <main>) element; fall back to <body>.
        let container = findElement(root, named: "article") ?? findElement(root, named: "main") ?? findElement(root, named: "body") ?? root
        var blocks: [String] = []
        var removed: [RemovedSpan] = []
        // Everything beside the path from <body> down to the container stays outside the text.
        let body = findElement(root, named: "body") ?? root
        var current = container
        while current != body, let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
            for sibling in children(parent) where sibling != current && sibling.pointee.type == XML_ELEMENT_NODE {
                record(sibling, "outside the <\(name(container))> element", into: &removed)
            }
            current = parent
        }
        collectBlocks(container, into: &blocks, headline: &headline, removed: &removed)
        if headline == nil, let h1 = findElement(root, named: "h1") { headline = normalisedText(h1) }
        let title = headline ?? documentTitle.map(stripSiteName)

        var lines: [String] = []
        if let publicationDate { lines.append("date \(publicationDate)") }
        if let title, !title.isEmpty { lines.append(title) }
        for block in blocks where block != title { lines.append(block) }
        let text = lines.joined(separator: "\n\n")
        guard !blocks.isEmpty else { throw DragomanError("the HTML page has no article text", file: file) }
        return Page(text: text, publicationDate: publicationDate, title: title, removed: removed)
    }

    /// The encoding to read the page in when its declaration would garble it, else nil (libxml2
    /// follows `<meta charset>`). Bytes that are valid UTF-8 with letters beyond ASCII are
    /// UTF-8 whatever the page claims: read as Latin-1 they would turn "fünfte" into "fÃ¼nfte".
    /// A page labelled ISO-8859-1 or ASCII, or not labelled, whose bytes are not UTF-8 is read
    /// as Windows-1252, as browsers do (WHATWG Encoding): its 0x80–0x9F bytes are dashes and
    /// quotes ("–", "„"), which Latin-1 would turn into control characters that vanish.
    static func encodingOverride(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        if String(validating: bytes, as: UTF8.self) != nil { return "UTF-8" }
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        var declared: String?
        if let range = head.range(of: "charset") {
            let rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            declared = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
        guard let declared else { return "windows-1252" }
        return ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"]
            .contains(declared) ? "windows-1252" : nil
    }

    /// "Lavrov announces talks | Example News" → "Lavrov announces talks".
    private func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - "] {
            if let range = title.range(of: separator, options: .backwards), title.distance(from: range.upperBound, to: title.endIndex) < 40 {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    private func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { dragoman_xml_free(value) }
        return String(cString: value)
    }

    private func isChrome(_ node: xmlNodePtr) -> Bool {
        let element = name(node)
        if Self.droppedElements.contains(element) { return true }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
        if let role = attribute(node, "role")?.lowercased(), ["navigation", "banner", "contentinfo", "complementary", "dialog"].contains(role) {
            return true
        }
        let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "")).lowercased()
        guard !marks.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        // The article body itself often carries classes like "article-header-less"; only whole
        // class words count.
        let words = marks.split { !$0.isLetter && $0 != "-" }.map(String.init)
        return words.contains { word in Self.chromeMarkers.contains { word == $0 || word.hasPrefix($0 + "-") || word.hasSuffix("-" + $0) } }
    }

    private func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child { result.append(current); child = current.pointee.next }
        return result
    }

    private func findElement(_ node: xmlNodePtr, named wanted: String) -> xmlNodePtr? {
        if node.pointee.type == XML_ELEMENT_NODE, name(node) == wanted { return node }
        for child in children(node) where child.pointee.type == XML_ELEMENT_NODE {
            if let found = findElement(child, named: wanted) { return found }
        }
        return nil
    }

    private func collectMetadata(_ node: xmlNodePtr, date: inout CalendarDate?, title: inout String?) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        switch name(node) {
        case "meta":
            let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "").lowercased()
            if date == nil, ["article:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date"].contains(key),
               let content = attribute(node, "content") {
                date = Self.parseDate(content)
            }
        case "time":
            if date == nil, let value = attribute(node, "datetime") { date = Self.parseDate(value) }
        case "title":
            if title == nil { title = normalisedText(node) }
        default: break
        }
        for child in children(node) { collectMetadata(child, date: &date, title: &title) }
    }

    /// `datePublished` (else `dateCreated`) of the page's JSON-LD (`<script
    /// type="application/ld+json">`), looked for through `@graph` lists and arrays: many news
    /// sites state the date nowhere else.
    private func linkedDataDate(_ root: xmlNodePtr) -> CalendarDate? {
        var scripts: [String] = []
        func walk(_ node: xmlNodePtr) {
            for child in children(node) where child.pointee.type == XML_ELEMENT_NODE {
                if name(child) == "script", attribute(child, "type")?.lowercased().contains("ld+json") == true,
                   let content = xmlNodeGetContent(child) {
                    scripts.append(String(cString: content))
                    dragoman_xml_free(content)
                } else {
                    walk(child)
                }
            }
        }
        walk(root)
        for script in scripts {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]) else { continue }
            for key in ["datePublished", "dateCreated"] {
                if let value = Self.firstValue(of: key, in: json), let date = Self.parseDate(value) { return date }
            }
        }
        return nil
    }

    /// The first string under `key` in a JSON value, depth first.
    static func firstValue(of key: String, in json: Any) -> String? {
        if let object = json as? [String: Any] {
            if let value = object[key] as? String { return value }
            for nested in object.keys.sorted() { if let found = firstValue(of: key, in: object[nested]!) { return found } }
        } else if let array = json as? [Any] {
            for element in array { if let found = firstValue(of: key, in: element) { return found } }
        }
        return nil
    }

    static func parseDate(_ text: String) -> CalendarDate? {
        let prefix = String(text.trimmingCharacters(in: .whitespaces).prefix(10))
        return CalendarDate(parsing: prefix) ?? CalendarDate(parsing: String(prefix.prefix(7)))
    }

    private func collectBlocks(_ node: xmlNodePtr, into blocks: inout [String], headline: inout String?, removed: inout [RemovedSpan]) {
        for child in children(node) where child.pointee.type == XML_ELEMENT_NODE {
            let element = name(child)
            if isChrome(child) { record(child, "page chrome (<\(element)>\(marks(child)))", into: &removed); continue }
            if Self.figureElements.contains(element) { record(child, "photo or caption (<\(element)>)", into: &removed); continue }
            if element == "table", isDataTable(child) { record(child, "data table", into: &removed); continue }
            // A byline is metadata about the page, not article text: it would become a sentence,
            // a person mention and a brief item.
            if let mark = bylineMark(child) {
                record(child, "byline (<\(element)>\(mark))", kind: .metadata, into: &removed); continue
            }
            // An ad block is short; a long container that opens with a label (an empty ad slot
            // before the article's paragraphs) keeps its text.
            if Self.isAdLabel(firstLine(child)), normalisedText(child).count <= Self.maximumAdLength {
                record(child, "ad block (labelled \"\(firstLine(child) ?? "")\")", into: &removed); continue
            }
            if Self.blockElements.contains(element) {
                let text = normalisedText(child)
                guard !text.isEmpty else { continue }
                // Short link-only blocks are teasers ("Read more: …" lists).
                if element == "li" || element == "p", isMostlyLinks(child, textLength: text.count) {
                    record(child, "teaser links", into: &removed); continue
                }
                if element == "h1", headline == nil { headline = text; continue }
                blocks.append(text)
            } else {
                collectBlocks(child, into: &blocks, headline: &headline, removed: &removed)
            }
        }
    }

    /// Elements whose text is code or markup, not words of the page: never listed as removed.
    static let unlisted: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "link", "meta", "iframe"]

    /// Notes an element dropped from the page (its words, and why) unless it holds no words.
    private func record(_ node: xmlNodePtr, _ reason: String, kind: RemovedSpan.Kind = .pageChrome, into removed: inout [RemovedSpan]) {
        guard !Self.unlisted.contains(name(node)) else { return }
        let text = listingText(node)
        guard !text.isEmpty else { return }
        removed.append(RemovedSpan(text: text, span: TextSpan(start: 0, end: 0), kind: kind, reason: reason))
    }

    /// Elements whose texts are separate items when a removed element is listed ("Home | World |
    /// Europe", "Read also | Russia expels …"): blocks, list items, headings, buttons, links
    /// that stand alone. `xmlNodeGetContent` runs their texts together.
    static let listingSeparated: Set<String> = blockElements.union([
        "div", "section", "article", "aside", "nav", "header", "footer", "ul", "ol", "dl", "table", "tr", "form", "button",
        "address", "figure", "main", "menu", "details", "summary", "option", "label",
    ])

    /// An element's text for `show --removed`: white space folded, and the texts of its blocks,
    /// list items and stand-alone links separated by " | ".
    func listingText(_ node: xmlNodePtr) -> String {
        var items: [String] = []
        var current = ""
        func flush() {
            let text = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { items.append(text) }
            current = ""
        }
        func hasText(_ sibling: xmlNodePtr?) -> Bool {
            guard let sibling, sibling.pointee.type == XML_TEXT_NODE else { return false }
            return !normalisedText(sibling).isEmpty
        }
        func walk(_ parent: xmlNodePtr) {
            for child in children(parent) {
                switch child.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = xmlNodeGetContent(child) {
                        current += String(cString: content)
                        dragoman_xml_free(content)
                    }
                case XML_ELEMENT_NODE:
                    let element = name(child)
                    if Self.unlisted.contains(element) { continue }
                    if element == "br" { current += " "; continue }
                    // A link inside running text ("see <a>the report</a>.") stays in its sentence.
                    let separate = Self.listingSeparated.contains(element)
                        || (element == "a" && !hasText(child.pointee.prev) && !hasText(child.pointee.next))
                    if separate { flush(); walk(child); flush() } else { walk(child) }
                default:
                    continue
                }
            }
        }
        walk(node)
        flush()
        return items.joined(separator: " | ")
    }

    /// Class, id, itemprop or rel words that mark a byline.
    static let bylineMarkers: Set<String> = ["byline", "author", "authors", "byline-author", "author-name", "article-author"]

    /// The most text a byline holds ("By Ingrid Haugen and Mark Ellison, Oslo"): a longer block
    /// that merely links its author is article text.
    static let maximumBylineLength = 160

    /// How `node` is marked as a byline (" class=\"byline\"", the `<address>` element), when it
    /// is one: its class, id, itemprop or rel names a byline or an author, or it is an
    /// `<address>`; or it is a short block holding such an element ("<p>By <span
    /// class="author">…</span></p>"). Nil for anything else.
    private func bylineMark(_ node: xmlNodePtr) -> String? {
        func ownMark(_ element: xmlNodePtr) -> String? {
            if name(element) == "address" { return "" }
            for key in ["class", "id", "itemprop", "rel"] {
                guard let value = attribute(element, key)?.lowercased() else { continue }
                let words = value.split { !$0.isLetter && $0 != "-" && $0 != "_" }.map(String.init)
                let marked = words.contains { word in
                    Self.bylineMarkers.contains(word) || word.hasPrefix("byline") || word.hasSuffix("-byline")
                        || word.hasSuffix("-author") || word.hasSuffix("_author") || word.hasPrefix("author-") || word.hasPrefix("author_")
                }
                if marked { return " \(key)=\"\(value)\"" }
            }
            return nil
        }
        if let mark = ownMark(node) { return mark }
        guard Self.blockElements.contains(name(node)) else { return nil }
        let length = normalisedText(node).count
        guard length > 0, length <= Self.maximumBylineLength else { return nil }
        func find(_ parent: xmlNodePtr) -> String? {
            for child in children(parent) where child.pointee.type == XML_ELEMENT_NODE {
                if let mark = ownMark(child) { return " with <\(name(child))>" + mark }
                if let mark = find(child) { return mark }
            }
            return nil
        }
        return find(node)
    }

    /// The class and id an element was recognised by, for the reason (" class=\"ad-slot\"").
    private func marks(_ node: xmlNodePtr) -> String {
        [("class", attribute(node, "class")), ("id", attribute(node, "id"))].compactMap { key, value in
            value.map { " \(key)=\"\($0)\"" }
        }.joined()
    }

    /// The most text an ad block holds (label and copy); longer containers are not dropped for
    /// opening with a label.
    static let maximumAdLength = 400

    /// "Anzeige", "ADVERTISEMENT", "Sponsored:": an ad label alone on its line.
    static func isAdLabel(_ line: String?) -> Bool {
        guard let line else { return false }
        let folded = line.lowercased().trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))
        return adLabels.contains(folded)
    }

    /// The first line of an element's text: its first non-empty text node or block element,
    /// in document order, when that comes before any other block. A block element's line is
    /// the block itself, so a lone label paragraph is not mistaken for a block that starts with
    /// one: only a container (a `div` whose first line is the label) is an ad block.
    private func firstLine(_ node: xmlNodePtr) -> String? {
        guard !Self.blockElements.contains(name(node)) else { return nil }
        for child in children(node) {
            switch child.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = normalisedText(child)
                if !text.isEmpty { return text }
            case XML_ELEMENT_NODE:
                if isChrome(child) { continue }
                if Self.blockElements.contains(name(child)) {
                    let text = normalisedText(child)
                    if !text.isEmpty { return text }
                } else if let line = firstLine(child) {
                    return line
                } else if !normalisedText(child).isEmpty {
                    return nil
                }
            default:
                continue
            }
        }
        return nil
    }

    private func isMostlyLinks(_ node: xmlNodePtr, textLength: Int) -> Bool {
        var linked = 0
        func walk(_ current: xmlNodePtr) {
            for child in children(current) where child.pointee.type == XML_ELEMENT_NODE {
                if name(child) == "a" { linked += normalisedText(child).count } else { walk(child) }
            }
        }
        walk(node)
        return textLength > 0 && Double(linked) / Double(textLength) > 0.8
    }

    /// A table of short cells (dates, places, figures): data, not prose. Its cells would become
    /// one-word "sentences" and section labels.
    private func isDataTable(_ node: xmlNodePtr) -> Bool {
        var longest = 0
        func walk(_ current: xmlNodePtr) {
            for child in children(current) where child.pointee.type == XML_ELEMENT_NODE {
                if name(child) == "td" || name(child) == "th" { longest = max(longest, normalisedText(child).count) } else { walk(child) }
            }
        }
        walk(node)
        return longest <= Self.maximumDataCellLength
    }

    /// The element's text with runs of white space folded to one space. A `<br>` is a space:
    /// "verhandelt.<br>Die Gespräche" are two sentences, not the word "verhandelt.Die".
    private func normalisedText(_ node: xmlNodePtr) -> String {
        var text = ""
        func walk(_ parent: xmlNodePtr) {
            for child in children(parent) {
                switch child.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
                    if let content = xmlNodeGetContent(child) {
                        text += String(cString: content)
                        dragoman_xml_free(content)
                    }
                case XML_ELEMENT_NODE:
                    if name(child) == "br" { text += " " } else { walk(child) }
                default:
                    continue
                }
            }
        }
        if node.pointee.type == XML_ELEMENT_NODE { walk(node) } else if let content = xmlNodeGetContent(node) {
            text = String(cString: content)
            dragoman_xml_free(content)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
