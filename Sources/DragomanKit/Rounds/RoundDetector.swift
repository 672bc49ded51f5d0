/// Finds the rounds of the corpus from the reports themselves: meetings with dates and venues,
/// ordinals ("second round"), and announcements of a new round at a venue. Nothing here knows
/// the seed rounds; a later report about a later round makes a later round.
struct RoundDetector: Sendable {
    /// A place in a report where a meeting is mentioned with something that identifies it.
    struct EventMention: Sendable {
        var sentence: SentenceRef
        var date: CalendarDate?
        var venue: SentenceRoundFeatures.Place?
        var ordinal: Int?
        /// "new/next round" cue.
        var isNext: Bool
        var tense: RoundTense
        /// The sentence says the meeting was called off or put off.
        var cancelled = false
        /// … called off for good or never held, not merely put off.
        var calledOff = false
        /// One of several dated meetings a sentence calls rounds (`SentenceRoundFeatures.listsRounds`).
        var listedRound = false
        /// The sentence tells a plan that changed ("the round had been expected in Washington"):
        /// its place announces no meeting (`DateWords.formerPlan`).
        var formerPlan = false
    }

    /// A place the entity stage could not link to the glossary gets an id of its own spelling
    /// ("new-loc-vienna", "new-loc-wien"): two such ids may be one city.
    static func isUnlinked(_ entityID: String) -> Bool { entityID.hasPrefix("new-") }

    /// Meetings mentioned with a date, grouped: the same day (± 1), or a week/month containing it,
    /// at a compatible venue.
    struct Cluster: Sendable {
        var mentions: [EventMention]
        /// Places the corpus uses as adjectives (countries): on the day of a meeting at a city,
        /// such a place is the same meeting, placed less precisely.
        var countries: Set<String> = []
        var days: [CalendarDate] { mentions.compactMap(\.date).filter { $0.granularity == .day } }
        var date: CalendarDate? {
            let days = self.days
            if let common = mostCommon(days) { return common }
            return mostCommon(mentions.compactMap(\.date))
        }
        var venue: SentenceRoundFeatures.Place? {
            // A glossary place names the venue before a spelling the glossary does not know.
            let all = mentions.compactMap { $0.venue?.entityID }, linked = all.filter { !RoundDetector.isUnlinked($0) }
            // A city names the venue before the country it is in.
            let known = linked.isEmpty ? all : linked, cities = known.filter { !countries.contains($0) }
            guard let id = mostCommon(cities.isEmpty ? known : cities) else { return nil }
            return mentions.compactMap(\.venue).first { $0.entityID == id }
        }
        var articles: Set<String> { Set(mentions.map(\.sentence.articleID)) }
        var ordinal: Int? { mostCommon(mentions.compactMap(\.ordinal)) }
        /// How many reports give the cluster its ordinal.
        var ordinalSupport: Int {
            guard let n = ordinal else { return 0 }
            return Set(mentions.filter { $0.ordinal == n }.map(\.sentence.articleID)).count
        }
        mutating func dropOrdinal(_ n: Int) {
            for k in mentions.indices where mentions[k].ordinal == n { mentions[k].ordinal = nil }
        }

        func accepts(_ value: CalendarDate, venue: String?) -> Bool {
            // Another venue is another meeting, unless one of the two is a spelling the glossary
            // does not know on the same day: "Vienna" in one report and "Wien" in another are
            // one meeting, not two rounds. Nor is a country on the day of a meeting in a city
            // ("met in Russia on 12 March" beside "met in Vienna on 12 March").
            // Two spellings the glossary does not know, in the same month, are one city too: a
            // Dutch report's "Belgrado" and a Norwegian one's "Beograd" announce one next round.
            if let venue, let mine = self.venue?.entityID, venue != mine,
               !(RoundDetector.isUnlinked(venue) && RoundDetector.isUnlinked(mine)),
               value.granularity != .day || !(RoundDetector.isUnlinked(venue) || RoundDetector.isUnlinked(mine)
                                               || countries.contains(venue) || countries.contains(mine)) { return false }
            let days = self.days
            switch value.granularity {
            case .day:
                return days.contains { d in (-1...1).contains { d.adding(days: $0) == value } }
            case .week, .month:
                return days.contains { value.contains($0) } || mentions.contains { $0.date == value }
            case .year:
                return false
            }
        }
    }

