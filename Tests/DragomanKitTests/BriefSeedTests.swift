import Foundation
import Testing
@testable import DragomanKit

/// The brief on the five seed reports, with rounds and statements from the gold (see BriefFixture).
@Suite(.enabled(if: TestPaths.hasShared)) struct BriefSeedTests {
    @Test func printSeedBriefs() throws {
        let seeds = try BriefFixture.seeds()
        let builder = BriefBuilder(corpus: seeds.corpus, lexicon: BriefFixture.lexicon)
        for brief in try builder.buildAll() {
            print(BriefTextWriter.string(brief))
        }
    }
}
