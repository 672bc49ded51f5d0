import Foundation
import Testing
@testable import DragomanKit

/// The link calibration: a logistic regression that must find the optimum it is fitted to.
@Suite struct AlignmentCalibrationFitTests {
    /// Examples drawn from a known logistic model (a fixed pseudo-random sequence): the fit must
    /// recover its slopes. Class balancing moves only the bias of a logistic model.
    @Test func newtonFitRecoversKnownWeights() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let truth = [2.0, 3.0, 0.5, -1.0, 1.5, 2.5, 1.0, 1.2, 1.8, -4.0]
        var examples: [(AlignmentFeatures, Bool)] = []
        for _ in 0..<6000 {
            let f = AlignmentFeatures(lexical: uniform(), anchors: uniform(), dates: Double(Int(uniform() * 3)) - 1,
                                      lengthDifference: uniform() * 1.5, containment: uniform(), rounds: Double(Int(uniform() * 3)) - 1,
                                      mutualBest: uniform() < 0.3 ? 1 : 0, lead: uniform(), statementKind: uniform())
            let p = AlignmentCalibration(weights: truth).probability(f)
            examples.append((f, uniform() < p))
        }
        let fitted = AlignmentCalibration.fit(examples, l2: 0)
        for k in 0..<(truth.count - 1) {
            #expect(abs(fitted.weights[k] - truth[k]) < 0.4, "\(AlignmentFeatures.names[k]): \(fitted.weights[k]) vs \(truth[k])")
        }
        // The fit is at the optimum: the balanced log-likelihood is not improved by a nudge.
        func loss(_ c: AlignmentCalibration) -> Double {
            let positives = Double(examples.filter(\.1).count), negatives = Double(examples.count) - positives
            return examples.reduce(0) { sum, e in
                let p = min(max(c.probability(e.0), 1e-12), 1 - 1e-12)
                return sum - (e.1 ? negatives / positives * log(p) : log(1 - p))
            }
        }
        let best = loss(fitted)
        for k in fitted.weights.indices {
            for delta in [-0.05, 0.05] {
                var nudged = fitted.weights; nudged[k] += delta
                #expect(loss(AlignmentCalibration(weights: nudged)) >= best - 1e-6)
            }
        }
    }
}
