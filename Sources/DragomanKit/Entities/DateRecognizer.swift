import Foundation

/// Finds date expressions in a report's sentences and normalises them to `CalendarDate`s.
///
/// Rules (documented here because tests and the gold depend on them):
///
/// * **Explicit forms**: "10. April" (de, nb), "10 april" (nl), "April 10" / "10 April" / "the
///   3rd of November" (en), each with an optional year ("April 10, 2025"), abbreviated months
///   with their stop ("14. Okt. 2025", "Oct. 14, 2025", "Sept. 16"), ISO "2025-04-10",
///   "10.04.2025", and in German, Dutch and Norwegian "14.10.25" and "am 14.10."; month + year
///   ("Oktober 2024"), a month alone ("im Februar", "Mitte Oktober", "mid-October": the month,
///   the qualifier outside the span), a year alone ("2016" in "Ende 2016"), and years said in
///   words ("letztes Jahr", "vorig jaar", "i fjor", "last year").
/// * **Implicit years** ("10. April" with no year): with a publication date, its year, except that
///   in a past or present sentence a month after the publication month is last year's (news
///   reports what has happened: "Seit Februar verhandeln…" in October is this February), and in a
///   future sentence a month before it is next year's (a December report's "will meet on
///   10 January"). A past sentence's day after the publication day is last year's too; "seit",
///   "since", "sinds", "siden" before a date make it past whatever the tense, while after "ab",
///   "vanaf", "fra", "from" with neither a past verb in its own clause nor a future marker it is
///   the nearest occurrence (a June report's "from 1 September" is this September). Otherwise
///   (no publication date) the report's own year: the latest year written in one of its
///   day-precision dates ("April 10, 2025"); otherwise the year in which its weekdays fall on its
///   yearless days in the same or an adjacent sentence ("ended on Thursday" / "met on 12 March":
///   2026, when 12 March is a Thursday), among the corpus's years and one either side; otherwise
///   the year other reports give the same days ("10. April" where another report dated 2025
///   or writing "April 10, 2025" names it: the same event); otherwise the corpus year given
///   by the caller (the most common year of the other reports' dates), raised to the latest year
///   the report writes anywhere — a report that mentions "Oktober 2024" as past is not older than
///   2024 and writes out years precisely for dates outside its own year. With none of these the
///   date keeps no value: no guess. A year said in words after the date ("februari vorig jaar",
///   "im Februar letzten Jahres", "i februar i fjor") is that year, counted from the report's.
/// * **Publication day**: a day-precision publication date is the writer's today, and weekdays
///   and weeks resolve from it alone (not from an event the report dates near it). A weekday in a
///   past sentence, or next to a reporting verb ("said on Friday", "sa tirsdag"), is the latest
///   such day on or before it (the publication day itself on its own weekday); in a future
///   sentence the first after it; with no marker the nearer of the two, a tie looking back.
///   "next"/"kommenden"/"volgende"/"neste" before the weekday look ahead and "last"/"vergangenen"/
///   "vorige"/"forrige" back, a week away on the same weekday. A past (reporting) verb in the
///   weekday's own clause, with no future marker there, looks back too ("…, sa X til NTB onsdag"
///   after a future quote). A weekday of a named week ("vorige week dinsdag", "am Dienstag
///   letzter Woche", "tirsdag forrige uke", "next week on Tuesday") is that weekday in that week.
/// * **Anchor** (no publication day): a weekday or "this week" resolves against an explicit
///   day-precision date of the same event: in its own sentence, else in the sentence directly
///   before or after it unless the tenses contradict (future weekday, past date). A weekday may
///   also take the week an adjacent "diese Woche" resolved to. Failing these, a dateline — a full
///   date with its year, standing between punctuation in the first sentence ("…in Istanbul,
///   Turkey, April 10, 2025.") — dates the report like a publication day. A date further away is
///   another event, and the weekday keeps no value. With a publication date of month or year
///   precision, only explicit dates within six days of the publication period may anchor (a June
///   report's "tirsdag" is not near its "10. april"). Months and years ("in diesem Monat") take
///   the report's latest explicit day date when there is no publication month.
/// * **Weekdays** at an anchor: the day with that weekday in the anchor's ISO week — always
///   within six days of the anchor and unique ("am Mittwoch" with Thursday 27 February → 26
///   February).
/// * **Relative**: "diese Woche" → the publication day's or anchor's ISO week, "in diesem Monat" →
///   the publication month or the anchor's, "nächste Woche" / "last month" shift by one;
///   "heute"/"gestern" only with a publication day.
public struct DateRecognizer: Sendable {
    public struct Context: Sendable, Equatable {
        public var publicationDate: CalendarDate?
        /// The year most of the corpus is about, for reports that give no year of their own.
        public var corpusYear: Int?
        /// The years the corpus dates its events in (publication years and written years): the
        /// years in which a report's weekday may pin its yearless days, one either side allowed.
        public var corpusYears: ClosedRange<Int>?
        /// Days of the year that other reports date with a year of their own (written, or read
        /// against their publication date), keyed by `month * 100 + day`: year → number of reports.
        /// A report that names the same day ("10. April") most likely tells the same event.
        public var yearsOfDays: [Int: [Int: Int]]
        /// For a report without a publication date: the publication date of the dated report that
        /// tells the same events (`EntityIndex.neighbourDates`), its translation or a report of
        /// the same day. It places what the report leaves open in the same way a date of its own
        /// would ("the previous round was held in November", "next round in May", "yesterday"),
        /// but gives way to the report's own evidence of its year: a year it writes, its weekdays,
        /// a day other reports date.
        public var neighbourDate: CalendarDate?
        /// Per year, the first day (`month * 100 + day`) on which another report of the corpus was
        /// published: like the days reports date, a day the corpus has reached, so a month a
        /// report announces does not end before it.
        public var firstPublishedDays: [Int: Int]
        public init(publicationDate: CalendarDate? = nil, corpusYear: Int? = nil, corpusYears: ClosedRange<Int>? = nil,
                    yearsOfDays: [Int: [Int: Int]] = [:], neighbourDate: CalendarDate? = nil, firstPublishedDays: [Int: Int] = [:]) {
            self.publicationDate = publicationDate; self.corpusYear = corpusYear
            self.corpusYears = corpusYears; self.yearsOfDays = yearsOfDays; self.neighbourDate = neighbourDate
            self.firstPublishedDays = firstPublishedDays
        }
    }

    public init() {}

    /// What an expression says before resolution.
    enum Raw: Equatable {
        case day(day: Int, month: Int, year: Int?)
        case month(month: Int, year: Int?)
        case year(Int)
        case weekday(Int)
        /// unit: "week", "month", "year", "day"; offset: 0 = this, 1 = next, −1 = last.
        case relative(unit: String, offset: Int)
    }

    struct Found: Equatable {
        var sentence: Int
        var span: TextSpan
        var text: String
        var raw: Raw
        /// A direction the words around the expression give, overriding the sentence's tense:
        /// −1 looks back ("seit Februar", "since March": always a past month; "said on Tuesday":
        /// the day of a statement; "last Tuesday"), +1 ahead ("next Tuesday"), 0 none.
        var lean = 0
        /// The lean is said outright by a demonstrative ("next Tuesday", "vorige dinsdag").
        var strict = false
        /// Punctuation or the sentence's edge on both sides, as in a dateline ("Istanbul,
        /// April 10, 2025 —"), not governed by a word ("on April 10, 2025").
        var detached = false
        /// A yearless day or month with a year said in words after it ("februari vorig jaar",
        /// "im Februar letzten Jahres", "i februar i fjor", "in February last year"): that year,
        /// as an offset from the report's year.
        var yearOffset: Int?
        /// A weekday of a named week ("vorige week dinsdag", "am Dienstag letzter Woche",
        /// "tirsdag forrige uke", "next week on Tuesday"): that week's offset from the report's
        /// week; the weekday is the one in that week, not the nearest.
        var weekOffset: Int?
        /// A yearless day with its weekday written right before it ("Thursday, May 28",
        /// "torsdag 28. mai", "am Donnerstag, dem 28. Mai"): the year is the one in which the day
        /// falls on that weekday.
        var apposedWeekday: Int?
        /// A weekday written right before a day of the month: that day (index into the found list).
        var apposedDay: Int?
        /// The date starts a span ("ab 1. September", "vanaf 1 september", "fra 1. september",
        /// "from Sept. 1"): a start points neither back nor ahead by itself; the tense of its own
        /// clause (a past one sets `lean`) or a future anywhere in the sentence places it.
        var startsSpan = false
    }

