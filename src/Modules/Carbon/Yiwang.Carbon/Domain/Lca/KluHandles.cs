using Microsoft.Win32.SafeHandles;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>A <c>klu_symbolic*</c> (ordering and block structure); freed by <c>klu_free_symbolic</c>.</summary>
internal sealed class KluSymbolicHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public KluSymbolicHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>klu_symbolic: int n at byte 40 … nzoff 72, nblocks 76, maxblock 80 (after five doubles/pointers).</summary>
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

    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeSymbolic(ref pointer, ref common) != 0;
    }
}

/// <summary>A <c>klu_numeric*</c> (the L and U factors); freed by <c>klu_free_numeric</c>.</summary>
internal sealed class KluNumericHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public KluNumericHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>klu_numeric starts with int n, nblocks, lnz, unz.</summary>
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

    protected override bool ReleaseHandle()
    {
        var common = KluNative.NewCommon();
        var pointer = handle;
        return KluNative.FreeNumeric(ref pointer, ref common) != 0;
    }
}
