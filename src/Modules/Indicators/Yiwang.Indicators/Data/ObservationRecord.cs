namespace Yiwang.Indicators.Data;

/// <summary>
/// The current value of one indicator for one region and month. It always equals its latest
/// <see cref="RevisionRecord"/>; earlier values live only in the revisions, which are never changed.
/// </summary>
internal sealed class ObservationRecord
{
    public long Id { get; set; }
    public string Indicator { get; set; } = string.Empty;

    /// <summary>GB/T 2260 code: 000000 for national, xx0000 for a province.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary><see cref="Domain.Catalogue.Period.Index"/>: an integer so that ranges and ordering are plain index scans.</summary>
    public int PeriodIndex { get; set; }

    public decimal Value { get; set; }
    public bool LowerBound { get; set; }
    public string Status { get; set; } = string.Empty;
    public string Confidence { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string? Note { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>One version of an observation: who set which value, when and why. Rows are only ever added.</summary>
internal sealed class RevisionRecord
{
    public long Id { get; set; }
    public long ObservationId { get; set; }
    public ObservationRecord? Observation { get; set; }
    public int Revision { get; set; }
    public decimal Value { get; set; }
    public bool LowerBound { get; set; }
    public string Status { get; set; } = string.Empty;
    public string Confidence { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string? Note { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>User id of the official, or "reference-data" for values loaded from the shipped data file.</summary>
    public string ChangedBy { get; set; } = string.Empty;

    /// <summary><c>seed</c>, <c>import</c> or <c>edit</c>.</summary>
    public string Origin { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
