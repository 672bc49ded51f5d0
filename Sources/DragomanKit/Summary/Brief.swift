/// A per-round brief: a few English sentences, each standing for one statement (a group of
/// sentences across reports that say the same thing), with the originals and the sources it
/// was made from. Built by `BriefBuilder`, written by `BriefXMLWriter` and `BriefTextWriter`.
public struct Brief: Hashable, Codable, Sendable {
    public var round: Round
    /// In reading order (when/where, who, agenda, what was said, results, next steps).
    public var sentences: [BriefSentence]
    /// The entities mentioned in the round's sentences, most mentioned first.
    public var entities: [BriefEntity]
    /// The reports that say something about the round, in corpus order.
    public var sources: [BriefSource]

    public init(round: Round, sentences: [BriefSentence], entities: [BriefEntity], sources: [BriefSource]) {
        self.round = round; self.sentences = sentences; self.entities = entities; self.sources = sources
    }

    /// Words of the English text, the unit of `--words`.
    public var wordCount: Int { sentences.reduce(0) { $0 + $1.wordCount } }
}

/// Where a brief sentence sits in the story; the brief is ordered by these slots.
public enum BriefSlot: String, Codable, Sendable, CaseIterable, Comparable {
    case whenWhere = "when-where", who, agenda, said, results, nextSteps = "next-steps", background

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// How the English text of a brief sentence came about.
public enum RenderingMethod: String, Codable, Sendable, CaseIterable {
    /// An English report's own sentence.
    case sourceEnglish = "source-english"
    /// Word-by-word and phrase glossing through the glossary, entities and bilingual lexicon.
    case glossed
    /// The output of the user's `--translator` command.
    case machineTranslated = "machine-translated"
}

public struct BriefSentence: Hashable, Codable, Sendable {
    /// The statement id (the alignment's, or "single-<article>#<index>" for a sentence in no statement).
    public var statementID: String
    public var slot: BriefSlot
    public var method: RenderingMethod
    public var english: String
    /// The sentence the English was made from (an English member for `sourceEnglish`).
    public var renderedFrom: SentenceRef
    /// The language `renderedFrom` is in.
    public var language: LanguageCode
    /// Every member of the statement that belongs to the round: the originals, in corpus order.
    public var originals: [BriefOriginal]
    /// The ranker's score, kept so a reader of the XML can see why it was chosen.
    public var score: Double

    public init(statementID: String, slot: BriefSlot, method: RenderingMethod, english: String, renderedFrom: SentenceRef,
                language: LanguageCode, originals: [BriefOriginal], score: Double) {
        self.statementID = statementID; self.slot = slot; self.method = method; self.english = english
        self.renderedFrom = renderedFrom; self.language = language; self.originals = originals; self.score = score
    }

    public var wordCount: Int { BriefText.wordCount(english) }
    /// The citations: one per original.
    public var sources: [SentenceRef] { originals.map(\.sentence) }
    public var languages: [LanguageCode] { Array(Set(originals.map(\.language))).sorted() }
}

/// One source sentence of a brief sentence.
public struct BriefOriginal: Hashable, Codable, Sendable {
    public var sentence: SentenceRef
    public var language: LanguageCode
    public var text: String
    public init(sentence: SentenceRef, language: LanguageCode, text: String) {
        self.sentence = sentence; self.language = language; self.text = text
    }
}

public struct BriefEntity: Hashable, Codable, Sendable {
    public var id: String
    public var kind: EntityKind
    public var name: String
    /// Spellings in the round's reports, per language, language order.
    public var spellings: [BriefSpelling]
    public var mentions: Int
    public init(id: String, kind: EntityKind, name: String, spellings: [BriefSpelling], mentions: Int) {
        self.id = id; self.kind = kind; self.name = name; self.spellings = spellings; self.mentions = mentions
    }
}

public struct BriefSpelling: Hashable, Codable, Sendable {
    public var language: LanguageCode
    public var text: String
    public init(language: LanguageCode, text: String) { self.language = language; self.text = text }
}

public struct BriefSource: Hashable, Codable, Sendable {
    public var articleID: String
    public var language: LanguageCode
    public var date: CalendarDate?
    public var title: String?
    public var fileName: String
    /// A sentence of the brief cites it; false for a report on the round that none cites.
    public var cited: Bool
    public init(articleID: String, language: LanguageCode, date: CalendarDate?, title: String?, fileName: String, cited: Bool = true) {
        self.articleID = articleID; self.language = language; self.date = date; self.title = title; self.fileName = fileName
        self.cited = cited
    }
}

/// Small text helpers shared by the ranker, the renderer and the writers.
public enum BriefText {
    /// Words as a reader counts them: runs of letters or digits (so "U.S." is one word, "10 April" two).
    public static func wordCount(_ text: String) -> Int { words(text).count }

    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || ((character == "." || character == "'" || character == "’" || character == "-") && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current); current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".'’-")) }.filter { !$0.isEmpty }
    }

    /// The sentence without a wire-service dateline in front ("RIYADH, Oct 14 (Reuters) - ",
    /// "ISTANBUL (AP) — ", "RIAD, 14 okt (ANP) – ", "Oslo, 25. juni 2025 – "; see `WireDateline`).
    /// The brief says where and when in its heading and sources; the citation keeps the original.
    /// A sentence that is only a dateline stays as it is.
    public static func strippingDateline(_ text: String) -> String {
        WireDateline.parse(text)?.rest ?? text
    }

    /// "10 April 2025", "April 2025", "2025", "week 9 of 2025".
    public static func english(_ date: CalendarDate, includeYear: Bool = true) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        if let week = date.week { return "week \(week) of \(date.year)" }
        guard let month = date.month else { return "\(date.year)" }
        let name = months[month - 1]
        if let day = date.day { return includeYear ? "\(day) \(name) \(date.year)" : "\(day) \(name)" }
        return includeYear ? "\(name) \(date.year)" : name
    }
}

import Foundation
