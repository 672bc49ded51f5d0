import Foundation

/// A wire-service dateline in front of a report's running text: a place, perhaps a date, perhaps
/// an agency in parentheses, and a dash — "WIEN, 10. März 2026 (APA) – ", "ISTANBUL (AP) — ",
/// "RIYADH, Oct 14 (Reuters) - ", "Oslo, 25. juni 2025 – ". It says where and when the report
/// was filed, not what happened: ingest takes its full date for the publication date and keeps it
/// out of the sentences, and the brief drops it from a glossed sentence.
///
/// Recognised forms (the place is one to five capitalised words, before a comma if a date follows):
/// * `PLACE[, DATE] (AGENCY) DASH Text`: the agency a short name of at most three words;
/// * `PLACE, DATE DASH Text`: no agency, so the date must be a full date (day, month, year) and
///   the part before the dash nothing but a dateline ("Moskau, heute – " is no dateline);
/// * `PLACE[,] DATE. Text` or `PLACE (AGENCY) DASH DATE. Text`: a full date closed by a full
///   stop, the place one to four capitalised words that are no function words.
/// * `PLACE (AGENCY) Text` or `(AGENCY): Text`: no dash; the place then capitalised words that
///   are no function words, or no place and a colon or dash after the agency ("Oslo (NTB) USA
///   og …", "(NTB): Russland …");
/// * `PLACE. Text`: a place in capitals closed by a full stop or colon ("MOSKAU. Seit …").
/// In each the text after it starts a sentence (a capital, a digit or a quotation mark).
public struct WireDateline: Sendable, Equatable {
    /// Characters (not scalars) of the dateline, its dash and the spaces after it.
    public var length: Int
    /// The dateline without its dash ("WIEN, 10. März 2026 (APA)").
    public var text: String
    /// The full date it gives, if it gives one with day, month and year.
    public var date: CalendarDate?
    /// What follows the dash.
    public var rest: String

    static let dashes: Set<Character> = ["-", "–", "—"]

    /// Unicode scalars of the dateline (without its dash) at the start of `text`, or nil: entity
    /// spans count scalars.
    public static func datelineScalars(_ text: String) -> Int? {
        parse(text)?.text.unicodeScalars.count
    }