    /// The detector's result: the rounds (without article lists and counts, which come from the
    /// sentence assignments) and how event mentions map to them.
    struct Result: Sendable {
        var rounds: [Round]
        /// Dated meetings that are not rounds (e.g. a different kind of meeting a report refers to).
        var otherEvents: [Cluster]
        /// Sentence → the rounds its own identifying mentions (date, ordinal, announcement) name.
        var explicit: [SentenceRef: [Int]]
        /// Sentence → its dated mention names a meeting that is not a round.
        var otherEventSentences: Set<SentenceRef>
        /// Per article, the rounds it names explicitly.
        var roundsNamed: [String: Set<Int>]
    }

    /// - Parameter adjectivalPlaces: places the entity stage found written as adjectives (in
    ///   lower case), nested mentions included.
    func detect(articles: [Article], features: [String: [SentenceRoundFeatures]], adjectivalPlaces: Set<String> = []) -> Result {
        // Places the corpus writes as adjectives ("russischen", "russiske", "the Russian side"):
        // countries.
        let countries = adjectivalPlaces.union(features.values.joined().flatMap { $0.places.filter(\.isAdjective).map(\.entityID) })
        var mentions: [EventMention] = []
        for article in articles {
            var previous: SentenceRoundFeatures?
            for f in features[article.id] ?? [] {
                var found = Self.eventMentions(f)
                if let previous, previous.ref.index == f.ref.index - 1 { Self.anaphoricOrdinals(&found, f, previous: previous, countries: countries) }
                mentions += found
                previous = f
            }
        }
        // A sentence about a meeting to come cannot date it on or before the day the report
        // appeared: "the next round will take place in Riyadh, the ministry announced on Tuesday"
        // gives the day of the announcement. The mention keeps its venue and "next".
        let publication = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.publicationDate) })
        // A meeting called off is the exception: "the round that would have taken place on
        // 20 March was called off" gives its planned day, past when the report appears.
        for i in mentions.indices where mentions[i].tense == .future && !mentions[i].cancelled {
            guard let date = mentions[i].date, date.granularity == .day,
                  let published = publication[mentions[i].sentence.articleID] ?? nil, published.granularity == .day,
                  !(published < date) else { continue }
            mentions[i].date = nil
        }

        // 1. Cluster the day- and week-dated mentions; months join afterwards, preferring clusters
        //    that turn out to be rounds (a month is vaguer than the clusters it could belong to).
        var clusters: [Cluster] = []
        let dated = mentions.filter { $0.date != nil }.sorted { ($0.date!, $0.sentence) < ($1.date!, $1.sentence) }
        for m in dated where m.date!.granularity == .day {
            if let i = clusters.firstIndex(where: { $0.accepts(m.date!, venue: m.venue?.entityID) }) { clusters[i].mentions.append(m) }
            else { clusters.append(Cluster(mentions: [m], countries: countries)) }
        }
        let qualifiesBeforeVague = Self.qualifying(clusters)
        for m in dated where m.date!.granularity == .week || m.date!.granularity == .month {
            let candidates = clusters.indices.filter { clusters[$0].accepts(m.date!, venue: m.venue?.entityID) }
            let best = candidates.max { a, b in
                (qualifiesBeforeVague.contains(a) ? 1 : 0, clusters[a].mentions.count) < (qualifiesBeforeVague.contains(b) ? 1 : 0, clusters[b].mentions.count)
            }
            if let best { clusters[best].mentions.append(m) } else { clusters.append(Cluster(mentions: [m], countries: countries)) }
        }
        Self.mergePostponed(&clusters)
        Self.settleOrdinalClaims(&clusters)
        let qualifying = Self.qualifying(clusters)

        // 2. Number the dated rounds chronologically; an ordinal a report gives pins the number
        //    (so a fourth round reported alone is round 4), never below the one before.
        var rounds: [Round] = []
        var clusterRound: [Int: Int] = [:]
        /// Rounds whose number a report states ("the fourth round") rather than inferred by order.
        var pinnedNumbers: Set<Int> = []
        var last = 0
        // "The next round" comes after every round its report counts ("nach der vierten Runde in
        // Helsinki … die nächste Runde im Januar in Washington"), dated or not: its number is
        // above the highest ordinal the report gives outside that round's own mentions.
        // An undated ordinal at the round's venue or at none is that round counted, not one
        // before it: "… kommen am Mittwoch in Budapest zu einer neuen Runde zusammen. Es ist
        // bereits die elfte Runde seit Februar 2025." is round 11, not 12.
        func nextFloor(_ c: Cluster) -> Int {
            let own = Set(c.mentions.map(\.sentence))
            let articles = Set(c.mentions.filter(\.isNext).map(\.sentence.articleID))
            guard !articles.isEmpty else { return 0 }
            let venue = c.venue?.entityID
            return mentions.filter { m in
                articles.contains(m.sentence.articleID) && !own.contains(m.sentence)
                    && !(m.date == nil && (m.venue == nil || m.venue?.entityID == venue))
            }.compactMap(\.ordinal).max() ?? 0
        }
        let chronological = qualifying.sorted(by: { (clusters[$0].date!, $0) < (clusters[$1].date!, $1) })
        let backfilled = Self.numbersBefore(chronological: chronological, clusters: clusters)
        for i in chronological {
            let c = clusters[i]
            var number = max(last, nextFloor(c)) + 1
            if let before = backfilled[i], before > last { number = before }
            if let pinned = c.ordinal, pinned > last { number = pinned; pinnedNumbers.insert(number) }
            last = number
            clusterRound[i] = number
            rounds.append(Round(number: number, date: c.date, venueEntityID: c.venue?.entityID, venueName: c.venue?.name,
                                status: .announced, articleIDs: [], sentenceCount: 0))
        }

        var explicit: [SentenceRef: [Int]] = [:]
        var otherEventSentences: Set<SentenceRef> = []
        for (i, c) in clusters.enumerated() {
            for m in c.mentions {
                if let n = clusterRound[i] { explicit[m.sentence, default: []].append(n) } else { otherEventSentences.insert(m.sentence) }
            }
        }

        // 3. Undated ordinals ("de tweede ronde … in Istanbul"): the round with that number, or a
        //    new undated round at the venue when no report dates it yet. An ordinal with neither
        //    date nor venue ("no date for a fifth round was set") names no meeting to report on.
        for m in mentions where m.date == nil {
            guard let n = m.ordinal else { continue }
            if !rounds.contains(where: { $0.number == n }) {
                guard m.venue != nil else { continue }
                rounds.append(Round(number: n, date: nil, venueEntityID: m.venue?.entityID, venueName: m.venue?.name,
                                    status: .announced, articleIDs: [], sentenceCount: 0))
            } else if let r = rounds.firstIndex(where: { $0.number == n }), rounds[r].venueEntityID == nil, let venue = m.venue {
                rounds[r].venueEntityID = venue.entityID; rounds[r].venueName = venue.name
            }
            explicit[m.sentence, default: []].append(n)
        }

        var roundsNamed: [String: Set<Int>] = [:]
        for (ref, numbers) in explicit { roundsNamed[ref.articleID, default: []].formUnion(numbers) }

        // 4. Announcements of a meeting at a venue without a date. "A new/next round in Moscow"
        //    after the rounds the report names is the round after them: an existing round at that
        //    venue not known to be over when the report appeared, or a new announced round. A
        //    future meeting without "new/next" only makes a round at a venue no round has.
        // The rounds each report names by date or number, before announcements add to them: two
        // announcements in one report of "the next round in Moscow" are the same round.
        let namedBeforeAnnouncements = roundsNamed
        // A year is no day to cluster on, but it dates an announcement ("the next round will be
        // held in Washington early next year").
        let announcements = mentions.filter { ($0.date == nil || $0.date?.granularity == .year) && $0.ordinal == nil && $0.venue != nil
            && ($0.isNext || $0.tense == .future) && !$0.formerPlan }
        for m in announcements.sorted(by: { $0.sentence < $1.sentence }) {
            let venue = m.venue!
            let named = namedBeforeAnnouncements[m.sentence.articleID] ?? []
            let floor = named.max() ?? 0
            let published = publication[m.sentence.articleID] ?? nil
            func notOverYet(_ r: Round) -> Bool {
                guard let date = r.date, let published else { return true }
                return !Self.isOver(date, by: published)
            }
            let atVenue = rounds.indices.filter { rounds[$0].venueEntityID == venue.entityID }
            var target: Int?
            if m.isNext {
                // A round numbered by a report is this one only if it is the very next one: "the
                // fourth round" is not the "next round" of a report that knows two.
                target = atVenue.filter { rounds[$0].number > floor && notOverYet(rounds[$0])
                    && (!pinnedNumbers.contains(rounds[$0].number) || rounds[$0].number == floor + 1) }
                    .min { rounds[$0].number < rounds[$1].number }
                    .map { rounds[$0].number }
            } else if !atVenue.isEmpty {
                continue   // "will take place in Istanbul": the classifier resolves which Istanbul round
            } else if !named.isEmpty {
                // Without "new" or "next", a report that dates or numbers a round of its own
                // speaks of that one: "the round should take place in Washington" in a report on
                // the eighth round in Geneva is a plan that changed, not a ninth round.
                continue
            }
            if target == nil {
                var number = floor + 1
                while rounds.contains(where: { $0.number == number }) { number += 1 }
                rounds.append(Round(number: number, date: nil, venueEntityID: venue.entityID, venueName: venue.name,
                                    status: .announced, articleIDs: [], sentenceCount: 0))
                target = number
            }
            // The year of a meeting to come, not before the report's own year.
            if let year = m.date, let r = rounds.firstIndex(where: { $0.number == target }), rounds[r].date == nil,
               published.map({ $0.year <= year.year }) ?? true {
                rounds[r].date = year
            }
            explicit[m.sentence, default: []].append(target!)
            roundsNamed[m.sentence.articleID, default: []].insert(target!)
        }

        // 5. Status: held when a report speaks of it in the past, or when its date is before a
        //    report's publication or before another round; announced otherwise.
        let latestPublication = articles.compactMap(\.publicationDate).max()
        // A round only known by its year ("early 2026") orders nothing: it may be any day of it.
        let datedRounds = rounds.compactMap(\.date).filter { $0.granularity != .year }
        var pastTense: Set<Int> = [], cancelled: Set<Int> = [], calledOff: Set<Int> = []
        for (i, c) in clusters.enumerated() {
            guard let n = clusterRound[i] else { continue }
            // "The round planned for 20 March was called off": past tense, but no meeting held.
            if c.mentions.contains(where: { $0.tense == .past && !$0.cancelled }) { pastTense.insert(n) }
            if c.mentions.contains(where: \.cancelled) { cancelled.insert(n) }
            if c.mentions.contains(where: \.calledOff) { calledOff.insert(n) }
        }
        // "No date was set for the next meeting, which should be held in Moscow": a past-tense
        // sentence, but the next round is still to come when the report appears.
        for m in mentions where m.date == nil {
            guard let numbers = explicit[m.sentence], numbers.count == 1 else { continue }
            // "In June he announced a next round in Moscow, but that meeting never took place":
            // the next round of then is the one called off. The cue tells the past whatever the
            // tense a planning word gives the sentence ("the meeting planned for … was called off").
            if m.calledOff { calledOff.insert(numbers[0]) }
            guard !m.isNext else { continue }
            if m.cancelled { cancelled.insert(numbers[0]) } else if m.tense == .past { pastTense.insert(numbers[0]) }
        }
        // "A meeting in Moscow, announced in June, was never held" names no round by itself: it
        // is the one round at that venue no report tells as held.
        for m in mentions where m.calledOff && explicit[m.sentence] == nil {
            guard let venue = m.venue?.entityID else { continue }
            let there = rounds.filter { $0.venueEntityID == venue && !pastTense.contains($0.number) }
            if there.count == 1 { calledOff.insert(there[0].number) }
        }
        cancelled.formUnion(calledOff)
        var held: Set<Int> = []
        for round in rounds {
            if pastTense.contains(round.number) { held.insert(round.number) }
            // A round a report calls off or puts off is held only when another sentence tells it
            // in the past; its planned date passing does not make it held.
            if let date = round.date, !cancelled.contains(round.number) {
                if let latestPublication, Self.isOver(date, by: latestPublication) { held.insert(round.number) }
                if datedRounds.contains(where: { Self.isOver(date, by: $0) }) { held.insert(round.number) }
            }
        }
        // Rounds are counted as they are held: once a report tells of "the eighth round" as held,
        // the seventh took place, even if every report of it was written before it. Only a number
        // a report states counts (an inferred one may be the same meeting, not merged), and never
        // for a round called off or put off, or one dated after the later round.
        let stated = pinnedNumbers.union(mentions.compactMap(\.ordinal))
        for round in rounds where !held.contains(round.number) && !cancelled.contains(round.number) {
            // An undated round fits before any later one; a dated one only before a later round
            // dated on or after it.
            func fitsBefore(_ other: Round) -> Bool {
                guard let date = round.date else { return true }
                guard let otherDate = other.date else { return false }
                return !Self.isOver(otherDate, by: date)
            }
            if rounds.contains(where: { $0.number > round.number && held.contains($0.number) && stated.contains($0.number) && fitsBefore($0) }) {
                held.insert(round.number)
            }
        }
        for i in rounds.indices {
            // Called off and told by no report as held: cancelled (put off only: still announced).
            rounds[i].status = held.contains(rounds[i].number) ? .held : calledOff.contains(rounds[i].number) ? .cancelled : .announced
        }

        for key in explicit.keys { explicit[key] = Array(Set(explicit[key]!)).sorted() }
        let others = clusters.indices.filter { clusterRound[$0] == nil }.map { clusters[$0] }
        return Result(rounds: rounds.sorted { $0.number < $1.number }, otherEvents: others, explicit: explicit,
                      otherEventSentences: otherEventSentences, roundsNamed: roundsNamed)
    }

    /// A round dated `date` is over by `point` (a report's day, another round's date): it lies
    /// before it and does not hold it. A round known only by its year is over only in a later
    /// year: "early 2026" is not over on 1 March 2026.
    static func isOver(_ date: CalendarDate, by point: CalendarDate) -> Bool {
        if date.granularity == .year { return date.year < point.year }
        return date < point && !point.contains(date)
    }

    /// A meeting put off (not called off) and held later is one round, dated the day it was
    /// held: "the seventh round, scheduled for 28 May, has been postponed" and "met on 16 June
    /// for the seventh round". The later meeting is the put-off one's when both carry the same
    /// ordinal, when one sentence tells both ("announced for 28 May, postponed, and finally held
    /// on 16 June"), or when it is the next meeting at the same venue; never when their
    /// ordinals differ.
    static func mergePostponed(_ clusters: inout [Cluster]) {
        var merging = true
        while merging {
            merging = false
            let days = clusters.indices.filter { clusters[$0].date?.granularity == .day }.sorted { clusters[$0].date! < clusters[$1].date! }
            search: for a in days where clusters[a].mentions.contains(where: { $0.cancelled && !$0.calledOff }) {
                let venue = clusters[a].venue?.entityID, ordinal = clusters[a].ordinal
                let sentences = Set(clusters[a].mentions.map(\.sentence))
                var nextAtVenue = true
                for b in days where clusters[a].date! < clusters[b].date! && !clusters[a].date!.contains(clusters[b].date!) {
                    let other = clusters[b].venue?.entityID
                    guard venue == nil || other == nil || venue == other else { continue }
                    let sameVenue = venue != nil && venue == other
                    defer { if sameVenue { nextAtVenue = false } }
                    guard ordinal == nil || clusters[b].ordinal == nil || ordinal == clusters[b].ordinal else { continue }
                    let sameOrdinal = ordinal != nil && ordinal == clusters[b].ordinal
                    let toldTogether = clusters[b].mentions.contains { sentences.contains($0.sentence) }
                    guard sameOrdinal || toldTogether || (sameVenue && nextAtVenue) else { continue }
                    let held = clusters[b].date!
                    clusters[b].mentions += clusters[a].mentions.map { var m = $0; m.date = held; return m }
                    clusters.remove(at: a)
                    merging = true
                    break search
                }
            }
        }
    }

    /// Two dated meetings cannot both be "the first": an ordinal several clusters claim stays
    /// with the one most reports mention (then the most mentioned); the others lose it. "Bei
    /// ihrem ersten persönlichen Treffen" in a chronicle's entry on the ministers' meeting in
    /// Riyadh does not make that meeting round 1 when six reports call another one the first.
    static func settleOrdinalClaims(_ clusters: inout [Cluster]) {
        // A cluster that loses its ordinal may fall back on another one its reports give; settle
        // again until every claim is single and in order.
        for _ in 0..<8 {
            let before = clusters.map(\.ordinal)
            settleOnce(&clusters)
            if clusters.map(\.ordinal) == before { return }
        }
    }

    private static func settleOnce(_ clusters: inout [Cluster]) {
        var holder: [Int: Int] = [:]
        for (i, c) in clusters.enumerated() {
            guard let n = c.ordinal else { continue }
            if let j = holder[n] {
                let mine = (c.ordinalSupport, c.articles.count, c.mentions.count)
                let theirs = (clusters[j].ordinalSupport, clusters[j].articles.count, clusters[j].mentions.count)
                if mine > theirs { holder[n] = i }
            } else {
                holder[n] = i
            }
        }
        for i in clusters.indices {
            guard let n = clusters[i].ordinal, holder[n] != i else { continue }
            clusters[i].dropOrdinal(n)
        }
        dropOrdinalsOutOfOrder(&clusters)
    }

    /// Meetings no report numbers, between two numbered rounds with a gap in the numbers ("the
    /// 13th round" in Baku, "last met in Ljubljana in June"): when a report of the numbered round
    /// after them tells the last of them, they are the rounds right before it (12, not 3). A
    /// report recalls the meeting before the one it is about far more often than one in the
    /// middle of a long series. With no such report they are numbered on from the round before,
    /// and the first meeting of all, which no one numbers, is round 1 (where the series began).
    /// `chronological`: the qualifying clusters by date. Returns cluster index → number.
    static func numbersBefore(chronological: [Int], clusters: [Cluster]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var lastPinned = 0
        var run: [Int] = []
        for i in chronological {
            guard let n = clusters[i].ordinal else { run.append(i); continue }
            // The first meeting of all, numbered by no one, is where the series began: round 1.
            if lastPinned == 0, !run.isEmpty { run.removeFirst(); lastPinned = 1 }
            if let latest = run.last, !clusters[latest].articles.isDisjoint(with: clusters[i].articles), lastPinned + run.count < n {
                for (k, j) in run.enumerated() { result[j] = n - run.count + k }
            }
            lastPinned = max(lastPinned, n)
            run = []
        }
        return result
    }

    /// Rounds are numbered in the order they meet: a meeting cannot be the eleventh when a later
    /// one is the third. Of the clusters' ordinals, the chain that rises with the dates and has
    /// the most reports behind it stands; the others are misreadings ("the eleventh round of
    /// the talks that began in Istanbul in February 2025" read as dating the eleventh) and are
    /// dropped, so they neither pin a number nor push the later rounds up.
    static func dropOrdinalsOutOfOrder(_ clusters: inout [Cluster]) {
        let order = clusters.indices.filter { clusters[$0].ordinal != nil && clusters[$0].date != nil }
            .sorted { (clusters[$0].date!, $0) < (clusters[$1].date!, $1) }
        guard order.count >= 2 else { return }
        // Heaviest strictly rising chain (weighted longest increasing subsequence).
        var best = order.map { Double(clusters[$0].ordinalSupport) }, previous = Array(repeating: -1, count: order.count)
        for b in order.indices {
            for a in 0..<b where clusters[order[a]].ordinal! < clusters[order[b]].ordinal! && clusters[order[a]].date! < clusters[order[b]].date! {
                let weight = best[a] + Double(clusters[order[b]].ordinalSupport)
                if weight > best[b] { best[b] = weight; previous[b] = a }
            }
        }
        var kept: Set<Int> = []
        var at = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) } ?? -1
        while at >= 0 { kept.insert(order[at]); at = previous[at] }
        for i in order where !kept.contains(i) { clusters[i].dropOrdinal(clusters[i].ordinal!) }
    }

    /// Which clusters are rounds: one that an ordinal or a "new round" cue names, one that more
    /// than one report mentions, or the meeting a report is mainly about (its most mentioned
    /// meeting, mentioned twice or in its first three sentences). A meeting a single report
    /// mentions in passing (earlier talks of another kind that "the development follows") stays
    /// an event, not a round.
    static func qualifying(_ clusters: [Cluster]) -> Set<Int> {
        var result: Set<Int> = []
        var perArticle: [String: [Int: Int]] = [:]
        for (i, c) in clusters.enumerated() {
            for m in c.mentions { perArticle[m.sentence.articleID, default: [:]][i, default: 0] += 1 }
            if c.ordinal != nil || c.mentions.contains(where: { $0.isNext || $0.listedRound }) || c.articles.count >= 2 { result.insert(i) }
        }
        for (article, counts) in perArticle {
            guard let top = counts.values.max() else { continue }
            let leaders = counts.filter { $0.value == top }.map(\.key)
            // A report's only dated meeting, told once late in it ("The previous one took place
            // in February" at the end of a report on a prisoner exchange), is not what it is about.
            guard leaders.count == 1, top >= 2 || clusters[leaders[0]].mentions.contains(where: { $0.sentence.articleID == article && $0.sentence.index <= 2 })
            else { continue }
            result.insert(leaders[0])
        }
        return result.filter { clusters[$0].date != nil }
    }

    /// The identifying meeting mentions of one sentence.
    static func eventMentions(_ f: SentenceRoundFeatures) -> [EventMention] {
        var result: [EventMention] = []
        let venues = f.venues
        // The nearest venue, one in the token's own clause first ("am 26. Juni in Moskau, am 14.
        // Oktober in Riad": the second date's venue follows it, after the comma), and one an
        // earlier date of a list took last ("… in Riad und am 9. Dezember in Washington").
        var taken: Set<Int> = []
        func venue(near token: Int, within: Int) -> SentenceRoundFeatures.Place? {
            // A correction ("nicht in Washington, sondern in Genf") stands where the place it corrects stood.
            func position(_ p: SentenceRoundFeatures.Place) -> Int { p.corrects ?? p.token }
            func rank(_ p: SentenceRoundFeatures.Place) -> (Int, Int, Int) {
                (f.clause(of: position(p)) == f.clause(of: token) ? 0 : 1, taken.contains(p.token) ? 1 : 0, abs(position(p) - token))
            }
            if let near = venues.filter({ abs(position($0) - token) <= within }).min(by: { rank($0) < rank($1) }) { return near }
            // With none near, a place of the date's own clause farther on is its venue: "berieten
            // am Mittwoch rund sieben Stunden lang in der russischen Botschaft in Budapest".
            return venues.filter { abs(position($0) - token) <= 2 * within && f.clause(of: position($0)) == f.clause(of: token) }
                .min { rank($0) < rank($1) }
        }
        let isNext = f.nextRound != nil
        let dates = f.namedMeetingDates
        if !dates.isEmpty {
            // An ordinal belongs to the nearest date of its own clause ("began on 27 February,
            // and a second round followed on 10 April"), else to the nearest one outside relative
            // clauses ("met for the second time …, in Istanbul, April 10"); "after the second
            // round" only to a date right after it. One in a clause of its own ("the fourth
            // round of the talks, which began in February") dates nothing and stands alone.
            // Nor does the ordinal own a date it counts from: "die neunte Runde, seit beide
            // Seiten im Februar 2025 in Istanbul erstmals zusammenkamen" (since, right after
            // the round noun) dates the first meeting, not the ninth.
            // The same holds for a series that began, told in a relative clause with or without
            // its comma: "the eleventh round of consultations that began in Istanbul in February
            // 2025", "den ellevte samtalerunden om ambassadenes arbeid siden …" ("since" after a
            // longer round phrase).
            let countsFrom = f.ordinals.compactMap { o in
                (o.token + 1...o.token + 6).first { $0 < f.tokens.count && SentenceRoundFeatures.spanStarts.contains(f.tokens[$0].folded) }
                    .map { (o.token, $0) }
                    ?? Self.seriesStart(after: o.token, in: f).map { (o.token, $0) }
            }
            let countedFrom = Dictionary(countsFrom, uniquingKeysWith: { a, _ in a })
            func owner(_ o: SentenceRoundFeatures.Ordinal) -> SentenceRoundFeatures.DatedMention? {
                func nearest(_ list: [SentenceRoundFeatures.DatedMention]) -> SentenceRoundFeatures.DatedMention? {
                    list.min { abs($0.token - o.token) < abs($1.token - o.token) }
                }
                let candidates = dates.filter { d in countedFrom[o.token].map { d.token < $0 } ?? true }
                let date = nearest(candidates.filter { f.clause(of: $0.token) == f.clause(of: o.token) })
                    ?? nearest(candidates.filter { f.region(of: $0.token) == f.region(of: o.token) })
                guard let date, !o.isTimeReference || (date.token > o.token && date.token - o.token <= 6) else { return nil }
                return date
            }
            var placeOfDate: [Int: SentenceRoundFeatures.Place] = [:]
            for d in dates {
                let ordinal = f.ordinals.first { owner($0)?.token == d.token }
                // "in Istanbul on 27 February and 10 April": a date joined to the one before by a
                // conjunction alone shares its place, however near another place stands after it.
                let before = f.dates.last { $0.token < d.token }
                let place = (d.coordinated ? before.flatMap { placeOfDate[$0.token] } : nil) ?? venue(near: d.token, within: 6)
                if let place { placeOfDate[d.token] = place }
                if let place { taken.insert(place.token) }
                // "Den tredje runden fant sted i Moskva 18. november 2025, etter at … skulle
                // flyttes": the main clause tells the dated meeting in the past; a future in a
                // clause of its own does not make it one still to come.
                let toldInMainClause = f.mainClauseMarked && f.mainClauseTense == .past && f.inMainClause(d.token)
                    && ((ordinal.map { f.inMainClause($0.token) } ?? false) || (place.map { f.inMainClause($0.token) } ?? false))
                result.append(EventMention(sentence: f.ref, date: d.value, venue: place,
                                           ordinal: ordinal?.number, isNext: isNext, tense: toldInMainClause ? .past : f.tense,
                                           cancelled: f.cancelled, calledOff: f.calledOff,
                                           listedRound: f.listsRounds && dates.count >= 2 && d.value.granularity == .day))
            }
            for o in f.ordinals where owner(o) == nil && !o.isTimeReference && !o.isRange {
                // Nor does it take a venue from the clause it does not own ("…, which began in
                // Istanbul").
                let limit = countedFrom[o.token] ?? f.tokens.count
                let place = venues.filter { f.region(of: $0.token) == f.region(of: o.token) && abs($0.token - o.token) <= 12 && $0.token < limit }
                    .min { abs($0.token - o.token) < abs($1.token - o.token) }
                result.append(EventMention(sentence: f.ref, date: nil, venue: place, ordinal: o.number, isNext: false, tense: f.tense, cancelled: f.cancelled, calledOff: f.calledOff))
            }
            return result
        }
        if !f.ordinals.isEmpty {
            for o in f.ordinals {
                result.append(EventMention(sentence: f.ref, date: nil, venue: venue(near: o.token, within: 12), ordinal: o.number,
                                           isNext: false, tense: f.tense, cancelled: f.cancelled, calledOff: f.calledOff))
            }
            return result
        }
        // "All the rounds took place in Istanbul" announces no round of its own.
        if let v = venues.first, f.hasMeetingCue, !f.aboutAllRounds {
            // A year dates only a meeting to come ("the next round … early 2026").
            let year = isNext || f.tense == .future ? f.meetingYear : nil
            result.append(EventMention(sentence: f.ref, date: year, venue: v, ordinal: nil, isNext: isNext, tense: f.tense, cancelled: f.cancelled,
                                       calledOff: f.calledOff, formerPlan: f.formerPlan))
        }
        return result
    }
}

