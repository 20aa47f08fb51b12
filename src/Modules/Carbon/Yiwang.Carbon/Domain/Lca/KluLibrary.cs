using System.Runtime.InteropServices;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Whether KLU can be used in this process: the shared object loads (<see cref="NativeLibrary.TryLoad(string, System.Reflection.Assembly, DllImportSearchPath?, out nint)"/>)
/// and <c>klu_defaults</c> fills <see cref="KluCommon"/> with the documented defaults — a guard against a library
/// whose struct layout differs from ours. Probed once per process.
/// </summary>
internal static class KluLibrary
{
    private static readonly Lazy<string?> Problem = new(Probe);

    public static bool IsAvailable => Problem.Value is null;

    /// <summary>Why KLU is not used (null when it is available).</summary>
    public static string? Unavailable => Problem.Value;

    private static string? Probe()
    {
        if (!NativeLibrary.TryLoad(KluNative.Library, typeof(KluLibrary).Assembly, null, out var library))
            return $"{KluNative.Library} 未找到 / {KluNative.Library} not found (Debian: apt-get install libklu1)";
        foreach (var symbol in (string[])["klu_defaults", "klu_analyze", "klu_factor", "klu_refactor", "klu_solve", "klu_condest", "klu_extract", "klu_free_symbolic", "klu_free_numeric"])
        {
            if (!NativeLibrary.TryGetExport(library, symbol, out _)) return $"{KluNative.Library} lacks {symbol}";
        }

        try
        {
            var common = KluNative.NewCommon();
            var expected = common is { Tol: 0.001, MemGrow: 1.2, InitMemAmd: 1.2, InitMem: 10, Btf: 1, Ordering: 0, Scale: 2, HaltIfSingular: 1, Status: 0 };
            return expected ? null : $"{KluNative.Library}: klu_common defaults differ from KLU 1.3 (another ABI?)";
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return $"{KluNative.Library}: {ex.Message}";
        }
    }
}
