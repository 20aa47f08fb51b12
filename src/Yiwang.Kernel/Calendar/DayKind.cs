namespace Yiwang.Kernel.Calendar;

/// <summary>How the State Council holiday arrangement (国务院办公厅节假日安排) treats a date.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday with no arrangement.</summary>
    Workday,

    /// <summary>Saturday or Sunday with no arrangement: a rest day (休息日), part of 法定休假日 for 民法典 第二百零三条.</summary>
    Weekend,

    /// <summary>A day off in a holiday block, weekday or not (放假).</summary>
    Holiday,

    /// <summary>A Saturday or Sunday worked to make up for a holiday block (调休上班): a working day.</summary>
    MakeUpWorkday,
}
