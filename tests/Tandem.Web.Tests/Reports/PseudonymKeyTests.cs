using Microsoft.Extensions.Options;
using Tandem.Core.Measures;
using Tandem.Web.Pages.Reports;

namespace Tandem.Web.Tests.Reports;

/// <summary>The pseudonym key outlives a restart, so exports made before and after agree; another key gives other pseudonyms.</summary>
public sealed class PseudonymKeyTests : IDisposable
{
    private static readonly (Guid Practice, Guid Client) Tom = (Guid.NewGuid(), Guid.NewGuid());
    private readonly string folder = Directory.CreateTempSubdirectory("tandem-pseudonym-").FullName;

    [Fact]
    public void A_key_file_made_on_first_use_gives_the_same_pseudonyms_after_a_restart_and_another_key_gives_others()
    {
        var file = Path.Combine(folder, "keys", "pseudonym.key");

        var first = Of(new ReportOptions { PseudonymKeyFile = file });
        var afterRestart = Of(new ReportOptions { PseudonymKeyFile = file });
        var otherFile = Of(new ReportOptions { PseudonymKeyFile = Path.Combine(folder, "other.key") });
        var configured = Of(new ReportOptions { PseudonymKey = Convert.ToBase64String(new byte[32]), PseudonymKeyFile = file });

        Assert.Equal(first, afterRestart);
        Assert.NotEqual(first, otherFile);
        Assert.NotEqual(first, configured);
        Assert.Equal(Pseudonym.Of(new byte[32], Tom.Practice, Tom.Client), configured);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Of(ReportOptions options) => Pseudonym.Of(new PseudonymKey(Options.Create(options)).Value, Tom.Practice, Tom.Client);
}
