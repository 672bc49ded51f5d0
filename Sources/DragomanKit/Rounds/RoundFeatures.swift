/// A word of a sentence in folded form with its scalar span. The rounds stage splits at hyphens
/// too ("Russland-US-Gesprächen" → … "gesprachen"), unlike the corpus tokenizer, because cues
/// are often the head of a hyphenated compound.
struct RoundToken: Hashable, Sendable {
    var folded: String
    var span: TextSpan
}

enum RoundTokenizer {
    static func tokenize(_ text: String) -> [RoundToken] {
        var tokens: [RoundToken] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                tokens.append(RoundToken(folded: TextFolding.fold(String(current)), span: TextSpan(start: start, end: offset)))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return tokens
    }
}

/// Tense of a sentence as far as the rounds stage needs it: does it speak of a meeting that is
/// over, or of one that is going on or still to come.
enum RoundTense: String, Sendable, Codable { case past, present, future }

/// What one sentence offers for finding rounds and assigning sentences to them.
struct SentenceRoundFeatures: Sendable {
    struct DatedMention: Sendable {
        var value: CalendarDate
        var token: Int
        /// True when the date is the date of a meeting (a meeting word is nearer than a speech
        /// word), false for the date of a statement ("said on Tuesday").
        var isMeetingDate: Bool
        /// After a temporal preposition and right before a meeting word ("after the April
        /// meeting", "nach dem April-Treffen"): a point in time, but one that names the meeting
        /// of that date, as "after the second round" names round 2.
        var namesEarlierMeeting = false
        /// The meeting word that dates it stands after a temporal preposition ("since the meeting
        /// in Istanbul in April", "siden møtet i april"): an earlier meeting as a point in time
        /// for what the sentence tells.
        var isTimeReference = false
        /// After "ab", "vanaf", "fra", "from", not the first day of a range ("from 9 to 11
        /// March") and with no meeting word in its clause: the day something starts to hold
        /// ("visas from 1 September"), no meeting's.
        var takesEffect = false
        /// Joined to the date before it by a list conjunction alone ("on 27 February and 10
        /// April", "am 27. Februar und 10. April"): the two share their place.
        var coordinated = false
    }
    struct Place: Sendable {
        var entityID: String
        var name: String
        var token: Int
        /// After a locative preposition and nearer to a meeting word than to a speech word.
        var isVenue: Bool
        /// After a locative preposition, as a place (not an owner, a post or a negated place), be
        /// a meeting word near or not: where something was agreed ("afgesproken in Boedapest").
        var isLocative = false
        /// Used as an adjective ("russische", "the Russian capital"): a place with such a form is
        /// a country (or region), which a city named for the same meeting places more precisely.
        var isAdjective = false
        /// The negated place this one corrects ("nicht in Washington, sondern in Genf"): the
        /// correction stands where the negated place stood, as near to the date.
        var corrects: Int?
    }
    struct Ordinal: Sendable {
        var number: Int
        var token: Int
        var text: String
        /// After a temporal preposition ("after the second round"): a point in time for another
        /// event, which dates the round only with a date right after it.
        var isTimeReference = false
        /// One of "the first two/three" (rounds 1 to N): earlier rounds recalled as a group.
        var isRange = false
    }

    var ref: SentenceRef
    var language: LanguageCode
    var text: String
    var tokens: [RoundToken]
    var meeting: [Int]
    var speech: [Int]
    var dates: [DatedMention]
    var places: [Place]
    var ordinals: [Ordinal]
    /// "previous round" and "new/next round" cues (token of the adjective).
    var previousRound: Int?
    var nextRound: Int?
    var then: Bool
    var follows: Bool
    var capitals: Bool
    var background: Bool
    var tense: RoundTense
    /// "called off", "abgesagt", "uitgesteld", "avlyst": the sentence tells of a round that did
    /// not take place when planned, so its past tense does not make that round held.
    var cancelled = false
    /// Of those, called off for good or never held (`RoundCues.calledOff`), not put off.
    var calledOff = false
    /// The year a meeting word of the sentence is dated by ("early 2026"), when no day, week
    /// or month is: only an announcement takes it as its round's date (`RoundDetector`).
    var meetingYear: CalendarDate?
    /// The tense of the main clause when it has a marker of its own, else `tense`: "Sie setzten
    /// kein Datum für das nächste Treffen, welches in Moskau stattfinden soll" and "they agreed
    /// that the next round will be in Doha" tell in the past what was (not) decided, whatever
    /// the relative or that-clause says of the future.
    var mainClauseTense: RoundTense
    /// The main clause has a tense marker of its own (`mainClauseTense` is not the fallback).
    var mainClauseMarked = false
    /// The main clause grants a step ("Russian experts may visit the compounds in April",
    /// `RoundCues.permission`): something the talks arranged, still to come.
    var grantsPermission = false
    /// A date mention of year precision ("2016", "Ende 2016", "this year").
    var namesYear = false
    /// "Alle rundene har vært ledet av …", "all the rounds": the sentence is about every round,
    /// the talks as a whole, not one round.
    var aboutAllRounds = false
    /// The main clause calls the meetings it dates rounds, in the plural and without numbering
    /// them ("Later rounds took the delegations to Moscow on June 26, Riyadh on October 14 and
    /// Washington on December 9"; "Die späteren Runden fanden in Moskau und Riad statt"): each
    /// dated meeting of the sentence is a round (`RoundDetector.qualifying`), not an event in
    /// passing. Not after a temporal preposition ("after the rounds in …"), not "all the rounds".
    var listsRounds = false
    /// Speaks of rounds in the plural, says meetings followed one another and lists places each
    /// right before a day ("…, volgden Moskou op 26 juni, Riyad op 14 oktober en Washington op 9
    /// december"): each listed day is a round's.
    var recapsRounds = false
    /// Every date, year and time span of the sentence stands in a relative clause ("the estates,
    /// which were seized in December 2016"; "the bank accounts, which several banks closed in
    /// recent years"), or in a quotation the sentence reports someone saying: it dates what the
    /// clause says of its noun, so the main clause still goes on about the round the report is
    /// telling.
    var timeOnlyInRelativeClause = false
    /// Tokens of the times that stand in such a clause, phrase or quotation, or after a
    /// comparison ("net als in november"): they date a noun ("the compounds that Washington
    /// seized in December 2016") or what the sentence likens its own to, not the sentence.
    var nounTimes: Set<Int> = []
    /// A year, written or as a date of year precision, outside `nounTimes`.
    var namesOwnYear = false
    /// The dates that are the sentence's own, not a noun's (`nounTimes`).
    var ownDates: [DatedMention] { dates.filter { !nounTimes.contains($0.token) } }
    /// A meeting word that does not stand after a temporal preposition ("it is the first time
    /// since the meeting in April that the delegations *meet*").
    var hasFreeMeetingCue = false
    /// "the Russian side", "die amerikanische Seite", "aan Russische zijde", "den russiske
    /// siden": a party to the talks, named by a country's adjective before a singular "side"
    /// (token of the noun). Not "both sides" (whose complaints are often background).
    var side: Int?
    /// Tokens of venues that make a list joined by a conjunction ("trafen sich in Moskau, Riad
    /// und Washington"): one meeting at each, not one meeting named twice.
    var venueList: Set<Int> = []
    var listsVenues: Bool { venueList.count >= 2 }
    /// The first token after the main clause (a complementizer or the sentence's end): a token
    /// before it outside relative clauses stands in the main clause.
    var mainClauseEnd = 0
    func inMainClause(_ token: Int) -> Bool { region(of: token) == -1 && token < mainClauseEnd }
    /// Per token: the number of its clause (clause punctuation between two tokens separates
    /// them), and the first token of the relative or subordinate clause it stands in (-1: the
    /// main clause).
    var clause: [Int] = []
    var region: [Int] = []
    func clause(of token: Int) -> Int { clause.indices.contains(token) ? clause[token] : -1 }
    func region(of token: Int) -> Int { region.indices.contains(token) ? region[token] : -1 }

