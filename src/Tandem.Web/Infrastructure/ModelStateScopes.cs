using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Tandem.Web.Infrastructure;

public static class ModelStateScopes
{
    /// <summary>
    /// For a page with several forms: keeps only the state of the input that was posted, so the other inputs' empty
    /// (and, bound without their prefix, unprefixed) validation errors do not apply.
    /// </summary>
    public static void KeepOnly(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }
}
