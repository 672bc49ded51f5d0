import Foundation

/// TMX 1.4b export of an alignment graph: one translation unit per statement, one `<tuv>` per
/// language.
///
/// A TMX unit holds one variant per language, but a statement can hold sentences of two
/// reports in one language (two German reports saying the same). The unit then carries the
/// sentence of the report that comes first in the corpus; the others stay in the unit as
/// `<prop type="x-other-LANG">ARTICLE#I: text</prop>`, so nothing is lost and the unit is still
/// one row. A bead's two sentences of one report (1-2) are one segment, joined by a space.
/// A unit is a translation unit only when its variants translate each other: when a statement
/// holds reports joined by parallel links (a translation, a machine translation), the variants
/// are those reports (the group covering the most languages, then the first in the corpus), the
/// unit is `x-kind` `parallel`, and every independent report's sentence saying the same is an
/// `x-other-LANG` prop: a CAT tool must not take one agency's report for another's translation.
/// A statement with no parallel link is `x-kind` `same-fact`, one variant per language.
/// Properties: `x-statement`, `x-articles`, `x-sentences`, `x-kind`, `x-score` (the mean score
/// of the statement's links), `x-status`; per variant `x-article` and `x-sentences`.
public enum TMXWriter {
    public static let dtdFileName = "tmx14.dtd"

    public static func write(graph: AlignmentGraph, documents: [CorpusAlignDocument]) throws -> Data {
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        var linksOf: [String: [SentenceLink]] = [:]
        let statementOf = Dictionary(graph.statements.flatMap { s in s.members.map { ($0, s.id) } }, uniquingKeysWith: { a, _ in a })
        for link in graph.links where statementOf[link.a] != nil && statementOf[link.a] == statementOf[link.b] {
            linksOf[statementOf[link.a]!, default: []].append(link)
        }
        let languages = Set(documents.map(\.language.rawValue))
        var out = try AlignmentXMLWriter()
        out.doctype("tmx", system: dtdFileName)
        out.start("tmx"); out.attribute("version", "1.4")
        out.start("header")
        for (name, value) in [("creationtool", "Dragoman"), ("creationtoolversion", "1"), ("segtype", "sentence"),
                              ("o-tmf", "dragoman-alignment"), ("adminlang", "en"),
                              ("srclang", languages.count == 1 ? languages.first! : "*all*"), ("datatype", "plaintext")] {
            out.attribute(name, value)
        }
        out.end()
        out.start("body")
        for statement in graph.statements {
            let members = statement.members.filter { byID[$0.articleID] != nil }
            guard !members.isEmpty else { continue }
            let links = linksOf[statement.id] ?? []
            out.start("tu"); out.attribute("tuid", statement.id)
            out.element("prop", attributes: [("type", "x-statement")], text: statement.id)
            let articles = Array(Set(members.map(\.articleID))).sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
            out.element("prop", attributes: [("type", "x-articles")], text: articles.joined(separator: " "))
            out.element("prop", attributes: [("type", "x-sentences")], text: members.map(\.description).joined(separator: " "))
            let translations = parallelGroup(of: articles, links: links, language: { byID[$0]!.language.rawValue })
            out.element("prop", attributes: [("type", "x-kind")], text: translations == nil ? "same-fact" : "parallel")
            let score = links.isEmpty ? 1 : links.map(\.score).reduce(0, +) / Double(links.count)
            out.element("prop", attributes: [("type", "x-score")], text: String(format: "%.4f", score))
            out.element("prop", attributes: [("type", "x-status")], text: links.contains { $0.status == .confirmed } ? "confirmed" : "proposed")
            // Per language, the reports in corpus order; the variant is the first of them, or in a
            // parallel unit the first translation (none where no translation has the language).
            // Every other report of the language is a prop.
            var perLanguage: [String: [String]] = [:]
            for article in articles { perLanguage[byID[article]!.language.rawValue, default: []].append(article) }
            let variant = perLanguage.mapValues { reports in translations.map { group in reports.first(where: group.contains) } ?? reports.first }
            func text(_ article: String) -> (refs: [SentenceRef], text: String) {
                let refs = members.filter { $0.articleID == article }.sorted()
                let sentences = byID[article]!.sentences
                return (refs, refs.map { $0.index < sentences.count ? sentences[$0.index] : "" }.joined(separator: " "))
            }
            for language in perLanguage.keys.sorted() {
                for other in perLanguage[language]! where other != variant[language] ?? nil {
                    let (refs, value) = text(other)
                    out.element("prop", attributes: [("type", "x-other-\(language)")], text: refs.map(\.description).joined(separator: " ") + ": " + value)
                }
            }
            for language in perLanguage.keys.sorted() {
                guard let article = variant[language] ?? nil else { continue }
                let (refs, value) = text(article)
                out.start("tuv"); out.attribute("xml:lang", language)
                out.element("prop", attributes: [("type", "x-article")], text: article)
                out.element("prop", attributes: [("type", "x-sentences")], text: refs.map { String($0.index) }.joined(separator: " "))
                out.element("seg", text: value)
                out.end()
            }
            out.end()
        }
        out.end()
        out.end()
        return try out.finish()
    }

