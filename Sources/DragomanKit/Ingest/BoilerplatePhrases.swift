/// Reader prompts and page chrome that leak into text copied from news sites, per language.
/// Pages mix languages (English comment forms under German articles), so every list applies to
/// every article. Phrases are compared folded (lower case, no diacritics) against line starts.
enum BoilerplatePhrases {
    /// A line that is exactly one of these (optionally with a final colon) is a widget heading.
    static let widgets: [String] = [
        // de
        "gerade lesen andere", "lesen sie auch", "auch interessant", "mehr zum thema", "zum thema",
        "das konnte sie auch interessieren", "weitere artikel", "meistgelesen", "meistgelesene artikel",
        "empfohlen", "anzeige", "werbung", "teilen", "artikel teilen", "verwandte artikel", "top-themen",
        "mehr lesen", "weiterlesen", "jetzt lesen", "video", "bildergalerie", "schlagworte", "themen",
        // nl
        "lees ook", "lees meer", "meest gelezen", "gerelateerd", "gerelateerde artikelen", "advertentie",
        "delen", "deel dit artikel", "ook interessant", "verder lezen", "meer over", "tags",
        // nb
        "les ogsa", "les mer", "mest lest", "annonse", "del", "del artikkelen", "relaterte saker",
        "anbefalt", "siste nytt", "emner",
        // en
        "read more", "read also", "also read", "related", "related articles", "related stories",
        "most read", "most popular", "advertisement", "sponsored", "share", "share this article",
        "share this", "recommended", "trending", "you may also like", "more from", "topics",
        "continue reading", "see also", "follow us", "print", "email",
    ]

    /// A line that starts with one of these followed by ":" is a link to another article.
    static let relatedLinkPrefixes: [String] = [
        "lesen sie mehr", "lesen sie auch", "mehr dazu", "mehr zum thema", "siehe auch", "auch lesen",
        "lees ook", "lees meer", "zie ook", "les ogsa", "les mer", "se ogsa",
        "read more", "read also", "also read", "related", "see also", "more",
    ]

    /// A line that starts with one of these is part of a comment form.
    static let commentForm: [String] = [
        "leave a response", "leave a reply", "leave a comment", "post a comment", "post comment",
        "your email address will not be published", "required fields are marked", "cancel reply",
        "kommentar schreiben", "kommentar verfassen", "ihre e-mail-adresse wird nicht veroffentlicht",
        "pflichtfelder sind mit", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "laat een reactie achter", "plaats een reactie", "je e-mailadres wordt niet gepubliceerd",
        "uw e-mailadres wordt niet gepubliceerd", "verplichte velden zijn gemarkeerd",
        "legg igjen en kommentar", "skriv en kommentar", "din e-postadresse vil ikke bli publisert",
        "obligatoriske felt er merket",
    ]

    /// A line that starts with one of these is page chrome: cookies, newsletters, copyright.
    static let pageChrome: [String] = [
        "we use cookies", "this website uses cookies", "accept cookies", "accept all cookies", "cookie settings",
        "wir verwenden cookies", "diese website verwendet cookies", "cookies akzeptieren", "alle akzeptieren",
        "wij gebruiken cookies", "deze website maakt gebruik van cookies", "cookies accepteren",
        "vi bruker informasjonskapsler", "vi bruker cookies", "godta alle",
        "sign up for our newsletter", "subscribe to our newsletter", "newsletter abonnieren",
        "jetzt abonnieren", "abonneer op onze nieuwsbrief", "meld deg pa nyhetsbrevet",
        "copyright", "©", "all rights reserved", "alle rechte vorbehalten", "alle rechten voorbehouden",
        "alle rettigheter reservert", "skip to content", "zum inhalt springen", "naar inhoud",
        "hopp til innhold",
        // Single words ("Menu", "Search") are not listed: a one-word line is removed anyway, and
        // as prefixes they would eat sentences such as "Search teams found …".
    ]

    /// Section labels: a one-word line, or a "-Label" glued to the end of a headline.
    static let sectionLabels: Set<String> = [
        "blog", "world", "news", "politics", "europe", "opinion", "business", "analysis", "breaking",
        "welt", "politik", "ausland", "nachrichten", "meinung", "wirtschaft", "international", "aktuell",
        "nieuws", "buitenland", "politiek", "wereld", "opinie", "binnenland",
        "nyheter", "utenriks", "verden", "politikk", "innenriks", "meninger",
    ]

    /// First words of every phrase above: a line whose first word is not here matches none of them.
    static let firstWords: Set<String> = {
        let all = widgets + relatedLinkPrefixes + commentForm + pageChrome
        return Set(all.map { String($0.prefix { $0 != " " && $0 != ":" }) })
    }()
}
