import Foundation
import Testing
@testable import DragomanKit

/// Concept relations (TBX crossReference): kept by every format, checked, and edited without
/// ever pointing at a concept that is not there.
@Suite struct ConceptRelationTests {
    static func concept(_ id: String, _ english: String, related: [String] = []) -> Concept {
        Concept(id: id, subjectField: "diplomacy", related: related, terms: [Term(language: .english, text: english, status: .preferred)])
    }
    /// A hub with two members, a second hub with one member, and a concept with no relation.
    static let glossary = Glossary(concepts: [
        concept("mission", "diplomatic mission"),
        concept("embassy", "embassy", related: ["mission"]),
        concept("consulate", "consulate", related: ["mission"]),
        concept("property", "diplomatic property"),
        concept("dacha", "dacha", related: ["property"]),
        concept("visa", "visa"),
    ])

    @Test func relatedMeansPointingAtTheOtherOrAtTheSameConcept() {
        let relations = ConceptRelations(glossary: Self.glossary)
        #expect(relations.areRelated("embassy", "consulate"))  // siblings under one hub
        #expect(relations.areRelated("embassy", "mission") && relations.areRelated("mission", "embassy"))
        #expect(!relations.areRelated("embassy", "dacha"))  // members of different hubs
        #expect(!relations.areRelated("mission", "property"))
        #expect(!relations.areRelated("embassy", "embassy"))  // the same concept is not "related"
        #expect(!relations.areRelated("visa", "embassy"))
        // A relation to a concept the glossary lacks is left out.
        var dangling = Self.glossary
        dangling.concepts[5].related = ["nowhere"]
        #expect(ConceptRelations(glossary: dangling).keys(of: "visa").isEmpty)
    }

    @Test func tbxAndCSVKeepRelationsAndTheSchemaChecksThem() throws {
        let data = try TBXWriter.data(Self.glossary)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<ref type="crossReference" target="mission">mission</ref>"#))
        let read = try TBXReader.read(data: data)
        #expect(read.warnings.isEmpty, "\(read.warnings)")
        #expect(read.glossary == Self.glossary)
        #expect(try TBXWriter.data(read.glossary) == data)
        #expect(try GlossaryXSD.validate(data).isEmpty)
        #expect(try GlossaryXSD.validate(try TBXWriter.data(Self.glossary, dialect: .v2), dialect: .v2).isEmpty)
        var bad = Self.glossary
        bad.concepts[1].related = ["Not An Id"]
        #expect(try !GlossaryXSD.validate(try TBXWriter.data(bad)).isEmpty)
        let (back, warnings) = try GlossaryCSV.read(try GlossaryCSV.write(Self.glossary))
        #expect(warnings.isEmpty)
        #expect(back.concepts == Self.glossary.concepts)
    }

    @Test func theCheckerReportsDanglingAndSelfRelations() {
        var glossary = Self.glossary
        glossary.concepts[5].related = ["nowhere"]
        glossary.concepts[4].related.append("dacha")
        let issues = GlossaryChecker.check(glossary, languages: [.english])
        #expect(issues.contains { $0.kind == .danglingRelation && $0.conceptIDs == ["visa"] && $0.severity == .error })
        #expect(issues.contains { $0.kind == .malformed && $0.message.contains("related to itself") })
        #expect(GlossaryChecker.check(Self.glossary, languages: [.english]).isEmpty)
    }

    @Test func editsRelateOnlyToConceptsThatExistAndRemovalKeepsNoDanglingRelation() throws {
        let folder = try TestPaths.temporaryFolder("dragoman-relations")
        try TBXWriter.data(Self.glossary).write(to: folder.appendingPathComponent("g.tbx"))
        var repository = try GlossaryRepository(folder: folder)
        let url = folder.appendingPathComponent("g.tbx")
        let before = try Data(contentsOf: url)
        #expect(throws: DragomanError.self) { try repository.edit(id: "visa", [.relate("nowhere")]) }
        #expect(throws: DragomanError.self) { try repository.edit(id: "visa", [.relate("visa")]) }
        #expect(throws: DragomanError.self) { try repository.edit(id: "visa", [.unrelate("mission")]) }
        #expect(try Data(contentsOf: url) == before)
        // A hub with members cannot be removed while they point at it.
        #expect(throws: DragomanError.self) { try repository.remove(id: "property") }
        #expect(repository.concept(id: "property") != nil)
        try repository.edit(id: "visa", [.relate("mission")])
        #expect(try TBXReader.read(url: url).glossary.concept(id: "visa")?.related == ["mission"])
        try repository.edit(id: "dacha", [.unrelate("property")])
        try repository.remove(id: "property")
        #expect(GlossaryRules.danglingRelations(in: try TBXReader.read(url: url).glossary).isEmpty)
    }

    @Test func importsFollowRenamesAndLeaveOutUnknownTargets() throws {
        // The import's "Deputy envoy" has an id the workspace makes anew; its members point at
        // the imported id, and one points at a concept neither side has.
        let imported = Glossary(concepts: [
            Concept(id: "Envoy Hub", subjectField: "diplomacy", terms: [Term(language: .english, text: "special envoy", status: .preferred)]),
            Self.concept("attache", "attaché", related: ["Envoy Hub", "mission", "ghost"]),
            Self.concept("dacha", "dacha", related: ["mission"]),
            // Skipped for its malformed term: its relation must not come in either.
            Concept(id: "visa", subjectField: "diplomacy", related: ["mission"],
                    terms: [Term(language: .german, text: "Visum", partOfSpeech: "bogus", status: .preferred)]),
        ])
        let (merged, report) = GlossaryMerge.merge(imported, into: Self.glossary)
        let hub = try #require(report.renamed["Envoy Hub"])
        #expect(merged.concept(id: "attache")?.related == [hub, "mission"])
        #expect(report.warnings.contains { $0.contains("ghost") })
        // The workspace's own relation stays; the import's is added after it.
        #expect(merged.concept(id: "dacha")?.related == ["property", "mission"])
        #expect(report.extended["dacha"] == ["related=mission"])
        #expect(report.skipped["visa"] != nil)
        #expect(merged.concept(id: "visa")?.related == [])
        #expect(GlossaryRules.danglingRelations(in: merged).isEmpty)
    }
}
