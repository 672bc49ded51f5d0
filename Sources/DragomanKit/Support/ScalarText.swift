/// A string with random access by Unicode scalar offset — the offsets the gold annotation and
/// the store use. Substrings are cut with `String.Index`es (a copy of bytes) rather than rebuilt
/// scalar by scalar, which was the largest cost of cleaning and tokenising.
public struct ScalarText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// `indices[i]` is the index of scalar i; `indices[scalars.count]` is `text.endIndex`.
    private let indices: [String.Index]

    public init(_ text: String) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        scalars.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count + 1)
        let view = text.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            scalars.append(view[index])
            indices.append(index)
            index = view.index(after: index)
        }
        indices.append(view.endIndex)
        self.scalars = scalars
        self.indices = indices
    }

    public var count: Int { scalars.count }

    public func substring(_ range: Range<Int>) -> String {
        String(text.unicodeScalars[indices[range.lowerBound]..<indices[range.upperBound]])
    }
}
