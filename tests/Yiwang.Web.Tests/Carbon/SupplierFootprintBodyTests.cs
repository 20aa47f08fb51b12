using System.Net;
using System.Text;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>Issue 14: a supplier-footprint body that is JSON but not an object answered 500; it is a 400 naming the body.</summary>
public abstract class SupplierFootprintBodyTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("[]")]
    [InlineData("\"str\"")]
    [InlineData("123")]
    [InlineData("null")]
    [InlineData("{\"data\":[1,2]}")]
    [InlineData("{oops")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_footprint_object_is_400_problem_details_naming_the_field(string json)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        using var response = await client.PostAsync("/api/v1/carbon/supplier-footprints", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("body", out var messages) || errors.TryGetProperty("data", out messages), errors.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }
}

public sealed class SqliteSupplierFootprintBodyTests(SqliteApp app) : SupplierFootprintBodyTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSupplierFootprintBodyTests(PostgresApp app) : SupplierFootprintBodyTests(app), IClassFixture<PostgresApp>;
