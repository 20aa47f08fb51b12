using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>
/// A form whose handler (OnSubmit) finds errors after the first render shows them beside the fields, not only in the
/// summary: the fields' own parameters did not change, so only the model's cascade can tell them to render again.
/// </summary>
public sealed class FormReRenderTests
{
    [Fact]
    public async Task Errors_set_by_a_handler_after_the_first_render_reach_the_fields()
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<FormHost>();
            await FormHost.Last!.FailAsync();
            return root.ToHtmlString();
        });

        var field = html[html.IndexOf("data-field=\"outcome\"", StringComparison.Ordinal)..];
        Assert.Contains("<li>请选择处理结果</li>", field, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", field, StringComparison.Ordinal);
    }

    private sealed class FormHost : ComponentBase
    {
        private readonly FormModel model = new();

        public static FormHost? Last { get; private set; }

        protected override void OnInitialized() => Last = this;

        public Task FailAsync() => InvokeAsync(() =>
        {
            model.WithErrors(FieldErrors.Of("outcome", new("请选择处理结果", "Choose the result")));
            StateHasChanged();
        });

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<YwForm>(0);
            builder.AddComponentParameter(1, nameof(YwForm.Model), model);
            builder.AddComponentParameter(2, nameof(YwForm.ChildContent), (RenderFragment)(b =>
            {
                b.OpenComponent<TextField>(0);
                b.AddComponentParameter(1, nameof(TextField.Name), "outcome");
                b.AddComponentParameter(2, nameof(TextField.Label), "处理结果");
                b.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
