using System.Globalization;

namespace Tandem.Web.LargePractice;

/// <summary>How large a practice <c>seed-large</c> generates, and from which seed: the same seed gives the same practice.</summary>
public sealed record LargePracticeOptions(int Clients = 10_000, int Seed = 1)
{
    public const string Slug = "large";
    public const int MinimumClients = 10;
    public const int MaximumClients = 200_000;

    /// <summary>Takes <c>--clients N</c> and <c>--seed S</c> out of the arguments; the rest are the host's.</summary>
    public static (LargePracticeOptions Options, string[] HostArgs, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var options = new LargePracticeOptions();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--clients" or "--seed"))
            {
                rest.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return (options, [.. rest], $"{args[i]} needs a whole number after it.");
            }

            options = args[i] == "--clients" ? options with { Clients = value } : options with { Seed = value };
            i++;
        }

        return options.Clients is < MinimumClients or > MaximumClients
            ? (options, [.. rest], $"--clients must be from {MinimumClients} to {MaximumClients}.")
            : (options, [.. rest], null);
    }
}
