import Foundation

/// A raw buffer that several threads write at disjoint indices (rows of a lattice, cells of a
/// band). `@unchecked Sendable` because that disjointness is what the callers guarantee: each
/// worker of `ParallelRows.forEach` writes only the rows it was given, and nothing reads a row
/// before `forEach` returns.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(repeating value: Element, count: Int) {
        base = .allocate(capacity: max(1, count))
        base.initialize(repeating: value, count: max(1, count))
        self.count = count
    }

    init(_ array: [Element]) {
        base = .allocate(capacity: max(1, array.count))
        _ = UnsafeMutableBufferPointer(start: base, count: array.count).initialize(from: array)
        count = array.count
    }

    subscript(index: Int) -> Element {
        @inline(__always) get { base[index] }
        @inline(__always) nonmutating set { base[index] = newValue }
    }

    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deinitialize(count: max(1, count)); base.deallocate() }
}

/// Runs a row-independent computation over `0..<rows` on every core, in contiguous chunks (a
/// few per core, so an uneven band still spreads). Small inputs run on the calling thread: a
/// thread hop costs more than a few hundred rows.
enum ParallelRows {
    static func forEach(_ rows: Int, minimumChunk: Int = 512, _ body: @Sendable (Range<Int>) -> Void) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = min(cores * 4, rows / minimumChunk)
        guard cores > 1, chunks > 1 else { body(0..<rows); return }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            body(rows * chunk / chunks..<rows * (chunk + 1) / chunks)
        }
    }

    /// Runs two independent jobs at once (on two cores when there are two).
    static func both(_ first: @Sendable () -> Void, _ second: @Sendable () -> Void) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { first(); second(); return }
        DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? first() : second() }
    }
}
