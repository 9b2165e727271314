namespace Briefly.Text.Segmentation;

/// <summary>Word lists behind the period decisions. Keys are written without the final period and matched ignoring case.</summary>
/// <remarks>
/// Spaced forms ("т. е.", "z. B.") are looked up joined ("т.е", "z.B"), so each entry needs one spelling only.
/// Hyphenated contractions ("изд-ва") are looked up whole first, then by the part after the last hyphen.
/// Single letters are not listed: they are treated as initials unless they follow a number.
/// </remarks>
internal static class Abbreviations
{
    private const AbbreviationKind Never = AbbreviationKind.NeverEnds;
    private const AbbreviationKind Number = AbbreviationKind.BeforeNumber;
    private const AbbreviationKind Name = AbbreviationKind.BeforeName;
    private const AbbreviationKind NumberOrName = AbbreviationKind.BeforeNumber | AbbreviationKind.BeforeName;
    private const AbbreviationKind Normal = AbbreviationKind.EndsNormally;

    public static readonly (string Key, AbbreviationKind Kind)[] English =
    [
        // Titles stand before a name, so their period is never the end.
        ("Mr", Never), ("Mrs", Never), ("Ms", Never), ("Messrs", Never), ("Mmes", Never), ("Dr", Never),
        ("Prof", Never), ("Sen", Never), ("Sens", Never), ("Rep", Never), ("Reps", Never), ("Gov", Never),
        ("Govs", Never), ("Gen", Never), ("Col", Never), ("Lt", Never), ("Sgt", Never), ("Capt", Never),
        ("Cmdr", Never), ("Cdr", Never), ("Adm", Never), ("Maj", Never), ("Brig", Never), ("Cpl", Never),
        ("Pvt", Never), ("Pfc", Never), ("Spc", Never), ("Rev", Never), ("Hon", Never), ("Pres", Never), ("Supt", Never), ("Det", Never),
        ("Insp", Never), ("Fr", Never), ("Atty", Never), ("Amb", Never), ("Msgr", Never), ("Gens", Never),
        ("vs", Never), ("e.g", Never), ("i.e", Never), ("cf", Never), ("viz", Never), ("incl", Never),
        ("esp", Never),

        // Company and address suffixes and name suffixes can close a sentence as easily as continue a name.
        ("Inc", Name), ("Ltd", Name), ("Co", Name), ("Corp", Name), ("Cos", Name), ("Plc", Name),
        ("Bros", Name), ("Jr", Name), ("Sr", Name), ("St", Name), ("Mt", Name), ("Ft", Name), ("Ave", Name),
        ("Blvd", Name), ("Rd", Name), ("Univ", Name), ("Dept", Name), ("al", Name),
        ("U.S", Name), ("U.K", Name), ("U.N", Name), ("E.U", Name), ("Ph.D", Name), ("D.C", Name),

        ("No", Number), ("Nos", Number), ("Art", Number), ("Vol", Number), ("Vols", Number), ("Fig", Number),
        ("Figs", Number), ("Ch", Number), ("Sec", Number), ("Para", Number), ("pp", Number), ("est", Number),
        ("tel", Number), ("ext", Number), ("min", Number), ("max", Number), ("approx", NumberOrName),
        ("ca", NumberOrName), ("Jan", Number), ("Feb", Number), ("Mar", Number), ("Apr", Number),
        ("Jun", Number), ("Jul", Number), ("Aug", Number), ("Sep", Number), ("Sept", Number), ("Oct", Number),
        ("Nov", Number), ("Dec", Number),

        ("a.m", AbbreviationKind.TimeOfDay), ("p.m", AbbreviationKind.TimeOfDay),
        ("etc", Normal),
    ];

