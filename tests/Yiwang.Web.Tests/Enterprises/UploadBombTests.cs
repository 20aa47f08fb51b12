using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Enterprises;

/// <summary>Alone in its collection, so the process's allocations during a request are the request's own.</summary>
[CollectionDefinition(nameof(UploadBombsRunAlone), DisableParallelization = true)]
public sealed class UploadBombsRunAlone;

/// <summary>
/// Issue 14: a 410 KB .xlsx expanding to 419 MB took the host from 313 MB to 3.9 GB and answered 500 after 17 s. Both
/// upload endpoints that read .xlsx (the register and the indicators) must answer 413 at once with a message.
/// </summary>
[Collection(nameof(UploadBombsRunAlone))]
public sealed class UploadBombTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/enterprises/import", SeededAccounts.OfficialXihu, false)]
    [InlineData("/api/v1/enterprises/import", SeededAccounts.OfficialXihu, true)]
    [InlineData("/api/v1/indicators/observations/import", SeededAccounts.OfficialNational, false)]
    public async Task A_decompression_bomb_is_refused_fast_without_the_memory_it_claims(string endpoint, string account, bool lyingSizeField)
    {
        var bomb = ZipBomb.Xlsx(sheetMiB: 400, lyingSizeField);
        Assert.InRange(bomb.Length, 1, 2 * 1024 * 1024); // about 1.2 MB on the wire
        using var client = await ApiClient.SignedInAsync(app, account);
        using var warmUp = await client.PostAsync(endpoint, Upload(ZipBomb.XlsxWithSheet("<worksheet/>")), Ct); // JIT and first-use costs out of the figures
        GC.Collect();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(endpoint, Upload(bomb), Ct);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var expected = lyingSizeField ? HttpStatusCode.BadRequest : HttpStatusCode.RequestEntityTooLarge;
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains(lyingSizeField ? "不是有效的 Excel 工作簿" : "解压后超过 100 MB", message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"answered after {watch.Elapsed}");
        // The sheet claims 419 MB; a parser that believed it allocated gigabytes. The request may use a few buffers.
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated:N0} bytes");
        TestContext.Current.SendDiagnosticMessage($"{endpoint} lying={lyingSizeField}: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms, {allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public async Task A_small_sheet_claiming_every_row_and_column_of_excel_is_refused()
    {
        // No compression trick: 1 KB that tells a parser to fill 1,048,576 rows of 16,384 cells.
        var sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:XFD1048576\"/>"
            + "<sheetData>" + ZipBomb.RegisterHeader + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>";
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/v1/enterprises/import", Upload(ZipBomb.XlsxWithSheet(sheet)), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("超过 256 列", (await response.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"answered after {watch.Elapsed}");
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "register.xlsx" }, { new StringContent("月度数据"), "reason" } };
    }
}
