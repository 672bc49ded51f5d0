import Foundation

/// The corpus-level entity stage: recognise every report, link across reports, and (with a
/// store) replace the entity tables in one transaction. Rebuilt whole when the fingerprint of
/// corpus + glossary changes; linking is corpus-wide, so there is no per-article update.
public enum EntityIndex {
    public struct Result: Sendable {
        public var mentions: [EntityMention]
        public var entities: [CanonicalEntity]
        public var proposals: [GlossaryProposal]
        /// The year reports without a year of their own were read in, if any.
        public var corpusYear: Int?
    }

    /// Bump when recognition or linking changes, so stored results are rebuilt.
    public static let version = 29

    public static func build(articles: [Article], recognizer: EntityRecognizer, aligned: [AlignedSentencePair] = []) -> Result {
        let years = yearVotes(articles)
        let distinctive = distinctiveWords(articles)
        let crossLingual = crossLingualNames(articles, words: distinctive)
        var perArticle: [EntityLinker.ArticleMentions] = []
        let corpusYear = years.total.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        let corpusYears = years.total.keys.min().flatMap { low in years.total.keys.max().map { low...$0 } }
        // Reports without a publication date take their year from the days other reports date
        // (the same events), so only they need the other reports' days.
        let days = articles.contains { $0.publicationDate == nil } ? datedDays(articles) : [:]
        let neighbours = neighbourDates(articles, words: distinctive)
        // Per year, the first publication day of a dated report (the reports that use it have none).
        var firstPublishedDays: [Int: Int] = [:]
        for article in articles {
            guard let date = article.publicationDate, let month = date.month, let day = date.day else { continue }
            firstPublishedDays[date.year] = min(firstPublishedDays[date.year] ?? .max, month * 100 + day)
        }
        for article in articles {
            // The corpus year from the other reports' dates, so a report does not vote for itself.
            var votes = years.total
            for (year, n) in years.perArticle[article.id] ?? [:] { votes[year, default: 0] -= n }
            let year = votes.filter { $0.value > 0 }.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
            var yearsOfDays: [Int: [Int: Int]] = [:]
            if article.publicationDate == nil {
                for (other, dated) in days where other != article.id {
                    for day in dated { yearsOfDays[day.key, default: [:]][day.year, default: 0] += 1 }
                }
            }
            var context = DateRecognizer.Context(publicationDate: article.publicationDate, corpusYear: year,
                                                 corpusYears: corpusYears, yearsOfDays: yearsOfDays,
                                                 neighbourDate: neighbours[article.id],
                                                 firstPublishedDays: article.publicationDate == nil ? firstPublishedDays : [:])
            var mentions = recognizer.recognize(article, dateContext: context, crossLingualNames: crossLingual[article.language] ?? [])
            // A report without a publication date whose dateline gives a day without a year
            // ("OSLO, 4. desember (NTB) – …"): once the year is found, that day is when the report
            // was filed, and "tirsdag", "i går", "next week" count from it.
            if article.publicationDate == nil, let filed = Self.datelineDay(article, mentions) {
                context.publicationDate = filed
                mentions = recognizer.recognize(article, dateContext: context, crossLingualNames: crossLingual[article.language] ?? [])
            }
            perArticle.append(EntityLinker.ArticleMentions(articleID: article.id, language: article.language, mentions: mentions))
        }
        let linked = EntityLinker(glossary: recognizer.glossary).link(perArticle, aligned: aligned)
        return Result(mentions: linked.mentions, entities: linked.entities, proposals: linked.proposals, corpusYear: corpusYear)
    }

    /// The day-precision date recognised inside the wire dateline that opens the report's first
    /// sentence, if any.
    static func datelineDay(_ article: Article, _ mentions: [RecognizedMention]) -> CalendarDate? {
        guard let first = article.sentences.first, let end = WireDateline.datelineScalars(first.text) else { return nil }
        return mentions.first { $0.sentenceIndex == 0 && $0.kind == .date && $0.span.end <= end }
            .flatMap { $0.date?.value }.flatMap { $0.day != nil ? $0 : nil }
    }

    /// Years each report gives for itself: its publication year and the years written in its
    /// day-precision dates.
    static func yearVotes(_ articles: [Article]) -> (total: [Int: Int], perArticle: [String: [Int: Int]]) {
        let dates = DateRecognizer()
        var total: [Int: Int] = [:], perArticle: [String: [Int: Int]] = [:]
        for article in articles {
            var mine: [Int: Int] = [:]
            if let pub = article.publicationDate { mine[pub.year, default: 0] += 1 }
            for (index, sentence) in article.sentences.enumerated() {
                for found in dates.scan(sentence.text, sentence: index, language: article.language) {
                    if case .day(_, _, let y?) = found.raw { mine[y, default: 0] += 1 }
                }
            }
            perArticle[article.id] = mine
            for (y, n) in mine { total[y, default: 0] += n }
        }
        return (total, perArticle)
    }

