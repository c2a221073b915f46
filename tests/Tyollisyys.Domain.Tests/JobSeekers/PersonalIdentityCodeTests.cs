using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Xunit;

namespace Tyollisyys.Domain.Tests.JobSeekers;

public sealed class PersonalIdentityCodeTests
{
    [Theory]
    [InlineData("010100+123D", 1800)]
    [InlineData("131052-308T", 1900)]
    [InlineData("150699X0024", 1900)]
    [InlineData("010594Y9021", 1900)]
    [InlineData("290200A4561", 2000)]
    [InlineData("010101B899P", 2000)]
    [InlineData("311299F999E", 2000)]
    public void Valid_codes_parse_for_every_kind_of_century_sign(string input, int century)
    {
        var code = PersonalIdentityCode.Parse(input);

        Assert.Equal(input, code.Value);
        Assert.Equal(century, code.BirthDate.Year / 100 * 100);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('Y')]
    [InlineData('X')]
    [InlineData('W')]
    [InlineData('V')]
    [InlineData('U')]
    public void Every_1900s_sign_means_the_same_birth_date(char sign)
    {
        var code = PersonalIdentityCode.Parse($"010594{sign}902{PersonalIdentityCode.CheckCharacterFor("010594", 902)}");

        Assert.Equal(new DateOnly(1994, 5, 1), code.BirthDate);
    }

    [Theory]
    [InlineData('A')]
    [InlineData('B')]
    [InlineData('C')]
    [InlineData('D')]
    [InlineData('E')]
    [InlineData('F')]
    public void Every_2000s_sign_means_the_same_birth_date(char sign)
    {
        var code = PersonalIdentityCode.Parse($"290204{sign}456{PersonalIdentityCode.CheckCharacterFor("290204", 456)}");

        Assert.Equal(new DateOnly(2004, 2, 29), code.BirthDate);
    }

    [Fact]
    public void The_century_sign_is_part_of_the_identity()
    {
        var hyphen = PersonalIdentityCode.Parse("010594-9021");
        var y = PersonalIdentityCode.Parse("010594Y9021");

        Assert.NotEqual(hyphen, y);
        Assert.Equal(hyphen.BirthDate, y.BirthDate);
        Assert.Equal(hyphen, PersonalIdentityCode.Parse("010594-9021"));
    }

    [Theory]
    [InlineData("131052-308U")]
    [InlineData("010594-9022")]
    [InlineData("290200A4560")]
    public void A_wrong_check_character_is_refused(string input) => AssertRefused(input, "IdentityCode.CheckCharacter");

    [Theory]
    [InlineData("310205-123X")] // 31 February
    [InlineData("290223A123X")] // 29 February 2023 is not a leap day
    [InlineData("290200-123X")] // 1900 was not a leap year
    [InlineData("000594-123X")]
    [InlineData("011394-123X")]
    [InlineData("310494-123X")]
    public void Impossible_dates_are_refused(string input) => AssertRefused(input, "IdentityCode.Date");

    [Fact]
    public void The_29th_of_February_exists_in_a_leap_year()
    {
        var code = PersonalIdentityCode.Parse("290296-234M");

        Assert.Equal(new DateOnly(1996, 2, 29), code.BirthDate);
    }

    [Theory]
    [InlineData("010594-902")]
    [InlineData("010594-90211")]
    [InlineData("10594-9021")]
    [InlineData("0105949021")]
    [InlineData("01O594-9021")]
    [InlineData("010594-9O21")]
    public void A_wrong_length_or_a_letter_where_digits_belong_is_refused(string input) => AssertRefused(input, "IdentityCode.Format");

    [Theory]
    [InlineData("010594G9021")]
    [InlineData("010594Z9021")]
    [InlineData("010594*9021")]
    public void An_unknown_century_sign_is_refused(string input) => AssertRefused(input, "IdentityCode.CenturySign");

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Individual_numbers_000_and_001_are_not_in_use(string individual) =>
        AssertRefused($"010594-{individual}{PersonalIdentityCode.CheckCharacterFor("010594", int.Parse(individual, System.Globalization.CultureInfo.InvariantCulture))}", "IdentityCode.IndividualNumber");

    [Theory]
    [InlineData("010594-900Y", true)]
    [InlineData("311299F999E", true)]
    [InlineData("010101B899P", false)]
    [InlineData("150699X0024", false)]
    public void Individual_numbers_900_to_999_are_flagged_temporary(string input, bool temporary) =>
        Assert.Equal(temporary, PersonalIdentityCode.Parse(input).IsTemporary);

    [Theory]
    [InlineData("131052-308t", "131052-308T")]
    [InlineData("010594y9021", "010594Y9021")]
    [InlineData("  010594-9021 ", "010594-9021")]
    [InlineData("\t290200a4561\n", "290200A4561")]
    public void Lower_case_letters_and_surrounding_whitespace_are_normalised(string input, string stored) =>
        Assert.Equal(stored, PersonalIdentityCode.Parse(input).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_code_is_refused_as_missing(string? input) => AssertRefused(input, "IdentityCode.Required");

    [Fact]
    public void Whitespace_inside_the_code_is_not_accepted()
    {
        AssertRefused("010594 -9021", "IdentityCode.Format");
    }

    [Theory]
    [InlineData("010594-9021", "010594-****")]
    [InlineData("010594Y9021", "010594Y****")]
    public void The_masked_form_shows_the_date_and_century_sign_only(string input, string masked)
    {
        var code = PersonalIdentityCode.Parse(input);

        Assert.Equal(masked, code.Masked);
        Assert.Equal(masked, code.ToString());
    }

    private static void AssertRefused(string? input, string expectedKey)
    {
        Assert.False(PersonalIdentityCode.TryParse(input, out var code, out var key));
        Assert.Null(code);
        Assert.Equal(expectedKey, key);
        Assert.Equal(expectedKey, Assert.Throws<DomainException>(() => PersonalIdentityCode.Parse(input)).MessageKey);
    }
}
