import Testing
@testable import DragomanKit

@Test func parsesEveryGranularity() {
    #expect(CalendarDate(parsing: "2025")?.granularity == .year)
    #expect(CalendarDate(parsing: "2025-02")?.granularity == .month)
    #expect(CalendarDate(parsing: "2025-02-27")?.granularity == .day)
    #expect(CalendarDate(parsing: "2025-W09")?.granularity == .week)
    #expect(CalendarDate(parsing: "2025-02-30") == nil)
    #expect(CalendarDate(parsing: "2025-13") == nil)
    #expect(CalendarDate(parsing: "25-02") == nil)
}

@Test func weekdayAndWeekArithmetic() throws {
    let meeting = try #require(CalendarDate(parsing: "2025-02-27"))
    #expect(meeting.isoWeekday == 4) // a Thursday
    #expect(meeting.isoWeek?.description == "2025-W09")
    #expect(meeting.adding(days: -1)?.description == "2025-02-26")
    #expect(CalendarDate(parsing: "2025-02")!.contains(meeting))
    #expect(!CalendarDate(parsing: "2025-03")!.contains(meeting))
}