    /// All date expressions of one report, resolved where the report anchors them.
    public func recognize(sentences: [String], language: LanguageCode, context: Context = Context()) -> [DateMention] {
        let found = Self.apposingWeekdays(Self.sharingYears(sentences.enumerated().flatMap { index, text in scan(text, sentence: index, language: language) },
                                                            sentences: sentences), sentences: sentences)
        // Tense matters for sentences with a date of any kind (a yearless date's year, whether a
        // weekday may be anchored to a date in another sentence), so only those are read again.
        let tenseWords = DateWords.tense(language)
        var past: Set<Int> = [], future: Set<Int> = [], scheduled: Set<Int> = []
        for index in Set(found.map(\.sentence)) {
            // Lower-cased, not folded: folding makes the German subjunctive "würden" the past "wurden".
            let sequence = Tokenizer().tokenize(sentences[index]).map { $0.text.lowercased() }
            let words = Set(sequence)
            // The main clause's own tense first: a future relative clause ("…, die erste, die auf
            // US-Boden abgehalten wird") does not make "trafen sich am Donnerstag" next Thursday.
            let clauses = SentenceRoundFeatures(ref: SentenceRef(articleID: "", index: index), language: language,
                                                text: sentences[index], mentions: [], placeNames: [:])
            if clauses.mainClauseMarked {
                if clauses.mainClauseTense == .future {
                    // A plan told in the past ("had originally been scheduled for May 28", "war
                    // für den 28. Mai geplant") points neither way: its day may have passed.
                    if DateWords.planToldInPast(sequence, language: language) { scheduled.insert(index) } else { future.insert(index) }
                } else if clauses.mainClauseTense == .past {
                    past.insert(index)
                }
                continue
            }
            if !words.isDisjoint(with: tenseWords.future) { future.insert(index) }
            else if sequence.indices.contains(where: { tenseWords.past.contains(sequence[$0]) && !DateWords.isPresentPassive(sequence, at: $0, language: language) }) {
                past.insert(index)
            }
            // "De volgende ronde wordt in mei in Ankara gehouden": the next round, and a step
            // granted ("Russische Experten dürfen im April … besichtigen"), lie ahead.
            else if clauses.nextRound != nil || clauses.grantsPermission { future.insert(index) }
            else if !words.isDisjoint(with: DateWords.scheduling(language)) { scheduled.insert(index) }
        }
        return resolve(found, context: context, pastSentences: past, futureSentences: future, scheduledSentences: scheduled)
    }

    /// Words that may stand between coordinated days: "and", "or", "as well as", a repeated
    /// preposition or article ("am 27. Februar und am 10. April 2025").
    static let coordinators: Set<String> = ["and", "or", "und", "oder", "sowie", "en", "of", "og", "eller", "samt",
                                            "am", "on", "op", "den", "the", "de", "het", "der", "dem", "i", "in"]

    /// "February 27 and April 10, 2025", "op 27 februari en 10 april 2025", "27. februar og
    /// 10. april 2025", "in februari en april 2025": a year written once, after the last of
    /// coordinated days or months in order, is the year of each. So is a year said in words ("am 27. Februar und am 10. April vergangenen
    /// Jahres", "on Feb. 27 and April 10 last year"). (Days out of order — "December 20 and
    /// January 5, 2026" — may straddle a new year and are left to the usual reading.)
    static func sharingYears(_ found: [Found], sentences: [String]) -> [Found] {
        var result = found
        // A day or a month (0 for "the whole month") with no year of its own, and the year and
        // (month, day) of one with a year.
        func yearless(_ raw: Raw) -> (month: Int, day: Int)? {
            switch raw {
            case .day(let d, let m, nil): return (m, d)
            case .month(let m, nil): return (m, 0)
            default: return nil
            }
        }
        func written(_ raw: Raw) -> (year: Int?, month: Int, day: Int)? {
            switch raw {
            case .day(let d, let m, let y): return (y, m, d)
            case .month(let m, let y): return (y, m, 0)
            default: return nil
            }
        }
        for k in result.indices.dropLast().reversed() {
            guard let (month, day) = yearless(result[k].raw), result[k].yearOffset == nil,
                  let next = written(result[k + 1].raw), next.year != nil || result[k + 1].yearOffset != nil,
                  (month, day) <= (next.month, next.day),
                  let between = text(between: result[k], and: result[k + 1], sentences: sentences) else { continue }
            let words = between.split { !$0.isLetter }.map(String.init)
            guard between.count <= 16, between.contains(where: { $0.isLetter || $0 == "," || $0 == "&" }),
                  words.allSatisfy(coordinators.contains) else { continue }
            // "in Februar und April 2025": months share the year as days do.
            result[k].raw = day == 0 ? .month(month: month, year: next.year) : .day(day: day, month: month, year: next.year)
            result[k].yearOffset = result[k + 1].yearOffset
        }
        return result
    }

