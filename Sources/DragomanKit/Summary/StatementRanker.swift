import Foundation

/// A candidate for the brief: one statement restricted to the round's sentences, or a single
/// sentence that no statement holds.
public struct BriefCandidate: Hashable, Sendable {
    public enum Relation: Hashable, Sendable {
        /// Every member is about this round only.
        case only
        /// Some member is about this and another round ("like the February talks").
        case shared
        /// Background (round null) from a report whose main round this is.
        case background
    }
    public var statementID: String
    public var members: [SentenceRef]
    public var relation: Relation
    /// Named-entity ids, date values and glossary concept ids of the members: language-neutral
    /// features, so German and Norwegian sentences compare with each other.
    public var features: Set<String>
    /// Lower-case English content words of the rendering, for redundancy between candidates
    /// whose features say little.
    public var englishWords: Set<String>
    public var english: String
    public var articles: Set<String>
    public var languages: Set<LanguageCode>
    /// Best (smallest) relative position of a member in its report, 0 = lead.
    public var leadPosition: Double
    public var texts: [String]
    /// The rendering is a gloss (no English member; `EnglishRenderer.chooseMember` takes an
    /// English one whenever there is one): it reads worse than a reporter's own English
    /// sentence, so an English candidate saying the same should win.
    public var glossed: Bool { !languages.contains(.english) }
    /// Of a gloss, the share of its source words that found an English word
    /// (`EnglishRenderer.glossCoverage`); 1 for a reporter's English.
    public var glossCoverage = 1.0
    /// Some member is running text (body or standfirst); false when every member is a
    /// subheading or caption, which label a paragraph rather than state a fact of their own.
    public var runningText = true
    public var score: Double = 0
    public var slot: BriefSlot = .background
    /// Per member, the sentences outside the candidate that the alignment links it to, with the
    /// link's probability (1 for a confirmed link; rejected and weak links are left out). A
    /// strong link that did not merge into a statement (its consistency rules kept the sentences
    /// apart) still says two sentences are the same fact, so a brief that took one does not
    /// take the other.
    public var linked: [SentenceRef: [SentenceRef: Double]] = [:]
    /// Every member comes from a report mainly about another round, which only recalls this one
    /// ("the two previous rounds were held in Istanbul…" in a report on a later round): a
    /// summary in passing, not a report of this round.
    public var recalled = false
    /// Every member tells the round in the future ("the delegations will negotiate all day")
    /// although the round has been held: a forecast the reports after the meeting superseded.
    public var foretold = false

    public var wordCount: Int { BriefText.wordCount(english) }
}

/// Ranks the candidates of a round, picks a non-redundant set within the length budget and
/// orders it for reading.
///
/// Score: independent reports and languages carrying the statement (a fact reported five times
/// is more central to the story than one reported once), centrality (mean feature similarity to
/// the round's other candidates, as in LexRank but on language-neutral features), lead
/// position, and the round's key entities (those most candidates mention); glosses and
/// subheadings count less than reporters' English and running text. Selection is MMR:
/// each step takes the best `λ·score − (1−λ)·max similarity to the chosen`.
public struct StatementRanker: Sendable {
    public var reportWeight = 1.0
    public var languageWeight = 0.4
    public var centralityWeight = 1.5
    public var leadWeight = 0.8
    public var keyEntityWeight = 1.0
    public var lambda = 0.7
    /// A candidate this similar to a chosen one is a repeat and never taken.
    public var duplicateSimilarity = 0.55
    /// Added to a candidate whose slot (results, next steps…) the brief does not cover yet, so a
    /// short brief still says what came of a round, not only five ways of "they met".
    public var newSlotBonus = 0.2
    /// Factors on the score of a glossed rendering and of a candidate with no running text.
    public var glossedFactor = 0.85
    public var headlineFactor = 0.5
    /// Factor on a candidate only recalled by reports about other rounds.
    public var recalledFactor = 0.6
    /// Factor on a forecast about a round already held (`BriefCandidate.foretold`).
    public var foretoldFactor = 0.5
    /// Factor on a candidate with no entity, date, number or glossary concept: "No further
    /// details were given", "The stages so far at a glance" tell nothing a reader can place.
    public var featurelessFactor = 0.5

    public init() {}

