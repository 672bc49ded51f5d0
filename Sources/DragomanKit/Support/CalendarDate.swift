import Foundation

/// A date with the precision the text gives it: a year, a month, a day, or an ISO week.
/// `2025`, `2025-02`, `2025-02-27`, `2025-W09` — the same strings the gold annotation uses.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public enum Granularity: String, Codable, Sendable, Comparable {
        case year, month, week, day
        private var rank: Int { switch self { case .year: 0; case .month: 1; case .week: 2; case .day: 3 } }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var week: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = month == nil ? nil : day; self.week = nil
    }
    public init(year: Int, isoWeek: Int) {
        self.year = year; self.month = nil; self.day = nil; self.week = isoWeek
    }

    public var granularity: Granularity {
        if week != nil { return .week }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public var description: String {
        if let week { return String(format: "%04d-W%02d", year, week) }
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYY-Www`; nil for anything else or an
    /// impossible date (month 13, 30 February).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()), (1...53).contains(week) {
            self.init(year: year, isoWeek: week); return
        }
        guard parts.count <= 3, parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The Gregorian calendar in UTC, used for weekday and week arithmetic.
    public static var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        return calendar
    }

    /// Midnight UTC of a day-precision date.
    public var date: Date? {
        guard let month, let day else { return nil }
        return CalendarDate.gregorian.date(from: DateComponents(year: year, month: month, day: day))
    }

    public init(_ date: Date) {
        let parts = CalendarDate.gregorian.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday, for day-precision dates.
    public var isoWeekday: Int? {
        guard let date else { return nil }
        let weekday = CalendarDate.gregorian.component(.weekday, from: date) // 1 = Sunday
        return (weekday + 5) % 7 + 1
    }

    /// The ISO week containing a day-precision date.
    public var isoWeek: CalendarDate? {
        guard let date else { return nil }
        let parts = CalendarDate.gregorian.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return CalendarDate(year: parts.yearForWeekOfYear!, isoWeek: parts.weekOfYear!)
    }

    public func adding(days: Int) -> CalendarDate? {
        guard let date, let moved = CalendarDate.gregorian.date(byAdding: .day, value: days, to: date) else { return nil }
        return CalendarDate(moved)
    }

    private var sortKey: (Int, Int, Int) { (year, month ?? (week.map { ($0 - 1) * 12 / 52 + 1 } ?? 0), day ?? 0) }
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.sortKey < b.sortKey }

    /// True when `self` (any granularity) contains the day-precision date `other`.
    public func contains(_ other: CalendarDate) -> Bool {
        if let week { return other.isoWeek == CalendarDate(year: year, isoWeek: week) }
        guard other.year == year else { return false }
        guard let month else { return true }
        guard other.month == month else { return false }
        guard let day else { return true }
        return other.day == day
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = value
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
