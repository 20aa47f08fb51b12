namespace Yiwang.Kernel.Web.Ui;

/// <summary>What a button does: the one main action, a secondary one, or one that removes, refuses or ends something.</summary>
public enum Intent
{
    Primary,
    Secondary,
    Danger,
}