    public func score(_ candidates: [BriefCandidate]) -> [BriefCandidate] {
        guard !candidates.isEmpty else { return [] }
        // Key entities: in how many candidates each named feature occurs.
        var frequency: [String: Int] = [:]
        for candidate in candidates { for feature in candidate.features where feature.hasPrefix("e:") { frequency[feature, default: 0] += 1 } }
        let keyScores = candidates.map { c in c.features.filter { $0.hasPrefix("e:") }.reduce(0.0) { $0 + Double(frequency[$1] ?? 0) } }
        let maxKey = max(keyScores.max() ?? 1, 1)
        let centrality = candidates.map { c in
            candidates.reduce(0.0) { $0 + ($1.statementID == c.statementID ? 0 : Self.jaccard(c.features, $1.features)) } / Double(max(candidates.count - 1, 1))
        }
        let maxCentrality = max(centrality.max() ?? 1, 0.0001)
        return candidates.enumerated().map { index, candidate in
            var c = candidate
            var s = reportWeight * log2(1 + Double(c.articles.count))
            s += languageWeight * Double(c.languages.count - 1)
            s += centralityWeight * centrality[index] / maxCentrality
            s += leadWeight * (1 - c.leadPosition)
            s += keyEntityWeight * keyScores[index] / maxKey
            switch c.relation {
            case .only: break
            case .shared: s *= 0.8
            case .background: s *= 0.55
            }
            // Very short lines (headlines, fragments) say little; very long ones crowd the brief.
            if c.wordCount < 6 { s *= 0.6 }
            if c.wordCount > 45 { s *= 0.85 }
            // A gloss reads worse than English, and worse again for every word it leaves as written.
            if c.glossed { s *= glossedFactor * c.glossCoverage }
            if !c.runningText { s *= headlineFactor }
            if c.recalled { s *= recalledFactor }
            if c.foretold { s *= foretoldFactor }
            if c.features.isEmpty { s *= featurelessFactor }
            c.score = s
            return c
        }
    }

    public enum Budget: Hashable, Sendable {
        case words(Int)
        case sentences(Int)
    }

    /// MMR selection within the budget. With a word budget a candidate that would overshoot is
    /// passed over for a shorter one, so the brief ends within the budget (the first sentence is
    /// always taken, even when it alone is longer).
    public func select(_ scored: [BriefCandidate], budget: Budget) -> [BriefCandidate] {
        var remaining = scored.sorted { ($0.score, $1.statementID) > ($1.score, $0.statementID) }
        let topScore = max(remaining.first?.score ?? 1, 0.0001)
        var chosen: [BriefCandidate] = []
        var words = 0
        while !remaining.isEmpty {
            if case .sentences(let n) = budget, chosen.count >= n { break }
            var bestIndex: Int?
            var bestValue = -Double.infinity
            for (index, candidate) in remaining.enumerated() {
                let redundancy = chosen.map { similarity(candidate, $0) }.max() ?? 0
                if redundancy >= duplicateSimilarity { continue }
                if case .words(let n) = budget, !chosen.isEmpty, words + candidate.wordCount > n { continue }
                var value = lambda * candidate.score / topScore - (1 - lambda) * redundancy
                if candidate.slot != .background, !chosen.contains(where: { $0.slot == candidate.slot }) { value += newSlotBonus }
                if value > bestValue { bestValue = value; bestIndex = index }
            }
            guard let bestIndex else { break }
            let pick = remaining.remove(at: bestIndex)
            chosen.append(pick)
            words += pick.wordCount
        }
        return chosen
    }