    /// <summary>Russian, with the few Ukrainian forms that differ; Cyrillic news in either language uses both.</summary>
    /// <remarks>
    /// Single letters ("г. Москва", "р. Волга", "с. Ивановка") are left to the initials rule, which already keeps them
    /// before a name and splits after a number ("в 2020 г. Власти"). "ген." is left out: "ген" is also the noun
    /// "gene", and the abbreviation is mostly followed by a lower-case "директор", which never splits anyway.
    /// </remarks>
    public static readonly (string Key, AbbreviationKind Kind)[] Russian =
    [
        ("т.е", Never), ("т.к", Never), ("т.н", Never), ("т.ч", Never), ("напр", Never), ("проф", Never),
        ("акад", Never), ("доц", Never), ("св", Never), ("ул", Never), ("пл", Never), ("наб", Never),
        ("пос", Never), ("дер", Never), ("тов", Never), ("гр", Never), ("зам", Never), ("вкл", Never),
        ("вул", Never),
        // Two-letter initials of transliterated names: "Дж. Байден".
        ("Дж", Never),

        ("им", Name), ("ім", Name), ("пр", Name), ("обл", Name), ("см", NumberOrName), ("англ", Name),
        ("лат", Name), ("нем", Name), ("франц", Name), ("ред", Name), ("прим", Name), ("оз", Name),
        // Street types follow the street's name as often as they precede it ("в Ленинском просп."), so they
        // can close a sentence.
        ("просп", Name), ("пер", Name),
        // Publications and publishers: a title follows, quoted or not. The contractions ("изд-во") take no period in
        // careful copy; their keys catch copy that adds one.
        ("журн", Name), ("изд", Name), ("изд-во", Name), ("изд-ва", Name), ("изд-ве", Name), ("изд-вом", Name),
        // "газ" is also the noun "gas", the commoner reading in news: only a quoted title keeps it open.
        ("газ", AbbreviationKind.BeforeQuotedName),

        // "млн долл. США": the currency name follows.
        ("долл", NumberOrName), ("стр", NumberOrName), ("ст", NumberOrName), ("гл", NumberOrName),
        // "рис" is also the noun "rice", so only a number keeps it open.
        ("рис", Number), ("табл", Number),
        ("млн", Number), ("млрд", Number), ("трлн", Number), ("тыс", Number), ("тис", Number), ("руб", Number),
        ("коп", Number), ("грн", Number), ("мин", Number), ("сек", Number), ("ок", Number),
        ("кв", Number), ("корп", Number), ("вып", Number),

        // These close lists and periods of time, so a sentence often ends on them.
        ("т.д", Normal), ("т.п", Normal), ("др", Normal), ("гг", Normal), ("вв", Normal),
    ];

    public static readonly (string Key, AbbreviationKind Kind)[] German =
    [
        ("z.B", Never), ("d.h", Never), ("v.a", Never), ("bzw", Never), ("Hr", Never), ("Hrn", Never),
        ("Fr", Never), ("evtl", Never), ("ggf", Never), ("inkl", Never), ("vgl", Never), ("sog", Never),
        ("bspw", Never), ("insb", Never), ("zzgl", Never), ("geb", Never), ("gest", Never), ("z.T", Never),
        ("Dipl", Never), ("Ing", Never), ("St", Never),

        // German capitalises nouns, so after a unit or "u.a." a capital is the usual continuation.
        ("u.a", Name), ("Str", Name), ("Mio", Name), ("Mrd", Name), ("Tsd", Name), ("Jh", Name),
        ("Std", Name), ("s.o", Name), ("ca", NumberOrName),

        ("Nr", Number), ("Abs", Number), ("Bd", Number), ("Tel", Number),
        ("usw", Normal), ("o.ä", Normal), ("u.ä", Normal),
    ];

    public static readonly (string Key, AbbreviationKind Kind)[] French =
    [
        ("MM", Never), ("Mme", Never), ("Mmes", Never), ("Mlle", Never), ("Mgr", Never), ("Pr", Never),
        ("p.ex", Never), ("Ste", Name), ("av", Name), ("bd", Name), ("Cie", Name), ("éd", Name),
        ("env", NumberOrName), ("chap", Number), ("art", Number),
    ];

    public static readonly (string Key, AbbreviationKind Kind)[] Spanish =
    [
        // "Sr." is "Señor" here, a title, not the English "Senior".
        ("Sr", Never), ("Sra", Never), ("Srta", Never), ("Sres", Never), ("Dña", Never), ("Dra", Never),
        ("Lic", Never), ("Ing", Never), ("Arq", Never), ("Avda", Never), ("p.ej", Never),
        ("Ud", Name), ("Uds", Name), ("EE.UU", Name), ("Cía", Name),
        ("pág", Number), ("núm", Number), ("aprox", NumberOrName),
    ];

    /// <summary>Italian, Dutch, Polish, Portuguese: only the unambiguous titles and connectives.</summary>
    public static readonly (string Key, AbbreviationKind Kind)[] OtherEuropean =
    [
        ("Sig", Never), ("Sigg", Never), ("Dott", Never), ("Avv", Never), ("dhr", Never), ("mevr", Never),
        ("bijv", Never), ("np", Never), ("tzn", Never), ("tj", Never), ("m.in", Never), ("Sra", Never),
        ("o.a", Name), ("godz", Number),
    ];

