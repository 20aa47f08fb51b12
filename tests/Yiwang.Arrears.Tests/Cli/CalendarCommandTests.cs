using System.CommandLine;
using System.Text;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Arrears.Tests.Cli;

public sealed class CalendarCommandTests
{
    private static (int Exit, string[] Lines, string Err) Run(params string[] args)
    {
        var root = new RootCommand("yiwang");
        root.Subcommands.Add(CalendarCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliRunner.Run(root, args, output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error.ToString());
    }

    [Theory]
    [InlineData("2025-09-26", "10", "2025-10-16")]
    [InlineData("2025-01-24", "10", "2025-02-13")]
    [InlineData("2026-02-13", "10", "2026-03-05")]
    [InlineData("2026-09-18", "10", "2026-10-09")]
    [InlineData("2025-10-01", "0", "2025-10-01")]
    public void Add_working_days_prints_the_date_first(string from, string days, string expected)
    {
        var (exit, lines, err) = Run("calendar", "add-working-days", "--from", from, "--days", days);
        Assert.True(exit == 0, err);
        Assert.Equal([expected], lines);
    }

    [Theory]
    [InlineData("2025-09-26", "30", "2025-10-27")]
    [InlineData("2025-09-26", "90", "2025-12-25")]
    [InlineData("2025-10-01", "10", "2025-10-11")]
    public void Period_end_prints_the_last_day(string from, string days, string expected)
    {
        var (exit, lines, err) = Run("calendar", "period-end", "--from", from, "--days", days);
        Assert.True(exit == 0, err);
        Assert.Equal(expected, lines[0]);
    }

    [Fact]
    public void Explain_prints_the_rule_and_every_skipped_day()
    {
        var (exit, lines, _) = Run("calendar", "add-working-days", "--from", "2025-09-26", "--days", "10", "--explain");

        Assert.Equal(0, exit);
        Assert.Equal("2025-10-16", lines[0]);
        Assert.Contains("第二百零一条", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Rule:", lines[2], StringComparison.Ordinal);
        Assert.Equal(10, lines.Count(l => l.StartsWith("skipped", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("skipped  2025-10-08 Wed", StringComparison.Ordinal) && l.EndsWith("国庆节、中秋节", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("counted  2025-10-11 Sat", StringComparison.Ordinal));

        var (_, period, _) = Run("calendar", "period-end", "--from", "2025-09-26", "--days", "30", "--explain");
        Assert.Contains("第二百零三条", period[1], StringComparison.Ordinal);
        Assert.Equal("skipped  2025-10-26 Sun  休息日 weekend", period[3]);
    }

    [Theory]
    [InlineData("add-working-days", "2025-02-30", "10", "not a date")]
    [InlineData("add-working-days", "2025/09/26", "10", "not a date")]
    [InlineData("add-working-days", "2025-09-26", "-1", "at least 0")]
    [InlineData("period-end", "2025-09-26", "0", "at least 1")]
    [InlineData("period-end", "2025-09-26", "ten", "ten")]
    [InlineData("period-end", "2025-01-01", "2147483647", "out of range")]
    public void Bad_input_exits_2_with_a_message(string command, string from, string days, string message)
    {
        var (exit, lines, err) = Run("calendar", command, "--from", from, "--days", days);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_without_a_notice_exits_2_and_says_which()
    {
        var (exit, _, err) = Run("calendar", "add-working-days", "--from", "2026-12-28", "--days", "5");
        Assert.Equal(2, exit);
        Assert.Contains("2027", err, StringComparison.Ordinal);
        Assert.Contains("notice", err, StringComparison.Ordinal);
        Assert.Contains("--provisional", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_counts_a_year_after_the_last_notice_on_the_laws_holidays_and_says_so()
    {
        var (exit, lines, err) = Run("calendar", "add-working-days", "--from", "2026-12-28", "--days", "5", "--provisional");
        Assert.Equal(0, exit);
        Assert.Equal(["2027-01-05"], lines); // 12-29..31 count 3; 2027-01-01 is 元旦 by law; 01-04 and 01-05 complete the 5
        Assert.Contains("provisional", err, StringComparison.Ordinal);

        var (finalExit, finalLines, finalErr) = Run("calendar", "add-working-days", "--from", "2026-12-21", "--days", "5", "--provisional");
        Assert.Equal(0, finalExit);
        Assert.Equal(["2026-12-28"], finalLines);
        Assert.DoesNotContain("provisional", finalErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_file_is_merged_over_the_default()
    {
        var path = Path.Combine(Path.GetTempPath(), $"notice-2027-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "formatVersion": 1, "version": "test-2027", "source": "made-up notice for the test",
              "years": [2027], "papers": { "2027": ["https://www.gov.cn/example"] },
              "days": [
                {"date": "2027-01-01", "name": "元旦", "isOffDay": true},
                {"date": "2027-01-02", "name": "元旦", "isOffDay": true},
                {"date": "2027-01-03", "name": "元旦", "isOffDay": true}
              ]
            }
            """, new UTF8Encoding(false));
        try
        {
            var (exit, lines, err) = Run("calendar", "add-working-days", "--from", "2026-12-28", "--days", "5", "--calendar", path, "--explain");
            Assert.True(exit == 0, err);
            Assert.Equal("2027-01-05", lines[0]);
            Assert.Contains("2024-2026/holiday-cn-d4e53bf+test-2027", lines[1], StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("skipped  2027-01-01 Fri  节假日 holiday  元旦", StringComparison.Ordinal));

            File.WriteAllText(path, """{"formatVersion": 1, "version": "x", "source": "x", "years": [2027], "papers": {"2027": ["u"]}, "days": [{"date": "2027-01-04", "name": "元旦", "isOffDay": false}]}""");
            var (bad, _, why) = Run("calendar", "period-end", "--from", "2026-12-28", "--days", "5", "--calendar", path);
            Assert.Equal(2, bad);
            Assert.Contains("days[0] 2027-01-04: a make-up working day (isOffDay=false) must be a Saturday or Sunday", why, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(2, Run("calendar", "period-end", "--from", "2025-01-01", "--days", "5", "--calendar", path).Exit);
    }
}
