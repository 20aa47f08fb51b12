namespace Yiwang.Arrears.Data;

/// <summary>What a row of <c>arr_case_stats</c> counts.</summary>
internal enum CaseStatKind : short
{
    /// <summary>Cases by submission month, respondent region, status and respondent type, with amounts.</summary>
    Cases = 0,

    /// <summary>Accepted cases by submission month and calendar days from submission to acceptance.</summary>
    AcceptanceDays = 1,

    /// <summary>Resolved cases by submission month and calendar days from forwarding to resolution.</summary>
    HandlingDays = 2,

    /// <summary>Concluded (closed, rejected or withdrawn) cases by the month they were concluded.</summary>
    Concluded = 3,
}

/// <summary>
/// One cell of the dashboard's counts table (<c>arr_case_stats</c>), kept in step with the cases in the transaction
/// that changes them (by the module's one case writer, <c>Features/Complaints/CaseWrite</c>). Every non-draft case
/// is counted once per <see cref="Grain"/> (0, 2, 4, 6 = the length of an official's region prefix: national, province,
/// city, county), with its accepting and handling regions cut to that length, so that "visible to the officials of
/// prefix P" is the equality <c>AcceptingRegion = P OR HandlingRegion = P</c> over a few thousand cells instead of a
/// LIKE over every case. Amounts are whole fen so both providers can sum them exactly.
/// </summary>
internal sealed class CaseStatCell
{
    public short Grain { get; set; }
    public CaseStatKind Kind { get; set; }

    /// <summary>The accepting region's first <see cref="Grain"/> digits ("" at grain 0).</summary>
    public string AcceptingRegion { get; set; } = string.Empty;

    /// <summary>The handling region's first <see cref="Grain"/> digits ("" when not yet forwarded, or at grain 0).</summary>
    public string HandlingRegion { get; set; } = string.Empty;

    /// <summary>yyyyMM of submission (of conclusion for <see cref="CaseStatKind.Concluded"/>); 0 when the date is missing.</summary>
    public int Month { get; set; }

    /// <summary>The respondent's region at the level below the grain (2, 4 or 6 digits); "" except for <see cref="CaseStatKind.Cases"/>.</summary>
    public string Region { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;
    public string RespondentType { get; set; } = string.Empty;

    /// <summary>Calendar days for the two duration kinds, else 0.</summary>
    public int Days { get; set; }

    public long Cases { get; set; }
    public long ClaimedFen { get; set; }
    public long RecoveredFen { get; set; }
}