    // Words that usually open a sentence and seldom continue a name: after "Inc." or "U.S." they tip the
    // balance towards a sentence end. Titles like "Sen." are left out because "U.S. Sen. Smith" is common.
    public static readonly string[] EnglishOpeners =
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "Your", "This", "That", "These", "Those", "There", "Here", "In", "On", "At", "But", "And", "Or", "So",
        "If", "When", "While", "After", "Before", "As", "For", "From", "With", "By", "To", "Of", "However",
        "Meanwhile", "Also", "Yet", "Still", "Some", "Many", "Most", "All", "No", "Not", "One", "What", "Why",
        "How", "Who", "Where", "Which", "Although", "Though", "Since", "Because", "Despite", "According", "Last",
        "Earlier", "Later", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Such", "Each", "Both", "Other",
        "Another", "Every", "Under", "Over", "During", "Until", "Instead", "Even", "Only", "Just", "Thus",
        "Therefore", "Otherwise", "Nor", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
        "Would", "Could", "Should", "Might", "Must", "Mr", "Mrs", "Ms",
    ];

    public static readonly string[] RussianOpeners =
    [
        "В", "Во", "На", "Он", "Она", "Оно", "Они", "Это", "Этот", "Эта", "Эти", "Этого", "По", "Как", "Но", "А",
        "И", "При", "Для", "С", "Со", "Об", "О", "Также", "Кроме", "Однако", "Так", "Мы", "Я", "Вы", "Его", "Ее",
        "Её", "Их", "После", "До", "Из", "Все", "Всё", "Там", "Тогда", "Сейчас", "Сегодня", "Вчера", "Завтра",
        "Пока", "Если", "Когда", "Хотя", "Что", "Чтобы", "К", "У", "Не", "Ни", "Уже", "Еще", "Ещё", "Среди",
        "Между", "Против", "Вместе", "Тем", "Поэтому", "Ранее", "Позже", "Затем", "Теперь", "Потом", "Кто", "Где",
        "Почему", "Зачем", "Здесь", "Кстати", "Впрочем", "Итак", "Напомним", "Да", "Нет", "Благодаря", "Согласно",
        "Несмотря", "Около", "Более", "Всего", "Лишь", "Только", "Именно", "Ведь", "Вот", "Він", "Вона", "Вони",
    ];

    public static readonly string[] GermanOpeners =
    [
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Er", "Sie", "Es", "Wir", "Ich", "Ihr",
        "Man", "Im", "Am", "Auch", "Aber", "Und", "Oder", "Doch", "Denn", "Dies", "Diese", "Dieser", "Dieses",
        "Nach", "Vor", "Bei", "Mit", "Seit", "Wie", "Was", "Wer", "Wo", "Warum", "Zudem", "Dabei", "Damit", "Dann",
        "Danach", "Jetzt", "Heute", "Gestern", "Trotz", "Laut", "Für", "Um", "Auf", "In", "An", "Aus", "Als",
        "Wenn", "Weil", "Obwohl", "So", "Noch", "Nur", "Schon", "Bereits", "Zum", "Zur", "Vom", "Beim", "Seine",
        "Ihre", "Kein", "Keine", "Nicht", "Allerdings", "Außerdem", "Inzwischen",
    ];

    public static readonly string[] FrenchOpeners =
    [
        "Le", "La", "Les", "Un", "Une", "Des", "Du", "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "Je", "On",
        "Ce", "Cette", "Ces", "Cet", "Mais", "Et", "Ou", "En", "Dans", "Selon", "Pour", "Avec", "Sur", "Par",
        "Pendant", "Depuis", "Après", "Avant", "Lors", "Si", "Quand", "Alors", "Ainsi", "Cependant", "Pourtant",
        "Toutefois", "Son", "Sa", "Ses", "Leur", "Leurs", "Hier", "Aucun", "Tous", "Toutes",
    ];

    public static readonly string[] SpanishOpeners =
    [
        "El", "La", "Los", "Las", "Lo", "Un", "Una", "Unos", "Unas", "Él", "Ella", "Ellos", "Ellas", "Yo",
        "Usted", "Este", "Esta", "Estos", "Estas", "Ese", "Esa", "Pero", "Y", "O", "En", "Con", "Para", "Por",
        "Según", "Sin", "Sobre", "Tras", "Desde", "Durante", "Antes", "Después", "Cuando", "Si", "Aunque",
        "Además", "También", "Hoy", "Ayer", "Su", "Sus", "No", "Se", "Al", "Del", "Es", "Fue", "Hay",
    ];

    /// <summary>Capitalised words that continue a time of day rather than start a sentence.</summary>
    public static readonly string[] TimeContinuations =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
        "PDT", "GMT", "BST", "UTC", "CET", "CEST", "MSK", "Eastern", "Central", "Mountain", "Pacific", "local",
    ];
}