extension RoundDetector {
    /// A sentence that opens by naming the event the one before it told ("Dat gebeurde tijdens
    /// de elfde ronde …", "Det var den ellevte samtalerunden …", "It was the eleventh round")
    /// numbers that event: its ordinals with no date of their own take the day the sentence
    /// before gave ("… hebben woensdag in Boedapest afgesproken …") and its place, a venue or
    /// else the nearest place after a locative preposition that is not a country. The sentence before needs no meeting word:
    /// agreeing somewhere on a day is what the next sentence calls the round.
    static func anaphoricOrdinals(_ found: inout [EventMention], _ f: SentenceRoundFeatures, previous g: SentenceRoundFeatures,
                                  countries: Set<String>) {
        guard found.contains(where: { $0.ordinal != nil && $0.date == nil }) else { return }
        let words = f.tokens.map(\.folded).filter { $0.first?.isLetter == true }
        guard RoundCues.forLanguage(f.language).eventAnaphora.contains(where: { words.starts(with: $0) }),
              let day = g.dates.first(where: { $0.value.granularity == .day && !$0.takesEffect && !$0.isTimeReference }) else { return }
        let candidates = g.venues.isEmpty ? g.places.filter { $0.isLocative && !countries.contains($0.entityID) } : g.venues
        let place = candidates.min { abs($0.token - day.token) < abs($1.token - day.token) }
        // Only the ordinal the opening is said of, in its own clause: "Het was de derde ronde
        // van dat overleg; de eerste twee vonden eerder dit jaar plaats in Istanbul" dates the
        // third round, not the first two.
        guard let first = f.ordinals.min(by: { $0.token < $1.token }), !first.isRange,
              f.clause(of: first.token) == f.clause(of: 0) else { return }
        for i in found.indices where found[i].ordinal == first.number && found[i].date == nil {
            found[i].date = day.value
            // A place of the ordinal's own clause stands ("It was the third round, in Moscow");
            // one of another clause is another meeting's ("the first two took place in Istanbul").
            if found[i].venue.map({ f.clause(of: $0.token) != f.clause(of: first.token) }) ?? true { found[i].venue = place }
        }
    }

