using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Signed-in API clients for every party of a case. Tokens expire with the (fake) clock, so after moving time the
/// test signs everyone in again with <see cref="RefreshAsync"/>.
/// </summary>
internal sealed class ComplaintActors(YiwangApp app) : IDisposable
{
    private readonly Dictionary<string, HttpClient> clients = [];

    public HttpClient Enterprise => clients[SeededAccounts.Enterprise];
    public HttpClient Province => clients[SeededAccounts.OfficialZhejiang];
    public HttpClient County => clients[SeededAccounts.OfficialXihu];
    public HttpClient Head => clients[SeededAccounts.HeadXihu];
    public HttpClient Respondent => clients[SeededAccounts.Respondent];
    public HttpClient National => clients[SeededAccounts.OfficialNational];
    public HttpClient Admin => clients[SeededAccounts.Admin];

    public static async Task<ComplaintActors> SignInAsync(YiwangApp app)
    {
        var actors = new ComplaintActors(app);
        await actors.RefreshAsync();
        return actors;
    }

    public async Task RefreshAsync()
    {
        Dispose();
        foreach (var email in new[] { SeededAccounts.Enterprise, SeededAccounts.OfficialZhejiang, SeededAccounts.OfficialXihu, SeededAccounts.HeadXihu,
                     SeededAccounts.Respondent, SeededAccounts.OfficialNational, SeededAccounts.Admin })
            clients[email] = await ApiClient.SignedInAsync(app, email);
    }

    public void Dispose()
    {
        foreach (var client in clients.Values) client.Dispose();
        clients.Clear();
    }
}
