using System.Security.Cryptography;
using System.Text;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Calendar;

/// <summary>Why an uploaded notice was refused, in both languages; the checker's own message names the entry.</summary>
internal sealed class CalendarNoticeException(Bilingual problem) : Exception(problem.En)
{
    public Bilingual Problem { get; } = problem;
}

/// <summary>Reading and checking an uploaded notice file (format: docs/user-guide/work-calendar.md).</summary>
internal static class CalendarNotices
{
    /// <summary>The shipped 2024–2026 file is about 13 KB; a year's notice is a few KB.</summary>
    public const int MaxBytes = 512 * 1024;

    public static WorkCalendar Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return WorkCalendar.Load(stream);
    }

    /// <summary>Decodes and validates with <see cref="WorkCalendar.Load"/>; every refusal is a <see cref="CalendarNoticeException"/>.</summary>
    public static (WorkCalendar Notice, string Json) Check(byte[] bytes)
    {
        if (bytes.Length == 0) throw new CalendarNoticeException(new("文件为空，请选择节假日安排通知的 JSON 文件", "The file is empty; choose the notice's JSON file"));
        if (bytes.Length > MaxBytes)
            throw new CalendarNoticeException(new($"文件过大（上限 {MaxBytes / 1024} KB）", $"File too large (limit {MaxBytes / 1024} KB)"));
        string json;
        try
        {
            json = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new CalendarNoticeException(new("文件不是 UTF-8 编码的文本", "The file is not UTF-8 text"));
        }

        try
        {
            return (Parse(json), json);
        }
        catch (InvalidDataException ex)
        {
            throw new CalendarNoticeException(new($"工作日历文件无效：{ex.Message}", $"Invalid work calendar file: {ex.Message}"));
        }
    }

    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
