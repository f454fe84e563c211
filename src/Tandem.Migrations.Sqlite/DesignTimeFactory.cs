using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tandem.Data;

namespace Tandem.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef</c> only; see scripts/add-migration.sh.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TandemDbContext>
{
    public TandemDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TandemDbContext>();
        options.UseTandemProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new TandemDbContext(options.Options);
    }
}
