using Microsoft.Win32.SafeHandles;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>A KLU object owned by native code: read its int fields safely, free it with the matching <c>klu_free_*</c>.</summary>
internal abstract class KluHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    protected KluHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>An int field at <paramref name="offset"/> bytes, with the handle kept alive while it is read.</summary>
    public int ReadInt(int offset)
    {
        var added = false;
        DangerousAddRef(ref added);
        try
        {
            return System.Runtime.InteropServices.Marshal.ReadInt32(handle, offset);
        }
        finally
        {
            if (added) DangerousRelease();
        }
    }
}

/// <summary>
/// A <c>klu_symbolic*</c> (ordering and block structure); freed by <c>klu_free_symbolic</c>. Fields: int n at byte 40 …
/// nzoff 72, nblocks 76, maxblock 80 (after five doubles/pointers).
/// </summary>
internal sealed class KluSymbolicHandle : KluHandle
{
    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeSymbolic(ref pointer, ref common) != 0;
    }
}

/// <summary>A <c>klu_numeric*</c> (the L and U factors; starts with int n, nblocks, lnz, unz); freed by <c>klu_free_numeric</c>.</summary>
internal sealed class KluNumericHandle : KluHandle
{
    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeNumeric(ref pointer, ref common) != 0;
    }
}
