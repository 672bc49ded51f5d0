/// Decides which round(s) each sentence is about. The sentence's own content decides first (a
/// meeting date, an ordinal, a new round at a venue, "the previous round"); sentences that only
/// say "the talks", "the delegation" or "she said" take the round the report is speaking of at
/// that point; background (history, "in recent years", standing complaints) gets none.
struct SentenceRoundClassifier: Sendable {
    struct ArticleResult: Sendable {
        var assignments: [RoundAssignment]
        /// The round the report is mainly about, if it names any.
        var primary: Int?
        /// Sentences left about no round for want of any cue (no date, round noun, place or
        /// speech of a round, and no sentence before that told one), as opposed to those read as
        /// background, about all the rounds or about another meeting: what a translation of
        /// them says may still place them (`RoundAnalyzer.analyze(…, translations:)`).
        var uncued: Set<SentenceRef> = []
    }

    func classify(article: Article, features: [SentenceRoundFeatures], detection: RoundDetector.Result) -> ArticleResult {
        let rounds = Dictionary(uniqueKeysWithValues: detection.rounds.map { ($0.number, $0) })
        let primary = Self.primaryRound(features: features, detection: detection)
        let named = detection.roundsNamed[article.id] ?? []
        let held = Set(detection.rounds.filter { $0.status == .held }.map(\.number))
        var assignments: [RoundAssignment] = []
        var uncued: Set<SentenceRef> = []
        var previous: [Int] = []
        var previousAboutOther = false
        // A preview: the report came out before the day of the round it is about, so what it says
        // will happen is that round's business.
        let preview = primary.flatMap { rounds[$0]?.date }.map { own in
            article.publicationDate.map { $0.day != nil && own.day != nil && $0 < own } ?? false
        } ?? false

        // The report's round's date: a step that takes effect after it ("visas from 1 September")
        // is what the round decided, not a time of its own.
        let ownDate = primary.flatMap { rounds[$0]?.date }
        for f in features {
            // No time of its own: no date or year, or only in a relative clause ("…, which were
            // seized in 2016"), or only days from which the report's round's decisions hold.
            // So are days after it in a sentence that tells what is still to come, at no place of
            // its own ("a joint working group is to meet for the first time in January"): a round
            // arranges such steps. One with a place ("the released Americans are to land in
            // Washington on Wednesday") is an event of its own, unless the main clause grants it.
            // A step granted ("experts may visit the compounds in Maryland in April") is arranged
            // whatever place it names.
            let arrangedLater = (f.mainClauseMarked && f.mainClauseTense == .future && f.places.allSatisfy(\.isAdjective)) || f.grantsPermission
            // Times in a relative clause date their noun ("the compounds that Washington seized in
            // December 2016"), so only the others count.
            let dates = f.ownDates
            let onlyEffects = !dates.isEmpty && dates.allSatisfy { d in (d.takesEffect || arrangedLater) && ownDate.map { $0 < d.value } == true }
            let timeless = ((dates.isEmpty || onlyEffects) && !f.namesOwnYear) || f.timeOnlyInRelativeClause
            var set = Set(detection.explicit[f.ref] ?? [])
            var why: [String] = []
            // "Alle rundene har vært ledet av …", "all the rounds were held in Istanbul": about the
            // talks as a whole, so no one round; a date or an ordinal of its own still names one.
            if set.isEmpty, f.aboutAllRounds {
                assignments.append(RoundAssignment(sentence: f.ref, rounds: [], evidence: "about all the rounds: background"))
                previous = []
                previousAboutOther = false
                continue
            }
            // A sentence that looks ahead, with no date of its own and no round noun, is about no
            // round held before the report's own: "the working group will hold its first meeting
            // within a month" names no first round of the talks ("a third round takes place in
            // Moscow" does name one).
            if f.mainClauseMarked, f.mainClauseTense == .future, f.meetingDates.isEmpty, let primary, !set.isEmpty,
               !f.tokens.contains(where: { Self.isRoundNoun($0.folded) }),
               set.allSatisfy({ $0 < primary && rounds[$0]?.status == .held }) {
                why.append("future: not round \(set.sorted().map(String.init).joined(separator: ",")), held before the report's round \(primary)")
                set = []
            }
            if !set.isEmpty { why.append(Self.describeExplicit(f, rounds: set.sorted())) }
            // "It is the first time since the meeting in Istanbul in April that the delegations
            // meet": the earlier round is a point in time (as "the fourth round since February"
            // names no February round), the meeting the sentence tells is the report's own, and
            // what follows goes on about that one.
            let namedDates = f.namedMeetingDates
            if let primary, !set.isEmpty, set.allSatisfy({ $0 < primary }), f.hasFreeMeetingCue,
               !namedDates.isEmpty, namedDates.allSatisfy(\.isTimeReference), f.ordinals.allSatisfy(\.isTimeReference) {
                why.append("round \(set.sorted().map(String.init).joined(separator: ",")) only a point in time → the report's round \(primary)")
                set = [primary]
            }
            var aboutOtherMeeting = detection.otherEventSentences.contains(f.ref) && set.isEmpty
            // "the meeting in Riyadh" is a meeting that is not a round (the February foreign
            // ministers' meeting) when the report dated a meeting there that is not a round, or
            // when it follows a sentence about such a meeting ("talks in Saudi Arabia on 18
            // February") and the report's own round is not held there.
            // A changed plan's place ("had been expected in Washington") places no meeting.
            if set.isEmpty, !f.formerPlan, let venue = f.venues.first, f.hasMeetingCue,
               detection.otherEvents.contains(where: { $0.venue?.entityID == venue.entityID && $0.articles.contains(article.id) })
                || (previousAboutOther && primary.flatMap { rounds[$0]?.venueEntityID } != venue.entityID) {
                aboutOtherMeeting = true
            }

            // A meeting at a venue without a date: the round held there (`round(at:)`). A
            // sentence whose date names another meeting (the February foreign ministers' meeting
            // in Riyadh) is about that meeting, whatever rounds were later held at the same place.
            // A list of venues ("trafen sich in Moskau, Riad und Washington") names a meeting at
            // each, also beside a dated meeting in a clause of its own ("Den andre runden ble
            // holdt samme sted 10. april, og senere har partene møttes i Moskva, Riyadh og
            // Washington").
            let listed = f.listsVenues ? f.venues.filter { f.venueList.contains($0.token) } : Array(f.venues.prefix(1))
            let listApart = f.listsVenues && !listed.contains { v in f.meetingDates.contains { f.clause(of: $0.token) == f.clause(of: v.token) } }
            if set.isEmpty || listApart, !aboutOtherMeeting, f.hasMeetingCue, !f.formerPlan {
                var unplaced = false
                for venue in listed {
                    guard let n = Self.round(at: venue, f, detection: detection, rounds: rounds, primary: primary, named: named) else {
                        unplaced = true
                        continue
                    }
                    set.insert(n)
                    why.append("meeting in \(venue.name): " + (n == primary ? "the report's round \(n)" : "round \(n)"))
                }
                // No round at any venue named: a meeting that is not a round. A street or square
                // the entity stage could not link ("Spiridonovka-gaten") says no such thing: the
                // meeting word still refers to the round the report is telling.
                if unplaced, set.isEmpty, listed.contains(where: { !(RoundDetector.isUnlinked($0.entityID) && (Self.namesAStreet($0.name) || Self.namesAStreet($0.entityID))) }) {
                    aboutOtherMeeting = true
                }
            }
            // No meeting word, but a time and a place that together are one round's ("agreed
            // last week in Geneva", "in juni in Moskou"): that round. Either alone is too weak
            // (a month holds other events; a city hosts other meetings).
            if set.isEmpty, !aboutOtherMeeting, !f.formerPlan, let n = Self.roundAtTimeAndPlace(f, rounds: detection.rounds) {
                set.insert(n); why.append("time and place of round \(n)")
            }
            if let primary {
                // "the previous round" (when no date says which): the latest round before the
                // report's; numbers can have gaps (a "fourth round" reported when no report
                // tells of a third).
                if f.previousRound != nil, f.meetingDates.isEmpty, let before = Self.roundBefore(primary, in: rounds), !set.contains(before) {
                    set.insert(before); why.append("previous round → \(before)")
                }
                // Moving the talks to the capitals after a named round is what the report's later
                // round is about.
                if f.capitals, let top = set.max(), primary > top {
                    set.insert(primary); why.append("move to the capitals → round \(primary)")
                }
                // "follows / is similar to the talks in February": about the current round too.
                if f.follows, !set.isEmpty || aboutOtherMeeting, !set.contains(primary) {
                    set.insert(primary); why.append("follows an earlier meeting → round \(primary)")
                    aboutOtherMeeting = false
                }
                // "They did not set a date for the next meeting, which Russia wants in Moscow": told
                // in the past by a report on a held round, what was (not) decided about the next
                // round is also an outcome of the held one, as GOLD.md reads the decision taken
                // on 10 April to move the talks to the capitals ([2, 3]).
                if f.nextRound != nil, f.mainClauseTense == .past, !set.contains(primary), set.contains(where: { $0 > primary }),
                   rounds[primary]?.status == .held {
                    set.insert(primary); why.append("told after round \(primary) about the next: also its outcome")
                }
                // "the next round" with neither date nor venue. In a report on a round already
                // held: a later round dated after it, else none known yet ("no date has been set
                // for the next meeting"). In a report on an upcoming round: the round after those
                // the report names, or the report's own round.
                if set.isEmpty, f.nextRound != nil, !aboutOtherMeeting {
                    if let own = rounds[primary], own.status == .held {
                        if let date = own.date, let later = detection.rounds.filter({ $0.number > primary && ($0.date.map { date < $0 } ?? false) })
                            .min(by: { $0.number < $1.number }) {
                            set.insert(later.number); why.append("next round after the report's round \(primary) → \(later.number)")
                        } else {
                            // No later round known: "no date was set for the next meeting" is what
                            // the held round left open, part of its outcome.
                            set.insert(primary); why.append("next round after the report's round \(primary) not known yet: its outcome")
                        }
                    } else {
                        let after = detection.rounds.map(\.number).filter { $0 > (named.filter { $0 < primary }.max() ?? 0) }.min() ?? primary
                        set.insert(after); why.append("next round → \(after)")
                    }
                }
            }

            if set.isEmpty {
                if f.then, primary != nil || !previous.isEmpty {
                    // "Back then": the earlier round the sentence before recalls beside the
                    // report's own ("similar to the talks in February. Back then …"); in a recap
                    // that tells round after round, the one the sentence before told ("The first
                    // round took place on 27 February. Back then …"); with no round before, the
                    // round before the report's.
                    let earlier = primary.map { primary in previous.filter { $0 < primary } } ?? previous
                    let chosen = !earlier.isEmpty ? earlier : !previous.isEmpty ? previous
                        : primary.flatMap { Self.roundBefore($0, in: rounds) }.map { [$0] } ?? []
                    set.formUnion(chosen)
                    if !chosen.isEmpty { why.append("back then → round \(chosen.map(String.init).joined(separator: ","))") }
                } else if aboutOtherMeeting {
                    why.append("about another meeting, not a round")
                } else if f.background, !f.timeOnlyInRelativeClause {
                    why.append("background (time span or history)")
                } else if f.hasMeetingCue || f.side != nil {
                    // "The Russian side also raised flights" speaks of a party to the talks as
                    // "the delegation" does.
                    let chosen = Self.anaphora(previous: previous, primary: primary, tense: f.tense,
                                               held: held)
                    set.formUnion(chosen)
                    if !chosen.isEmpty, let cue = f.meeting.first ?? f.side {
                        why.append("“\(f.tokens[cue].folded)” refers to round \(chosen.map(String.init).joined(separator: ","))")
                    }
                } else if (!f.speech.isEmpty && (!f.namesYear || f.timeOnlyInRelativeClause)) || ((!previous.isEmpty || preview) && timeless),
                          f.mainClauseMarked, f.mainClauseTense == .future, let primary, !previous.isEmpty || preview,
                          previous.allSatisfy({ $0 < primary }) {
                    // What someone says or a report expects will happen does not go on about an
                    // earlier round the report recalled just before ("the second round took place
                    // on 10 April. Moscow will also raise direct flights"): it is about the
                    // report's own round. So is what a preview expects after a sentence of
                    // background ("… closed in recent years. Russia will also raise flights").
                    set.insert(primary)
                    why.append("future → the report's round \(primary)")
                } else if !f.speech.isEmpty, !f.namesYear || f.timeOnlyInRelativeClause {
                    // A statement goes on about what the report was telling; one that names a
                    // year of its own ("seized between 2016 and 2018, and Moscow has called the
                    // seizures illegal") is about that time, as a sentence without a cue is. The
                    // year of a full date ("told reporters on 18 September 2026") is the
                    // statement's day, not a time it recalls.
                    let continued = Self.continued(previous, f, primary: primary, rounds: rounds)
                    set.formUnion(continued)
                    why.append(continued.isEmpty ? "statement continuing background" : "statement continuing round \(continued.map(String.init).joined(separator: ","))")
                } else if !previous.isEmpty, timeless {
                    // A sentence with no cue of its own, right after one about a round, goes on
                    // about it ("Russia also proposed resuming direct flights"); one with a date
                    // or a year of its own ("since 2016", "in 2021", "the third exchange this year") is
                    // about that time, unless a relative clause holds it ("Moscow wants the
                    // estates back, which were seized in 2016").
                    let continued = Self.continued(previous, f, primary: primary, rounds: rounds)
                    set.formUnion(continued)
                    why.append("continues round \(continued.map(String.init).joined(separator: ","))")
                } else {
                    why.append("no round cue")
                }
                if set.isEmpty, why.isEmpty { why.append("no round cue") }
                if set.isEmpty, !aboutOtherMeeting, !f.background || f.timeOnlyInRelativeClause { uncued.insert(f.ref) }
            }
            let assignment = RoundAssignment(sentence: f.ref, rounds: Array(set), evidence: why.joined(separator: "; "))
            assignments.append(assignment)
            // What follows goes on about the rounds the sentence tells, not one it names only as
            // a point in time ("… for a third round; it is the first time since the meeting in
            // April that they meet. The delegation was led by …").
            let told = assignment.rounds.filter { !Self.onlyTimeReference($0, f, rounds: rounds) }
            previous = Self.focus(of: told.isEmpty ? assignment.rounds : told, f)
            previousAboutOther = (aboutOtherMeeting && assignment.rounds.isEmpty) || detection.otherEventSentences.contains(f.ref)
        }
        return ArticleResult(assignments: assignments, primary: primary, uncued: uncued)
    }

