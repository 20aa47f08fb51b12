using System.Globalization;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>Form text to values. A value that does not parse stays null so the handler's own checks report it.</summary>
internal static class PageParsing
{
    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static long? Long(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static decimal? Decimal(string? text) =>
        decimal.TryParse(text?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Whether something was typed that did not parse (so the page can say "not a number" instead of "required").</summary>
    public static bool Unparsed(string? text, object? parsed) => !string.IsNullOrWhiteSpace(text) && parsed is null;

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Yuan(decimal? amount) => amount?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Plain(decimal? amount) => amount?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string ChinaTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static int StatusCode(CaseCommandStatus status) => status switch
    {
        CaseCommandStatus.NotFound => StatusCodes.Status404NotFound,
        CaseCommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        CaseCommandStatus.Conflict => StatusCodes.Status409Conflict,
        CaseCommandStatus.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status200OK,
    };
}