    var venues: [Place] { places.filter(\.isVenue) }
    var meetingDates: [DatedMention] { dates.filter(\.isMeetingDate) }
    /// Meeting dates and the dates of earlier meetings named as points in time.
    var namedMeetingDates: [DatedMention] { dates.filter { $0.isMeetingDate || $0.namesEarlierMeeting } }
    var hasMeetingCue: Bool { !meeting.isEmpty }
    /// A plan the report tells as changed ("the round had been expected in Washington"): its
    /// place is where the meeting was to be, not where it was (`DateWords.formerPlan`).
    var formerPlan: Bool { DateWords.formerPlan(tokens.map(\.folded), language: language) }
}

extension SentenceRoundFeatures {
    /// "since" in the four languages, folded: a date after it starts a span of time.
    static let spanStarts: Set<String> = ["seit", "seitdem", "sinds", "sedert", "siden", "since"]

    /// A four-digit year from 1900 to 2099.
    /// Indices of the tokens inside quotation marks: after an odd number of double quotation
    /// marks of any style ("…", „…“, “…”, «…», »…«). Apostrophes are not counted.
    static func quotedTokens(_ tokens: [RoundToken], text: String) -> Set<Int> {
        let marks: Set<Unicode.Scalar> = ["\"", "\u{201E}", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}"]
        var markOffsets: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where marks.contains(scalar) { markOffsets.append(offset) }
        guard markOffsets.count >= 2 else { return [] }
        var result: Set<Int> = []
        for (i, token) in tokens.enumerated() where markOffsets.filter({ $0 < token.span.start }).count % 2 == 1 { result.insert(i) }
        return result
    }

    static func isYear(_ folded: String) -> Bool {
        folded.count == 4 && folded.allSatisfy(\.isNumber) && (folded.hasPrefix("19") || folded.hasPrefix("20"))
    }