    /// Feature and English-word overlap (two renderings of the same fact in different words still
    /// share their entities and concepts), or the alignment's links between them when stronger.
    ///
    /// Links count as a matching: the summed scores of disjoint member pairs, over the smaller
    /// candidate's size. A sentence repeating a statement is matched with its only member (1),
    /// while two statements that one stray sentence links to (it joined one, and says the other's
    /// fact) share one pair out of five: they are still two facts.
    public func similarity(_ a: BriefCandidate, _ b: BriefCandidate) -> Double {
        let smaller = min(a.members.count, b.members.count)
        var linked = 0.0
        if smaller > 0 {
            let bMembers = Set(b.members), aMembers = Set(a.members)
            var pairs: [(SentenceRef, SentenceRef, Double)] = []
            for (member, others) in a.linked { for (other, score) in others where bMembers.contains(other) { pairs.append((member, other, score)) } }
            for (member, others) in b.linked { for (other, score) in others where aMembers.contains(other) { pairs.append((other, member, score)) } }
            // Greedy matching, strongest pair first (ties in a fixed order).
            pairs.sort { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
            var usedA = Set<SentenceRef>(), usedB = Set<SentenceRef>()
            for (x, y, score) in pairs where !usedA.contains(x) && !usedB.contains(y) {
                usedA.insert(x); usedB.insert(y); linked += score
            }
            linked /= Double(smaller)
        }
        return max(linked, 0.6 * Self.jaccard(a.features, b.features) + 0.4 * Self.jaccard(a.englishWords, b.englishWords))
    }

    static func jaccard<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Reading order: slot, then within a slot the higher score first.
    public func order(_ chosen: [BriefCandidate]) -> [BriefCandidate] {
        chosen.sorted { ($0.slot, -$0.score, $0.statementID) < ($1.slot, -$1.score, $1.statementID) }
    }
}

/// Sorts a candidate into a slot of the brief by cue words in all four languages (over the
/// members' own texts and the English rendering) and the kinds of its features.
public enum SlotClassifier {
    /// The brief slot a statement kind fills. The cue words are `StatementCues`, the table the
    /// aligner reads too; the predicate kinds (a demand, a seizure, how long it lasted) tell the
    /// aligner one fact from another and fill no slot of their own.
    static func slot(of kind: StatementKind) -> BriefSlot? {
        switch kind {
        case .meeting: .whenWhere
        case .leaders: .who
        case .agenda: .agenda
        case .attribution: .said
        case .outcome: .results
        case .nextSteps: .nextSteps
        case .confirmation, .duration, .seizure, .demand, .expulsion, .nomination, .restitution: nil
        }
    }

    /// An attribution verb ("the ministry said") closes most news sentences, whatever their fact,
    /// so it counts half; a quotation mark, a quote, counts in full.
    static func weight(of cue: String, in slot: BriefSlot) -> Double {
        slot == .said && cue.contains(where: \.isLetter) ? 0.5 : 1
    }

    /// Ties go to the slot that is rarer in news text (a results sentence usually also "said").
    static let tieOrder: [BriefSlot] = [.results, .nextSteps, .who, .whenWhere, .agenda, .said, .background]

    /// - Parameter texts: the members' texts and the English rendering. Each text counts the
    ///   distinct cues of a slot it holds, and a slot's count is the mean over the texts: a fact
    ///   reported in seven reports and four languages finds more cue words in all its texts
    ///   together than one reported once, but says nothing more about which slot it fills.
    /// - Parameter roundDate: a date only places the round when it is the round's own day (or
    ///   month): "visas from 1 September" is an outcome, not when the meeting was.
    public static func classify(texts: [String], features: Set<String>, relation: BriefCandidate.Relation, roundStatus: Round.Status,
                                roundDate: CalendarDate? = nil) -> BriefSlot {
        var counts: [BriefSlot: Double] = [:]
        let haystacks = texts.map(StatementCues.haystack)
        for kind in StatementKind.allCases where !haystacks.isEmpty {
            guard let slot = slot(of: kind) else { continue }
            let hits = haystacks.reduce(0.0) { sum, text in
                sum + StatementCues.cues(of: kind, in: text).reduce(0.0) { $0 + weight(of: $1, in: slot) }
            }
            counts[slot] = hits / Double(haystacks.count)
        }
        let placesRound = features.contains { feature in
            guard feature.hasPrefix("d:") else { return false }
            guard let roundDate else { return true }
            let value = feature.dropFirst(2), round = roundDate.description
            return value.hasPrefix(round) || round.hasPrefix(value)
        }
        if placesRound { counts[.whenWhere, default: 0] += 1 }
        if features.contains(where: { $0.hasPrefix("e:per") || $0.hasPrefix("e:PER") }) { counts[.who, default: 0] += 0.5 }
        // In an announced round, "will take place" is the next step rather than a past meeting.
        if roundStatus != .held { counts[.nextSteps, default: 0] += (counts[.whenWhere] ?? 0) * 0.5 }
        if relation == .background { counts[.background] = 1.5 }
        let best = counts.values.max() ?? 0
        guard best > 0 else { return .background }
        return tieOrder.first { counts[$0] == best } ?? .background
    }
}