    /// The one round both held at a place the sentence names and dated within a time it names
    /// (not a day a step takes effect), or nil.
    static func roundAtTimeAndPlace(_ f: SentenceRoundFeatures, rounds: [Round]) -> Int? {
        let places = Set(f.places.filter { !$0.isAdjective }.map(\.entityID))
        let times = f.dates.filter { !$0.takesEffect }.map(\.value).filter { $0.granularity != .year }
        let fitting = rounds.filter { r in
            guard let date = r.date, date.granularity == .day, let venue = r.venueEntityID, places.contains(venue) else { return false }
            return times.contains { $0.contains(date) }
        }
        return fitting.count == 1 ? fitting[0].number : nil
    }

    /// "round", "Runde", "ronde", "runde" and their plurals and compounds ("Gesprächsrunde",
    /// "overlegronde"), folded.
    static func isRoundNoun(_ folded: String) -> Bool {
        ["round", "rounds", "runde", "runden", "rundene", "runder", "ronde", "rondes"].contains { folded.hasSuffix($0) }
            && !RoundCues.notRoundEndings.contains { folded.hasSuffix($0) }
    }

    /// The round a meeting at `venue` (no date) is: the report's own round when it is held there,
    /// else the latest round there that the report names, else the latest round there; nil when
    /// no round fits (some other meeting).
    static func round(at venue: SentenceRoundFeatures.Place, _ f: SentenceRoundFeatures, detection: RoundDetector.Result,
                      rounds: [Int: Round], primary: Int?, named: Set<Int>) -> Int? {
        var there = detection.rounds.filter { $0.venueEntityID == venue.entityID }.map(\.number)
        // Of two rounds at one venue, a meeting told in the past is the one held there, a meeting
        // to come the one announced ("they met in Moscow in the summer" against "the next meeting
        // should be held in Moscow").
        let fitting = there.filter { n in
            guard let status = rounds[n]?.status else { return false }
            // A cancelled round was announced first and called off later: either tense.
            return status == .cancelled || (f.tense == .past ? status == .held : f.tense == .future ? status == .announced : true)
        }
        if !fitting.isEmpty {
            there = fitting
        } else if f.mainClauseMarked, f.mainClauseTense == .past, there.allSatisfy({ rounds[$0]?.status == .announced }) {
            // A meeting told in the past is not a round still to come there ("Seitdem trafen sich
            // die Delegationen in Moskau, Riad und Washington" in a report that announces the next
            // round for Moscow): some earlier meeting the corpus does not place.
            return nil
        }
        if let primary, there.contains(primary) { return primary }
        // A meeting told in the past, not the report's own round, is one before it: a report on
        // the sixth round that recalls "they met in Moscow" means the Moscow round before the
        // sixth, not a seventh there that a later report tells as held.
        if let primary, f.tense == .past {
            let before = there.filter { $0 < primary }
            if !before.isEmpty { there = before }
        }
        return there.filter(named.contains).max() ?? there.max()
    }

