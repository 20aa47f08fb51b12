using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>Renders a component to HTML with Blazor's own HtmlRenderer: the markup static SSR sends to the browser.</summary>
internal static class Render
{
    /// <summary>The component inside a form model, as a page's YwForm cascades it.</summary>
    public static Task<string> InFormAsync<TComponent>(FormModel model, Dictionary<string, object?> parameters) where TComponent : IComponent =>
        HtmlAsync<CascadingValue<FormModel>>(new()
        {
            ["Value"] = model,
            ["IsFixed"] = true,
            ["ChildContent"] = (RenderFragment)(b =>
            {
                b.OpenComponent<TComponent>(0);
                foreach (var (name, value) in parameters) b.AddComponentParameter(1, name, value);
                b.CloseComponent();
            }),
        });

    public static async Task<string> HtmlAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        // As the host does (Program.cs): Chinese stays characters, markup stays encoded.
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
