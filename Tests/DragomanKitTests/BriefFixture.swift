import Foundation
@testable import DragomanKit

/// Inputs of the brief tests. Rounds and statements come from the seed gold (rounds and `links`)
/// here, in the tests only, so the brief is tested independently of the rounds and alignment
/// stages; entities come from the real entity stage on the gold sentences.
enum BriefFixture {
    struct Seeds {
        var corpus: BriefCorpus
        var gold: SeedGold
    }

    static func seeds() throws -> Seeds {
        let gold = try SeedGold.load()
        let glossary = try EntityFixture.readGlossary()
        let articles = try EntityFixture.seedArticles(gold)
        let recognizer = EntityRecognizer(glossary: glossary, spotter: EntityFixture.spotter(glossary), wordLists: EntityFixture.wordLists)
        let entities = EntityIndex.build(articles: articles, recognizer: recognizer)
        return Seeds(corpus: BriefCorpus(articles: articles, rounds: goldRounds(gold), graph: goldGraph(gold), entities: entities.entities,
                                         mentions: entities.mentions, glossary: glossary), gold: gold)
    }

    static func goldRounds(_ gold: SeedGold) -> RoundAnalysis {
        var assignments: [RoundAssignment] = []
        var articles: [Int: Set<String>] = [:]
        var counts: [Int: Int] = [:]
        for (id, doc) in gold.docs {
            for sentence in doc.sentences {
                let rounds = Array(sentence.round.set).sorted()
                assignments.append(RoundAssignment(sentence: SentenceRef(articleID: id, index: sentence.index), rounds: rounds, evidence: "gold"))
                for r in rounds { articles[r, default: []].insert(id); counts[r, default: 0] += 1 }
            }
        }
        let rounds = gold.rounds.keys.compactMap(Int.init).sorted().map { number -> Round in
            let info = gold.rounds[String(number)]!
            let key = info.place.split(separator: ":").last.map(String.init) ?? info.place  // "LOC:istanbul"
            return Round(number: number, date: info.date.flatMap(CalendarDate.init(parsing:)), venueEntityID: "loc-" + key,
                         venueName: key.prefix(1).uppercased() + key.dropFirst(), status: info.date == nil ? .announced : .held,
                         articleIDs: (articles[number] ?? []).sorted(), sentenceCount: counts[number] ?? 0)
        }
        return RoundAnalysis(rounds: rounds, assignments: assignments.sorted { $0.sentence < $1.sentence })
    }

    /// The gold link groups as a partition, as the alignment stage produces one: the gold groups
    /// overlap (they are thorough at fact level), so each sentence goes to the first group in which
    /// the fact is central to it, else to its first group.
    static func goldGraph(_ gold: SeedGold) -> AlignmentGraph {
        var home: [SentenceRef: String] = [:]
        for central in [true, false] {
            for link in gold.links {
                for member in link.members where (member.central ?? true) == central || !central {
                    let ref = SentenceRef(articleID: member.doc, index: member.index)
                    if home[ref] == nil { home[ref] = link.id }
                }
            }
        }
        var members: [String: [SentenceRef]] = [:]
        for (ref, id) in home { members[id, default: []].append(ref) }
        return AlignmentGraph(statements: members.keys.sorted().map { Statement(id: $0, members: members[$0]!) })
    }

    /// The Debian lexicons, parsed once per test process (debug parsing takes seconds), or an
    /// empty lexicon when the packages are missing.
    static let debianLexicons: [BilingualLexicon] = LexiconSource.debian.compactMap { try? $0.load() }

    static var lexicon: any GlossLexicon {
        debianLexicons.isEmpty ? EmptyGlossLexicon() : InMemoryGlossLexicon(debianLexicons)
    }
}