    /// What a sentence with no cue of its own goes on about: the rounds of the one before, except
    /// that a sentence told in the past cannot go on about rounds still to come. After "the
    /// working group will meet in Washington" (the round announced there), "the two sides also
    /// agreed on visas" is back on the report's own round, already held.
    static func continued(_ previous: [Int], _ f: SentenceRoundFeatures, primary: Int?, rounds: [Int: Round]) -> [Int] {
        guard f.mainClauseMarked, f.mainClauseTense == .past, let primary, rounds[primary]?.status == .held, !previous.isEmpty,
              previous.allSatisfy({ $0 > primary && rounds[$0]?.status != .held }) else { return previous }
        return [primary]
    }

    /// The sentence names round `number` only by a date that is a point in time ("since the
    /// meeting in April"), not as a meeting it tells.
    static func onlyTimeReference(_ number: Int, _ f: SentenceRoundFeatures, rounds: [Int: Round]) -> Bool {
        guard let date = rounds[number]?.date else { return false }
        let naming = f.namedMeetingDates.filter { $0.value.contains(date) }
        return !naming.isEmpty && naming.allSatisfy(\.isTimeReference)
    }

    /// The latest round numbered below `number`.
    static func roundBefore(_ number: Int, in rounds: [Int: Round]) -> Int? {
        rounds.keys.filter { $0 < number }.max()
    }

