using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tandem.Data;

namespace Tandem.Migrations.Postgres;

/// <summary>Used by <c>dotnet ef</c> only; see scripts/add-migration.sh. No server is contacted to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TandemDbContext>
{
    public TandemDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TandemDbContext>();
        options.UseTandemProvider(DatabaseProvider.Postgres, "Host=localhost;Database=tandem_design_time");
        return new TandemDbContext(options.Options);
    }
}
