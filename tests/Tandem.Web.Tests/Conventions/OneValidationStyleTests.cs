using System.Text.RegularExpressions;

namespace Tandem.Web.Tests.Conventions;

/// <summary>
/// Decision 0027: a field's own shape is checked by its annotations; every other refusal is gathered in a
/// <c>Refusals</c> and put on the page by <c>RefusalsOnThePage.Refuse</c>. A page that adds a model error itself,
/// validates an input object in <c>IValidatableObject</c> or clears another form's errors is a second style.
/// </summary>
public sealed partial class OneValidationStyleTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "Tandem.Web");

    [Fact]
    public void Pages_refuse_a_post_only_through_refusals()
    {
        var others = SourceFiles()
            .Where(f => !f.EndsWith(Path.Combine("Infrastructure", "Refusals.cs"), StringComparison.Ordinal))
            .SelectMany(f => OtherStyles().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(Web, f)}: {m.Value}"))
            .ToList();

        Assert.Empty(others);
    }

    [Fact]
    public void The_check_reads_the_pages_it_guards()
    {
        Assert.Contains(SourceFiles(), f => f.EndsWith(Path.Combine("Dosing", "AddVitals.cs"), StringComparison.Ordinal));
        Assert.Contains("AddModelError", File.ReadAllText(Path.Combine(Web, "Infrastructure", "Refusals.cs")), StringComparison.Ordinal);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tandem.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run from inside the repository.");
    }

    [GeneratedRegex(@"\bAddModelError\b|\bIValidatableObject\b|\bKeepOnly\b|\bRefuseStale\b")]
    private static partial Regex OtherStyles();
}