    /// The lower-cased text between two expressions of one sentence, `first` before `second`;
    /// nil when they are in different sentences or overlap.
    static func text(between first: Found, and second: Found, sentences: [String]) -> String? {
        guard first.sentence == second.sentence, first.span.end <= second.span.start else { return nil }
        let scalars = Array(sentences[first.sentence].unicodeScalars)
        guard second.span.start <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[first.span.end..<second.span.start])).lowercased()
    }

    /// Words that may stand between a weekday and the day of the month it names: "Thursday,
    /// May 28", "am Donnerstag, dem 28. Mai", "torsdag den 28. mai".
    static let appositionWords: Set<String> = ["dem", "den", "the", "de"]

    /// Marks each weekday written right before a day of the month ("Thursday, May 28", "am
    /// kommenden Donnerstag, dem 28. Mai"): one day, whose weekday pins its year, whatever the
    /// sentence's tense or a "next" says.
    static func apposingWeekdays(_ found: [Found], sentences: [String]) -> [Found] {
        var result = found
        for k in result.indices.dropLast() {
            guard case .weekday(let weekday) = result[k].raw, result[k].weekOffset == nil,
                  case .day = result[k + 1].raw,
                  let between = text(between: result[k], and: result[k + 1], sentences: sentences),
                  between.count <= 6, between.allSatisfy({ $0.isLetter || $0 == " " || $0 == "," }),
                  between.split(whereSeparator: { !$0.isLetter }).allSatisfy({ appositionWords.contains(String($0)) }) else { continue }
            result[k].apposedDay = k + 1
            result[k + 1].apposedWeekday = weekday
        }
        return result
    }

    // MARK: - Scanning

    func scan(_ sentence: String, sentence index: Int, language: LanguageCode) -> [Found] {
        let tokens = Tokenizer().tokenize(sentence)
        let words = DateWords.forLanguage(language)
        let folded = tokens.map { TextFolding.fold($0.text) }
        let scalars = Array(sentence.unicodeScalars)
        var result: [Found] = []
        var i = 0
        func text(_ a: Int, _ b: Int) -> String {
            String(String.UnicodeScalarView(scalars[tokens[a].span.start..<tokens[b].span.end]))
        }
        func emit(_ a: Int, _ b: Int, _ raw: Raw, lean: Int = 0, strict: Bool = false, yearOffset: Int? = nil) {
            var found = Found(sentence: index, span: TextSpan(start: tokens[a].span.start, end: tokens[b].span.end), text: text(a, b), raw: raw,
                              lean: lean, strict: strict, yearOffset: yearOffset)
            // "seit (dem) 27. Februar", "since March", "sinds april", "siden februar": the date
            // lies before the time of writing whatever the tense ("verhandeln seit Februar").
            found.detached = (a == 0 || tokens[a - 1].kind == .punctuation) && (b + 1 == tokens.count || tokens[b + 1].kind == .punctuation)
            // The word right before the date, or before its article, is one of `set`.
            func after(_ set: Set<String>) -> Bool {
                a > 0 && (set.contains(folded[a - 1]) || (a > 1 && set.contains(folded[a - 2]) && words.articles.contains(folded[a - 1])))
            }
            if found.lean == 0, after(words.since) { found.lean = -1 }
            // "ab 1. September", "from Sept. 1": a start, placed by the tense of its own clause on
            // either side of the date, or of the clause after it when it opens the sentence ("From
            // Sept. 1, the sections were closed"), not by a past verb elsewhere ("…visas from Sept.
            // 1 under a timetable that was agreed" is a coming September). The first day of a
            // range ("from 2 to 4 September") is no start.
            if found.lean == 0, let from = words.startOfFromPhrase(before: a, in: folded),
               !(b + 1 < tokens.count && DateWords.rangeWords.contains(folded[b + 1])) {
                found.startsSpan = true
                let tense = DateWords.tense(language)
                func isPast(_ k: Int) -> Bool { tense.past.contains(tokens[k].text.lowercased()) || words.statementVerbs.contains(folded[k]) }
                // The verb before the phrase ("were closed from 1 September"), the verb right after
                // it ("ab dem 1. September wurden", "fra 1. september ble"), or the clause after the
                // comma of a phrase that opens the sentence.
                let before = clauseBounds(around: from).lowerBound..<from
                let pastBefore = before.contains(where: isPast) && !before.contains { tense.future.contains(tokens[$0].text.lowercased()) }
                let pastAfter = b + 1 < tokens.count && isPast(b + 1)
                let pastAfterComma = from == 0 && isComma(b + 1) && b + 2 < tokens.count && clauseIsPast(around: b + 2)
                if pastBefore || pastAfter || pastAfterComma { found.lean = -1 }
            }
            // "bis zum 1. Juli", "innen 1. juli", "by July 1": a deadline lies ahead unless its own
            // clause is told in the past ("had until 1 July").
            if found.lean == 0, !found.startsSpan, let by = words.startOfDeadlinePhrase(before: a, in: folded), !clauseIsPast(around: by) {
                found.lean = 1
            }
            result.append(found)
            i = b + 1
        }
        func dayNumber(_ k: Int) -> Int? {
            guard k < tokens.count else { return nil }
            var t = folded[k]
            if language == .english, t.count > 2, ["st", "nd", "rd", "th"].contains(String(t.suffix(2))) { t = String(t.dropLast(2)) }
            guard t.count <= 2, t.allSatisfy(\.isASCII), let n = Int(t), (1...31).contains(n) else { return nil }
            return n
        }
        func yearNumber(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].kind == .number, folded[k].count == 4, let n = Int(folded[k]), (1900...2099).contains(n) else { return nil }
            return n
        }
        func month(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].kind == .word else { return nil }
            var t = folded[k]
            if t.hasSuffix(".") { t.removeLast() }
            return words.months[t]
        }
        func isDot(_ k: Int) -> Bool { k < tokens.count && tokens[k].text == "." }
        func isGluedDot(_ k: Int) -> Bool { isDot(k) && tokens[k].span.start == tokens[k - 1].span.end }
        // The last token of a month name: its abbreviation's stop ("Okt.", "Sept.") belongs to it.
        func monthEnd(_ k: Int) -> Int { words.monthAbbreviations.contains(folded[k]) && isGluedDot(k + 1) ? k + 1 : k }
        // "um 14.10.", "om 14.10", "kl. 14.10.": a time, not a date.
        func afterClockWord(_ k: Int) -> Bool {
            var p = k - 1
            if p >= 0, isDot(p) { p -= 1 }
            return p >= 0 && words.clockWords.contains(folded[p])
        }
        func isComma(_ k: Int) -> Bool { k < tokens.count && tokens[k].text == "," }
        // The clause of token `k` (between punctuation, at most eight words either side) has a
        // past verb or a past reporting verb and no future marker: "sa Dartsjijev til NTB
        // onsdag", not "said it will meet on Tuesday" or "will be held on Tuesday".
        func clauseBounds(around k: Int) -> ClosedRange<Int> {
            var a = k, b = k
            while a > 0, k - a < 8, tokens[a - 1].kind != .punctuation { a -= 1 }
            while b + 1 < tokens.count, b - k < 8, tokens[b + 1].kind != .punctuation { b += 1 }
            return a...b
        }
        func clauseIsPast(around k: Int) -> Bool {
            let tense = DateWords.tense(language)
            let clause = clauseBounds(around: k).map { tokens[$0].text.lowercased() }
            guard !clause.contains(where: tense.future.contains) else { return false }
            return clause.contains { tense.past.contains($0) || words.statementVerbs.contains(TextFolding.fold($0)) }
        }
        // A year in words after a yearless date ending at token `e` ("februari vorig jaar", "im
        // Februar letzten Jahres", "i februar i fjor", "in February of last year"): the last
        // token of the phrase and its offset from the report's year.
        func yearInWords(after e: Int) -> (end: Int, offset: Int)? {
            var k = e + 1
            if k < tokens.count, ["of", "van", "des"].contains(folded[k]) { k += 1 }
            if let (length, offset) = DateWords.phrase(words.yearWords, folded, at: k) { return (k + length - 1, offset) }
            if k + 1 < tokens.count, let offset = words.demonstratives[folded[k]], words.units[folded[k + 1]] == "year" { return (k + 1, offset) }
            return nil
        }
        // A yearless day or month from token `a` to `e`, with a year in words after it if there is one.
        func emitYearless(_ a: Int, _ e: Int, _ raw: Raw) {
            if let said = yearInWords(after: e) { emit(a, said.end, raw, yearOffset: said.offset) } else { emit(a, e, raw) }
        }

        while i < tokens.count {
            let t = folded[i]
            // ISO and dotted numeric dates are single tokens.
            if tokens[i].kind == .number, let raw = Self.numericDate(t, twoDigitYears: words.dottedDates) { emit(i, i, raw); continue }
            // "am 14.10.": day and month with the ordinal's stop, where dates are written so and
            // the decimal separator is a comma; not a clock time ("um 14.10.", "kl. 14.10.").
            if words.dottedDates, tokens[i].kind == .number, isGluedDot(i + 1), let raw = Self.dayMonth(t), !afterClockWord(i) {
                emit(i, i + 1, raw); continue
            }
            // Day first: "10. April 2025", "10 april", "10th April", "14. Okt. 2025", "the 3rd of November".
            if let day = dayNumber(i) {
                var k = i + 1
                let dotted = isDot(k)
                if dotted { k += 1 }
                // English "3rd of November" wants an ordinal ("3rd", "the 3"): "5 of May's" is no date.
                if language == .english, !dotted, k < tokens.count, folded[k] == "of",
                   folded[i].last?.isLetter == true || (i > 0 && folded[i - 1] == "the") { k += 1 }
                if (dotted || language != .german), let m = month(k), day <= CalendarDate.daysIn(month: m, year: 2024) {
                    let e = monthEnd(k)
                    if let y = yearNumber(e + 1) { emit(i, e + 1, .day(day: day, month: m, year: y)) }
                    else if language == .english, isComma(e + 1), let y = yearNumber(e + 2) { emit(i, e + 2, .day(day: day, month: m, year: y)) }
                    else { emitYearless(i, e, .day(day: day, month: m, year: nil)) }
                    continue
                }
            }
            if let m = month(i) {
                let e = monthEnd(i)
                // English month first: "April 10", "April 10, 2025", "Oct. 14, 2025", "Sept. 16".
                if language == .english, let day = dayNumber(e + 1), day <= CalendarDate.daysIn(month: m, year: 2024) {
                    if isComma(e + 2), let y = yearNumber(e + 3) { emit(i, e + 3, .day(day: day, month: m, year: y)) }
                    else if let y = yearNumber(e + 2) { emit(i, e + 2, .day(day: day, month: m, year: y)) }
                    else { emitYearless(i, e + 1, .day(day: day, month: m, year: nil)) }
                    continue
                }
                if let y = yearNumber(e + 1) { emit(i, e + 1, .month(month: m, year: y)); continue }
                if monthAloneIsDate(i, tokens: tokens, folded: folded, language: language, words: words) {
                    emitYearless(i, e, .month(month: m, year: nil)); continue
                }
            }
            // A compound with a month for its first part ("das April-Treffen", "april-møtet"):
            // the meeting of that month.
            if tokens[i].kind == .word, let hyphen = t.firstIndex(of: "-"), let m = words.months[String(t[..<hyphen])],
               t.index(after: hyphen) < t.endIndex, t[t.index(after: hyphen)...].allSatisfy(\.isLetter) {
                emit(i, i, .month(month: m, year: nil)); continue
            }
            // "mid-October": the month, like "Mitte Oktober" and "midt i oktober", whose qualifier
            // stays outside the span as "Ende" does in "Ende 2016".
            if tokens[i].kind == .word, let prefix = words.midPrefixes.first(where: { t.hasPrefix($0) }),
               let m = words.months[String(t.dropFirst(prefix.count))] {
                let start = tokens[i].span.start + prefix.unicodeScalars.count
                result.append(Found(sentence: index, span: TextSpan(start: start, end: tokens[i].span.end),
                                    text: String(String.UnicodeScalarView(scalars[start..<tokens[i].span.end])), raw: .month(month: m, year: nil)))
                i += 1; continue
            }
            if let y = yearNumber(i), !isPartOfNumber(i, tokens: tokens) { emit(i, i, .year(y)); continue }
            // "next Tuesday", "am kommenden Dienstag", "vorige dinsdag", "forrige tirsdag": the
            // demonstrative says which way from the report's day ("this Friday": no way).
            if let offset = words.demonstratives[t], i + 1 < tokens.count, tokens[i + 1].kind == .word, let weekday = words.weekdays[folded[i + 1]] {
                emit(i, i + 1, .weekday(weekday), lean: offset.signum(), strict: offset != 0); continue
            }
            if tokens[i].kind == .word, let weekday = words.weekdays[t] {
                // A weekday of a named week after it: "Dienstag letzter Woche", "dinsdag vorige
                // week", "tirsdag (i) forrige uke", "Tuesday (of) last week": one date.
                var k = i + 1
                if k < tokens.count, DateWords.weekConnectors.contains(folded[k]) { k += 1 }
                if k + 1 < tokens.count, let offset = words.demonstratives[folded[k]], words.units[folded[k + 1]] == "week" {
                    emit(i, k + 1, .weekday(weekday), lean: offset.signum(), strict: offset != 0)
                    result[result.count - 1].weekOffset = offset
                    continue
                }
                // The day of a statement ("said on Tuesday", "sa Darchiev tirsdag", "Op dinsdag
                // verklaarde") lies before the report, whatever the tense of what was said
                // ("said on Friday that talks will resume"); so does a weekday whose own clause
                // is in the past ("…, sa Dartsjijev til NTB onsdag" after a future quote).
                // Not across punctuation: in "skal holdes onsdag, sa ambassadøren" the weekday is
                // the meeting's, and the statement is of another clause.
                let clause = clauseBounds(around: i)
                let near = max(clause.lowerBound, i - 3)..<min(clause.upperBound + 1, i + 3)
                let past = near.contains { words.statementVerbs.contains(folded[$0]) } || clauseIsPast(around: i)
                emit(i, i, .weekday(weekday), lean: past ? -1 : 0); continue
            }
            if let offset = words.demonstratives[t], i + 1 < tokens.count, let unit = words.units[folded[i + 1]] {
                // "vorige week dinsdag", "letzte Woche (am) Dienstag", "forrige uke (på) tirsdag",
                // "next week (on) Tuesday": the weekday of that week, one date.
                if unit == "week" {
                    var k = i + 2
                    if k < tokens.count, DateWords.weekdayPrepositions.contains(folded[k]) { k += 1 }
                    if k < tokens.count, tokens[k].kind == .word, let weekday = words.weekdays[folded[k]] {
                        emit(i, k, .weekday(weekday), lean: offset.signum(), strict: offset != 0)
                        result[result.count - 1].weekOffset = offset
                        continue
                    }
                }
                emit(i, i + 1, .relative(unit: unit, offset: offset)); continue
            }
            if let (length, offset) = DateWords.phrase(words.dayWords, folded, at: i) {
                emit(i, i + length - 1, .relative(unit: "day", offset: offset)); continue
            }
            if let (length, offset) = DateWords.phrase(words.yearWords, folded, at: i) {
                emit(i, i + length - 1, .relative(unit: "year", offset: offset)); continue
            }
            i += 1
        }
        return result
    }

    /// "2025-04-10", "2025-04", "10.04.2025"; with `twoDigitYears` also "14.10.25" (2025).
    static func numericDate(_ token: String, twoDigitYears: Bool = false) -> Raw? {
        if let iso = CalendarDate(parsing: token), iso.week == nil, token.contains("-") {
            if let m = iso.month { return iso.day.map { .day(day: $0, month: m, year: iso.year) } ?? .month(month: m, year: iso.year) }
        }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else { return nil }
        switch parts[2].count {
        case 4: break
        // Two digits: this century up to 69, the last one from 70 ("14.10.25" → 2025, "3.10.90" → 1990).
        case 2 where twoDigitYears: y += y < 70 ? 2000 : 1900
        default: return nil
        }
        guard (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return .day(day: d, month: m, year: y)
    }

    /// "14.10" (of "am 14.10."): a day and a month, each of one or two digits.
    static func dayMonth(_ token: String) -> Raw? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }), let d = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: 2024)).contains(d) else { return nil }
        return .day(day: d, month: m, year: nil)
    }

    /// A month name with neither day nor year is a date only where it cannot be another word:
    /// English "May"/"march" and Norwegian "mars"/"mai" need a preposition before them; other
    /// month names need to be capitalised in English and German.
    private func monthAloneIsDate(_ i: Int, tokens: [(text: String, span: TextSpan, kind: Token.Kind)], folded: [String],
                                  language: LanguageCode, words: DateWords) -> Bool {
        let surface = tokens[i].text
        let capitalised = surface.first?.isUppercase == true
        if (language == .english || language == .german) && !capitalised { return false }
        let previous = i > 0 ? folded[i - 1] : ""
        if words.ambiguousMonths.contains(folded[i]) { return words.monthPrepositions.contains(previous) }
        return true
    }

    private func isPartOfNumber(_ i: Int, tokens: [(text: String, span: TextSpan, kind: Token.Kind)]) -> Bool {
        // "06:45", "1.500": a colon or a digit group glued on either side.
        let before = i > 0 ? tokens[i - 1] : nil, after = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let before, before.text == ":", before.span.end == tokens[i].span.start { return true }
        if let after, after.text == ":", after.span.start == tokens[i].span.end { return true }
        return false
    }

    // MARK: - Resolution

    /// `pastSentences`: sentences in the past tense; their yearless dates are the latest
    /// occurrence not after the publication date ("the previous rounds were held on 27 February
    /// and 10 April" in an October report is this year's February, not next year's).
    func resolve(_ found: [Found], context: Context, pastSentences: Set<Int> = [], futureSentences: Set<Int> = [],
                 scheduledSentences: Set<Int> = []) -> [DateMention] {
        let pub = context.publicationDate
        // Years the report writes itself.
        let writtenYears: [Int] = found.compactMap {
            switch $0.raw {
            case .day(_, _, let y?), .month(_, let y?): return y
            case .year(let y): return y
            default: return nil
            }
        }
        let dayYears: [Int] = found.compactMap { if case .day(_, _, let y?) = $0.raw { return y } else { return nil } }
        // The year of a report without a publication date: the latest year it writes in a
        // day-precision date; else the year its weekdays fix for its yearless days ("on Thursday
        // … on 12 March" in a year when 12 March is a Thursday); else the year other reports give
        // the days it names (the same events); only then the corpus year, raised to the latest
        // year the report writes. Adding reports about other events does not move it.
        let ownYear: Int? = pub != nil ? nil : dayYears.max() ?? Self.pinnedYear(found, in: context.corpusYears)
        let linkedYear: Int? = pub != nil || ownYear != nil ? nil : Self.linkedYear(found, context.yearsOfDays)
        let fallbackYear: Int? = pub != nil ? nil : ownYear ?? linkedYear ?? context.corpusYear.map { max($0, writtenYears.max() ?? $0) }
        // Only the corpus year to go by: a month the report announces ("die nächste Runde soll im
        // Januar stattfinden") lies ahead, so it does not end before the first day the other
        // reports date in that year (`yearsOfDays`); such a month is the next year's. Read in the
        // corpus year, a 2025 corpus's "next round in January" would be a round before every
        // round it follows. A day keeps the corpus year: a preview's day ("SEATTLE, 14.
        // September – … werden sich am Donnerstag treffen") comes just before the days reported.
        let onlyCorpusYear = pub == nil && ownYear == nil && linkedYear == nil
        func firstDatedDay(in year: Int) -> Int? {
            ([context.firstPublishedDays[year]].compactMap { $0 } + context.yearsOfDays.filter { $0.value[year] != nil }.keys).min()
        }
        // A report with no date and no year of its own reads its yearless dates against the
        // neighbour's date, except a day other reports date (that day's year is known).
        let neighbour: CalendarDate? = pub == nil && ownYear == nil ? context.neighbourDate : nil
        func isLinkedDay(month: Int, day: Int?) -> Bool { day.map { context.yearsOfDays[month * 100 + $0] != nil } ?? false }

        // Which way a yearless date points from the report's date: −1 back (past tense, "seit"),
        // +1 ahead (future tense), 0 no marker.
        func lean(_ item: Found) -> Int {
            if item.lean != 0 { return item.lean }
            if futureSentences.contains(item.sentence) { return 1 }
            // A start looks back only when its own clause is past (then `lean` is set), not for a
            // past verb in another clause (`Found.startsSpan`).
            if item.startsSpan { return 0 }
            return pastSentences.contains(item.sentence) ? -1 : 0
        }

        // The latest month the report writes with its year ("began in February 2025").
        let latestWrittenMonth: (year: Int, month: Int)? = found.compactMap { item -> (year: Int, month: Int)? in
            switch item.raw {
            case .day(_, let m, let y?), .month(let m, let y?): return (y, m)
            default: return nil
            }
        }.max { ($0.year, $0.month) < ($1.year, $1.month) }

        func implicitYear(month: Int, day: Int?, lean: Int, scheduled: Bool = false, start: Bool = false) -> Int? {
            guard let pub = pub ?? (isLinkedDay(month: month, day: day) ? nil : neighbour) else {
                if onlyCorpusYear, lean > 0, day == nil, let year = fallbackYear {
                    if let first = firstDatedDay(in: year), month * 100 + 31 < first { return year + 1 }
                    // Nor is it a month the report itself has already told of: "the talks, which
                    // began in February 2025 … the 14th round is scheduled for February" is a
                    // later February.
                    if let latest = latestWrittenMonth, (year, month) <= (latest.year, latest.month) {
                        return max(year, month > latest.month ? latest.year : latest.year + 1)
                    }
                }
                return fallbackYear
            }
            // A year-precision publication date says nothing finer than its year.
            guard let pubMonth = pub.month else { return pub.year }
            switch lean {
            case ..<0:
                // Past tense: the latest occurrence that is not after the publication period
                // ("were held on 27 October" in a report of 20 October is last year's).
                let end = Self.ordinal(year: pub.year, month: pubMonth, day: pub.day ?? CalendarDate.daysIn(month: pubMonth, year: pub.year))
                return Self.ordinal(year: pub.year, month: month, day: day ?? 1) <= end ? pub.year : pub.year - 1
            case 1...:
                // Future tense: a month before the publication month is next year's.
                return month < pubMonth ? pub.year + 1 : pub.year
            default:
                // No marker (present tense): news reports what has happened or is happening, so a
                // month after the publication month is last year's ("Seit Februar verhandeln…" or
                // "die Gespräche aus dem Dezember dauern an" in October). But a meeting announced
                // in the present ("das Treffen findet am 3. November statt", "the talks take place
                // on 2 January") is the coming one when it is up to three months ahead, across
                // the turn of the year too. Compared by month, not day: "findet am 25. Oktober
                // statt" in a report of 20 October is this October.
                let ahead = (month - pubMonth + 12) % 12
                if scheduled, (1...3).contains(ahead) { return month < pubMonth ? pub.year + 1 : pub.year }
                // A start with no tense to place it ("die Konsularabteilungen sollen ab 1. September
                // wieder Visa ausstellen", "moeten vanaf 1 september weer visa afgeven") is its
                // nearest occurrence: a June report's "from 1 September" is this September, its
                // "from March" this March.
                if start, (1...5).contains(ahead) { return month < pubMonth ? pub.year + 1 : pub.year }
                return month > pubMonth ? pub.year - 1 : pub.year
            }
        }

        // First pass: explicit values.
        var values: [CalendarDate?] = []
        var implied: [Bool] = []
        for item in found {
            switch item.raw {
            case .day(let d, let m, let y):
                let year = y ?? item.yearOffset.flatMap { offset in (pub?.year ?? fallbackYear).map { $0 + offset } }
                    ?? item.apposedWeekday.flatMap { weekday in (pub?.year ?? fallbackYear).flatMap { Self.year(ofDay: d, month: m, weekday: weekday, near: $0) } }
                    ?? implicitYear(month: m, day: d, lean: lean(item), scheduled: scheduledSentences.contains(item.sentence), start: item.startsSpan)
                values.append(year.flatMap { year in CalendarDate(parsing: String(format: "%04d-%02d-%02d", year, m, d)) })
                implied.append(y == nil)
            case .month(let m, let y):
                values.append((y ?? item.yearOffset.flatMap { offset in (pub?.year ?? fallbackYear).map { $0 + offset } }
                               ?? implicitYear(month: m, day: nil, lean: lean(item), scheduled: scheduledSentences.contains(item.sentence), start: item.startsSpan))
                    .map { CalendarDate(year: $0, month: m) })
                implied.append(y == nil)
            case .year(let y):
                values.append(CalendarDate(year: y)); implied.append(false)
            default:
                values.append(nil); implied.append(false)
            }
        }

        // Anchors: explicit day-precision dates, restricted to the publication period.
        struct Anchor { var sentence: Int; var value: CalendarDate; var yearWritten: Bool; var detached: Bool }
        var anchors: [Anchor] = zip(found, values).compactMap { item, value in
            guard case .day(_, _, let year) = item.raw, let value else { return nil }
            return Anchor(sentence: item.sentence, value: value, yearWritten: year != nil, detached: item.detached)
        }
        if let pub, let window = Self.window(of: pub) {
            anchors = anchors.filter { a in
                guard let o = Self.ordinal(a.value) else { return false }
                return o >= window.lowerBound - 6 && o <= window.upperBound + 6
            }
        }
        // For months and years the report's latest date will do: the unit forgives a distant sentence.
        let reportAnchor = anchors.map(\.value).max()
        let publicationDay = pub?.granularity == .day ? pub : nil
        let neighbourDay = neighbour?.granularity == .day ? neighbour : nil

        func tense(_ sentence: Int) -> Int { futureSentences.contains(sentence) ? 1 : pastSentences.contains(sentence) ? -1 : 0 }
        // A future weekday is not the day of a past event, nor a past one of a future event.
        func clash(_ a: Int, _ b: Int) -> Bool { a * b < 0 }
        /// The date of the same event as a weekday or "this week" in `item`'s sentence: an explicit
        /// day in that sentence, else in the sentence directly before or after it if that one's
        /// tense does not contradict. A date further away is another event ("will meet on Thursday
        /// … The first round was held on February 27, 2025" is not February's Thursday).
        func eventAnchor(_ item: Found) -> CalendarDate? {
            if let own = anchors.filter({ $0.sentence == item.sentence }).map(\.value).max() { return own }
            return anchors.filter { abs($0.sentence - item.sentence) == 1 && !clash(lean(item), tense($0.sentence)) }.map(\.value).max()
        }
        // A dateline: the report's first sentence carrying a full date, year written, between
        // punctuation ("…in Istanbul, Turkey, April 10, 2025.", "ISTANBUL, April 10, 2025 —").
        // Without a publication day it dates the report, as a publication day would.
        let dateline = publicationDay == nil ? anchors.first { $0.sentence == 0 && $0.yearWritten && $0.detached }?.value : nil

        // Weeks before weekdays: "diese Woche" in the next sentence gives a weekday its week.
        var weekDays: [(sentence: Int, day: CalendarDate)] = []
        func relativeWeekDay(_ item: Found, offset: Int) -> CalendarDate? {
            let base = publicationDay ?? eventAnchor(item) ?? (clash(lean(item), tense(0)) ? nil : dateline)
            return base?.adding(days: 7 * offset)
        }
        for item in found {
            if case .relative("week", let offset) = item.raw, let day = relativeWeekDay(item, offset: offset) {
                weekDays.append((item.sentence, day))
            }
        }

        var result: [DateMention] = []
        for (index, item) in found.enumerated() {
            var value = values[index]
            var kind = DateKind.explicit
            switch item.raw {
            case .weekday(let weekday):
                kind = .weekday
                if let day = item.apposedDay, let date = values[day] {
                    // "Thursday, May 28": that day.
                    value = date
                } else if let offset = item.weekOffset {
                    // The weekday of the week the words name, seen from the report's day (or the
                    // event's): "vorige week dinsdag" in a Tuesday report is a week back.
                    value = relativeWeekDay(item, offset: offset).flatMap { Self.weekday(weekday, inWeekOf: $0) }
                } else if let p = publicationDay {
                    // The publication day is the writer's today, so it wins over any date the
                    // report gives: "said on Friday" in a Friday report is that Friday, however
                    // near a "14 October" stands in the report.
                    value = Self.weekday(weekday, from: p, lean: lean(item), strict: item.strict)
                } else if let anchor = eventAnchor(item) {
                    // "next Tuesday" after the event; otherwise the event's own week.
                    value = item.strict ? Self.weekday(weekday, from: anchor, lean: item.lean, strict: true) : Self.weekday(weekday, inWeekOf: anchor)
                } else if let week = weekDays.first(where: { abs($0.sentence - item.sentence) <= 1 && !clash(lean(item), tense($0.sentence)) }) {
                    value = item.strict ? Self.weekday(weekday, from: week.day, lean: item.lean, strict: true) : Self.weekday(weekday, inWeekOf: week.day)
                } else if let d = dateline, !clash(lean(item), tense(0)) {
                    value = Self.weekday(weekday, from: d, lean: lean(item), strict: item.strict)
                } else if let d = neighbourDay {
                    value = Self.weekday(weekday, from: d, lean: lean(item), strict: item.strict)
                }
            case .relative(let unit, let offset):
                kind = .relative
                switch unit {
                case "week": value = relativeWeekDay(item, offset: offset)?.isoWeek
                case "month":
                    // The publication month when there is one ("last month" in an October report
                    // is September, whatever day the report's events have).
                    if let a = pub?.month != nil ? pub : reportAnchor, let m = a.month {
                        let total = a.year * 12 + (m - 1) + offset
                        value = CalendarDate(year: total / 12, month: total % 12 + 1)
                    }
                case "year":
                    if let y = pub?.year ?? reportAnchor?.year ?? fallbackYear { value = CalendarDate(year: y + offset) }
                case "day": value = (publicationDay ?? neighbourDay)?.adding(days: offset)
                default: break
                }
            default: break
            }
            result.append(DateMention(sentenceIndex: item.sentence, span: item.span, text: item.text, value: value,
                                      kind: kind, impliedYear: implied[index]))
        }
        return result
    }

    /// The one year from `year` − 1 to `year` + 1 in which `day`.`month` falls on `weekday`
    /// (1 Monday … 7 Sunday); nil when none or more than one does.
    static func year(ofDay day: Int, month: Int, weekday: Int, near year: Int) -> Int? {
        let fitting = ((year - 1)...(year + 1)).filter { y in
            day <= CalendarDate.daysIn(month: month, year: y) && CalendarDate(year: y, month: month, day: day).isoWeekday == weekday
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The year in `years` (widened by one on either side) in which the report's weekdays fall on
    /// its yearless days: a weekday and a day of the month in the same or adjacent sentences tell
    /// one event ("has ended on Thursday …" / "met on 12 March"). Weekdays of statements ("said
    /// on Tuesday") and with a demonstrative ("next Friday") are other days and do not count.
    /// Nil unless one year fits more pairs than any other.
    static func pinnedYear(_ found: [Found], in years: ClosedRange<Int>?) -> Int? {
        guard let years else { return nil }
        let weekdays: [(sentence: Int, weekday: Int)] = found.compactMap {
            guard case .weekday(let w) = $0.raw, $0.lean == 0 else { return nil }
            return ($0.sentence, w)
        }
        let days: [(sentence: Int, day: Int, month: Int)] = found.compactMap {
            guard case .day(let d, let m, nil) = $0.raw, $0.yearOffset == nil else { return nil }
            return ($0.sentence, d, m)
        }
        guard !weekdays.isEmpty, !days.isEmpty else { return nil }
        var scores: [(year: Int, fits: Int)] = []
        for year in (years.lowerBound - 1)...(years.upperBound + 1) {
            var fits = 0
            for day in days where day.day <= CalendarDate.daysIn(month: day.month, year: year) {
                guard let weekday = CalendarDate(year: year, month: day.month, day: day.day).isoWeekday else { continue }
                fits += weekdays.filter { abs($0.sentence - day.sentence) <= 1 && $0.weekday == weekday }.count
            }
            if fits > 0 { scores.append((year, fits)) }
        }
        guard let best = scores.max(by: { $0.fits < $1.fits }), scores.filter({ $0.fits == best.fits }).count == 1 else { return nil }
        return best.year
    }

    /// The year other reports give most often to the yearless days this report names (`yearsOfDays`
    /// counts reports per year), ties going to the later year; nil when no other report names them.
    static func linkedYear(_ found: [Found], _ yearsOfDays: [Int: [Int: Int]]) -> Int? {
        var votes: [Int: Int] = [:]
        for item in found {
            guard case .day(let d, let m, nil) = item.raw, item.yearOffset == nil else { continue }
            for (year, n) in yearsOfDays[m * 100 + d] ?? [:] { votes[year, default: 0] += n }
        }
        return votes.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The day with `weekday` seen from the report's day `day`: in a past sentence the latest on
    /// or before it ("said on Friday" in a Friday report is that day), in a future one the first
    /// after it ("will meet on Friday" in a Friday report is a week on), with no tense marker the
    /// nearer of the two, a tie looking back ("kommen am Dienstag zusammen" in a Monday report is
    /// tomorrow). `strict`: the direction is said outright ("last Friday", "vorige vrijdag"), so
    /// the same weekday is a week away.
    static func weekday(_ weekday: Int, from day: CalendarDate, lean: Int, strict: Bool) -> CalendarDate? {
        guard let dayWeekday = day.isoWeekday else { return nil }
        let back = (dayWeekday - weekday + 7) % 7, ahead = (weekday - dayWeekday + 7) % 7
        if lean < 0 { return day.adding(days: -(back == 0 && strict ? 7 : back)) }
        if lean > 0 { return day.adding(days: ahead == 0 ? 7 : ahead) }
        return day.adding(days: ahead < back ? ahead : -back)
    }

    /// The day with `weekday` in the ISO week of `day`.
    static func weekday(_ weekday: Int, inWeekOf day: CalendarDate) -> CalendarDate? {
        day.isoWeekday.flatMap { day.adding(days: weekday - $0) }
    }

    /// Days since 0000-03-01 (a proleptic day number), for distances between dates.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    static func ordinal(_ date: CalendarDate) -> Int? {
        guard let m = date.month, let d = date.day else { return nil }
        return ordinal(year: date.year, month: m, day: d)
    }

    /// The days a publication date of any precision covers.
    static func window(of date: CalendarDate) -> ClosedRange<Int>? {
        switch date.granularity {
        case .day: return ordinal(date).map { $0...$0 }
        case .month:
            let m = date.month!
            return ordinal(year: date.year, month: m, day: 1)...ordinal(year: date.year, month: m, day: CalendarDate.daysIn(month: m, year: date.year))
        case .year: return ordinal(year: date.year, month: 1, day: 1)...ordinal(year: date.year, month: 12, day: 31)
        case .week: return nil
        }
    }
}

/// Month names, weekday names and relative-time words per language, keyed by folded form.
struct DateWords: Sendable {
    var months: [String: Int]
    var weekdays: [String: Int]
    /// "diese"/"deze"/"denne"/"this" → 0, "nächste"/"volgende"/"neste"/"next" → 1, "letzte"… → −1.
    var demonstratives: [String: Int]
    /// "woche" → "week", "monat" → "month"…
    var units: [String: String]
    /// One- or two-word day expressions ("heute", "i går") with their offset.
    var dayWords: [[String]: Int]
    var ambiguousMonths: Set<String>
    var monthPrepositions: Set<String>
    /// Fixed phrases for this or last year that no demonstrative + unit spells ("i år", "i fjor").
    var yearWords: [[String]: Int] = [:]
    /// "seit", "sinds", "siden", "since": a date after them lies in the past.
    var since: Set<String> = []
    /// Articles that may stand between "seit"/"since" and the date ("seit dem 27. Februar").
    var articles: Set<String> = []
    /// "ab", "vanaf", "fra", "from": a date after them starts a span, forward or back.
    var from: Set<String> = []
    /// Phrases that do the same ("fra og med", "met ingang van", "mit Wirkung vom", "as of"),
    /// folded word by word. "til og med" ("up to and including") is none.
    var fromPhrases: [[String]] = []
    /// "bis (zum)", "uiterlijk", "innen", "by", "until": a date after them is a deadline, the
    /// last day something may or must happen by, and so (unless its clause is past) ahead of
    /// the time of writing: "jede Seite darf ihr Personal bis zum 1. Juli aufstocken" in a
    /// February report is this July, not last July.
    var until: Set<String> = []
    /// Phrases that do the same ("tot en met", "no later than"), folded word by word.
    var untilPhrases: [[String]] = []
    /// The first word of the start word or phrase right before token `a`, or right before an
    /// article there ("ab dem 1. September", "fra og med 1. september"); nil when there is none.
    func startOfFromPhrase(before a: Int, in folded: [String]) -> Int? {
        Self.start(of: from, phrases: fromPhrases, before: a, in: folded, articles: articles)
    }

    /// The first word of the deadline word or phrase right before token `a` (or before an
    /// article there: "bis zum 1. Juli", "by the end of"); nil when there is none, or when the
    /// word closes a range ("vom 9. bis 11. März", "from 2 to 4 September": a number or a month
    /// stands before it).
    func startOfDeadlinePhrase(before a: Int, in folded: [String]) -> Int? {
        guard let start = Self.start(of: until, phrases: untilPhrases, before: a, in: folded, articles: articles.union(["zum", "zur"])) else { return nil }
        // The word before, past the stop of an ordinal day ("vom 9. bis 11. März").
        var k = start - 1
        if k > 0, folded[k] == "." { k -= 1 }
        if k >= 0 {
            let before = folded[k]
            if before.first?.isNumber == true || months[before] != nil || months[String(before.dropLast())] != nil { return nil }
        }
        return start
    }

    private static func start(of words: Set<String>, phrases: [[String]], before a: Int, in folded: [String], articles: Set<String>) -> Int? {
        var ends = [a - 1]
        if a >= 2, articles.contains(folded[a - 1]) { ends.append(a - 2) }
        for end in ends where end >= 0 {
            for phrase in phrases where end + 1 >= phrase.count && Array(folded[(end + 1 - phrase.count)...end]) == phrase {
                return end + 1 - phrase.count
            }
            if words.contains(folded[end]) { return end }
        }
        return nil
    }

    /// Words after the first day of a range ("from 9 to 11 March", "vom 9. bis 11. März").
    static let rangeWords: Set<String> = ["to", "until", "bis", "tot", "til"]
    /// Past forms of reporting verbs: a weekday next to one is the day something was said.
    var statementVerbs: Set<String> = []
    /// Dates are written "14.10.2025", "14.10.25" and "am 14.10.", and decimals with a comma.
    var dottedDates = false
    /// Words before a time ("um 14.10", "kl. 14.10"), so that it is not read as a date.
    var clockWords: Set<String> = []
    /// Prefixes of a month word that mean its middle ("mid-October").
    var midPrefixes: [String] = []
    /// Abbreviated month names ("okt", "sept", "mrt"), whose stop belongs to them ("14. Okt. 2025"):
    /// the short forms of a month that has a longer one ("Juni", "mei", "May" have none).
    var monthAbbreviations: Set<String> = []

    /// The phrase of `table` (folded words → offset) that starts at token `i`: its length in
    /// tokens and its offset.
    static func phrase(_ table: [[String]: Int], _ folded: [String], at i: Int) -> (Int, Int)? {
        for (words, offset) in table where i + words.count <= folded.count && Array(folded[i..<(i + words.count)]) == words {
            return (words.count, offset)
        }
        return nil
    }

    /// Words between a weekday and the week after it: "Tuesday of last week", "Dienstag der
    /// vergangenen Woche", "tirsdag i forrige uke", "dinsdag van vorige week".
    static let weekConnectors: Set<String> = ["of", "der", "i", "van"]
    /// Prepositions between a week and its weekday: "last week on Tuesday", "letzte Woche am
    /// Dienstag", "vorige week op dinsdag", "forrige uke på tirsdag".
    static let weekdayPrepositions: Set<String> = ["on", "am", "op", "pa"]

    /// Lower-cased past and future markers (auxiliaries and the commonest past forms of meeting
    /// verbs) that tell which way a yearless date in the sentence points from the report's date.
    /// Present forms that announce a scheduled meeting ("findet … statt", "vindt plaats",
    /// "finner sted", "takes place", "meet"): a yearless date in such a sentence may lie ahead.
    static func scheduling(_ language: LanguageCode) -> Set<String> {
        switch language {
        case .german: return ["findet", "finden", "stattfindet", "stattfinden", "treffen", "trifft", "beginnt", "beginnen", "tagt", "tagen"]
        case .dutch: return ["vindt", "vinden", "plaatsvindt", "plaatsvinden", "ontmoeten", "ontmoet", "begint", "beginnen", "komen"]
        case .norwegian: return ["finner", "holdes", "møtes", "møter", "begynner", "starter"]
        default: return ["takes", "take", "meet", "meets", "begin", "begins", "start", "starts", "convene", "convenes"]
        }
    }

    /// English "is held", "are held in May", "is in May in Ankara held" (a clumsy translation's
    /// order): a participle after a present form of "be", at most four words between and none
    /// of them a pronoun or a word that opens a clause, is a present passive, not a past.
    /// `words` are the sentence's lower-cased or folded words.
    static func isPresentPassive(_ words: [String], at i: Int, language: LanguageCode) -> Bool {
        guard language == .english, words.indices.contains(i) else { return false }
        let stops: Set<String> = ["that", "whether", "if", "when", "which", "who", "where", "because", "since", "after", "before",
                                  "they", "he", "she", "it", "we", "i", "you", "and", "but", "or"]
        var k = i - 1
        while k >= 0, i - k <= 5 {
            if ["is", "are", "am"].contains(words[k]) { return true }
            if stops.contains(words[k]) { return false }
            k -= 1
        }
        return false
    }

    /// A plan told in the past: "originally" ("ursprünglich", "oorspronkelijk", "opprinnelig"),
    /// or a past auxiliary right before a word of planning ("was scheduled", "had been planned",
    /// "war geplant", "was gepland", "var planlagt"). `words` are the sentence's lower-cased words
    /// in order.
    static func planToldInPast(_ words: [String], language: LanguageCode) -> Bool {
        if words.contains(where: originally.contains) { return true }
        let past = tense(language).past
        return words.indices.contains { i in past.contains(words[i]) && words[(i + 1)..<min(words.count, i + 4)].contains(where: planning.contains) }
    }
    /// A plan the report tells as given up or changed: a past auxiliary and, within the next
    /// words, a participle of planning or expectation ("the round had been expected in
    /// Washington in the autumn", "Eigentlich war die Runde für den Herbst in Washington geplant
    /// gewesen", "De ronde was eigenlijk in Washington gepland", "Runden hadde vært ventet i
    /// Washington"), or "originally", or German, Dutch or Norwegian "actually" ("Eigentlich
    /// sollte die Runde in Washington stattfinden"). A place in it is where the meeting was to
    /// be. `words` are the sentence's folded words in order.
    /// Not `planToldInPast`: its past words include "held" and "met", and "held as scheduled in
    /// Geneva" tells no changed plan; here only auxiliaries count, with a wider window, as a
    /// German or Dutch participle closes its clause several words on.
    static func formerPlan(_ words: [String], language: LanguageCode) -> Bool {
        if words.contains(where: { originally.contains($0) || actually.contains($0) }) { return true }
        let auxiliaries: Set<String> = switch language {
        case .german: ["war", "waren", "hatte", "hatten"]
        case .dutch: ["was", "waren", "had", "hadden"]
        case .norwegian: ["var", "hadde"]
        default: ["was", "were", "had"]
        }
        return words.indices.contains { i in
            auxiliaries.contains(words[i]) && words[(i + 1)..<min(words.count, i + 10)].contains { planning.contains($0) || expected.contains($0) }
        }
    }
    /// Not English "actually", which mostly corrects a claim rather than a plan.
    static let actually: Set<String> = ["eigentlich", "eigenlijk", "egentlig"]
    static let expected: Set<String> = ["expected", "announced", "erwartet", "angekundigt", "verwacht", "aangekondigd", "ventet",
                                        "forventet", "kunngjort", "varslet"]
    static let originally: Set<String> = ["originally", "ursprünglich", "oorspronkelijk", "opprinnelig", "opprinneleg"]
    static let planning: Set<String> = ["scheduled", "planned", "geplant", "vorgesehen", "angesetzt", "gepland", "voorzien", "planlagt", "berammet"]

    static func tense(_ language: LanguageCode) -> (past: Set<String>, future: Set<String>) {
        switch language {
        case .german: return (["war", "waren", "wurde", "wurden", "hatte", "hatten", "fand", "fanden", "trafen", "bereits", "damals"],
                              ["wird", "soll", "sollen", "kommende", "kommenden", "geplant"])
        case .dutch: return (["was", "waren", "werd", "werden", "had", "hadden", "vond", "vonden", "eerder", "destijds"],
                             ["zal", "zullen", "gepland", "komende"])
        case .norwegian: return (["var", "ble", "hadde", "fant", "tidligere", "møttes"], ["vil", "skal", "planlagt", "kommende"])
        default: return (["was", "were", "had", "held", "met", "took", "previous", "earlier"], ["will", "would", "upcoming", "planned", "scheduled"])
        }
    }

    /// Folded month and weekday names of the four languages ("february", "sept", "donderdag"):
    /// capitalised, they still are no names ("in February" is no place). Month names that are
    /// common names or words as well ("May", "August", "Mars", "Mai") are left out.
    static let calendarWords: Set<String> = {
        var words = Set<String>()
        for language in [LanguageCode.german, .dutch, .norwegian, .english] {
            let table = forLanguage(language)
            words.formUnion(table.months.keys); words.formUnion(table.weekdays.keys)
        }
        return words.subtracting(["may", "august", "mars", "mai"])
    }()

    /// Built once per language: every sentence of every report is scanned with one.
    static func forLanguage(_ language: LanguageCode) -> DateWords {
        switch language {
        case .german: return german
        case .dutch: return dutch
        case .norwegian: return norwegian
        default: return english
        }
    }

    private static let german = build(.german), dutch = build(.dutch), norwegian = build(.norwegian), english = build(.english)

    private static func build(_ language: LanguageCode) -> DateWords {
        var words = table(language)
        words.monthAbbreviations = Set(words.months.filter { short in
            short.key.count <= 4 && words.months.contains { $0.value == short.value && $0.key.count > short.key.count }
        }.keys)
        return words
    }

    private static func table(_ language: LanguageCode) -> DateWords {
        func numbered(_ names: [[String]]) -> [String: Int] {
            var map: [String: Int] = [:]
            for (index, forms) in names.enumerated() { for form in forms { map[TextFolding.fold(form)] = index + 1 } }
            return map
        }
        switch language {
        case .german:
            return DateWords(
                months: numbered([["Januar", "Jänner", "Jan"], ["Februar", "Feb"], ["März"], ["April", "Apr"], ["Mai"], ["Juni"], ["Juli"],
                                  ["August", "Aug"], ["September", "Sept", "Sep"], ["Oktober", "Okt"], ["November", "Nov"], ["Dezember", "Dez"]]),
                weekdays: numbered([["Montag"], ["Dienstag"], ["Mittwoch"], ["Donnerstag"], ["Freitag"], ["Samstag", "Sonnabend"], ["Sonntag"]]),
                demonstratives: ["diese": 0, "dieser": 0, "diesem": 0, "diesen": 0, "dieses": 0,
                                 "nachste": 1, "nachsten": 1, "kommende": 1, "kommenden": 1,
                                 "letzte": -1, "letzten": -1, "vergangene": -1, "vergangenen": -1, "vorige": -1, "vorigen": -1,
                                 // genitive, "am Dienstag letzter Woche", "Dienstag nächster Woche"
                                 "letzter": -1, "vergangener": -1, "voriger": -1, "nachster": 1, "kommender": 1],
                units: ["woche": "week", "monat": "month", "monats": "month", "jahr": "year", "jahres": "year"],
                dayWords: [["heute"]: 0, ["gestern"]: -1, ["vorgestern"]: -2],
                ambiguousMonths: ["mai", "jan", "feb", "apr", "aug", "sep", "sept", "okt", "nov", "dez"],
                monthPrepositions: ["im", "in", "seit", "bis", "anfang", "ende", "mitte", "vom", "zum", "ab", "des", "dem", "den", "der"],
                yearWords: [["letztes", "jahr"]: -1, ["vergangenes", "jahr"]: -1, ["voriges", "jahr"]: -1,
                            ["nachstes", "jahr"]: 1, ["kommendes", "jahr"]: 1,
                            // "im Februar im vorigen Jahr", "am 19. März in diesem Jahr"
                            ["im", "vorigen", "jahr"]: -1, ["im", "vergangenen", "jahr"]: -1, ["im", "letzten", "jahr"]: -1,
                            ["im", "nachsten", "jahr"]: 1, ["im", "kommenden", "jahr"]: 1, ["in", "diesem", "jahr"]: 0],
                since: ["seit"], articles: ["dem", "den"], from: ["ab"], fromPhrases: [["mit", "wirkung", "vom"], ["mit", "wirkung", "zum"]],
                until: ["bis", "spatestens"], untilPhrases: [["bis", "spatestens"]],
                statementVerbs: ["sagte", "sagten", "erklarte", "erklarten", "betonte", "bestatigte", "kundigte", "teilte", "auserte", "berichtete",
                                 "mitteilte", "mitteilten", "bekanntgab", "bekanntgaben", "ankundigte", "ankundigten", "meldete"],
                dottedDates: true, clockWords: ["um", "gegen"])
        case .dutch:
            return DateWords(
                months: numbered([["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei"], ["juni"], ["juli"],
                                  ["augustus", "aug"], ["september", "sept", "sep"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"]]),
                weekdays: numbered([["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"], ["zondag"]]),
                demonstratives: ["deze": 0, "dit": 0, "volgende": 1, "komende": 1, "vorige": -1, "afgelopen": -1],
                units: ["week": "week", "maand": "month", "jaar": "year"],
                dayWords: [["vandaag"]: 0, ["gisteren"]: -1, ["eergisteren"]: -2],
                ambiguousMonths: ["mei", "jan", "feb", "mrt", "apr", "aug", "sep", "sept", "okt", "nov", "dec"],
                monthPrepositions: ["in", "sinds", "tot", "begin", "eind", "half", "medio", "midden", "van", "vanaf"],
                yearWords: [["vorig", "jaar"]: -1, ["volgend", "jaar"]: 1, ["komend", "jaar"]: 1],
                since: ["sinds"], articles: ["de", "het"], from: ["vanaf"], fromPhrases: [["met", "ingang", "van"]],
                until: ["tot", "uiterlijk"], untilPhrases: [["tot", "en", "met"], ["tot", "uiterlijk"]],
                statementVerbs: ["zei", "zeiden", "verklaarde", "verklaarden", "benadrukte", "bevestigde", "kondigde", "meldde"],
                dottedDates: true, clockWords: ["om", "rond"])
        case .norwegian:
            return DateWords(
                months: numbered([["januar", "jan"], ["februar", "feb"], ["mars"], ["april", "apr"], ["mai"], ["juni"], ["juli"],
                                  ["august", "aug"], ["september", "sept", "sep"], ["oktober", "okt"], ["november", "nov"], ["desember", "des"]]),
                weekdays: numbered([["mandag"], ["tirsdag"], ["onsdag"], ["torsdag"], ["fredag"], ["lørdag"], ["søndag"]]),
                demonstratives: ["denne": 0, "dette": 0, "neste": 1, "kommende": 1, "forrige": -1, "sist": -1, "siste": -1],
                units: ["uke": "week", "uken": "week", "uka": "week", "maned": "month", "maneden": "month", "ar": "year", "aret": "year"],
                dayWords: [["i", "dag"]: 0, ["i", "gar"]: -1, ["i", "forgars"]: -2],
                ambiguousMonths: ["mars", "mai", "jan", "feb", "apr", "aug", "sep", "sept", "okt", "nov", "des", "august"],
                monthPrepositions: ["i", "siden", "til", "fra", "begynnelsen", "slutten", "midten", "av", "innen"],
                yearWords: [["i", "ar"]: 0, ["i", "fjor"]: -1],
                since: ["siden"], articles: ["den"], from: ["fra"], fromPhrases: [["fra", "og", "med"]],
                until: ["innen", "senest"], untilPhrases: [["til", "og", "med"], ["innen", "utgangen", "av"]],
                statementVerbs: ["sa", "uttalte", "understreket", "bekreftet", "kunngjorde", "opplyste"],
                dottedDates: true, clockWords: ["kl", "klokka", "klokken"])
        default:
            return DateWords(
                months: numbered([["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"], ["July", "Jul"],
                                  ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"]]),
                weekdays: numbered([["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"], ["Sunday"]]),
                demonstratives: ["this": 0, "next": 1, "coming": 1, "last": -1, "past": -1],
                units: ["week": "week", "month": "month", "year": "year"],
                dayWords: [["today"]: 0, ["yesterday"]: -1],
                ambiguousMonths: ["may", "march", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
                monthPrepositions: ["in", "since", "until", "by", "early", "late", "mid", "of", "from", "through", "during"],
                since: ["since"], articles: ["the"], from: ["from"], fromPhrases: [["as", "of"], ["effective"], ["starting"]],
                until: ["by", "until", "till"], untilPhrases: [["no", "later", "than"], ["by", "the", "end", "of"]],
                statementVerbs: ["said", "told", "stated", "stressed", "announced", "confirmed"],
                midPrefixes: ["mid-"])
        }
    }
}
