namespace Yiwang.Kernel.Codes;

/// <summary>One GB/T 4754-2017 category; <paramref name="NameEn"/> is filled for the 20 sections (门类) only.</summary>
public sealed record IndustryInfo(IndustryCode Code, string Name, string? NameEn, IndustryLevel Level);
