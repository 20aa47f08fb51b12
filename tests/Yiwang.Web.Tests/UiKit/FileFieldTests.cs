using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

public sealed class FileFieldTests
{
    [Fact]
    public async Task A_file_field_is_labelled_offers_the_types_and_shows_its_error_beside_it()
    {
        var model = new FormModel().WithErrors(new FieldErrors().Add("file", "请选择要导入的文件", "Choose a file to import"));
        var html = await Render.InFormAsync<FileField>(model, new()
        {
            ["Name"] = "file", ["Label"] = "名录文件", ["Accept"] = ".csv,.xlsx", ["Required"] = true, ["Help"] = "不超过 20 MB",
        });

        Assert.Contains("<label class=\"yw-field__label\" for=\"f-file\">名录文件", html, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", html, StringComparison.Ordinal);
        Assert.Contains("accept=\".csv,.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-file-help f-file-error\"", html, StringComparison.Ordinal);
        Assert.Contains("请选择要导入的文件", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=", html, StringComparison.Ordinal); // a browser never refills a file input
    }
}