    /// The reports of a statement that parallel links join, when they span two languages or more:
    /// the group with the most languages, ties to the group holding the earliest report. Nil when
    /// no parallel link joins two languages.
    static func parallelGroup(of articles: [String], links: [SentenceLink], language: (String) -> String) -> Set<String>? {
        var parent = Dictionary(uniqueKeysWithValues: articles.map { ($0, $0) })
        func root(_ a: String) -> String { var a = a; while let p = parent[a], p != a { a = p }; return a }
        for link in links where link.kind == .parallel && link.a.articleID != link.b.articleID {
            guard parent[link.a.articleID] != nil, parent[link.b.articleID] != nil else { continue }
            let x = root(link.a.articleID), y = root(link.b.articleID)
            if x != y { parent[y] = x }
        }
        var groups: [String: [String]] = [:]
        for article in articles { groups[root(article), default: []].append(article) }
        let ranked = groups.values.map { (members: $0, languages: Set($0.map(language)).count, first: articles.firstIndex(of: $0[0]) ?? 0) }
            .filter { $0.languages >= 2 }
            .max { ($0.languages, -$0.first) < ($1.languages, -$1.first) }
        return ranked.map { Set($0.members) }
    }

    /// Validates TMX bytes against the TMX 1.4b DTD; returns the problems, empty when valid.
    public static func validate(_ data: Data) throws -> [String] {
        try AlignmentValidation.validateDTD(data, dtd: dtd, name: "alignment.tmx")
    }

    /// The element and attribute declarations of the TMX 1.4b DTD (LISA OSCAR,
    /// "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN"), without its change log.
    public static let dtd = """
    <!ENTITY lt "&#38;#60;" >
    <!ENTITY amp "&#38;#38;" >
    <!ENTITY gt "&#62;" >
    <!ENTITY apos "&#39;" >
    <!ENTITY quot "&#34;" >
    <!ENTITY % segtypes "block|paragraph|sentence|phrase" >
    <!ELEMENT tmx (header, body) >
    <!ATTLIST tmx version CDATA #FIXED "1.4" >
    <!ELEMENT header (note|prop|ude)* >
    <!ATTLIST header
       creationtool CDATA #REQUIRED
       creationtoolversion CDATA #REQUIRED
       segtype (%segtypes;) #REQUIRED
       o-tmf CDATA #REQUIRED
       adminlang CDATA #REQUIRED
       srclang CDATA #REQUIRED
       datatype CDATA #REQUIRED
       o-encoding CDATA #IMPLIED
       creationdate CDATA #IMPLIED
       creationid CDATA #IMPLIED
       changedate CDATA #IMPLIED
       changeid CDATA #IMPLIED >
    <!ELEMENT body (tu*) >
    <!ELEMENT note (#PCDATA) >
    <!ATTLIST note
       o-encoding CDATA #IMPLIED
       xml:lang CDATA #IMPLIED
       lang CDATA #IMPLIED >
    <!ELEMENT ude (map+) >
    <!ATTLIST ude
       name CDATA #REQUIRED
       base CDATA #IMPLIED >
    <!ELEMENT map EMPTY >
    <!ATTLIST map
       unicode CDATA #REQUIRED
       code CDATA #IMPLIED
       ent CDATA #IMPLIED
       subst CDATA #IMPLIED >
    <!ELEMENT prop (#PCDATA) >
    <!ATTLIST prop
       type CDATA #REQUIRED
       xml:lang CDATA #IMPLIED
       o-encoding CDATA #IMPLIED
       lang CDATA #IMPLIED >
    <!ELEMENT tu ((note|prop)*, tuv+) >
    <!ATTLIST tu
       tuid CDATA #IMPLIED
       o-encoding CDATA #IMPLIED
       datatype CDATA #IMPLIED
       usagecount CDATA #IMPLIED
       lastusagedate CDATA #IMPLIED
       creationtool CDATA #IMPLIED
       creationtoolversion CDATA #IMPLIED
       creationdate CDATA #IMPLIED
       creationid CDATA #IMPLIED
       changedate CDATA #IMPLIED
       segtype (%segtypes;) #IMPLIED
       changeid CDATA #IMPLIED
       o-tmf CDATA #IMPLIED
       srclang CDATA #IMPLIED >
    <!ELEMENT tuv ((note|prop)*, seg) >
    <!ATTLIST tuv
       xml:lang CDATA #REQUIRED
       o-encoding CDATA #IMPLIED
       datatype CDATA #IMPLIED
       usagecount CDATA #IMPLIED
       lastusagedate CDATA #IMPLIED
       creationtool CDATA #IMPLIED
       creationtoolversion CDATA #IMPLIED
       creationdate CDATA #IMPLIED
       creationid CDATA #IMPLIED
       changedate CDATA #IMPLIED
       o-tmf CDATA #IMPLIED
       changeid CDATA #IMPLIED
       lang CDATA #IMPLIED >
    <!ELEMENT seg (#PCDATA|bpt|ept|ph|it|hi|ut)* >
    <!ELEMENT bpt (#PCDATA|sub)* >
    <!ATTLIST bpt
       i CDATA #REQUIRED
       x CDATA #IMPLIED
       type CDATA #IMPLIED >
    <!ELEMENT ept (#PCDATA|sub)* >
    <!ATTLIST ept i CDATA #REQUIRED >
    <!ELEMENT sub (#PCDATA|bpt|ept|it|ph|hi|ut)* >
    <!ATTLIST sub
       datatype CDATA #IMPLIED
       type CDATA #IMPLIED >
    <!ELEMENT it (#PCDATA|sub)* >
    <!ATTLIST it
       pos (begin|end) #REQUIRED
       x CDATA #IMPLIED
       type CDATA #IMPLIED >
    <!ELEMENT ph (#PCDATA|sub)* >
    <!ATTLIST ph
       x CDATA #IMPLIED
       assoc CDATA #IMPLIED
       type CDATA #IMPLIED >
    <!ELEMENT hi (#PCDATA|bpt|ept|it|ph|hi|ut)* >
    <!ATTLIST hi
       x CDATA #IMPLIED
       type CDATA #IMPLIED >
    <!ELEMENT ut (#PCDATA|sub)* >
    <!ATTLIST ut x CDATA #IMPLIED >
    """
}