    /// "the talks", "the delegation", "the meeting": the rounds the report is speaking of. A
    /// sentence in the past keeps the earlier of those rounds; one in the present or future the
    /// report's current round (a report about an upcoming round that recalls the last one goes
    /// back to the upcoming round with "the delegation will be led by"). A past sentence never
    /// refers to a round after the report's own, nor does a present one in a report on a round
    /// already held.
    static func anaphora(previous: [Int], primary: Int?, tense: RoundTense, held: Set<Int> = []) -> [Int] {
        guard let primary else { return previous }
        var focus = previous.isEmpty ? [primary] : previous
        // A report on a meeting that was held, which mentions the next round in passing, goes
        // on about its own meeting: "the next round will be in Washington. The ministry
        // confirmed the meeting" is the meeting held, unless the sentence itself looks ahead.
        // So does one after a sentence about both its meeting and the next ("they agreed that the
        // next round will be held in Washington"). A later round already held is no passing
        // mention: "the second round followed on 10 April. There the Russian side handed over a
        // list" is about the second.
        if held.contains(primary), tense != .future, focus.allSatisfy({ $0 == primary || ($0 > primary && !held.contains($0)) }) { focus = [primary] }
        if tense == .past {
            // Nothing after the report's own round has happened yet from its point of view: "the
            // meeting was confirmed" after "the next round will be in Washington" is its own round.
            let earlier = focus.filter { $0 < primary }
            if !earlier.isEmpty { return earlier }
            let reached = focus.filter { $0 <= primary }
            return reached.isEmpty ? [primary] : reached
        }
        let current = focus.filter { $0 >= primary }
        return current.isEmpty ? [primary] : current
    }

