import Foundation

/// Links recognised mentions across reports and languages to canonical entities.
///
/// Order of evidence, and the confidence each gives:
/// 1. **Glossary** (authoritative): the recogniser matched a glossary term (inflected, in a
///    compound) — the mention's confidence, 1 for a plain term.
/// 2. **Key match**: the transliteration-normalised key (`NameKey`) of the surface, or of the
///    surface without a glued ending, equals the key of a glossary spelling of the same kind
///    (Dartschijew = Darchiev) or of another unknown mention — 0.9.
/// 3. **Fuzzy**: one edit between keys of ≥ 5 letters (a typo: Torkiye ~ Türkiye) — 0.75.
/// 4. **Fuzzy + context**: keys at least 60 % similar, and the entities co-occurring with the
///    mention (same sentence, plus sentences aligned to it) are largely the ones co-occurring
///    with the candidate in other reports (Kirentworth with Long Island, Maryland, San Francisco
///    like Killenworth). Co-occurring entities are weighted by inverse sentence frequency, so
///    the ubiquitous Russia and USA count for little. Confidence = similarity × overlap, ≥ 0.35.
///    Garbled glossary names the recogniser found by stems ("pioneering point") must pass this
///    test too, or they are dropped.
/// A generic head ("das norwegische Außenministerium", `GenericEntity`) takes the entity the
/// recogniser derived from its qualifier, never one by its words: the words name every
/// country's ministry alike.
/// Candidates come from a trigram index over keys, never from all pairs of mentions.
public struct EntityLinker: Sendable {
    public struct ArticleMentions: Sendable {
        public var articleID: String
        public var language: LanguageCode
        public var mentions: [RecognizedMention]
        public init(articleID: String, language: LanguageCode, mentions: [RecognizedMention]) {
            self.articleID = articleID; self.language = language; self.mentions = mentions
        }
    }

    public struct Result: Sendable {
        public var mentions: [EntityMention]
        public var entities: [CanonicalEntity]
        public var proposals: [GlossaryProposal]
    }

    public let glossary: Glossary
    /// Minimum key similarity for a context-supported link.
    public var contextSimilarity = 0.6
    /// Minimum weighted share of the mention's context found with the candidate elsewhere.
    public var contextOverlap = 0.5

    public init(glossary: Glossary) { self.glossary = glossary }

    struct Ref: Hashable { var article: Int; var mention: Int }

    /// Whether two name keys end in words at least 0.7 alike (`NameKey.similarity`).
    static func lastWordsClose(_ a: String, _ b: String) -> Bool {
        guard let x = a.split(separator: " ").last, let y = b.split(separator: " ").last else { return false }
        return NameKey.similarity(String(x), String(y)) >= 0.7
    }

