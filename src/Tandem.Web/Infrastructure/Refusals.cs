using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Why a form post is refused, gathered by its handler while it checks the rules a field's own annotations cannot: across
/// fields, against what is stored, or a rule of Core. The page shows them with <see cref="RefusalsOnThePage.Refuse"/>, the
/// one place a page puts an error of its own beside a field (decision 0027).
/// </summary>
public sealed class Refusals : IEnumerable<(string Field, string Message)>
{
    private readonly List<(string Field, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>A refusal shown beside <paramref name="field"/>, or above the form when the field is "".</summary>
    public void Add(string field, string message) => errors.Add((field, message));

    public void AddRange(IEnumerable<(string Field, string Message)> others) => errors.AddRange(others);

    /// <summary>The record changed since the page showed it: says what changed and what it is now (<see cref="StaleEdits"/>).</summary>
    public void AddStale(string what, string now) => Add("", StaleEdits.StaleMessage(what, now));

    public IEnumerator<(string Field, string Message)> GetEnumerator() => errors.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class RefusalsOnThePage
{
    /// <summary>
    /// Puts each refusal beside its field and says whether there were any; a POST that ends with any writes nothing
    /// (<see cref="TransactionPageFilter"/>), so the page is shown again with what was typed.
    /// </summary>
    public static bool Refuse(this ModelStateDictionary modelState, IEnumerable<(string Field, string Message)> refusals)
    {
        var any = false;
        foreach (var (field, message) in refusals)
        {
            modelState.AddModelError(field, message);
            any = true;
        }

        return any;
    }
}