    /// The round the report is mainly about: the one its dated, numbered and announced mentions
    /// point to most, with the lead counting double (news put the news first). A sentence naming
    /// two rounds gives each half. A lead that names no round but the place of a meeting ("a day
    /// after the delegations met in Moscow") counts for the one round held there, and one with
    /// no meeting word for the one round its time and place fit. Ties go to a
    /// dated round over an undated one (a report on a meeting ends with where the next one will
    /// be), then to the later round, the newer news.
    static func primaryRound(features: [SentenceRoundFeatures], detection: RoundDetector.Result) -> Int? {
        var score: [Int: Double] = [:]
        var leadSeen = false
        for f in features {
            var numbers = detection.explicit[f.ref] ?? []
            if numbers.isEmpty, !leadSeen, f.ref.index <= 1, f.hasMeetingCue, let venue = f.venues.first {
                let there = detection.rounds.filter { $0.venueEntityID == venue.entityID }
                if there.count == 1 { numbers = [there[0].number] }
            }
            // A lead with no meeting word whose time and place are one round's ("Rusland en de
            // VS hebben gisteren in Moskou afgesproken …") tells that round.
            if numbers.isEmpty, !leadSeen, f.ref.index <= 1, let n = roundAtTimeAndPlace(f, rounds: detection.rounds) { numbers = [n] }
            numbers = focus(of: numbers, f)
            guard !numbers.isEmpty else { continue }
            let weight = 1.0 / Double(numbers.count) * (!leadSeen && f.ref.index <= 1 ? 2 : 1)
            leadSeen = true
            for n in numbers { score[n, default: 0] += weight }
        }
        // A round known only by its year ("early 2026") is no better placed than an undated one.
        let dated = Set(detection.rounds.filter { $0.date.map { $0.granularity != .year } ?? false }.map(\.number))
        return score.max { ($0.value, dated.contains($0.key) ? 1 : 0, $0.key) < ($1.value, dated.contains($1.key) ? 1 : 0, $1.key) }?.key
    }

