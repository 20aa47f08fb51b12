namespace Yiwang.Kernel.Files;

/// <summary>Bytes left to inflate across all parts of one archive.</summary>
internal sealed class InflateBudget(long bytes)
{
    public long Remaining { get; private set; } = bytes;

    public bool Spend(long count)
    {
        Remaining -= count;
        return Remaining >= 0;
    }
}

/// <summary>
/// Reads an inflating stream and charges every byte to the budget, failing the moment it runs out or the part yields
/// more than its size field declared: the count, not the header, decides.
/// </summary>
internal sealed class CountingReadStream(Stream inner, InflateBudget budget, long declaredLength, Func<Exception> overBudget) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        read += n;
        if (!budget.Spend(n)) throw overBudget();
        if (read > declaredLength) throw new InvalidDataException("The part is longer than its size field says");
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
