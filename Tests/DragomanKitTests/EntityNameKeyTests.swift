import Testing
@testable import DragomanKit

/// Transliteration keys: renderings of one Russian name in four languages meet.
@Suite struct EntityNameKeyTests {
    func key(_ name: String, _ language: LanguageCode) -> String { NameKey.key(name, language: language) }

    @Test func russianNamesAcrossLanguages() {
        #expect(key("Lawrow", .german) == key("Lavrov", .english))
        #expect(key("Dartschijew", .german) == key("Darchiev", .english))
        #expect(key("Dartsjijev", .dutch) == key("Darchiev", .english))
        #expect(key("Peskow", .german) == key("Peskov", .norwegian))
        #expect(key("Sacharowa", .german) == key("Zakharova", .english))
        #expect(key("Zacharova", .dutch) == key("Zakharova", .english))
        #expect(key("Dmitri", .german) == key("Dmitrij", .norwegian))
        #expect(key("Dmitry", .english) == key("Dmitri", .dutch))
        #expect(key("Marija", .norwegian) == key("Maria", .english))
        #expect(key("Smirnoff", .english) == key("Smirnow", .german))
    }

    @Test func differentNamesStayApart() {
        #expect(key("Lavrov", .english) != key("Peskov", .english))
        #expect(key("Darchiev", .english) != key("Antonov", .english))
        // "ch" is č in English but х in German: Bach (de) is not "Bač".
        #expect(key("Sacharowa", .german) != key("Sacharowa", .english))
    }

    @Test func garblesAreSimilarButNotEqual() {
        let a = key("Kirentworth", .english), b = key("Killenworth", .dutch)
        #expect(a != b)
        #expect(NameKey.similarity(a, b) >= 0.6)
        #expect(NameKey.similarity(a, b) < 0.9)
        #expect(NameKey.similarity(key("Torkiye", .german), key("Türkiye", .german)) > 0.8)
    }
}
