using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed record UsccBody(string Value)
{
    public override string ToString() => Value;
}

public static class UsccArbitraries
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>17 characters from the GB 32100 alphabet with digits at positions 3–8.</summary>
    public static Arbitrary<UsccBody> Bodies()
    {
        var any = Gen.Elements(Alphabet.ToCharArray());
        var digit = Gen.Elements("0123456789".ToCharArray());
        var bodies =
            from head in Gen.ArrayOf(any, 2)
            from region in Gen.ArrayOf(digit, 6)
            from tail in Gen.ArrayOf(any, 9)
            select new UsccBody(new string([.. head, .. region, .. tail]));
        return bodies.ToArbitrary();
    }
}

public sealed class UsccProperties
{
    [Property(Arbitrary = [typeof(UsccArbitraries)])]
    public bool FromBody_RoundTripsThroughParse(UsccBody body)
    {
        var code = Uscc.FromBody(body.Value);

        return code.Value.StartsWith(body.Value, StringComparison.Ordinal)
            && Uscc.Parse(code.Value) == code
            && Uscc.Parse(code.Value.ToLowerInvariant()) == code;
    }

    [Property(Arbitrary = [typeof(UsccArbitraries)])]
    public bool FromBody_AnyOtherCheckCharacterIsRejected(UsccBody body)
    {
        var check = Uscc.FromBody(body.Value).Value[17];

        return "0123456789ABCDEFGHJKLMNPQRTUWXY".Where(c => c != check)
            .All(c => !Uscc.TryParse(body.Value + c, out _, out var error) && error.Key == "uscc.check");
    }
}
