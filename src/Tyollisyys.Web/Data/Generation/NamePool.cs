namespace Tyollisyys.Web.Data.Generation;

/// <summary>Common Finnish and Finland-Swedish names, for demo and benchmark clients (never real people).</summary>
internal static class NamePool
{
    public static readonly string[] FinnishFemale =
    [
        "Aino", "Anna", "Eeva", "Elina", "Emilia", "Hanna", "Heidi", "Helmi", "Jenni", "Johanna", "Katja", "Kirsi",
        "Laura", "Leena", "Liisa", "Maria", "Marja", "Minna", "Niina", "Noora", "Päivi", "Pirjo", "Riikka", "Sanna",
        "Sari", "Satu", "Sini", "Suvi", "Tiina", "Tuula", "Ulla", "Veera",
    ];

    public static readonly string[] FinnishMale =
    [
        "Aleksi", "Antti", "Eero", "Heikki", "Ilkka", "Jani", "Jari", "Joni", "Juha", "Jukka", "Jussi", "Kalle",
        "Kari", "Lauri", "Markku", "Matti", "Mikko", "Niko", "Olli", "Pekka", "Petri", "Sami", "Teemu", "Timo",
        "Tuomas", "Ville", "Väinö", "Yrjö",
    ];

    public static readonly string[] FinnishLast =
    [
        "Ahonen", "Heikkinen", "Hiltunen", "Huttunen", "Hyvönen", "Kemppainen", "Keränen", "Kinnunen", "Korhonen",
        "Koskinen", "Laine", "Leinonen", "Mäkelä", "Mäkinen", "Nieminen", "Oikarinen", "Pääkkönen", "Partanen",
        "Pulkkinen", "Räsänen", "Ruuskanen", "Salminen", "Seppänen", "Tervo", "Turunen", "Väisänen", "Virtanen",
        "Ylönen", "Äijälä", "Öhman", "Karjalainen", "Lehtonen", "Moilanen", "Tolonen", "Kyllönen", "Heikura",
    ];

    public static readonly string[] SwedishFemale = ["Ebba", "Elsa", "Linnea", "Maja", "Saga", "Stina", "Åsa", "Ingrid"];

    public static readonly string[] SwedishMale = ["Anders", "Björn", "Erik", "Fredrik", "Gustav", "Henrik", "Johan", "Nils", "Åke"];

    public static readonly string[] SwedishLast =
        ["Andersson", "Björklund", "Eriksson", "Holmström", "Lindberg", "Lindqvist", "Nyström", "Sjöberg", "Strömberg", "Åberg", "Öström"];

    public static readonly string[] Occupations =
    [
        "lähihoitaja", "myyjä", "kiinteistönhoitaja", "varastotyöntekijä", "kokki", "siivooja", "rakennustyöntekijä",
        "ohjelmistokehittäjä", "kuorma-autonkuljettaja", "asiakaspalvelija", "metsäkoneenkuljettaja", "sähköasentaja",
    ];
}