    public func link(_ articles: [ArticleMentions], aligned: [AlignedSentencePair] = []) -> Result {
        // Glossary spellings by key, and a trigram index over them.
        var glossaryKeys: [String: Set<String>] = [:]
        var keyIndex = TrigramIndex()
        var kindOf: [String: EntityKind] = [:]
        for concept in EntityRecognizer.namedConcepts(glossary) {
            guard let kind = EntityKind(concept.kind) else { continue }
            kindOf[concept.id] = kind
            for term in concept.terms where term.termType != "phrase" {
                let key = NameKey.key(term.text, language: term.language)
                glossaryKeys[key, default: []].insert(concept.id)
                keyIndex.insert(key, target: concept.id)
            }
        }

        // 1–2: glossary and key matches; everything else stays pending.
        var assignment: [Ref: (entity: String, confidence: Double, evidence: LinkEvidence)] = [:]
        var pending: [Ref] = []
        var garbles: [Ref] = []
        // Generic heads ("das norwegische Außenministerium"): the recogniser's entity, never
        // their words' key: one country's ministry is not another's.
        var genericNames: [String: String] = [:]
        for (a, article) in articles.enumerated() {
            for (m, mention) in article.mentions.enumerated() {
                let ref = Ref(article: a, mention: m)
                if mention.kind == .date {
                    if let value = mention.date?.value { assignment[ref] = ("date-\(value)", 1, .dateValue) }
                    continue
                }
                if let generic = mention.generic {
                    let id = generic.id ?? "\(generic.head)-\(Self.slug(article.articleID))-\(mention.sentenceIndex < 0 ? "title" : String(mention.sentenceIndex))"
                    assignment[ref] = (id, mention.confidence, generic.id == nil ? .new : .qualifiedHead)
                    genericNames[id] = generic.name
                    continue
                }
                if let concept = mention.conceptID {
                    if mention.cue == "garbled glossary name" { garbles.append(ref); continue }
                    assignment[ref] = (concept, mention.confidence, .glossary)
                    continue
                }
                let keys = Self.keys(of: mention.text, language: article.language)
                if let concept = keys.lazy.compactMap({ key in glossaryKeys[key]?.first { kindOf[$0] == mention.kind } }).first {
                    assignment[ref] = (concept, 0.9, .keyMatch)
                } else {
                    pending.append(ref)
                }
            }
        }

        // Context: entities per sentence (resolved ones only), weighted by inverse frequency.
        struct SentenceKey: Hashable { var article: Int; var sentence: Int }
        var sentenceEntities: [SentenceKey: Set<String>] = [:]
        for (ref, value) in assignment {
            sentenceEntities[SentenceKey(article: ref.article, sentence: articles[ref.article].mentions[ref.mention].sentenceIndex), default: []].insert(value.entity)
        }
        var articleIndex: [String: Int] = [:]
        for (i, article) in articles.enumerated() { articleIndex[article.articleID] = i }
        var alignedTo: [SentenceKey: [SentenceKey]] = [:]
        for pair in aligned {
            guard let a = articleIndex[pair.a.articleID], let b = articleIndex[pair.b.articleID] else { continue }
            let ka = SentenceKey(article: a, sentence: pair.a.index), kb = SentenceKey(article: b, sentence: pair.b.index)
            alignedTo[ka, default: []].append(kb); alignedTo[kb, default: []].append(ka)
        }
        var documentFrequency: [String: Int] = [:]
        for entities in sentenceEntities.values { for e in entities { documentFrequency[e, default: 0] += 1 } }
        let sentenceCount = Double(max(sentenceEntities.count, 1))
        func weight(_ e: String) -> Double { log(1 + sentenceCount / Double(documentFrequency[e] ?? 1)) }
        // Where each entity occurs: per article, the entities co-occurring with it there, and over
        // the corpus, in how many articles each co-occurs — so "elsewhere than this article" is a
        // count check, not a union over every article.
        var entityContext: [String: [Int: Set<String>]] = [:]
        for (key, entities) in sentenceEntities {
            for e in entities { entityContext[e, default: [:]][key.article, default: []].formUnion(entities.subtracting([e])) }
        }
        var contextArticleCounts: [String: [String: Int]] = [:]
        for (e, byArticle) in entityContext {
            var counts: [String: Int] = [:]
            for entities in byArticle.values { for other in entities { counts[other, default: 0] += 1 } }
            contextArticleCounts[e] = counts
        }
        func context(of ref: Ref) -> (own: Set<String>, aligned: Set<String>) {
            let key = SentenceKey(article: ref.article, sentence: articles[ref.article].mentions[ref.mention].sentenceIndex)
            let own = sentenceEntities[key] ?? []
            let other = (alignedTo[key] ?? []).reduce(into: Set<String>()) { $0.formUnion(sentenceEntities[$1] ?? []) }
            return (own, other)
        }
        /// Weighted share of the mention's context found with `candidate` in other reports, of
        /// at least `minimumShared` entities.
        func support(_ ref: Ref, candidate: String, minimumShared: Int = 2) -> Double {
            let (own, alignedEntities) = context(of: ref)
            if alignedEntities.contains(candidate) { return 1 }
            let mine = own.union(alignedEntities).subtracting([candidate])
            let total = mine.reduce(0) { $0 + weight($1) }
            guard total > 0 else { return 0 }
            let counts = contextArticleCounts[candidate] ?? [:]
            let here = entityContext[candidate]?[ref.article] ?? []
            let shared = mine.filter { (counts[$0] ?? 0) - (here.contains($0) ? 1 : 0) > 0 }
            guard shared.count >= minimumShared else { return 0 }
            return shared.reduce(0) { $0 + weight($1) } / total
        }

        // Garbled glossary names: kept only with context support.
        var dropped = Set<Ref>()
        for ref in garbles {
            let mention = articles[ref.article].mentions[ref.mention]
            let s = support(ref, candidate: mention.conceptID!)
            if s >= contextOverlap { assignment[ref] = (mention.conceptID!, min(mention.confidence + 0.3 * s, 0.9), .fuzzyContext) }
            else { dropped.insert(ref) }
        }

        // 3–4: unknown names. Group by key, then link each group to a glossary concept or to an
        // earlier group by fuzzy similarity (+ context).
        var groups: [String: [Ref]] = [:]
        var groupOrder: [String] = []
        for ref in pending {
            let mention = articles[ref.article].mentions[ref.mention]
            let key = mention.kind.tag + "|" + NameKey.key(mention.text, language: articles[ref.article].language)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(ref)
        }
        // The names each report has given so far, by kind, folded: a report spells one name
        // one way, so a name one letter off another of the same report is the same name with a
        // typo ("Sjerebtsov" … "Sjerebtsjov").
        struct ReportName { var folded: String; var kind: EntityKind; var entity: String }
        var reportNames: [Int: [ReportName]] = [:]
        func noteNames(_ refs: [Ref], _ entity: String) {
            for ref in refs {
                let mention = articles[ref.article].mentions[ref.mention]
                for word in Self.nameWords(mention.text) { reportNames[ref.article, default: []].append(ReportName(folded: word, kind: mention.kind, entity: entity)) }
            }
        }
        for (ref, value) in assignment where articles[ref.article].mentions[ref.mention].kind != .date
            && articles[ref.article].mentions[ref.mention].generic == nil {
            noteNames([ref], value.entity)
        }
        /// The one entity of the same kind whose name, in a report of this group, is one letter
        /// off the group's one-word name: same first letter and last two letters, so a surname's
        /// feminine form ("Ivanov", "Ivanova") stays apart.
        func sameReportTypo(_ refs: [Ref]) -> String? {
            let mention = articles[refs[0].article].mentions[refs[0].mention]
            let words = Self.nameWords(mention.text)
            guard words.count == 1, let word = words.first, word.count >= 6 else { return nil }
            let scalars = Array(word.unicodeScalars)
            var found = Set<String>()
            for ref in refs {
                for name in reportNames[ref.article] ?? [] where name.kind == mention.kind && name.folded != word && name.folded.count >= 6 {
                    let other = Array(name.folded.unicodeScalars)
                    guard other.first == scalars.first, other.suffix(2) == scalars.suffix(2),
                          NameKey.editDistance(scalars, other) == 1 else { continue }
                    found.insert(name.entity)
                }
            }
            return found.count == 1 ? found.first : nil
        }
        var newIndex = TrigramIndex()
        var newEntityOfGroup: [String: String] = [:]
        var newEntityKeys = Set<String>()
        var usedIDs = Set(genericNames.keys)
        for groupKey in groupOrder {
            let refs = groups[groupKey]!
            let first = articles[refs[0].article].mentions[refs[0].mention]
            let key = String(groupKey.split(separator: "|", maxSplits: 1).last ?? "")
            // A machine translation keeps its source's transliteration ("Sjtsjukin" in an English
            // text, garbled to "Sjtjukin"), so the name is also read by the other languages'
            // conventions; those readings count only with context support.
            let language = articles[refs[0].article].language
            let readings = [key] + LanguageCode.supported.filter { $0 != language }
                .map { NameKey.key(first.text, language: $0) }.filter { $0 != key }
            var best: (entity: String, confidence: Double, evidence: LinkEvidence)?
            var candidates: [String: (reading: String, targets: Set<String>)] = [:]
            for reading in readings {
                for (candidateKey, targets) in keyIndex.candidates(for: reading).merging(newIndex.candidates(for: reading), uniquingKeysWith: { $0.union($1) }) {
                    if let old = candidates[candidateKey], NameKey.similarity(old.reading, candidateKey) >= NameKey.similarity(reading, candidateKey) { continue }
                    candidates[candidateKey] = (reading, targets)
                }
            }
            for (candidateKey, found) in candidates {
                let similarity = NameKey.similarity(found.reading, candidateKey)
                guard similarity >= contextSimilarity else { continue }
                let edits = NameKey.editDistance(Array(found.reading.unicodeScalars), Array(candidateKey.unicodeScalars))
                for target in found.targets {
                    let targetKind = kindOf[target] ?? EntityKind(tag: String(target.split(separator: "-").dropFirst().first ?? "")) ?? first.kind
                    guard targetKind == first.kind else { continue }
                    var option: (String, Double, LinkEvidence)?
                    if edits == 0 && found.reading != key && key.count >= 5 {
                        // The very key of the name read by another language's conventions: a
                        // machine translation kept its source's spelling ("Tasjkent" in English).
                        option = (target, 0.85, .keyMatch)
                    } else if edits <= 1 && found.reading == key && key.count >= 5 {
                        option = (target, 0.75, .fuzzy)
                    } else if !newEntityKeys.contains(candidateKey) || Self.lastWordsClose(found.reading, candidateKey) {
                        // Two names the corpus alone knows share a given name easily ("Dmitri
                        // Peskov", "Dmitri Medvedev"): their last words must be close too.
                        // A long name nearly spelled the same ("Jekaterinenburg", "Jekaterinburg":
                        // keys of eight letters or more, 85 % alike) needs one companion in common.
                        let near = similarity >= 0.85 && min(found.reading.count, candidateKey.count) >= 8
                        let s = refs.map { support($0, candidate: target, minimumShared: near ? 1 : 2) }.max() ?? 0
                        if s >= contextOverlap { option = (target, max(0.35, similarity * s), .fuzzyContext) }
                    }
                    if let option, option.1 > (best?.confidence ?? 0) { best = option }
                }
            }
            if best == nil, let typo = sameReportTypo(refs) { best = (typo, 0.75, .fuzzy) }
            if let best {
                for ref in refs { assignment[ref] = best }
                // This spelling's key now leads to the entity too, so that a later spelling one
                // letter off it is found ("Sjerebtsov" linked by context, then "Sjerebtsjov").
                if kindOf[best.entity] != nil {
                    newIndex.insert(key, target: best.entity)
                    newEntityKeys.insert(key)
                }
                noteNames(refs, best.entity)
            } else {
                // The id from the group's most frequent spelling, readable ("new-per-sergei-ryabkov"),
                // never from the comparison key ("…-riabkov").
                let spellings = refs.reduce(into: [String: Int]()) { $0[articles[$1.article].mentions[$1.mention].text, default: 0] += 1 }
                let spelling = spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? first.text
                let name = Self.slug(spelling).isEmpty ? key.lowercased().replacingOccurrences(of: " ", with: "-") : Self.slug(spelling)
                var id = "new-\(first.kind.tag.lowercased())-" + name
                if usedIDs.contains(id) { id += "-" + String((2...).first { !usedIDs.contains(id + "-" + String($0)) }!) }
                usedIDs.insert(id)
                newEntityOfGroup[groupKey] = id
                newIndex.insert(key, target: id)
                newEntityKeys.insert(key)
                // Its context, so that a later spelling of the same name can be supported by it.
                for ref in refs {
                    let sentence = SentenceKey(article: ref.article, sentence: articles[ref.article].mentions[ref.mention].sentenceIndex)
                    let entities = sentenceEntities[sentence] ?? []
                    guard !entities.isEmpty else { continue }
                    let known = entityContext[id]?[ref.article] ?? []
                    for other in entities.subtracting(known) { contextArticleCounts[id, default: [:]][other, default: 0] += 1 }
                    entityContext[id, default: [:]][ref.article, default: []].formUnion(entities)
                }
                kindOf[id] = first.kind
                for ref in refs { assignment[ref] = (id, refs.count > 1 ? 0.9 : 1, refs.count > 1 ? .keyMatch : .new) }
                noteNames(refs, id)
            }
        }
        // 5: a bare surname ("Ryabkov") of a person the corpus also names in full ("Sergei
        // Ryabkov", "Sergej Rjabkow": one key) is that person, when exactly one full name ends
        // in it. The glossary's people have their short forms as terms; these are the others.
        // Every spelling of either counts: the bare surname may first appear glued to an ending
        // ("Zjuravljovs stedfortreder") and the full name in another language's spelling, so
        // each entity is read by all its groups' keys, the surname's also without its ending.
        var keysOfNew: [String: Set<String>] = [:]
        let newIDs = Set(newEntityOfGroup.values)
        for (groupKey, refs) in groups {
            let key = String(groupKey.split(separator: "|", maxSplits: 1).last ?? "")
            for ref in refs {
                guard let id = assignment[ref]?.entity, newIDs.contains(id), kindOf[id] == .person else { continue }
                keysOfNew[id, default: []].insert(key)
                let mention = articles[ref.article].mentions[ref.mention]
                if !key.contains(" ") { keysOfNew[id, default: []].formUnion(Self.keys(of: mention.text, language: articles[ref.article].language)) }
            }
        }
        var fullNames: [String: Set<String>] = [:]
        for (id, keys) in keysOfNew {
            for key in keys {
                let words = key.split(separator: " ")
                if words.count > 1, let last = words.last { fullNames[String(last), default: []].insert(id) }
            }
        }
        var surnameOf: [String: String] = [:]
        for (id, keys) in keysOfNew where keys.allSatisfy({ !$0.contains(" ") }) {
            let owners = keys.reduce(into: Set<String>()) { $0.formUnion(fullNames[$1] ?? []) }.subtracting([id])
            if owners.count == 1 { surnameOf[id] = owners.first! }
        }
        if !surnameOf.isEmpty {
            for (ref, link) in assignment {
                if let full = surnameOf[link.entity] { assignment[ref] = (full, 0.8, .keyMatch) }
            }
        }

        // Output.
        var mentions: [EntityMention] = []
        for (a, article) in articles.enumerated() {
            for (m, mention) in article.mentions.enumerated() {
                let ref = Ref(article: a, mention: m)
                guard !dropped.contains(ref), let link = assignment[ref] else { continue }
                mentions.append(EntityMention(articleID: article.articleID, language: article.language, sentenceIndex: mention.sentenceIndex,
                                              span: mention.span, text: mention.text, kind: mention.kind, nested: mention.nested,
                                              inCompound: mention.inCompound, entityID: link.entity, linkConfidence: link.confidence,
                                              evidence: link.evidence, date: mention.date))
            }
        }
        return Result(mentions: mentions, entities: entities(from: mentions, names: genericNames), proposals: proposals(from: mentions))
    }

