using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Pages;

/// <summary>The page behind every error status: a denial reads exactly like a miss.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            400 => ("That form could not be sent", "The page may have been open too long. Go back, reload it and try again; nothing was saved."),
            409 => ("Changed by someone else at the same moment", "Someone saved a change to this just as you did, so nothing of yours was saved. Go back, reload the page to see it as it is now, and make your change again."),
            429 => ("Too many attempts", "Please wait a minute before trying again."),
            _ => ("Page not found", "There is nothing here, or it is not yours to see."),
        };
    }
}
