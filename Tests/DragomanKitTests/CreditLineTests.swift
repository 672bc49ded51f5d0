import Testing
@testable import DragomanKit

/// Bylines, photo credits, reporting credits, tip boxes, time stamp lines and orphan datelines
/// are removed from a report in the four languages; running text of the same first words stays.
@Suite("Credit and contact lines")
struct CreditLineTests {
    let cleaner = ArticleCleaner()

    static func report(_ line: String) -> String {
        """
        Envoys meet in Reykjavik for another round
        The envoys of both countries met in Reykjavik on Wednesday for a seventh round of talks.
        \(line)
        Visas for diplomats were negotiated until late in the evening, both sides said.
        """
    }

    @Test(arguments: [
        // bylines
        "By Jane Doe", "By JANE ROE Associated Press", "Von Max Muster, dpa", "Door Jan de Vries en Piet Bakker", "Av Kari Nordmann, NTB",
        // photo credits and captions with a credit
        "Foto: Lisi Niesner / Reuters", "Bildquelle: picture alliance / SNA", "Beeld: ANP / EPA",
        "Die Botschaft in Reykjavík. Bild: picture alliance / APA", "Bildet viser ambassaden i Reykjavík. Foto: Kari Nordmann / NTB",
        "The embassy in Reykjavik, March 16, 2026. REUTERS/Lisa Leutner/File Photo",
        "Diplomats arrive for the talks. (AP Photo/Alexander Zemlianichenko)",
        // reporting credits, standards, tip boxes
        "Reporting by Jane Doe; Additional reporting by Ivan Petrov in Washington; Editing by Mark Heinrich",
        "Associated Press writer Ivan Petrov in Moscow contributed to this report.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Mit Informationen von Carsten Schmiester, ARD-Studio Wien",
        "Har du tips om denne saken? Ta kontakt med oss på tips@example.no.",
        "Mail uns: hinweise@example.de",
        // copyright notice, time stamp line, dateline alone on its line
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Buitenland • vandaag, 06:12 • Aangepast vandaag, 09:01",
        "MOSKAU.", "(NTB):",
    ])
    func aCreditLineIsRemoved(line: String) {
        let result = cleaner.clean(Self.report(line))
        #expect(!result.lines.contains { $0.text.contains(line) || line.contains($0.text) }, "\(result.lines.map(\.text))")
        #expect(result.removed.contains { $0.text == line })
        #expect(result.lines.count == 2)
    }

    @Test(arguments: [
        "Von Moskau aus reiste die Delegation nach Reykjavík weiter.",
        "By Thursday the delegations had agreed on an agenda.",
        "Door de gesprekken is de sfeer verbeterd, zei de woordvoerder.",
        "Av de seks eiendommene er to fortsatt stengt, sa Kiritsjenko.",
        "Reporters were told that the photo session was cancelled.",
        "Das Foto zeigt nach Angaben der Botschaft die Delegationen beim Handschlag.",
        "Reporting restrictions on diplomats were among the issues discussed.",
        "Die Gespräche dauerten bis 23:30 Uhr, hieß es heute.",
        "USA und Russland trafen sich zum siebten Mal.",
    ])
    func runningTextWithTheSameOpeningStays(line: String) {
        let result = cleaner.clean(Self.report(line))
        #expect(result.lines.map(\.text).contains(line), "\(result.removed.map(\.text))")
    }
}
