using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Access;

namespace Tandem.Web.Pages;

/// <summary>Sends each person to where their work is.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.Clinician) || User.IsInRole(Roles.Prescriber))
        {
            return RedirectToPage("/Dashboard/Index");
        }

        if (User.IsInRole(Roles.Client))
        {
            return RedirectToPage("/Portal/Index");
        }

        return User.IsInRole(Roles.PracticeAdmin) ? RedirectToPage("/Admin/Staff") : NotFound();
    }
}
