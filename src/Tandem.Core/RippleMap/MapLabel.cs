using System.Text.RegularExpressions;

namespace Tandem.Core.RippleMap;

/// <summary>A person's label is a first name or a word for them ("my sister"), never contact details.</summary>
public static partial class MapLabel
{
    public const int MaxLength = 60;

    /// <summary>Why the label cannot be kept, in words for the person typing it; null when it can.</summary>
    public static string? Problem(string? label)
    {
        var text = label?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "Give each person a first name or a word for them, such as \"my sister\".";
        }

        if (text.Length > MaxLength)
        {
            return $"Keep the label to {MaxLength} characters: a first name or a word for them.";
        }

        if (Email().IsMatch(text))
        {
            return "That looks like an email address. Use a first name or a word for them: the map never holds contact details.";
        }

        if (WebAddress().IsMatch(text))
        {
            return "That looks like a web address. Use a first name or a word for them: the map never holds contact details.";
        }

        if (PhoneNumber().IsMatch(text) && text.Count(char.IsAsciiDigit) >= 7)
        {
            return "That looks like a phone number. Use a first name or a word for them: the map never holds contact details.";
        }

        return null;
    }

    [GeneratedRegex(@"\S@\S+\.\S", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?:|www\.|\b[a-z0-9-]+\.(com|org|net|edu|gov|io|co|uk|us|de|fr|nl|me|app|info|biz|ly|social)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\+?\d[\d\s().\-/]{5,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
