using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Domain.Tests.Employers;

public sealed class BusinessIdTests
{
    // Weights 7 9 10 5 8 4 2; each comment shows the weighted sum, the remainder mod 11 and the check digit.
    [Theory]
    [InlineData("1572860-0")] // 7+45+70+10+64+24+0 = 220 = 20·11 + 0  → 0
    [InlineData("2345678-0")] // 14+27+40+25+48+28+16 = 198 = 18·11 + 0 → 0
    [InlineData("0112038-9")] // 0+9+10+10+0+12+16 = 57 = 5·11 + 2      → 11−2 = 9
    [InlineData("1000009-8")] // 7+0+0+0+0+0+18 = 25 = 2·11 + 3          → 11−3 = 8
    [InlineData("1000004-7")] // 7+0+0+0+0+0+8 = 15 = 1·11 + 4           → 11−4 = 7
    [InlineData("0116297-6")] // 0+9+10+30+16+36+14 = 115 = 10·11 + 5    → 11−5 = 6
    [InlineData("1234565-5")] // 7+18+30+20+40+24+10 = 149 = 13·11 + 6   → 11−6 = 5
    [InlineData("2617416-4")] // 14+54+10+35+32+4+12 = 161 = 14·11 + 7   → 11−7 = 4
    [InlineData("2673421-3")] // 14+54+70+15+32+8+2 = 195 = 17·11 + 8    → 11−8 = 3
    [InlineData("0737546-2")] // 0+63+30+35+40+16+12 = 196 = 17·11 + 9   → 11−9 = 2
    [InlineData("0208201-1")] // 0+18+0+40+16+0+2 = 76 = 6·11 + 10       → 11−10 = 1
    [InlineData("1234567-1")] // 7+18+30+20+40+24+14 = 153 = 13·11 + 10  → 11−10 = 1
    public void A_business_id_with_the_right_check_digit_parses_for_every_remainder(string input)
    {
        var id = BusinessId.Parse(input);

        Assert.Equal(input, id.Value);
        Assert.Equal(input, id.ToString());
    }

    [Theory]
    [InlineData("1000008")] // 7+0+0+0+0+0+16 = 23 = 2·11 + 1
    [InlineData("0000006")] // 0+0+0+0+0+0+12 = 12 = 1·11 + 1
    public void Seven_digits_with_remainder_1_have_no_valid_check_digit_at_all(string digits)
    {
        for (var check = 0; check <= 9; check++)
        {
            Assert.False(BusinessId.TryParse($"{digits}-{check}", out var id, out var errorKey));
            Assert.Null(id);
            Assert.Equal("Employers.BusinessIdCheckDigit", errorKey);
        }

        Assert.Null(BusinessId.CheckDigitFor(digits));
    }

    [Theory]
    [InlineData("2673421-0")] // 195 = 17·11 + 8 → the right digit is 3, not 0
    [InlineData("0737546-3")] // the right digit is 2
    [InlineData("1572860-1")] // remainder 0: the right digit is 0
    [InlineData("0208201-0")] // remainder 10: the right digit is 1
    [InlineData("0737564-2")] // two digits swapped: 0+63+30+35+40+24+8 = 200 = 18·11 + 2 → 9, not 2
    public void A_wrong_check_digit_is_refused(string input)
    {
        var refusal = Assert.Throws<DomainException>(() => BusinessId.Parse(input));

        Assert.Equal("Employers.BusinessIdCheckDigit", refusal.MessageKey);
    }

    [Theory]
    [InlineData("123456-2", "0123456-2")] // 0+9+20+15+32+20+12 = 108 = 9·11 + 9 → 2; the leading zero weighs 0
    [InlineData("737546-2", "0737546-2")]
    [InlineData("  737546-2\t", "0737546-2")]
    [InlineData("112038-9", "0112038-9")]
    public void A_legacy_six_digit_id_is_padded_with_a_leading_zero(string input, string expected)
    {
        var id = BusinessId.Parse(input);

        Assert.Equal(expected, id.Value);
        Assert.Equal(BusinessId.Parse(expected), id);
    }

    [Fact]
    public void A_legacy_id_with_a_wrong_check_digit_is_refused_like_any_other() =>
        Assert.Equal("Employers.BusinessIdCheckDigit", Assert.Throws<DomainException>(() => BusinessId.Parse("123456-3")).MessageKey);

    [Theory]
    [InlineData(" 0737546-2 ")]
    [InlineData("\t0737546-2\n")]
    [InlineData("0737546-2   ")]
    public void Surrounding_white_space_is_ignored(string input) =>
        Assert.Equal("0737546-2", BusinessId.Parse(input).Value);

    [Theory]
    [InlineData("07375462")] // hyphen missing
    [InlineData("0737546 2")]
    [InlineData("0737546–2")] // en dash, not a hyphen
    [InlineData("0737546-")]
    [InlineData("0737546-22")]
    [InlineData("00737546-2")] // eight digits
    [InlineData("37546-2")] // five digits
    [InlineData("073 7546-2")] // inner space
    [InlineData("O737546-2")] // letter O for zero
    [InlineData("0737546-X")]
    [InlineData("FI07375462")] // the VAT number is not a business ID
    [InlineData("０７３７５４６-２")] // full-width digits are not ASCII digits
    [InlineData("-0737546")]
    public void Anything_but_digits_hyphen_digit_is_refused_as_a_format_error(string input)
    {
        Assert.False(BusinessId.TryParse(input, out var id, out var errorKey));

        Assert.Null(id);
        Assert.Equal("Employers.BusinessIdFormat", errorKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_business_id_is_reported_as_missing(string? input) =>
        Assert.Equal("Employers.BusinessIdRequired", Assert.Throws<DomainException>(() => BusinessId.Parse(input)).MessageKey);

    [Fact]
    public void A_successful_parse_reports_no_error()
    {
        Assert.True(BusinessId.TryParse("0112038-9", out var id, out var errorKey));

        Assert.Equal("0112038-9", id.Value);
        Assert.Equal(string.Empty, errorKey);
    }

    [Fact]
    public void Business_ids_are_equal_by_value()
    {
        var one = BusinessId.Parse("0737546-2");
        var same = BusinessId.Parse(" 737546-2");
        var other = BusinessId.Parse("0112038-9");

        Assert.Equal(one, same);
        Assert.True(one == same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, other);
        Assert.True(one != other);
    }

    [Theory]
    [InlineData("1572860", 0)] // 220 = 20·11 + 0
    [InlineData("0112038", 9)] // 57 = 5·11 + 2
    [InlineData("2673421", 3)] // 195 = 17·11 + 8
    [InlineData("0208201", 1)] // 76 = 6·11 + 10
    [InlineData("0000000", 0)] // 0
    [InlineData("9999999", 2)] // 9·(7+9+10+5+8+4+2) = 9·45 = 405 = 36·11 + 9 → 11−9 = 2
    public void The_check_digit_helper_gives_the_digit_for_seven_digits(string digits, int expected) =>
        Assert.Equal(expected, BusinessId.CheckDigitFor(digits));

    [Theory]
    [InlineData("123456")]
    [InlineData("12345678")]
    [InlineData("123456a")]
    public void The_check_digit_helper_wants_exactly_seven_digits(string digits) =>
        Assert.Throws<ArgumentException>(() => BusinessId.CheckDigitFor(digits));
}
