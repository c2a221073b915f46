using System.Globalization;
using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>
/// Makes realistic, deterministic job-seekers: Finnish and Swedish names, temporary identity codes
/// (individual numbers 900–999, so no real person's code), and spells of varied length — from a few
/// days to several years, with service periods and breaks — so that every badge and filter has cases.
/// </summary>
internal sealed class ClientGenerator(int seed, DateOnly today, IEnumerable<string>? takenCodes = null)
{
    private static readonly char[] Sign1900 = ['-', 'Y', 'X', 'W', 'V', 'U'];
    private static readonly char[] Sign2000 = ['A', 'B', 'C', 'D', 'E', 'F'];
    private readonly Random _random = new(seed);
    private readonly HashSet<string> _codes = new(takenCodes ?? [], StringComparer.Ordinal);

    public sealed record Client(PersonalIdentityCode Code, PersonDetails Details, IReadOnlyList<SpellPlan> Spells);

    public sealed record SpellPlan(DateOnly Start, JobSearchStatus Status, DateOnly? End, SpellEndReason? Reason);

    public Client Next(int homeMunicipalityId)
    {
        var swedish = _random.NextDouble() < 0.12;
        var female = _random.NextDouble() < 0.5;
        var first = Pick(swedish ? (female ? NamePool.SwedishFemale : NamePool.SwedishMale) : (female ? NamePool.FinnishFemale : NamePool.FinnishMale));
        var second = _random.NextDouble() < 0.6 ? " " + Pick(female ? NamePool.FinnishFemale : NamePool.FinnishMale) : string.Empty;
        var last = Pick(swedish ? NamePool.SwedishLast : NamePool.FinnishLast);
        var birth = today.AddDays(-_random.Next(17 * 365, 64 * 365));
        var immigrant = !swedish && _random.NextDouble() < 0.10;
        var details = new PersonDetails(
            first + second,
            last,
            string.Create(CultureInfo.InvariantCulture, $"04{_random.Next(0, 10)} {_random.Next(100, 999)} {_random.Next(1000, 9999)}"),
            _random.NextDouble() < 0.7 ? $"{Ascii(first)}.{Ascii(last)}@example.fi".ToLowerInvariant() : null,
            null,
            null,
            null,
            homeMunicipalityId,
            swedish ? ServiceLanguage.Swedish : immigrant && _random.NextDouble() < 0.5 ? ServiceLanguage.Other : ServiceLanguage.Finnish,
            null,
            (EducationLevel)_random.Next(0, 7),
            _random.NextDouble() < 0.6 ? Pick(NamePool.Occupations) : null,
            _random.NextDouble() < 0.12,
            _random.NextDouble() < 0.08,
            immigrant);
        if (details.ServiceLanguage == ServiceLanguage.Other)
        {
            details = details with { OtherLanguage = Pick(["arabia", "venäjä", "ukraina", "somali", "englanti"]) };
        }

        return new Client(UniqueCode(birth), details, Spells());
    }

    /// <summary>Turns a generated client into the domain object, through the same rules as the pages.</summary>
    public static JobSeeker Build(Client client, string customerNumber, Guid counsellorId, int officeId, DateTimeOffset now)
    {
        var first = client.Spells[0];
        var seeker = JobSeeker.Register(client.Code, customerNumber, client.Details, counsellorId, officeId, first.Start, first.Status, now);
        foreach (var spell in client.Spells)
        {
            if (spell != first)
            {
                seeker.StartSpell(spell.Start, spell.Status);
            }

            if (spell.End is { } end)
            {
                seeker.EndCurrentSpell(end, spell.Reason!.Value);
            }
        }

        return seeker;
    }

    /// <summary>The spells, oldest first; the last one usually open.</summary>
    private List<SpellPlan> Spells()
    {
        // A wide spread of current unemployment lengths: weeks to four years.
        var roll = _random.NextDouble();
        var currentDays = roll switch
        {
            < 0.30 => _random.Next(1, 90),
            < 0.55 => _random.Next(90, 200),
            < 0.75 => _random.Next(200, 365),
            _ => _random.Next(365, 1500),
        };
        var start = today.AddDays(-currentDays);
        var spells = new List<SpellPlan>();
        if (_random.NextDouble() < 0.35)
        {
            // An earlier, ended spell before a break.
            var earlierEnd = start.AddDays(-_random.Next(2, 200));
            var earlierStart = earlierEnd.AddDays(-_random.Next(30, 400));
            spells.Add(new SpellPlan(earlierStart, JobSearchStatus.Unemployed, earlierEnd, (SpellEndReason)_random.Next(1, 8)));
        }

        var currentStatus = _random.NextDouble() switch
        {
            < 0.62 => JobSearchStatus.Unemployed,
            < 0.70 => JobSearchStatus.LaidOff,
            < 0.78 => JobSearchStatus.InService,
            < 0.85 => JobSearchStatus.PartTime,
            < 0.90 => JobSearchStatus.Student,
            < 0.95 => JobSearchStatus.Employed,
            _ => JobSearchStatus.NotJobSeeking,
        };
        if (_random.NextDouble() < 0.06)
        {
            var end = today.AddDays(-_random.Next(0, Math.Max(1, currentDays)));
            spells.Add(new SpellPlan(start, currentStatus, end < start ? start : end, (SpellEndReason)_random.Next(1, 8)));
        }
        else
        {
            spells.Add(new SpellPlan(start, currentStatus, null, null));
        }

        return spells;
    }

    private PersonalIdentityCode UniqueCode(DateOnly birth)
    {
        while (true)
        {
            var datePart = birth.ToString("ddMMyy", CultureInfo.InvariantCulture);
            var signs = birth.Year >= 2000 ? Sign2000 : Sign1900;
            var sign = _random.NextDouble() < 0.9 ? signs[0] : signs[_random.Next(signs.Length)];
            var individual = _random.Next(900, 1000);
            var code = string.Create(CultureInfo.InvariantCulture, $"{datePart}{sign}{individual:000}{PersonalIdentityCode.CheckCharacterFor(datePart, individual)}");
            if (_codes.Add(code))
            {
                return PersonalIdentityCode.Parse(code);
            }

            birth = birth.AddDays(1);
        }
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Ascii(string name) =>
        name.Replace("ä", "a", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal).Replace("å", "a", StringComparison.Ordinal)
            .Replace("Ä", "A", StringComparison.Ordinal).Replace("Ö", "O", StringComparison.Ordinal).Replace("Å", "A", StringComparison.Ordinal);
}
