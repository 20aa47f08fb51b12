using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>
/// A posted form's handler runs after the page's first render and only then knows the errors: they must appear beside
/// the fields, not only in the summary (the fields take the model from a fixed cascade and their parameters do not change).
/// </summary>
public sealed class PostedFormTests
{
    [Fact]
    public async Task Errors_found_by_the_handler_after_the_first_render_appear_beside_their_fields()
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<Harness>();
            Harness.Last!.Fail(); // as the form handler does
            return root.ToHtmlString();
        });

        Assert.Contains("id=\"f-file-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
    }

    private sealed class Harness : ComponentBase
    {
        private readonly FormModel model = new();

        public static Harness? Last { get; private set; }

        public void Fail()
        {
            model.WithErrors(FieldErrors.Of("file", new("请选择文件", "Choose a file")));
            StateHasChanged();
        }

        protected override void OnInitialized() => Last = this;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<YwForm>(0);
            builder.AddComponentParameter(1, nameof(YwForm.Model), model);
            builder.AddComponentParameter(2, nameof(YwForm.FormName), "harness");
            builder.AddComponentParameter(3, nameof(YwForm.OnSubmit), EventCallback.Factory.Create(this, () => { }));
            builder.AddComponentParameter(4, nameof(YwForm.ChildContent), (RenderFragment)(b =>
            {
                b.OpenComponent<FileField>(0);
                b.AddComponentParameter(1, nameof(FileField.Name), "file");
                b.AddComponentParameter(2, nameof(FileField.Label), "文件");
                b.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
