using System.Globalization;
using System.Text;

namespace Tandem.Core.Clients;

/// <summary>
/// Text folded for finding people: lower case, without accents, letters like ß and ø spelt as a keyboard without them
/// would. Stored beside the name and matched against a folded query, so both databases find exactly the same people
/// whatever their collations do.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a query, folded, each to be found somewhere in a stored key.</summary>
    public static IReadOnlyList<string> Words(string query) =>
        Fold(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
