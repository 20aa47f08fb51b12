namespace Yiwang.Kernel.Web.Forms;

/// <summary>Element ids derived from a field name, so labels, help, errors and the error summary's links agree.</summary>
public static class FieldIds
{
    /// <summary><c>contracts[0].signedOn</c> → <c>f-contracts-0--signedOn</c>: a valid id and fragment.</summary>
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        return "f-" + new string(chars);
    }

    public static string Help(string name) => For(name) + "-help";

    public static string Error(string name) => For(name) + "-error";
}
