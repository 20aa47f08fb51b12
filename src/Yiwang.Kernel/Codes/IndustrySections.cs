namespace Yiwang.Kernel.Codes;

/// <summary>GB/T 4754-2017: each 门类 covers a contiguous run of 大类 numbers.</summary>
internal static class IndustrySections
{
    private static readonly (char Section, int First, int Last)[] Ranges =
    [
        ('A', 1, 5), ('B', 6, 12), ('C', 13, 43), ('D', 44, 46), ('E', 47, 50), ('F', 51, 52), ('G', 53, 60),
        ('H', 61, 62), ('I', 63, 65), ('J', 66, 69), ('K', 70, 70), ('L', 71, 72), ('M', 73, 75), ('N', 76, 79),
        ('O', 80, 82), ('P', 83, 83), ('Q', 84, 85), ('R', 86, 90), ('S', 91, 96), ('T', 97, 97),
    ];

    /// <summary>The table itself, so tests can hold it against Data/industries-gbt4754-2017.json.</summary>
    public static IReadOnlyList<(char Section, int First, int Last)> All => Ranges;

    public static char? SectionOfDivision(int division)
    {
        foreach (var (section, first, last) in Ranges)
        {
            if (division >= first && division <= last) return section;
        }

        return null;
    }
}
