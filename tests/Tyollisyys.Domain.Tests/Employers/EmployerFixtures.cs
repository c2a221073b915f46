using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Domain.Tests.Employers;

internal static class EmployerFixtures
{
    // 0+63+30+35+40+16+12 = 196 = 17·11 + 9 → check digit 11 − 9 = 2
    public const string CompanyId = "0737546-2";

    public static EmployerDetails CompanyDetails() => new(
        "Kainuun Kone Oy",
        BusinessId.Parse(CompanyId),
        EmployerType.Company,
        "28220 Nosto- ja siirtolaitteiden valmistus",
        "Teollisuuskatu 5",
        "87100",
        "Kajaani",
        LetterLanguage.Finnish);

    public static EmployerDetails PrivatePersonDetails() => new(
        "Virtanen Maija",
        null,
        EmployerType.PrivatePerson,
        null,
        "Koivukuja 3",
        "88600",
        "Sotkamo",
        LetterLanguage.Finnish);

    public static Employer Company() => Employer.Register(CompanyDetails());

    public static ContactDetails Contact(string name = "Liisa Korhonen") =>
        new(name, "Henkilöstöpäällikkö", "040 123 4567", "liisa.korhonen@example.fi");
}
