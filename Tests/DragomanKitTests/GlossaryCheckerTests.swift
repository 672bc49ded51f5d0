import Foundation
import Testing
@testable import DragomanKit

@Suite("Glossary checker and lexicon cache")
struct GlossaryCheckerTests {
    @Test func reportsMalformedDuplicateAndMissing() {
        let glossary = Glossary(concepts: [
            Concept(id: "embassy", subjectField: "diplomacy", terms: [
                Term(language: .german, text: "Botschaft", status: .preferred), Term(language: .german, text: "Vertretung", status: .preferred),
                Term(language: .english, text: "embassy", status: .preferred)]),
            Concept(id: "mission", subjectField: "diplomacy", terms: [Term(language: .german, text: "vertretung", status: .preferred),
                                                                       Term(language: .english, text: " ", status: .admitted)]),
            Concept(id: "Bad_id", subjectField: "diplomacy", terms: [Term(language: .german, text: "x")]),
        ])
        let issues = GlossaryChecker.check(glossary)
        let messages = issues.map(\.message)
        #expect(messages.contains { $0.contains("two preferred terms") && $0.contains("embassy") })
        #expect(messages.contains { $0.contains("empty term") })
        #expect(messages.contains { $0.contains("bad id") })
        #expect(issues.contains { $0.kind == .duplicateTerm && $0.conceptIDs == ["embassy", "mission"] })
        #expect(issues.contains { $0.kind == .missingLanguage && $0.conceptIDs == ["embassy"] && $0.message.contains("nb, nl") })
        #expect(issues.first?.severity == .error)
    }

    @Test func theShippedGlossaryIsClean() throws {
        let glossary = try TBXReader.read(url: TestPaths.packageRoot.appendingPathComponent("Glossary/diplomacy.tbx")).glossary
        #expect(GlossaryChecker.check(glossary).filter { $0.severity == .error }.isEmpty)
    }

    @Test func findsDiscouragedTermsInTheCorpus() throws {
        let workspace = try makeGlossaryWorkspace()
        let store = try workspace.openStore()
        let ingestor = CorpusIngestor(workspace: workspace, store: store, identifier: try LanguageIdentifier(profileDirectory: LanguageIdentifier.defaultProfileDirectory))
        _ = try ingestor.reindex { _, _ in }
        var glossary = try GlossaryWorkspace(workspace: workspace)
        // Mark a word the seeds use as forbidden: the check must find it with its sentences.
        try glossary.edit(id: "meeting", [.setStatus(language: .german, text: "Treffen", status: .forbidden)])
        let issues = try GlossaryChecker.discouragedTermsInCorpus(glossary.glossary, store: glossary.corpus)
        let issue = try #require(issues.first { $0.conceptIDs == ["meeting"] })
        #expect(issue.severity == .error)
        #expect(issue.message.contains("forbidden term \"Treffen\"") && issue.message.contains("«Treffen»"))
    }

    @Test func lexiconIsImportedOnceAndTheGlossaryWins() throws {
        let workspace = try makeGlossaryWorkspace()
        let store = try workspace.openStore()
        let folder = try TestPaths.temporaryFolder("dragoman-lexicon")
        let ding = folder.appendingPathComponent("de-en")
        try """
        # test dictionary
        Botschaft {f} | Botschaften {pl} :: message | messages
        Hund {m} :: dog
        """.write(to: ding, atomically: true, encoding: .utf8)
        let source = LexiconSource(name: "test-de-en", format: .ding, path: ding.path, sourceLanguage: .german, targetLanguage: .english)
        let cache = LexiconCache(store: store)
        let first = try cache.importSources([source])
        #expect(first.first?.outcome == "imported")
        let second = try cache.importSources([source])
        #expect(second.first?.outcome == "cached" && second.first?.entries == first.first?.entries)
        let missing = try cache.importSources([LexiconSource(name: "nothing", format: .dictd, path: "/nonexistent/x", sourceLanguage: .dutch, targetLanguage: .english)])
        #expect(missing.first?.outcome.hasPrefix("missing") == true)
        #expect(try cache.translations(of: "Hund", from: .german, to: .english).map(\.term) == ["dog"])
        #expect(try cache.translations(of: "dog", from: .english, to: .german).map(\.term) == ["hund"])
        let glossary = try GlossaryWorkspace(workspace: workspace).glossary
        // The dictionary says "message"; the glossary's embassy wins, also for an inflected form.
        let lookup = try cache.lookup("Botschaften", from: .german, to: .english, glossary: glossary)
        #expect(lookup.origin == .glossary && lookup.conceptID == "embassy" && lookup.translations == ["embassy"])
        let plain = try cache.lookup("Hund", from: .german, to: .english, glossary: glossary)
        #expect(plain.origin == .lexicon && plain.translations == ["dog"])
        #expect(try cache.lexicon(from: .german, to: .english).translations(of: "hund").first?.term == "dog")
    }
}
