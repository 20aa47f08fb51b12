using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Kernel.Web.Forms;

/// <summary>
/// Whole numbers as they arrive in a query string (page, year, step). Pages take such parameters as text, because a
/// typed <c>[SupplyParameterFromQuery] int?</c> throws on "page=abc" and the visitor gets a 500; here a bad value falls
/// back to the default and adds an error naming the field, which the page shows and the API answers as 400.
/// </summary>
public static class QueryNumbers
{
    public static int Whole(string? text, string field, int min, int max, int fallback, FieldErrors errors, Bilingual? problem = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (FormNumbers.TryParseInteger(text, out var value) && value >= min && value <= max) return (int)value;
        errors.Add(field, problem ?? new Bilingual($"“{field}”应为 {min:N0} 至 {max:N0} 之间的整数", $"'{field}' must be a whole number from {min:N0} to {max:N0}"));
        return fallback;
    }

    /// <summary>A 1-based page number; the message says "页码" instead of the parameter's name.</summary>
    public static int Page(string? text, FieldErrors errors, int max = 100_000) =>
        Whole(text, "page", 1, max, 1, errors, new Bilingual($"页码应为 1 至 {max:N0} 之间的整数", $"The page must be a whole number from 1 to {max:N0}"));

    /// <summary>The same for a page that shows one sentence instead of field errors: <paramref name="problem"/> says what was wrong.</summary>
    public static int Read(string? text, int fallback, int min, int max, Bilingual name, out string? problem)
    {
        var message = new Bilingual($"{name.Zh}应为 {min}–{max} 之间的整数，已改为默认值。", $"The {name.En} must be a whole number from {min} to {max}; the default is shown.");
        var errors = new FieldErrors();
        var value = Whole(text, name.En, min, max, fallback, errors, message);
        problem = errors.Any ? message.Current : null;
        return value;
    }
}