    /// The relative pronoun of a clause saying the series began, within twelve words after an
    /// ordinal: "… round of consultations that began in …", "… Runde der Gespräche, die im
    /// Februar 2025 begannen", "… samtalerunden siden konsultasjonene som startet …". A verb
    /// of starting right after the round noun is the round's own start ("the first round began
    /// on 27 February", "the second round, which began on 10 April"): the pronoun must follow
    /// a word after the round noun (the series: "of consultations").
    static func seriesStart(after ordinal: Int, in f: SentenceRoundFeatures) -> Int? {
        let cues = RoundCues.forLanguage(f.language)
        let end = min(f.tokens.count, ordinal + 13)
        guard ordinal + 2 < end, let verb = (ordinal + 2..<end).first(where: { cues.seriesStartVerbs.contains(f.tokens[$0].folded) }) else { return nil }
        let relativePronouns = cues.relativeOpeners.union(cues.bareRelatives)
        return (ordinal + 2..<verb).first { k in
            relativePronouns.contains(f.tokens[k].folded)
                && (ordinal + 1..<k).filter { f.tokens[$0].folded.first?.isLetter == true }.count >= 2
        }
    }
}

fileprivate func mostCommon<T: Hashable>(_ values: [T]) -> T? {
    var counts: [T: Int] = [:]
    var order: [T] = []
    for v in values { if counts[v] == nil { order.append(v) }; counts[v, default: 0] += 1 }
    // Ties go to the first seen, so results do not depend on hashing order.
    return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
}
