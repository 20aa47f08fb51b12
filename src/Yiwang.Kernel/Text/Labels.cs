using System.Collections.Concurrent;
using System.Reflection;

namespace Yiwang.Kernel.Text;

/// <summary>The labels of enum values, from their <see cref="LabelAttribute"/>; cached per type.</summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Bilingual>> Cache = new();

    /// <summary>The label of <paramref name="value"/>; a member without one answers its name in both languages (a test catches it).</summary>
    public static Bilingual Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return For(typeof(TEnum)).TryGetValue(name, out var label) ? label : new Bilingual(name, name);
    }

    /// <summary>Every member of <typeparamref name="TEnum"/> with its label, in declaration order (for selects and legends).</summary>
    public static IReadOnlyList<(TEnum Value, Bilingual Label)> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v, Of(v))).ToList();

    /// <summary>Whether every member of <paramref name="enumType"/> has a label (the architecture tests use this).</summary>
    public static bool AreComplete(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        var labels = For(enumType);
        return Enum.GetNames(enumType).All(labels.ContainsKey);
    }

    private static IReadOnlyDictionary<string, Bilingual> For(Type type) =>
        Cache.GetOrAdd(type, static t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Label: f.GetCustomAttribute<LabelAttribute>()))
            .Where(f => f.Label is not null)
            .ToDictionary(f => f.Name, f => f.Label!.Text, StringComparer.Ordinal));
}
