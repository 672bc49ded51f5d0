@testable import DragomanKit
import Synchronization
import Testing

/// The row splitter the bitext search relies on: every row handed out exactly once, in
/// contiguous chunks, whatever the row count and chunk size.
@Suite struct ParallelRowsTests {
    @Test(arguments: [0, 1, 7, 511, 512, 1_023, 1_024, 5_001, 100_000])
    func everyRowExactlyOnce(rows: Int) {
        let seen = Mutex([Int](repeating: 0, count: rows))
        let chunks = Mutex([Range<Int>]())
        ParallelRows.forEach(rows) { range in
            chunks.withLock { $0.append(range) }
            seen.withLock { counts in for row in range { counts[row] += 1 } }
        }
        #expect(seen.withLock { $0.allSatisfy { $0 == 1 } })
        // Chunks tile the rows: sorted by start, each begins where the previous ended.
        let sorted = chunks.withLock { $0 }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(sorted.first?.lowerBound ?? 0 == 0)
        #expect(sorted.last?.upperBound ?? 0 == rows)
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }

    @Test func bothJobsRun() {
        let ran = Mutex([false, false])
        ParallelRows.both({ ran.withLock { $0[0] = true } }, { ran.withLock { $0[1] = true } })
        #expect(ran.withLock { $0 } == [true, true])
    }

    @Test func sharedBufferRoundTrip() {
        let buffer = SharedBuffer([3, 1, 4, 1, 5])
        defer { buffer.deallocate() }
        ParallelRows.forEach(buffer.count, minimumChunk: 1) { rows in for i in rows { buffer[i] *= 2 } }
        #expect(buffer.array == [6, 2, 8, 2, 10])
    }
}