    /// The dateline at the start of `text`, or nil. A text that is only a dateline is none.
    public static func parse(_ text: String) -> WireDateline? {
        let characters = Array(text)
        func startsSentence(_ rest: ArraySlice<Character>) -> Bool {
            guard let first = rest.first else { return false }
            return first.isUppercase || first.isNumber || "\"“„«‘'".contains(first)
        }
        func make(head: ArraySlice<Character>, restStart: Int, date: CalendarDate?) -> WireDateline {
            WireDateline(length: restStart, text: String(head).trimmingCharacters(in: .whitespaces), date: date,
                         rest: String(characters[restStart...]))
        }
        // A full date closed by a full stop: "PLACE, DATE. Text" ("Helsinki, 23. Oktober 2025.
        // Die Delegationen …", "Helsinki 23.10.2025. Die …"), or after an agency's dash
        // ("Helsinki (dpa) - 23. Oktober 2025. Die …").
        if let dateline = periodDateline(characters, startsSentence: startsSentence) { return dateline }
        // With an agency in parentheses, closed by a dash or a colon ("Oslo (NTB): …", "(NTB) – …"
        // with no place), or by nothing but the sentence ("Oslo (NTB) USA og Russland …"), the
        // place then all capitalised words.
        if let open = characters.prefix(48).firstIndex(of: "("), open != 1,
           let close = characters[open...].prefix(32).firstIndex(of: ")") {
            let place = String(characters[..<open]).trimmingCharacters(in: .whitespaces)
            let agency = String(characters[(open + 1)..<close])
            var rest = characters[(close + 1)...].drop { $0 == " " }
            let placeWords = place.split(separator: " ")
            let closed = rest.first.map { dashes.contains($0) || $0 == ":" } ?? false
            if closed { rest = rest.dropFirst().drop { $0 == " " } }
            let placeFits = placeWords.isEmpty ? closed
                : (1...5).contains(placeWords.count) && placeWords.first?.first?.isUppercase == true
                    && (closed || (placeWords.count <= 3 && placeWords.allSatisfy { word in
                        word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" } && !isFunctionWord(word)
                    } && agency.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }))
            if placeFits, agency.first?.isLetter == true, agency.split(separator: " ").count <= 3, startsSentence(rest) {
                return make(head: characters[...close], restStart: rest.startIndex,
                            date: place.contains(",") ? ArticleCleaner.datelineDate(place) : nil)
            }
        }
        // A place in capitals closed by a full stop or a colon ("MOSKAU. Seit Februar …").
        if let stop = characters.prefix(40).firstIndex(where: { $0 == "." || $0 == ":" }), stop >= 3,
           stop + 1 < characters.count, characters[stop + 1] == " " {
            let words = String(characters[..<stop]).split(separator: " ")
            let rest = characters[(stop + 1)...].drop { $0 == " " }
            if (1...3).contains(words.count), words.allSatisfy({ word in word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" } }),
               words.contains(where: { $0.count >= 4 }), startsSentence(rest), rest.count > 20 {
                return make(head: characters[..<stop], restStart: rest.startIndex, date: nil)
            }
        }
        // Without an agency: "PLACE, DATE – ", the date full.
        guard let dash = characters.prefix(60).indices.first(where: {
            dashes.contains(characters[$0]) && $0 > 0 && characters[$0 - 1] == " " && $0 + 1 < characters.count && characters[$0 + 1] == " "
        }) else { return nil }
        let head = String(characters[..<dash]).trimmingCharacters(in: .whitespaces)
        guard let comma = head.firstIndex(of: ","), head[..<comma].split(separator: " ").count <= 4,
              head[..<comma].split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }),
              let date = ArticleCleaner.datelineDate(head) else { return nil }
        let rest = characters[(dash + 1)...].drop { $0 == " " }
        guard startsSentence(rest) else { return nil }
        return make(head: characters[..<dash], restStart: rest.startIndex, date: date)
    }

    /// "Die", "Het", "The": a sentence's first word, not a place's.
    static func isFunctionWord(_ word: Substring) -> Bool {
        let lowered = word.lowercased()
        return LanguageProfileWords.functionWords.values.contains { $0.contains(lowered) }
    }

    /// `PLACE[,] DATE. ` or `PLACE (AGENCY) DASH DATE. ` at the start, the date full and the place
    /// one to four capitalised words; nil unless a sentence follows. A full stop ends the dateline
    /// only where a full date ends: the one after a German day number ("23. Oktober") does not.
    private static func periodDateline(_ characters: [Character], startsSentence: (ArraySlice<Character>) -> Bool) -> WireDateline? {
        for period in characters.prefix(72).indices where characters[period] == "." && period + 1 < characters.count && characters[period + 1] == " " {
            let head = String(characters[..<period])
            guard let date = placeAndDate(head) else { continue }
            let rest = characters[(period + 1)...].drop { $0 == " " }
            guard startsSentence(rest) else { return nil }
            return WireDateline(length: rest.startIndex, text: head.trimmingCharacters(in: .whitespaces), date: date, rest: String(rest))
        }
        return nil
    }

    /// The full date of `PLACE[,] DATE` or `PLACE (AGENCY) DASH DATE`, or nil: the place one to
    /// four capitalised words, the rest nothing but a full date. The date starts at a number or
    /// a month name ("23. Oktober 2025", "October 23, 2025"), so each split before the first
    /// number is tried.
    private static func placeAndDate(_ head: String) -> CalendarDate? {
        let words = head.split(separator: " ").map(String.init)
        guard let firstNumber = words.firstIndex(where: { $0.first?.isNumber == true }) else { return nil }
        for start in stride(from: firstNumber, through: 1, by: -1) {
            var place = Array(words[..<start])
            if place.count >= 3, let dash = place.last?.first, place.last?.count == 1, dashes.contains(dash) {
                place.removeLast()
                guard let agency = place.last, agency.hasPrefix("("), agency.hasSuffix(")"), agency.count > 2 else { continue }
                place.removeLast()
            }
            if let last = place.last, last.hasSuffix(",") { place[place.count - 1] = String(last.dropLast()) }
            // A place, not a sentence opening with a date ("Am 23. Oktober 2025. …").
            guard (1...4).contains(place.count),
                  place.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }),
                  !place.contains(where: { word in LanguageProfileWords.functionWords.values.contains { $0.contains(word.lowercased()) } }),
                  let date = ArticleCleaner.datelineDate(words[start...].joined(separator: " ")), date.granularity == .day else { continue }
            return date
        }
        return nil
    }
}