    /// The rounds a sentence is chiefly about, of those it names: "the third round; the first two
    /// were in Istanbul" names rounds 1 to 3 and is about the third. Rounds recalled as a group
    /// ("the first two") are background when the sentence names another; the report's main round
    /// and what the next sentences refer to are taken from the rest.
    /// A list of rounds ("Later rounds took the delegations to Moscow on June 26, Riyadh on …")
    /// is a recap: what follows is not about all of them, so it sets no focus. So is a list of
    /// venues ("Seitdem trafen sich die Delegationen in Moskau, Riad und Washington").
    static func focus(of rounds: [Int], _ f: SentenceRoundFeatures) -> [Int] {
        if f.listsRounds || f.listsVenues, rounds.count >= 2 { return [] }
        let recalled = Set(f.ordinals.filter(\.isRange).map(\.number)).subtracting(f.ordinals.filter { !$0.isRange }.map(\.number))
        let rest = rounds.filter { !recalled.contains($0) }
        return rest.isEmpty ? rounds : rest
    }

    /// Endings of the names of streets and squares in the four languages, folded.
    static let streetEndings = ["gate", "gaten", "gata", "gasse", "strasse", "straat", "laan", "vei", "veien",
                                "street", "avenue", "road", "plass", "platz", "plein", "square"]

    /// A place name that is a street or a square ("Spiridonovka-gaten", "Spiridonowka-Straße",
    /// "Spiridonovkastraat"), a place inside a city rather than a city.
    static func namesAStreet(_ name: String) -> Bool {
        let folded = TextFolding.foldGermanTranscription(name)
        return streetEndings.contains { folded.hasSuffix($0) }
    }

    static func describeExplicit(_ f: SentenceRoundFeatures, rounds: [Int]) -> String {
        var parts: [String] = []
        let dates = f.namedMeetingDates.map(\.value.description)
        if !dates.isEmpty { parts.append("date " + dates.joined(separator: ", ")) }
        if !f.ordinals.isEmpty { parts.append("ordinal " + f.ordinals.map(\.text).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ")) }
        if parts.isEmpty, let venue = f.venues.first { parts.append((f.nextRound != nil ? "new round in " : "announced in ") + venue.name) }
        return parts.joined(separator: "; ") + " → round " + rounds.map(String.init).joined(separator: ",")
    }
}