    /// The days of the year (`month * 100 + day`) each report dates with a year of its own: one it
    /// writes ("April 10, 2025", "27. februar 2025") or, in a report with a publication date, one
    /// read against that date ("10. april" in a June 2025 report). Never a year the corpus lent.
    static func datedDays(_ articles: [Article]) -> [String: Set<DayOfYearAndYear>] {
        let dates = DateRecognizer()
        var result: [String: Set<DayOfYearAndYear>] = [:]
        for article in articles {
            var mine = Set<DayOfYearAndYear>()
            let sentences = article.sentences.map(\.text)
            if let pub = article.publicationDate {
                for mention in dates.recognize(sentences: sentences, language: article.language, context: .init(publicationDate: pub))
                where mention.kind == .explicit {
                    if let value = mention.value, let m = value.month, let d = value.day { mine.insert(DayOfYearAndYear(key: m * 100 + d, year: value.year)) }
                }
            } else {
                for (index, sentence) in sentences.enumerated() {
                    for found in dates.scan(sentence, sentence: index, language: article.language) {
                        if case .day(let d, let m, let y?) = found.raw { mine.insert(DayOfYearAndYear(key: m * 100 + d, year: y)) }
                    }
                }
            }
            result[article.id] = mine
        }
        return result
    }

    struct DayOfYearAndYear: Hashable { var key: Int; var year: Int }

    /// For each report without a publication date, the publication date of the dated report that
    /// tells the same events: the one sharing the most distinctive words with it — names and
    /// numbers, which survive translation ("Reyes", "Spiridonovka", "25", "2016"), weighted by
    /// how few reports use them. None when too little is shared (fewer than `minimumShared`
    /// words, or less than `minimumShare` of the report's own), or when the reports that share
    /// nearly as much are dated more than a month apart (then the report's events are not one
    /// day's). A preview and a later report on the same round share some names; a translation
    /// or a report of the same day shares most of them, and only its date reads the preview's
    /// "am 8. April" the way the writer meant.
    static func neighbourDates(_ articles: [Article], words given: [String: DistinctiveWords]? = nil,
                               minimumShared: Int = 4, minimumShare: Double = 0.3) -> [String: CalendarDate] {
        guard articles.contains(where: { $0.publicationDate == nil }) else { return [:] }
        let words = (given ?? distinctiveWords(articles)).mapValues { $0.names.union($0.numbers) }
        var documentFrequency: [String: Int] = [:]
        for set in words.values { for word in set { documentFrequency[word, default: 0] += 1 } }
        let n = Double(articles.count)
        var result: [String: CalendarDate] = [:]
        for article in articles where article.publicationDate == nil {
            let mine = words[article.id] ?? []
            let scored: [(score: Double, date: CalendarDate)] = articles.compactMap { other in
                guard other.id != article.id, let date = other.publicationDate, let theirs = words[other.id] else { return nil }
                let shared = mine.intersection(theirs)
                guard shared.count >= minimumShared, Double(shared.count) >= minimumShare * Double(mine.count) else { return nil }
                return (shared.reduce(0) { $0 + log((n + 1) / Double(documentFrequency[$1] ?? 1)) }, date)
            }
            guard let best = scored.max(by: { $0.score < $1.score }), best.score > 0 else { continue }
            // Reports nearly as close must agree on the time, a month either way.
            let close = scored.filter { $0.score >= 0.75 * best.score }
            guard let bestDay = DateRecognizer.window(of: best.date)?.lowerBound,
                  close.allSatisfy({ DateRecognizer.window(of: $0.date).map { abs($0.lowerBound - bestDay) <= 31 } ?? false }) else { continue }
            result[article.id] = best.date
        }
        return result
    }

    /// The words of a report that survive translation: capitalised words of three letters or more
    /// that do not open a sentence (names, folded) and numbers of two digits or more.
    struct DistinctiveWords { var names: Set<String> = []; var numbers: Set<String> = [] }

    static func distinctiveWords(_ articles: [Article]) -> [String: DistinctiveWords] {
        let tokenizer = Tokenizer()
        return Dictionary(articles.map { article in
            var words = DistinctiveWords()
            for sentence in article.sentences {
                for (position, token) in tokenizer.tokenize(sentence.text).enumerated() {
                    switch token.kind {
                    case .number where token.text.count >= 2:
                        words.numbers.insert(token.text)
                    case .word where position > 0 && token.text.count >= 3 && token.text.unicodeScalars.first?.properties.isUppercase == true:
                        words.names.insert(TextFolding.fold(token.text))
                    default: continue
                    }
                }
            }
            return (article.id, words)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// For each language, the folded capitalised words (not sentence-initial) that also occur
    /// capitalised in reports in another language: names travel across languages, common nouns
    /// do not. A name is also found in its other languages' spellings, by its transliteration key
    /// (`NameKey`, words of five letters or more): German "Taschkent" is the English "Tashkent",
    /// though the German word list knows it as a capitalised word like any noun.
    static func crossLingualNames(_ articles: [Article], words: [String: DistinctiveWords]) -> [LanguageCode: Set<String>] {
        var languagesOf: [String: Set<LanguageCode>] = [:]
        var languagesOfKey: [String: Set<LanguageCode>] = [:]
        var keyed: [(word: String, key: String, language: LanguageCode)] = []
        for article in articles {
            for name in words[article.id]?.names ?? [] {
                languagesOf[name, default: []].insert(article.language)
                guard name.count >= 5 else { continue }
                let key = NameKey.wordKey(name, language: article.language)
                languagesOfKey[key, default: []].insert(article.language)
                keyed.append((name, key, article.language))
            }
        }
        var result: [LanguageCode: Set<String>] = [:]
        for (word, languages) in languagesOf where languages.count >= 2 {
            for language in languages { result[language, default: []].insert(word) }
        }
        for entry in keyed where (languagesOfKey[entry.key]?.count ?? 0) >= 2 {
            result[entry.language, default: []].insert(entry.word)
        }
        return result
    }
}
