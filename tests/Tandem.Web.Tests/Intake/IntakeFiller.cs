using System.Globalization;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

/// <summary>Fills the portal intake form the way a client would.</summary>
public static class IntakeFiller
{
    public static async Task<HttpResponseMessage> SubmitAsync(PageSession client, Guid caseId, int? yesItem = null, bool safetyConcern = false, string medications = "none")
    {
        var url = $"/Portal/Intake/{caseId}";
        var page = await client.GetAsync(url);
        var fields = Complete(page, yesItem, safetyConcern, medications);
        return await client.SubmitAsync(page, url, "form.intake", fields, button: "handler=Submit");
    }

    public static Dictionary<string, string> Complete(PageSession.Page page, int? yesItem = null, bool safetyConcern = false, string medications = "none")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.DateOfBirth"] = "1988-05-02",
            ["Input.Phone"] = "+1 555 0199",
            ["Input.EmergencyName"] = "Robin Friend",
            ["Input.EmergencyPhone"] = "+1 555 0198",
            ["Input.Medications"] = medications,
            ["Input.MedicalHistory"] = "none",
            ["Input.PsychiatricHistory"] = "anxiety since college",
        };
        var items = page.Document.QuerySelectorAll("input[name$='.ItemId']").Length;
        for (var i = 0; i < items; i++)
        {
            var yes = i == yesItem;
            fields[$"Input.Screen[{i}].Yes"] = yes ? "true" : "false";
            fields[$"Input.Screen[{i}].Detail"] = yes ? "Reading of 150/95 at the GP last month" : "";
        }

        if (page.Document.QuerySelector("#partner-safety") is not null)
        {
            foreach (var field in new[] { "Hurt", "Afraid", "Forced", "Controlled" })
            {
                fields["Input." + field] = (safetyConcern && field == "Afraid").ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
            }
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> SignConsentAsync(PageSession client, Guid caseId, string fullName) =>
        await client.SubmitAsync($"/Portal/Consent/{caseId}", "form.narrow", new() { ["Agree"] = "true", ["TypedName"] = fullName });
}
