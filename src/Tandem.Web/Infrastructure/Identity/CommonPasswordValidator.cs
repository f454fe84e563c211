using Microsoft.AspNetCore.Identity;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>Refuses passwords from a list of common ones shipped with the app (ASVS 6.2.4).</summary>
public sealed class CommonPasswordValidator<TUser> : IPasswordValidator<TUser> where TUser : class
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        var candidate = (password ?? "").Trim().ToLowerInvariant();
        return Task.FromResult(Common.Value.Contains(candidate)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is one of the most common ones. Choose something only you would think of.",
            })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator<>).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