    /// Reads one sentence. `mentions` are the entity stage's mentions of this sentence.
    /// - Parameter placeForms: per "language:entity", the folded forms a place takes in the
    ///   corpus, to tell a derived form ("Moskauer", "Moskaus") from the name itself.
    init(ref: SentenceRef, language: LanguageCode, text: String, mentions: [EntityMention], placeNames: [String: String],
         placeForms: [String: Set<String>] = [:]) {
        let cues = RoundCues.forLanguage(language)
        let tokens = RoundTokenizer.tokenize(text)
        self.ref = ref; self.language = language; self.text = text; self.tokens = tokens
        meeting = cues.meeting.matches(tokens)
        // "called off" is no statement: a cancel phrase's words are not speech cues.
        let calledOffSpans = cues.calledOff.spans(tokens)
        let cancelSpans = cues.cancel.spans(tokens) + calledOffSpans
        speech = cues.speech.matches(tokens).filter { i in !cancelSpans.contains { $0.contains(i) } }
        then = !cues.then.matches(tokens).isEmpty
        follows = !cues.follows.matches(tokens).isEmpty
        capitals = !cues.capitals.matches(tokens).isEmpty
        background = !cues.background.matches(tokens).isEmpty
        let scalars = Array(text.unicodeScalars)
        cancelled = cancelSpans.contains { span in
            !(span.upperBound + 1 < tokens.count && cues.cancelNotBefore.contains(tokens[span.upperBound + 1].folded))
        }
        calledOff = !calledOffSpans.isEmpty

        func tokenIndex(_ span: TextSpan) -> Int {
            tokens.firstIndex { $0.span.end > span.start } ?? max(tokens.count - 1, 0)
        }
        let speech = self.speech
        // Offsets of clause punctuation: a trailing "…, officials said" does not claim the venue
        // or date of the clause before it.
        var separators: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where ",;:«»“”\"„()".unicodeScalars.contains(scalar) {
            separators.append(offset)
        }
        func sameClause(_ a: Int, _ b: Int) -> Bool {
            let (lo, hi) = (min(a, b), max(a, b))
            guard lo != hi else { return true }
            return !separators.contains { $0 >= tokens[lo].span.end && $0 < tokens[hi].span.start }
        }
        func isLowercase(_ k: Int) -> Bool { scalars.indices.contains(tokens[k].span.start) && scalars[tokens[k].span.start].properties.isLowercase }
        // The perfect: an auxiliary with a past participle of its clause ("haben … gesprochen",
        // "heeft … afgerond", "har forhandlet", "have already met") tells the past as the simple
        // past does. The auxiliary is the past marker, so the main-clause test below sees where it
        // stands.
        func isParticiple(_ k: Int) -> Bool { isParticipleWord(tokens[k].folded) }
        func isParticipleWord(_ w: String) -> Bool {
            if cues.irregularParticiples.contains(w) { return true }
            guard w.count >= 5 else { return false }
            // "agreed" is listed: "need", "speed" are no participles.
            if cues.participleEndings.contains(where: { w.hasSuffix($0) && !w.hasSuffix("e" + $0) }) { return true }
            guard cues.participleFinals.contains(where: { w.hasSuffix($0) }) else { return false }
            let stems = cues.participlePrefixes.flatMap { p in [p] + cues.separableParticles.map { $0 + p } } + cues.inseparablePrefixes
            return stems.contains { w.hasPrefix($0) && w.count >= $0.count + 3 }
        }
        /// Where a verb-final clause ends: clause punctuation, "und", or the sentence's end (an
        /// auxiliary such as "worden" may follow the participle).
        func endsClause(_ k: Int) -> Bool {
            var next = k + 1
            while next < tokens.count, sameClause(k, next), cues.trailingAuxiliaries.contains(tokens[next].folded) { next += 1 }
            return next >= tokens.count || !sameClause(k, next) || cues.coordinators.contains(tokens[next].folded)
        }
        var perfectHits: [Int] = []
        for (i, token) in tokens.enumerated() where cues.perfectAuxiliaries.contains(token.folded) {
            if cues.participleAtClauseEnd {
                // German and Dutch: the participle closes the clause ("haben am 14. Oktober in
                // Istanbul … gesprochen"); German writes it in lower case, unlike its nouns; "zu"
                // or "te" before it makes it an infinitive ("haben noch viel zu besprechen").
                var k = i + 1
                while k < tokens.count, sameClause(i, k), !cues.coordinators.contains(tokens[k].folded) {
                    if endsClause(k) {
                        if isParticiple(k), language.rawValue != "de" || isLowercase(k), !cues.notParticiple.contains(tokens[k - 1].folded) {
                            perfectHits.append(i)
                        }
                        break
                    }
                    k += 1
                }
            } else {
                // English and Norwegian: the participle follows at once, after adverbs at most
                // ("have already met", "har i dag forhandlet"); "have to", "har et problem" are none.
                var k = i + 1
                while k < tokens.count, sameClause(i, k), cues.perfectAdverbs.contains(tokens[k].folded), !cues.irregularParticiples.contains(tokens[k].folded) { k += 1 }
                if k < tokens.count, sameClause(i, k), isParticiple(k) { perfectHits.append(i) }
            }
        }
        // "is held", "are held in May" (or, in a clumsy translation, "is in May in Ankara held"):
        // a present passive, not a past.
        let foldedTokens = tokens.map(\.folded)
        let simplePast = cues.past.matches(tokens).filter { !DateWords.isPresentPassive(foldedTokens, at: $0, language: language) }
        let futureHits = cues.future.matches(tokens), pastHits = (simplePast + perfectHits).sorted()
        tense = !futureHits.isEmpty ? .future : (!pastHits.isEmpty ? .past : .present)

        // Relative and subordinate clauses: a comma, then a word that opens one, up to the next
        // clause punctuation. `region[i]` is the first token of i's clause (-1: the main clause).
        var region = [Int](repeating: -1, count: tokens.count)
        var open = -1
        for i in tokens.indices {
            if i > 0, !sameClause(i - 1, i) {
                let between = text.unicodeScalars.dropFirst(tokens[i - 1].span.end).prefix(tokens[i].span.start - tokens[i - 1].span.end)
                open = between.contains(",") && cues.clauseOpeners.contains(tokens[i].folded) ? i : -1
            }
            region[i] = open
        }
        self.region = region
        // A body the talks set up meets on its own: "a working group …, which is to meet for the
        // first time in April", "die Arbeitsgruppe soll im April erstmals tagen". Its meeting
        // words, dates, ordinals and places are not a round's. The scope is what follows the body
        // in its clause and in a relative clause hanging on it, up to a round noun and the three
        // words before it ("set up a working group at a new round in Geneva"), and what precedes
        // the body in its clause when that clause has no other meeting word ("bei der sechsten
        // Runde am 19. März setzten beide Seiten eine Arbeitsgruppe ein" dates the round).
        var subsidiary = Set<Int>()
        let roundNouns = Set(tokens.indices.filter { SentenceRoundClassifier.isRoundNoun(tokens[$0].folded) })
        for body in cues.subsidiaryBodies.spans(tokens) {
            let b = body.upperBound
            var after = Set<Int>()
            var j = b + 1
            while j < tokens.count, sameClause(b, j) || (region[j] > 0 && region[j] > b && sameClause(b, region[j] - 1)),
                  !(j...j + 3).contains(where: roundNouns.contains) {
                after.insert(j); j += 1
            }
            subsidiary.formUnion(after)
            var before: [Int] = []
            j = body.lowerBound - 1
            while j >= 0, sameClause(j, b), region[j] == region[b] { before.append(j); j -= 1 }
            let clauseOfBody = tokens.indices.filter { sameClause($0, b) && region[$0] == region[b] && !body.contains($0) && !after.contains($0) }
            if !clauseOfBody.contains(where: { cues.meeting.matchesWord(tokens[$0].folded) || roundNouns.contains($0) }) {
                subsidiary.formUnion(before)
            }
        }
        self.meeting.removeAll { subsidiary.contains($0) }
        let meeting = self.meeting
        // The main clause for the tense: outside relative clauses and before a complementizer
        // ("they agreed that the next round will be held in Doha" is told in the past).
        let reported = tokens.indices.dropFirst().first { cues.complementizers.contains(tokens[$0].folded) } ?? tokens.count
        func inMainClause(_ i: Int) -> Bool { region[i] == -1 && i < reported }
        mainClauseEnd = reported
        let mainFuture = futureHits.contains(where: inMainClause), mainPast = pastHits.contains(where: inMainClause)
        mainClauseTense = mainFuture ? .future : mainPast ? .past : tense
        mainClauseMarked = mainFuture || mainPast
        grantsPermission = cues.permission.matches(tokens).contains { inMainClause($0) && isLowercase($0) }
        var clause = [Int](repeating: 0, count: tokens.count)
        for i in tokens.indices.dropFirst() { clause[i] = clause[i - 1] + (sameClause(i - 1, i) ? 0 : 1) }
        self.clause = clause
        /// A temporal preposition ("after", "nach", "since", "siden") among the `n` words before `i`.
        func followsTemporal(_ i: Int, within n: Int) -> Bool {
            (1...n).contains { i - $0 >= 0 && cues.temporal.contains(tokens[i - $0].folded) }
        }
        /// A meeting word speaks for a date or place in its own clause; a relative clause also
        /// inherits the meeting word it hangs on ("die Gespräche, die am 10. April stattfinden").
        func sameRegion(_ cue: Int, _ word: Int) -> Bool {
            if region[cue] == region[word] { return true }
            let start = region[word]
            return start > 0 && cue == start - 1 && region[cue] == region[start - 1]
        }
        // A meeting word after a temporal preposition ("nach der ersten Runde") names a point in
        // time; it speaks only for a date or place right after it ("after the first round on 27
        // February in Istanbul"), not for the rest of the sentence.
        let anchored = Set(meeting.filter { followsTemporal($0, within: 3) })
        // "in a later round", "in einer späteren Runde": some round to come, no particular
        // meeting; it dates and places nothing. Only the round noun itself: the verb after it
        // ("latere rondes vonden plaats op 26 juni") still tells its meetings.
        let indefinite = Set(meeting.filter { m in
            cues.roundNouns.matchesWord(tokens[m].folded) && (1...2).contains { m - $0 >= 0 && cues.later.contains(tokens[m - $0].folded) }
        })
        // "sollen in einer späteren Runde behandelt werden", "discussed at the next round": a
        // round noun after a preposition of occasion (only lower-case words between) is when
        // something else happens. A place before it ("die Konsulate in San Francisco … sollen in
        // der nächsten Runde behandelt werden") is what is dealt with, not where the round is:
        // only a round word before the place ("Runde in X"), or one not framed so ("in Doha
        // findet die Runde statt"), places a meeting.
        let occasioned = Set(meeting.filter { m in
            cues.roundNouns.matchesWord(tokens[m].folded) && (1...3).contains { d in
                m - d >= 0 && cues.occasion.contains(tokens[m - d].folded) && sameClause(m - d, m)
                    && (m - d + 1..<m).allSatisfy { isLowercase($0) }
            }
        })
        func claims(_ cue: Int, _ word: Int) -> Bool {
            guard sameRegion(cue, word), !indefinite.contains(cue), !(occasioned.contains(cue) && word < cue) else { return false }
            return !anchored.contains(cue) || (word > cue && word - cue <= 5 && sameClause(cue, word))
        }
        /// A word belongs to whichever kind of cue is closer: a meeting word (the date/venue of a
        /// meeting) or a speech word in the same clause (the date/place of a statement). Ties go
        /// to the meeting.
        func nearerToMeeting(_ token: Int) -> Bool {
            let meeting = meeting.filter { claims($0, token) }
            guard !meeting.isEmpty else { return false }
            guard let s = speech.filter({ sameClause($0, token) }).map({ abs($0 - token) }).min() else { return true }
            // With a speech word in the word's own clause, only meeting words of that clause
            // compete: "Lawrow sagte am Mittwoch in Moskau, die Gespräche seien sachlich" places
            // the statement, not the talks, in Moscow.
            guard let m = meeting.filter({ sameClause($0, token) }).map({ abs($0 - token) }).min() else { return false }
            return m <= s
        }

        // "wie schon in Istanbul", "as in February": what follows a comparison is an earlier
        // meeting the sentence likens its own to, not the place or day of its own meeting.
        // Counted from the comparison's last word, in the same clause, with no reporting verb in
        // between: "wie bereits angekündigt am 10. April" dates the meeting itself.
        let comparisons = cues.comparison.spans(tokens)
        func compared(_ token: Int) -> Bool {
            comparisons.contains { span in
                span.upperBound < token && token - span.upperBound <= 3 && sameClause(span.upperBound, token)
                    && !(span.upperBound + 1..<token).contains { cues.speech.matchesWord(tokens[$0].folded) }
            }
        }

        var dates: [DatedMention] = []
        // "ab", "vanaf", "fra", "from", "met ingang van", "as of": a date after one is when
        // something starts to hold; "bis zum", "innen", "by": the day by which it must be done.
        let dateWords = DateWords.forLanguage(language)
        let effectStarts = dateWords.from
        // A wire dateline's date ("OSLO, 4. desember (NTB) – …") is when the report was filed, not
        // a time the sentence tells of.
        let datelineEnd = WireDateline.datelineScalars(text) ?? 0
        let mentions = mentions.filter { $0.kind != .date || $0.span.start >= datelineEnd }
        // A year ("2016", "this year", "dit jaar") is no meeting's date but still the time the
        // sentence is about.
        namesYear = mentions.contains { $0.kind == .date && $0.date?.value?.granularity == .year }
        for mention in mentions where mention.kind == .date {
            guard let value = mention.date?.value else { continue }
            let token = tokenIndex(mention.span)
            if value.granularity == .year {
                // "…will be held in Washington early in 2026": the year of a meeting word, not a
                // point counted from ("since 2016").
                if meetingYear == nil, !followsTemporal(token, within: 2), !subsidiary.contains(token), nearerToMeeting(token) { meetingYear = value }
                continue
            }
            // "since February", "seit 2022", "after 10 April": a point the sentence counts from,
            // not the day of a meeting (one word may come between: "since late 2016").
            let temporal = followsTemporal(token, within: 2)
            let last = tokens.lastIndex { $0.span.start < mention.span.end } ?? token
            // "after the April meeting" names that meeting; "since February they negotiate" starts
            // a span (the talks so far), whatever verb follows.
            let startsSpan = (1...2).contains { token - $0 >= 0 && Self.spanStarts.contains(tokens[token - $0].folded) }
            let namesMeeting = temporal && !startsSpan && meeting.contains { $0 > token && $0 - last <= 2 && sameClause(last, $0) }
            // The nearest meeting word that claims the date says which meeting it is.
            let claimant = meeting.filter { claims($0, token) }.min { abs($0 - token) < abs($1 - token) }
            // A meeting word in the date's own clause makes it the meeting's ("die Gespräche sollen
            // ab dem 9. Juni in Genf fortgesetzt werden").
            let takesEffect = ((1...2).contains { token - $0 >= 0 && effectStarts.contains(tokens[token - $0].folded) }
                               || dateWords.startOfFromPhrase(before: token, in: foldedTokens) != nil
                               || dateWords.startOfDeadlinePhrase(before: token, in: foldedTokens) != nil)
                && ![token + 1, last + 1].contains { $0 < tokens.count && DateWords.rangeWords.contains(tokens[$0].folded) }
                && !meeting.contains { sameClause($0, token) }
            dates.append(DatedMention(value: value, token: token,
                                      isMeetingDate: !temporal && !takesEffect && !compared(token) && !subsidiary.contains(token) && nearerToMeeting(token),
                                      namesEarlierMeeting: namesMeeting && !compared(token),
                                      isTimeReference: namesMeeting || claimant.map(anchored.contains) == true, takesEffect: takesEffect))
            // A sentence about the span since a date ("Seit Februar verhandeln Russland und die
            // USA…") tells how things stand, not what happened at one meeting.
            if startsSpan { background = true }
        }
        dates.sort { $0.token < $1.token }
        // A date joined to the one before by a list conjunction alone: the text between the two
        // mentions is that one word.
        let dateSpans = mentions.filter { $0.kind == .date && $0.date?.value != nil }.map(\.span).sorted { $0.start < $1.start }
        let scalarsOfText = Array(text.unicodeScalars)
        for n in dates.indices.dropFirst() {
            guard let span = dateSpans.first(where: { tokenIndex($0) == dates[n].token }),
                  let previous = dateSpans.last(where: { $0.end <= span.start }), previous.end <= scalarsOfText.count else { continue }
            let between = String(String.UnicodeScalarView(scalarsOfText[previous.end..<span.start])).trimmingCharacters(in: .whitespaces)
            dates[n].coordinated = cues.listConjunctions.contains(TextFolding.fold(between))
        }
        self.dates = dates
        hasFreeMeetingCue = meeting.contains { !anchored.contains($0) }
        let years = tokens.indices.filter { Self.isYear(tokens[$0].folded) }
        let times = mentions.filter { $0.kind == .date }.map { tokenIndex($0.span) } + years + cues.background.matches(tokens)
        let relativeOpeners = cues.relativeOpeners
        // "…the Pioneer Point compound in Maryland, seized in 2016, but Washington did not budge":
        // a clause that a past participle opens after a comma is a relative clause without its
        // pronoun.
        func inReducedRelative(_ t: Int) -> Bool {
            guard let first = tokens.indices.first(where: { clause[$0] == clause[t] }), first > 0, first < t else { return false }
            let between = text.unicodeScalars.dropFirst(tokens[first - 1].span.end).prefix(tokens[first].span.start - tokens[first - 1].span.end)
            return between.contains(",") && isParticiple(first)
        }
        // What a quotation says, in a sentence whose verb of saying stands outside it ('Zakharova
        // added: "The property taken from us in 2016 must be returned"'), is said now: its years
        // date what the speaker talks about, not the statement.
        let quoted = Self.quotedTokens(tokens, text: text)
        let spokenOutsideQuote = speech.contains { !quoted.contains($0) }
        // "die 2016 beschlagnahmten Immobilien", "de in 2016 gesloten panden", "den i 2016
        // beslaglagte eiendommen": a year between an article and a participle that goes before
        // its noun dates what was done to the noun, as a relative clause would; the noun follows
        // in the same clause ("Die Anwesen wurden 2016 beschlagnahmt." has none). An inflected
        // participle counts ("beschlagnahmten", "beslaglagte"). So does a bare year right after
        // the article ("the 2016 seizures").
        func inAttributivePhrase(_ t: Int) -> Bool {
            var k = t - 1
            if k >= 0, cues.locative.contains(tokens[k].folded) { k -= 1 }
            guard k >= 0, t + 1 < tokens.count, cues.determiners.contains(tokens[k].folded),
                  sameClause(k, t + 1), isLowercase(t + 1) else { return false }
            if k == t - 1, Self.isYear(tokens[t].folded) { return true }
            guard t + 2 < tokens.count, sameClause(t + 1, t + 2) else { return false }
            // The participle without its inflection; a compound ending in an irregular one
            // ("beslaglagt") is one too.
            let w = tokens[t + 1].folded
            let bare = [w] + ["e", "en", "er", "es", "em"].filter { w.hasSuffix($0) }.map { String(w.dropLast($0.count)) }
            return bare.contains { b in
                isParticipleWord(b) || cues.irregularParticiples.contains { $0.count >= 4 && b.count > $0.count + 1 && b.hasSuffix($0) }
            }
        }
        // "the compounds that Washington seized in December 2016", "de eigendommen die de VS eind
        // 2016 in beslag namen", "som USA beslagla i desember 2016": a relative pronoun with no
        // comma before it, after a word of the same clause, opens a relative clause up to the
        // clause's end.
        func inBareRelative(_ t: Int) -> Bool {
            guard t > 1, let r = (1..<t).last(where: { cues.bareRelatives.contains(tokens[$0].folded) && sameClause($0 - 1, t) }) else { return false }
            let before = tokens[r - 1]
            guard !before.folded.allSatisfy(\.isNumber), !cues.determiners.contains(before.folded), !cues.locative.contains(before.folded) else { return false }
            // "that"/"dat" report after a verb ("said that", "zei dat"): only after a name, and
            // with a past verb or participle after them that says what was done to it.
            guard cues.complementizers.contains(tokens[r].folded) else { return true }
            guard r - 1 > 0, !isLowercase(r - 1) else { return false }
            return pastHits.contains { $0 > r && sameClause($0, t) } || (r + 1..<tokens.count).contains { sameClause($0, t) && isParticiple($0) && $0 != t }
        }
        let timesOfNouns = Set(times.filter {
            (region[$0] >= 0 && relativeOpeners.contains(tokens[region[$0]].folded)) || inReducedRelative($0)
                || (spokenOutsideQuote && quoted.contains($0)) || inAttributivePhrase($0) || inBareRelative($0)
                // "just as in November in Geneva": the time of what the sentence likens its own to.
                || compared($0)
        })
        nounTimes = timesOfNouns
        timeOnlyInRelativeClause = !times.isEmpty && times.allSatisfy { timesOfNouns.contains($0) }
        let yearTokens = years + mentions.filter { $0.kind == .date && $0.date?.value?.granularity == .year }.map { tokenIndex($0.span) }
        namesOwnYear = yearTokens.contains { !timesOfNouns.contains($0) }

        var places: [Place] = []
        // Places that could be a venue but for a locative before them, and each place's last token.
        var listable = Set<Int>(), placeEnds: [Int: Int] = [:]
        let placeMentions = mentions.filter { $0.kind == .place && !$0.nested && !$0.inCompound }
        // "Later rounds took the delegations to Moscow on June 26, Riyadh on October 14 and
        // Washington on December 9": in a list of places each right before a meeting date (at
        // most two lower-case words between), each place is its date's venue, whatever
        // preposition the verb takes. Two such pairs at least: one place before a date is as
        // often where a statement was made ("said in Moscow on Tuesday").
        func lastToken(_ mention: EntityMention) -> Int {
            let token = tokenIndex(mention.span)
            return max(token, tokens.lastIndex { $0.span.start < mention.span.end } ?? token)
        }
        // "alle Runden", "alle rundene", "elke ronde", "all (of) the rounds": a word that takes in
        // every round before a round noun (only lower-case words between).
        aboutAllRounds = tokens.indices.contains { i in
            cues.roundNouns.matchesWord(tokens[i].folded) && !cues.occasionNouns.contains(tokens[i].folded) && (1...3).contains { d in
                i - d >= 0 && cues.universal.contains(tokens[i - d].folded) && sameClause(i - d, i) && (i - d + 1..<i).allSatisfy { isLowercase($0) }
            }
        }
        // "Na twee rondes in Istanbul, op 27 februari en 10 april 2025, volgden Moskou op 26 juni,
        // Riyad op 14 oktober en Washington op 9 december": a sentence that speaks of rounds in
        // the plural, says that meetings followed one another and lists places each right
        // before a day (two at least) recaps the rounds; each listed day is a round's, though
        // the round noun stands after a preposition ("after two rounds"). Without the verb of
        // succession, "after the rounds in Istanbul, the ministers met in Riyadh on 18
        // February and in Doha on 3 March" counts from the rounds and lists other meetings.
        let recapCandidate = !aboutAllRounds && tokens.contains { cues.succession.contains($0.folded) }
            && tokens.indices.contains { cues.pluralRounds.matchesWord(tokens[$0].folded) }
        // The places of such a list, each its day's venue.
        var recapPlaces = Set<Int>()
        if recapCandidate {
            var listedDays: [Int: Int] = [:]
            for mention in placeMentions {
                let last = lastToken(mention)
                if let day = dates.firstIndex(where: { d in
                    d.value.granularity == .day && !d.takesEffect && d.token > last && d.token - last <= 3
                        && (last + 1..<d.token).allSatisfy { isLowercase($0) } && !subsidiary.contains(d.token)
                }) { listedDays[day] = tokenIndex(mention.span) }
            }
            if listedDays.count >= 2 {
                recapsRounds = true
                for (day, place) in listedDays { dates[day].isMeetingDate = true; recapPlaces.insert(place) }
                // The list's other days are rounds too ("in Istanbul, op 27 februari en 10 april"),
                // but for a point counted from ("since 3 March") and a day something takes effect.
                for day in dates.indices where dates[day].value.granularity == .day && !dates[day].takesEffect
                    && !followsTemporal(dates[day].token, within: 2) && !subsidiary.contains(dates[day].token) && !compared(dates[day].token) {
                    dates[day].isMeetingDate = true
                }
                self.dates = dates
            }
        }
        let datedPlaces = Set(placeMentions.compactMap { mention -> Int? in
            let token = tokenIndex(mention.span), last = lastToken(mention)
            let dated = dates.contains { d in
                d.isMeetingDate && d.token > last && d.token - last <= 3 && (last + 1..<d.token).allSatisfy { isLowercase($0) }
            }
            return dated && !subsidiary.contains(token) ? token : nil
        })
        var negatedPlaces: [Int] = []
        for mention in placeMentions {
            let token = tokenIndex(mention.span)
            // "in Istanbul", "i Moskva", "in Istanbul, Turkey": a locative right before, or the
            // place follows another venue after a comma.
            let preposition = (1...2).first { token - $0 >= 0 && cues.locative.contains(tokens[token - $0].folded) }
            // Place names are capitalised in all four languages; a lower-case mention is an
            // adjective the entity stage links to its country ("på russisk jord", "auf russischem
            // Boden"): where the soil is, not where the meeting was.
            // Likewise a form that is another of the place's forms plus an ending: German "im
            // Moskauer Außenministerium", genitive "Moskaus": a ministry, not a venue.
            let folded = TextFolding.fold(mention.text)
            let derived = (placeForms["\(language.rawValue):\(mention.entityID)"] ?? []).contains { base in
                base.count >= 4 && folded.hasPrefix(base) && cues.placeDerivations.contains(String(folded.dropFirst(base.count)))
            }
            // "die für Wien geplante Runde", "the round planned for Vienna": a destination
            // preposition right before, and a planning word within two words either side.
            let destined = preposition == nil && token >= 1 && cues.destination.contains(tokens[token - 1].folded)
                && ((token - 3)...(token + 2)).contains { $0 >= 0 && $0 < tokens.count && $0 != token && cues.planned.matchesWord(tokens[$0].folded) }
            let listed = datedPlaces.count >= 2 && datedPlaces.contains(token)
            let locative = (preposition != nil || destined || listed) && (mention.text.first?.isUppercase ?? false) && !derived
            // "ambassador in the US", "the mission in Russia": where someone serves. The person
            // or office stands right before the preposition; "diplomats met in Riyadh" is a meeting.
            // "arrived in Washington as ambassador": the role after the place says the same.
            let stationed = preposition.map { token - $0 - 1 >= 0 && cues.stationed.matchesWord(tokens[token - $0 - 1].folded) } ?? false
                || (token + 2 < tokens.count && cues.asRole.contains(tokens[token + 1].folded) && cues.stationed.matchesWord(tokens[token + 2].folded))
            // "In Washington, the spokeswoman called the talks constructive": a place fronted
            // before the first comma of a statement is where it was made.
            let fronted = !speech.isEmpty && token <= 2 && token + 1 < tokens.count && !sameClause(token, token + 1)
            // "in the Russian embassy", "in de Russische ambassade (in Wenen)", "in der Russischen
            // Botschaft": a place right before a building or office names its owner; and a
            // capitalised adjective after an article ("in the Russian capital") is no name.
            // Neither is where the meeting was (a city in the same phrase is).
            let last = lastToken(mention)
            let owner = last + 1 < tokens.count && sameClause(last, last + 1) && cues.facilities.matchesWord(tokens[last + 1].folded)
            let adjective = !(mention.text.first?.isUppercase ?? false)
                || (token >= 1 && cues.determiners.contains(tokens[token - 1].folded) && last == token
                    && cues.adjectiveEndings.contains { folded.count > $0.count + 2 && folded.hasSuffix($0) }
                    && last + 1 < tokens.count && sameClause(last, last + 1) && isLowercase(last + 1))
            // "findet nicht in Washington, sondern in Genf statt", "not in Washington but in Geneva".
            let negated = preposition.map { token - $0 - 1 >= 0 && cues.negations.contains(tokens[token - $0 - 1].folded) } ?? false
            let name = placeNames[mention.entityID] ?? mention.text
            let fits = (mention.text.first?.isUppercase ?? false) && !derived && !owner && !adjective && !stationed && !fronted && !negated
                && !compared(token) && !subsidiary.contains(token) && (nearerToMeeting(token) || recapPlaces.contains(token))
            if fits { listable.insert(token) }
            placeEnds[token] = last
            // "…, sondern in Genf", "but in Geneva": the correction of a negated place just before.
            let corrects = preposition.flatMap { p -> Int? in
                let conjunction = (1...2).map { token - p - $0 }.first { $0 >= 0 && cues.corrections.contains(tokens[$0].folded) }
                guard let conjunction else { return nil }
                return negatedPlaces.last { conjunction - $0 <= 3 && $0 < conjunction }
            }
            if negated { negatedPlaces.append(token) }
            places.append(Place(entityID: mention.entityID, name: name, token: token, isVenue: locative && fits,
                                isLocative: locative && !owner && !adjective && !stationed && !negated, isAdjective: adjective,
                                corrects: corrects))
        }
        places.sort { $0.token < $1.token }
        // Of "in Istanbul, Turkey" only the first (most specific) place is the venue; but a list
        // joined by a conjunction ("trafen sich in Moskau, Riad und Washington") names one venue
        // per item: each item that could be a venue is one.
        var seenVenue = -10
        var i = 0
        while i < places.count {
            var chain = [i]
            var coordinated = false
            while let k = chain.last, k + 1 < places.count {
                let gap = (placeEnds[places[k].token] ?? places[k].token) + 1..<places[k + 1].token
                if gap.isEmpty, !sameClause(places[k].token, places[k + 1].token) {
                    chain.append(k + 1)
                } else if gap.count == 1, cues.listConjunctions.contains(tokens[gap.lowerBound].folded) {
                    chain.append(k + 1); coordinated = true
                } else { break }
            }
            if coordinated, places[i].isVenue {
                for k in chain where listable.contains(places[k].token) { places[k].isVenue = true }
                let members = chain.filter { places[$0].isVenue }.map { places[$0].token }
                if members.count >= 2 { venueList.formUnion(members) }
                seenVenue = places[chain.last!].token
            } else {
                for k in chain where places[k].isVenue {
                    if places[k].token - seenVenue <= 2 { places[k].isVenue = false } else { seenVenue = places[k].token }
                }
            }
            i = chain.last! + 1
        }
        self.places = places
        // A side of a body the talks set up ("den russiske siden i arbeidsgruppen for
        // eiendommene ledes av …") is a party to that body, not to a round.
        side = tokens.indices.first { i in
            cues.sides.contains(tokens[i].folded) && places.contains { $0.isAdjective && placeEnds[$0.token] == i - 1 } && !subsidiary.contains(i)
        }

        // Ordinals and "previous/next round": the adjective stands right before a round noun
        // (one word may come between: "zweite diplomatische Runde", "second round").
        /// An ordinal in words or in digits: "5." where the language writes a period after it
        /// (German, Norwegian: a day is "5. Mai", but no month is a round noun), "5th", "5e".
        func written(_ i: Int) -> String {
            let span = tokens[i].span
            return String(String.UnicodeScalarView(scalars[span.start..<min(span.end, scalars.count)]))
        }
        func spelledOrdinal(_ i: Int) -> Int? { cues.ordinals.value(tokens[i].folded, written: written(i)) }
        func ordinalValue(_ i: Int) -> Int? {
            let word = tokens[i].folded
            if let n = spelledOrdinal(i) {
                // "twenty-first", "twenty first": the tens stand before the unit ordinal.
                if n < 10, i > 0, let tens = cues.ordinals.tensBefore[tokens[i - 1].folded], tokens[i].span.start - tokens[i - 1].span.end <= 1 {
                    return tens + n
                }
                return n
            }
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), let n = Int(digits), n > 0 else { return nil }
            let rest = String(word.dropFirst(digits.count))
            if rest.isEmpty {
                let end = tokens[i].span.end
                return cues.ordinalPeriod && scalars.indices.contains(end) && scalars[end] == "." ? n : nil
            }
            return cues.ordinalSuffixes.contains(rest) ? n : nil
        }
        var ordinals: [Ordinal] = []
        var previousRound: Int?, nextRound: Int?
        for (i, token) in tokens.enumerated() where !subsidiary.contains(i) {
            // "die ersten beiden Runden", "the first two rounds", "de to første rundene", and
            // elliptic "de derde ronde; de eerste twee vonden plaats in Istanbul": rounds 1 to N.
            // Without a round noun right after, "the first two" counts the round noun earlier in
            // the sentence only when it stands alone: a verb of tense or meeting or the clause's
            // end follows it ("the first two weeks", "die ersten zwei Diplomaten" count others).
            if spelledOrdinal(i) == 1, !(i > 0 && cues.ordinals.tensBefore[tokens[i - 1].folded] != nil) {
                let after = i + 1 < tokens.count ? cues.cardinals[tokens[i + 1].folded] : nil
                let before = i > 0 ? cues.cardinals[tokens[i - 1].folded] : nil
                if let n = after ?? before {
                    let (first, last) = after != nil ? (i, i + 1) : (i - 1, i)
                    let nounAfter = (last + 1...last + 2).contains {
                        $0 < tokens.count && cues.roundNouns.matchesWord(tokens[$0].folded) && !cues.occasionNouns.contains(tokens[$0].folded)
                    }
                    let next = last + 1
                    let standsAlone = next >= tokens.count || !sameClause(last, next)
                        || [cues.past, cues.future, cues.meeting].contains { $0.matchesWord(tokens[next].folded) }
                    let nounBefore = standsAlone && tokens[..<first].contains {
                        cues.roundNouns.matchesWord($0.folded) && !cues.occasionNouns.contains($0.folded)
                    }
                    if nounAfter || nounBefore {
                        let timeReference = followsTemporal(first, within: 3)
                        let text = tokens[first].folded + " " + tokens[last].folded
                        for k in 1...n { ordinals.append(Ordinal(number: k, token: i, text: text, isTimeReference: timeReference, isRange: true)) }
                        continue
                    }
                }
            }
            let counted = (1...2).contains { i - $0 >= 0 && cues.countingPrepositions.contains(tokens[i - $0].folded) }
            let noun = (i + 1...min(i + 2, tokens.count)).first {
                $0 < tokens.count && cues.roundNouns.matchesWord(tokens[$0].folded)
                    && (counted || !cues.occasionNouns.contains(tokens[$0].folded))
            }
            guard let noun else { continue }
            // "for the second time" numbers a round when the delegations meet for it; "she
            // attended for the first time as his deputy" numbers a person's presence.
            // "The delegation was led for the first time by X" counts X's turns at its head.
            if cues.occasionNouns.contains(tokens[noun].folded),
               !tokens.indices.contains(where: { $0 != noun && sameClause(i, $0) && (meeting.contains($0) || roundNouns.contains($0)) })
                || tokens.indices.contains(where: { sameClause(i, $0) && cues.leading.contains(tokens[$0].folded) }) {
                continue
            }
            // Norwegian "andre" numbers a round before a singular ("den andre runden", "for andre
            // gang"); before a plural it is "other" ("andre samtaler", "de andre rundene").
            let plural = cues.pluralEndings.contains { tokens[noun].folded.hasSuffix($0) }
            if let n = ordinalValue(i), !(cues.ambiguousOrdinals.contains(token.folded) && plural) {
                ordinals.append(Ordinal(number: n, token: i, text: token.folded, isTimeReference: followsTemporal(i, within: 3)))
            }
            if cues.previous.contains(token.folded), previousRound == nil { previousRound = i }
            if cues.next.contains(token.folded), nextRound == nil { nextRound = i }
        }
        // "meet again", "sich erneut treffen", "komen opnieuw bijeen", "møtes igjen": another
        // meeting, as "a new round" is. The meeting word stands right before "again" (or with a
        // reflexive between) or shortly after it in its clause; "again raised" and "will again be
        // led by the ambassador" speak of something else.
        if nextRound == nil {
            nextRound = tokens.indices.first { i in
                guard cues.again.contains(tokens[i].folded) else { return false }
                // A meeting word after an article is a noun ("Moskau will bei dem Treffen erneut
                // die Rückgabe fordern"): "again" goes with the verb that follows.
                func isVerb(_ k: Int) -> Bool { k == 0 || !cues.determiners.contains(tokens[k - 1].folded) }
                let before = (i >= 1 && meeting.contains(i - 1) && sameClause(i - 1, i) && isVerb(i - 1))
                    || (i >= 2 && meeting.contains(i - 2) && cues.reflexives.contains(tokens[i - 1].folded) && sameClause(i - 2, i))
                let after = (1...3).contains { i + $0 < tokens.count && meeting.contains(i + $0) && sameClause(i, i + $0) }
                return before || after
            }
        }
        self.ordinals = ordinals
        self.previousRound = previousRound
        self.nextRound = nextRound
        listsRounds = ordinals.isEmpty && !aboutAllRounds && (recapsRounds || tokens.indices.contains { i in
            cues.pluralRounds.matchesWord(tokens[i].folded) && inMainClause(i) && !followsTemporal(i, within: 3)
        })
    }
}
