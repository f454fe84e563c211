using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Audit;
using Tandem.Data.Interceptors;

namespace Tandem.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Tandem.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Tandem.Migrations.Postgres";

    public static IServiceCollection AddTandemDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddScoped<StampingInterceptor>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<AuditLog>();
        services.AddDbContext<TandemDbContext>((sp, options) =>
        {
            options.UseTandemProvider(provider, connectionString);
            options.AddInterceptors(sp.GetRequiredService<StampingInterceptor>(), sp.GetRequiredService<AfterCommit>(), new AppendOnlyAuditInterceptor());
        });
        return services;
    }

    public static DbContextOptionsBuilder UseTandemProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(new SqliteDurabilityInterceptor(), new SqliteHeldConnectionInterceptor());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return options;
    }
}
