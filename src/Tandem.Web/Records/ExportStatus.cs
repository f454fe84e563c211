namespace Tandem.Web.Records;

/// <summary>What the export pages show of a record export: being prepared, ready with its one-use links, or failed.</summary>
/// <param name="Whose">"Your" in the portal, "The" for the case team.</param>
/// <param name="OnlyYou">The team member who prepared it alone may download it (others on the team may not).</param>
public sealed record ExportStatus(RecordExport? Export, string Whose, string Label, string Page, bool OnlyYou)
{
    public string Link(string handler) => $"{Page}?handler={handler}&id={Export!.Id}";
}
