namespace Yiwang.Arrears.Domain.Interest;

/// <summary>One 1-year LPR fixing: the annual rate as a fraction (3.45 % → 0.0345), in force from its publish date until the next.</summary>
internal readonly record struct LprFixing(DateOnly PublishDate, decimal AnnualRate);
