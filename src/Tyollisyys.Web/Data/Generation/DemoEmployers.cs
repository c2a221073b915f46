using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>
/// The demo employer registry (issue 5 item 8): Kainuu employers of every type, two writing in Swedish, one
/// private person, one deactivated, most with contact persons, some with de minimis declarations (one close to
/// the ceiling, one with aid that has left the three-year window). Names and business IDs are invented; each ID
/// has the check digit the rule gives (domain.md §6), and one is written in the legacy six-digit form. E-mail
/// addresses use the reserved .example domain. Dates are relative to <c>today</c>, so the totals stay meaningful.
/// </summary>
public static class DemoEmployers
{
    public static IReadOnlyList<Employer> Build(DateOnly today)
    {
        var employers = new List<Employer>();
        Employer Add(string name, string? businessId, EmployerType type, string? industry, string? street, string? postalCode, string? postOffice, LetterLanguage language = LetterLanguage.Finnish)
        {
            var employer = Employer.Register(new EmployerDetails(
                name, businessId is null ? null : BusinessId.Parse(businessId), type, industry, street, postalCode, postOffice, language));
            employers.Add(employer);
            return employer;
        }

        static ContactDetails Contact(string name, string role, string phone, string email) => new(name, role, phone, email);

        var rakenne = Add("Kajaanin Puu ja Rakenne Oy", "3104552-7", EmployerType.Company, "41200 Asuin- ja muiden rakennusten rakentaminen", "Kauppakatu 20", "87100", "Kajaani");
        rakenne.AddContact(Contact("Tiina Heikkinen", "Toimitusjohtaja", "044 512 3380", "tiina.heikkinen@kajaaninpuu.example"));
        rakenne.AddContact(Contact("Jari Kemppainen", "Työnjohtaja", "040 718 2245", "jari.kemppainen@kajaaninpuu.example"));
        rakenne.DeclareDeMinimis(today.AddMonths(-2), 24_000m, "Kainuun ELY-keskus", today.AddMonths(-14));

        // Close to the ceiling: 15 000 € of headroom left today.
        var matkailu = Add("Sotkamon Matkailupalvelut Oy", "2519870-3", EmployerType.Company, "55100 Hotellit", "Vuokatinrinne 5", "88610", "Vuokatti");
        matkailu.AddContact(Contact("Sari Pulkkinen", "Henkilöstöpäällikkö", "050 331 9087", "sari.pulkkinen@sotkamonmatkailu.example"));
        matkailu.DeclareDeMinimis(today.AddMonths(-1), 180_000m, "Business Finland", today.AddMonths(-26));
        matkailu.DeclareDeMinimis(today.AddMonths(-1), 62_500m, "Kainuun liitto", today.AddMonths(-15));
        matkailu.DeclareDeMinimis(today.AddMonths(-1), 42_500m, "Kainuun ELY-keskus", today.AddMonths(-3));

        var metalli = Add("Paltamon Metalli Oy", "1936428-5", EmployerType.Company, "25110 Metallirakenteiden ja niiden osien valmistus", "Teollisuustie 3", "88300", "Paltamo");
        metalli.AddContact(Contact("Pekka Korhonen", "Tuotantopäällikkö", "044 902 1176", "pekka.korhonen@paltamonmetalli.example"));
        // Aid of four years ago has left the rolling window: it is listed but no longer counts.
        metalli.DeclareDeMinimis(today.AddMonths(-1), 95_000m, "Kainuun ELY-keskus", today.AddYears(-4));
        metalli.DeclareDeMinimis(today.AddMonths(-1), 38_000m, "Business Finland", today.AddMonths(-20));

        var kaneli = Add("Ravintola Kaneli Oy", "2265731-0", EmployerType.Company, "56101 Ravintolat", "Pohjolankatu 12", "87100", "Kajaani");
        kaneli.AddContact(Contact("Minna Karjalainen", "Yrittäjä", "040 665 4412", "minna@ravintolakaneli.example"));

        var nuoriso = Add("Kainuun Nuorisoyhdistys ry", "0894213-1", EmployerType.Association, "94991 Nuorisojärjestöjen toiminta", "Linnankatu 7", "87100", "Kajaani");
        nuoriso.AddContact(Contact("Antti Väisänen", "Toiminnanjohtaja", "044 208 7731", "antti.vaisanen@kainuunnuoriso.example"));

        var seura = Add("Sotkamon Urheiluseura ry", "2703345-1", EmployerType.Association, "93120 Urheiluseurojen toiminta", "Urheilutie 2", "88600", "Sotkamo");
        seura.AddContact(Contact("Hanna Moilanen", "Seurasihteeri", "050 440 2981", "sihteeri@sotkamonurheilu.example"));

        var saatio = Add("Kainuun Vanhustentukisäätiö sr", "1658902-4", EmployerType.Foundation, "87300 Ikääntyneiden palveluasuminen", "Koivukatu 15", "87200", "Kajaani");
        saatio.AddContact(Contact("Leena Tolonen", "Palvelutalon johtaja", "044 773 0150", "leena.tolonen@vanhustentuki.example"));
        saatio.AddContact(Contact("Marko Huusko", "Talouspäällikkö", "044 773 0152", "marko.huusko@vanhustentuki.example"));
        saatio.DeclareDeMinimis(today.AddMonths(-3), 12_800.50m, "Kajaanin kaupunki", today.AddMonths(-9));

        Add("Kajaanin Seudun Kulttuurisäätiö sr", "2431597-1", EmployerType.Foundation, "90040 Taide- ja kulttuurilaitosten toiminta", "Kirkkokatu 4", "87100", "Kajaani");

        // Stored as 0215684-2: registered from the legacy six-digit form.
        var vesi = Add("Kainuun Vesi kuntayhtymä", "215684-2", EmployerType.PublicBody, "36000 Veden otto, puhdistus ja jakelu", "Vesitie 1", "87100", "Kajaani");
        vesi.AddContact(Contact("Jouni Kinnunen", "Käyttöpäällikkö", "040 190 5523", "jouni.kinnunen@kainuunvesi.example"));

        var marjat = Add("Osuuskunta Kainuun Marjat", "2988140-3", EmployerType.Other, "01250 Marjojen ja pähkinöiden viljely", "Marjatie 8", "88900", "Kuhmo");
        marjat.AddContact(Contact("Eija Komulainen", "Puheenjohtaja", "050 612 8840", "eija.komulainen@kainuunmarjat.example"));

        var skog = Add("Nordisk Skogstjänst Ab", "1760033-6", EmployerType.Company, "02400 Metsätaloutta palveleva toiminta", "Brahenkatu 9", "87100", "Kajaani", LetterLanguage.Swedish);
        skog.AddContact(Contact("Johan Lindqvist", "Verkställande direktör", "+358 40 551 7302", "johan.lindqvist@skogstjanst.example"));
        skog.DeclareDeMinimis(today.AddMonths(-1), 45_000m, "NTM-centralen i Kajanaland", today.AddMonths(-6));

        var forening = Add("Svenska Kulturföreningen i Kajana rf", "2847164-8", EmployerType.Association, "94999 Muualla luokittelemattomien järjestöjen toiminta", "Kalliokatu 3", "87100", "Kajaani", LetterLanguage.Swedish);
        forening.AddContact(Contact("Anna Sjöberg", "Ordförande", "050 377 6610", "anna.sjoberg@kulturforeningen.example"));

        // A household employer: in the registry, but never given kuntalisä; no business ID.
        var koti = Add("Maija Heikkinen", null, EmployerType.PrivatePerson, "97000 Kotitaloudet työnantajina", "Rantatie 14", "88600", "Sotkamo");
        koti.AddContact(Contact("Maija Heikkinen", "Työnantaja", "040 822 1904", "maija.heikkinen@posti.example"));

        var kuljetus = Add("Kajaanin Kone ja Kuljetus Oy", "0612345-8", EmployerType.Company, "49410 Tieliikenteen tavarankuljetus", "Satamatie 6", "87100", "Kajaani");
        kuljetus.Deactivate();

        return employers;
    }
}