    /// Lower-case ASCII letters and digits of a name, words joined by "-": "Sergei Ryabkov" →
    /// "sergei-ryabkov", "Außenministerium" → "aussenministerium".
    static func slug(_ text: String) -> String {
        var out = ""
        for c in TextFolding.fold(text).lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) }
            else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The folded words of a name, lower-case.
    static func nameWords(_ text: String) -> [String] {
        TextFolding.fold(text).lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Keys to try for an unknown surface: as written, and without a glued ending ("Darchievs").
    static func keys(of text: String, language: LanguageCode) -> [String] {
        var keys = [NameKey.key(text, language: language)]
        for ending in ["s", "es", "en", "n", "e"] where text.hasSuffix(ending) && text.count > ending.count + 3 {
            keys.append(NameKey.key(String(text.dropLast(ending.count)), language: language))
        }
        return keys
    }

    /// The name English reports give a new entity, for English briefs and lists.
    /// - An English spelling no other language's report uses is English's own: an English machine
    ///   translation keeps its source's spelling ("Jewgeni Schurawljow" from German), which a
    ///   German report shares; the agency's "Yevgeny Zhuravlyov" is English's own. The fullest
    ///   (most words), then most frequent, is taken.
    /// - Except a spelling of one report only that is one letter off a spelling two reports share
    ///   ("Daniel Whitcomb" beside "Daniel Whitcombe"): that is a typo of the name.
    /// - Failing both, the spelling the most reports use, in English first (nil only without
    ///   mentions).
    static func englishSpelling(_ mentions: [EntityMention]) -> String? {
        var reports: [String: Set<String>] = [:]
        for m in mentions { reports[m.text, default: []].insert(m.articleID) }
        let shared = reports.filter { $0.value.count >= 2 }.keys.map { Array(TextFolding.fold($0).unicodeScalars) }
        // Each spelling is judged once, not once per mention.
        let typos = Set(reports.filter { $0.value.count == 1 }.keys.filter { spelling in
            let scalars = Array(TextFolding.fold(spelling).unicodeScalars)
            return scalars.count >= 5 && shared.contains { Self.oneLetterDropped(scalars, $0) || Self.oneLetterDropped($0, scalars) }
        })
        let elsewhere = Set(mentions.filter { $0.language != .english }.map(\.text))
        var counts: [String: Int] = [:]
        for m in mentions where m.language == .english && !elsewhere.contains(m.text) && !typos.contains(m.text) { counts[m.text, default: 0] += 1 }
        func words(_ s: String) -> Int { s.split(separator: " ").count }
        if let own = counts.max(by: { (words($0.key), $0.value, $1.key) < (words($1.key), $1.value, $0.key) })?.key { return own }
        let english = Set(mentions.filter { $0.language == .english }.map(\.text))
        func rank(_ s: String) -> (Int, Int, Int) { (english.contains(s) ? 1 : 0, words(s), reports[s]?.count ?? 0) }
        // Ties go to the alphabetically first spelling, so the name does not depend on order.
        return reports.keys.filter { !typos.contains($0) }.max { a, b in
            let x = rank(a), y = rank(b)
            return (x.0, x.1, x.2, b) < (y.0, y.1, y.2, a)
        }
    }

    /// Whether `shorter` is `longer` with one letter left out, a letter the transliteration
    /// conventions do not add or drop (the letters of "j", "y", "i", "sch", "tsch", "kh", "zh", "w":
    /// "Dmitri"/"Dmitrij" and "Tashkent"/"Taschkent" are conventions, "Whitcomb"/"Whitcombe" and
    /// "Mamadli"/"Mammadli" are slips). Substitutions are conventions too ("Tashkent"/"Tasjkent",
    /// "Yekaterinburg"/"Jekaterinburg") and never count.
    static func oneLetterDropped(_ shorter: [Unicode.Scalar], _ longer: [Unicode.Scalar]) -> Bool {
        guard longer.count == shorter.count + 1 else { return false }
        var i = 0
        while i < shorter.count, shorter[i] == longer[i] { i += 1 }
        guard shorter[i...].elementsEqual(longer[(i + 1)...]) else { return false }
        return !"jyihwcstkzJYIHWCSTKZ".unicodeScalars.contains(longer[i])
    }

    /// `names`: English names of entities without a glossary concept that the recogniser named
    /// (generic heads: "Norwegian Foreign Ministry").
    func entities(from mentions: [EntityMention], names: [String: String] = [:]) -> [CanonicalEntity] {
        var grouped: [String: [EntityMention]] = [:]
        for m in mentions { grouped[m.entityID, default: []].append(m) }
        return grouped.map { id, ms in
            var spellings: [LanguageCode: [String: Int]] = [:]
            for m in ms where !m.inCompound || m.kind != .date { spellings[m.language, default: [:]][m.text, default: 0] += 1 }
            let ordered = spellings.mapValues { counts in counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key) }
            let concept = glossary.concept(id: id)
            let english = concept?.preferredTerm(in: .english)?.text
            let date = ms.first?.date?.value
            return CanonicalEntity(id: id, kind: ms[0].kind,
                                   displayName: date?.description ?? english ?? names[id] ?? Self.englishSpelling(ms) ?? id,
                                   conceptID: concept?.id, spellings: ordered, mentionCount: ms.count,
                                   articleIDs: Array(Set(ms.map(\.articleID))).sorted(), date: date)
        }.sorted { ($0.kind, -$0.mentionCount, $0.id) < ($1.kind, -$1.mentionCount, $1.id) }
    }

    /// Corpus spellings linked to a glossary concept that the concept does not list in that
    /// language (keys compared, so inflections and case do not count as new).
    func proposals(from mentions: [EntityMention]) -> [GlossaryProposal] {
        var best: [String: GlossaryProposal] = [:]
        for m in mentions where m.evidence != .glossary && m.evidence != .dateValue && m.evidence != .new {
            guard let concept = glossary.concept(id: m.entityID) else { continue }
            let key = NameKey.key(m.text, language: m.language)
            let known = concept.terms.contains { NameKey.key($0.text, language: m.language) == key && $0.language == m.language }
            guard !known else { continue }
            let id = "\(m.language)|\(m.text)|\(concept.id)"
            if (best[id]?.confidence ?? 0) < m.linkConfidence {
                best[id] = GlossaryProposal(spelling: m.text, language: m.language, conceptID: concept.id, confidence: m.linkConfidence, evidence: m.evidence)
            }
        }
        return best.values.sorted { ($0.conceptID, $0.language, $0.spelling) < ($1.conceptID, $1.language, $1.spelling) }
    }
}

/// Keys by character trigram, for fuzzy candidate retrieval without comparing all pairs.
struct TrigramIndex: Sendable {
    private var postings: [String: Set<String>] = [:]   // trigram → keys
    private var targets: [String: Set<String>] = [:]    // key → entity ids

    mutating func insert(_ key: String, target: String) {
        targets[key, default: []].insert(target)
        for gram in NameKey.trigrams(key) { postings[gram, default: []].insert(key) }
    }

    /// Keys sharing at least a third of the query's trigrams, with their targets.
    func candidates(for key: String) -> [String: Set<String>] {
        let grams = NameKey.trigrams(key)
        var counts: [String: Int] = [:]
        for gram in grams { for k in postings[gram] ?? [] { counts[k, default: 0] += 1 } }
        let needed = max(1, grams.count / 3)
        var result: [String: Set<String>] = [:]
        for (k, n) in counts where n >= needed { result[k] = targets[k] }
        return result
    }
}
