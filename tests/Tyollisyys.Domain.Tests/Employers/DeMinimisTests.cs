using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Domain.Tests.Employers;

public sealed class DeMinimisTests
{
    private static readonly DateOnly Declared = new(2028, 6, 30);

    [Fact]
    public void With_no_declarations_the_total_is_zero_and_the_whole_ceiling_is_free()
    {
        var employer = EmployerFixtures.Company();

        Assert.Equal(0m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 1)));
        Assert.Equal(300_000m, employer.DeMinimis.Headroom(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void The_total_sums_the_aid_of_the_last_three_years()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 40_000m, "Business Finland", new DateOnly(2024, 3, 15));
        employer.DeclareDeMinimis(Declared, 12_500.50m, "Kainuun liitto", new DateOnly(2025, 11, 1));
        employer.DeclareDeMinimis(Declared, 7_000m, "Kajaanin kaupunki", new DateOnly(2026, 4, 30));

        // On 1.5.2026 the window is 2.5.2023–1.5.2026: all three count. 40 000 + 12 500,50 + 7 000 = 59 500,50.
        Assert.Equal(59_500.50m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 1)));
        // 300 000 − 59 500,50 = 240 499,50
        Assert.Equal(240_499.50m, employer.DeMinimis.Headroom(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Aid_on_the_day_itself_counts_and_aid_dated_later_does_not()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 1_000m, "A", new DateOnly(2026, 5, 1));
        employer.DeclareDeMinimis(Declared, 2_000m, "B", new DateOnly(2026, 5, 2));

        Assert.Equal(0m, employer.DeMinimis.TotalOn(new DateOnly(2026, 4, 30)));
        Assert.Equal(1_000m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 1)));
        Assert.Equal(3_000m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 2)));
    }

    [Fact]
    public void Aid_exactly_three_years_back_is_out_and_the_day_after_is_in()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 1_000m, "Three years back", new DateOnly(2023, 5, 1));
        employer.DeclareDeMinimis(Declared, 2_000m, "A day later", new DateOnly(2023, 5, 2));

        // On 1.5.2026 the window is (1.5.2023, 1.5.2026]: only the aid of 2.5.2023 counts.
        Assert.Equal(2_000m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 1)));
        // On 30.4.2026 the window is (30.4.2023, 30.4.2026]: both count.
        Assert.Equal(3_000m, employer.DeMinimis.TotalOn(new DateOnly(2026, 4, 30)));
        // On 2.5.2026 the window is (2.5.2023, 2.5.2026]: neither counts.
        Assert.Equal(0m, employer.DeMinimis.TotalOn(new DateOnly(2026, 5, 2)));
    }

    [Theory]
    [InlineData(2026, 5, 1, 2023, 5, 2)]
    [InlineData(2026, 1, 1, 2023, 1, 2)]
    [InlineData(2027, 2, 28, 2024, 2, 29)] // three years before 28.2.2027 is 28.2.2024, a leap year: 29.2 is the first day in
    [InlineData(2027, 3, 1, 2024, 3, 2)]
    [InlineData(2028, 2, 29, 2025, 3, 1)] // no 29.2.2025: three years back is 28.2.2025, so 1.3.2025 is the first day in
    [InlineData(2028, 2, 28, 2025, 3, 1)]
    [InlineData(2028, 3, 1, 2025, 3, 2)]
    public void The_window_starts_the_day_after_the_date_three_years_back(int y, int m, int d, int fy, int fm, int fd) =>
        Assert.Equal(new DateOnly(fy, fm, fd), DeMinimis.WindowStart(new DateOnly(y, m, d)));

    [Fact]
    public void On_a_leap_day_aid_of_28_February_three_years_back_is_out_and_of_1_March_is_in()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 1_000m, "28.2.2025", new DateOnly(2025, 2, 28));
        employer.DeclareDeMinimis(Declared, 2_000m, "1.3.2025", new DateOnly(2025, 3, 1));

        Assert.Equal(2_000m, employer.DeMinimis.TotalOn(new DateOnly(2028, 2, 29)));
        // A day earlier, 28.2.2028, the window is (28.2.2025, 28.2.2028]: still only 1.3.2025.
        Assert.Equal(2_000m, employer.DeMinimis.TotalOn(new DateOnly(2028, 2, 28)));
        // On 27.2.2028 the window is (27.2.2025, 27.2.2028]: both.
        Assert.Equal(3_000m, employer.DeMinimis.TotalOn(new DateOnly(2028, 2, 27)));
    }

    [Fact]
    public void Aid_granted_on_a_leap_day_counts_through_28_February_three_years_later()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 5_000m, "29.2.2024", new DateOnly(2024, 2, 29));

        Assert.Equal(5_000m, employer.DeMinimis.TotalOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(5_000m, employer.DeMinimis.TotalOn(new DateOnly(2027, 2, 28)));
        Assert.Equal(0m, employer.DeMinimis.TotalOn(new DateOnly(2027, 3, 1)));
        Assert.Equal(0m, employer.DeMinimis.TotalOn(new DateOnly(2024, 2, 28)));
    }

    [Fact]
    public void Reaching_the_ceiling_exactly_is_allowed_and_a_cent_more_exceeds_it()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 250_000m, "Business Finland", new DateOnly(2026, 1, 15));
        var on = new DateOnly(2026, 6, 1);

        // 300 000 − 250 000 = 50 000 free.
        Assert.Equal(50_000m, employer.DeMinimis.Headroom(on));
        Assert.False(employer.DeMinimis.WouldExceed(50_000m, on));
        Assert.True(employer.DeMinimis.WouldExceed(50_000.01m, on));
        Assert.False(employer.DeMinimis.WouldExceed(0m, on));
    }

    [Fact]
    public void Aid_that_has_left_the_window_frees_headroom_again()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 200_000m, "Old aid", new DateOnly(2023, 6, 1));
        employer.DeclareDeMinimis(Declared, 90_000m, "Newer aid", new DateOnly(2025, 6, 1));

        // 31.5.2026: window (31.5.2023, 31.5.2026] holds both, 290 000 → 10 000 free; 20 000 would exceed.
        Assert.Equal(10_000m, employer.DeMinimis.Headroom(new DateOnly(2026, 5, 31)));
        Assert.True(employer.DeMinimis.WouldExceed(20_000m, new DateOnly(2026, 5, 31)));
        // 1.6.2026: window (1.6.2023, 1.6.2026] holds only 90 000 → 210 000 free.
        Assert.Equal(210_000m, employer.DeMinimis.Headroom(new DateOnly(2026, 6, 1)));
        Assert.False(employer.DeMinimis.WouldExceed(20_000m, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_total_over_the_ceiling_leaves_no_headroom_rather_than_a_negative_one()
    {
        var employer = EmployerFixtures.Company();
        employer.DeclareDeMinimis(Declared, 200_000m, "A", new DateOnly(2026, 1, 1));
        employer.DeclareDeMinimis(Declared, 150_000m, "B", new DateOnly(2026, 2, 1));

        // 200 000 + 150 000 = 350 000 > 300 000: declared facts are kept, the headroom is 0.
        Assert.Equal(350_000m, employer.DeMinimis.TotalOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(0m, employer.DeMinimis.Headroom(new DateOnly(2026, 3, 1)));
        Assert.True(employer.DeMinimis.WouldExceed(0.01m, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Asking_about_a_negative_amount_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EmployerFixtures.Company().DeMinimis.WouldExceed(-1m, new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData("0")]
    [InlineData("-100")]
    [InlineData("0.004")] // rounds to 0,00
    [InlineData("300000.01")]
    [InlineData("300000.005")] // rounds away from zero to 300 000,01
    public void An_amount_of_nothing_or_over_the_ceiling_cannot_be_declared(string amount)
    {
        var employer = EmployerFixtures.Company();

        var refusal = Assert.Throws<DomainException>(() =>
            employer.DeclareDeMinimis(Declared, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "A", new DateOnly(2026, 1, 1)));

        Assert.Equal("Employers.DeMinimisAmountInvalid", refusal.MessageKey);
        Assert.Equal(300_000m, refusal.Arguments[0]);
        Assert.Empty(employer.DeMinimisDeclarations);
    }

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("1234.565", "1234.57")]
    [InlineData("1234.564", "1234.56")]
    [InlineData("300000", "300000")]
    public void A_declared_amount_is_rounded_to_cents_half_away_from_zero(string amount, string expected)
    {
        var employer = EmployerFixtures.Company();

        employer.DeclareDeMinimis(Declared, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "A", new DateOnly(2026, 1, 1));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(employer.DeMinimisDeclarations).Amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_declaration_needs_the_granting_body(string grantingBody) =>
        Assert.Equal(
            "Employers.DeMinimisGrantingBodyRequired",
            Assert.Throws<DomainException>(() => EmployerFixtures.Company().DeclareDeMinimis(Declared, 100m, grantingBody, new DateOnly(2026, 1, 1))).MessageKey);

    [Fact]
    public void A_granting_body_name_over_200_characters_is_refused() =>
        Assert.Equal(
            "Validation.TooLong",
            Assert.Throws<DomainException>(() => EmployerFixtures.Company().DeclareDeMinimis(Declared, 100m, new string('x', 201), new DateOnly(2026, 1, 1))).MessageKey);

    [Fact]
    public void Aid_granted_after_the_declaration_was_signed_cannot_be_declared()
    {
        var employer = EmployerFixtures.Company();

        var refusal = Assert.Throws<DomainException>(() =>
            employer.DeclareDeMinimis(new DateOnly(2026, 3, 1), 100m, "A", new DateOnly(2026, 3, 2)));

        Assert.Equal("Employers.DeMinimisAidAfterDeclaration", refusal.MessageKey);
    }

    [Fact]
    public void A_declaration_keeps_what_was_declared_under_a_key_of_its_own()
    {
        var employer = EmployerFixtures.Company();

        var key = employer.DeclareDeMinimis(new DateOnly(2026, 3, 1), 15_000m, "  Business Finland ", new DateOnly(2026, 3, 1));
        var second = employer.DeclareDeMinimis(new DateOnly(2026, 3, 1), 1_000m, "ELY-keskus", new DateOnly(2025, 3, 1));

        var declaration = employer.DeMinimisDeclarations[0];
        Assert.Equal(key, declaration.Key);
        Assert.NotEqual(Guid.Empty, key);
        Assert.NotEqual(key, second);
        Assert.Equal(new DateOnly(2026, 3, 1), declaration.DeclaredOn);
        Assert.Equal(new DateOnly(2026, 3, 1), declaration.AidDate);
        Assert.Equal(15_000m, declaration.Amount);
        Assert.Equal("Business Finland", declaration.GrantingBody);
    }
}
