using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Operations;

/// <summary>
/// The schema Citus can distribute by practice (decision 0024): every table that holds a PracticeId is distributed by it,
/// so its primary key, its unique indexes and its foreign keys to other distributed tables include PracticeId; the rest
/// are reference tables, copied to every node, and none of them points at a distributed table.
/// </summary>
public abstract class DistributedByPracticeTests(TandemApp app)
{
    // Sign-in finds a person by email before anyone knows their practice, so the accounts are a reference table.
    private static readonly string[] ReferenceTables =
    [
        "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetUsers", "Practices",
    ];

    [Fact]
    public async Task Every_table_with_a_practice_is_keyed_and_linked_by_it_and_every_other_table_is_a_reference_table()
    {
        var model = await app.InDatabaseAsync(db => Task.FromResult(db.GetService<IDesignTimeModel>().Model));
        var tables = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        var distributed = tables.Where(e => !ReferenceTables.Contains(e.GetTableName())).ToList();
        var faults = new List<string>();

        foreach (var entity in distributed)
        {
            var table = entity.GetTableName();
            if (entity.FindProperty("PracticeId") is not { } practice)
            {
                faults.Add($"{table} has no PracticeId and is not a reference table");
                continue;
            }

            if (!entity.FindPrimaryKey()!.Properties.Contains(practice))
            {
                faults.Add($"{table}'s primary key leaves out PracticeId");
            }

            faults.AddRange(entity.GetIndexes().Where(i => i.IsUnique && !i.Properties.Contains(practice))
                .Select(i => $"{table}'s unique index on {string.Join(", ", i.Properties.Select(p => p.Name))} leaves out PracticeId"));
            faults.AddRange(entity.GetKeys().Where(k => !k.IsPrimaryKey() && !k.Properties.Contains(practice))
                .Select(k => $"{table}'s alternate key on {string.Join(", ", k.Properties.Select(p => p.Name))} leaves out PracticeId"));
            faults.AddRange(entity.GetForeignKeys()
                .Where(fk => distributed.Contains(fk.PrincipalEntityType) && !(fk.Properties.Contains(practice) && fk.PrincipalKey.Properties.Any(p => p.Name == "PracticeId")))
                .Select(fk => $"{table}'s link to {fk.PrincipalEntityType.GetTableName()} by {string.Join(", ", fk.Properties.Select(p => p.Name))} leaves out PracticeId"));
        }

        foreach (var entity in tables.Except(distributed))
        {
            faults.AddRange(entity.GetForeignKeys().Where(fk => distributed.Contains(fk.PrincipalEntityType))
                .Select(fk => $"reference table {entity.GetTableName()} points at distributed {fk.PrincipalEntityType.GetTableName()}"));
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
        Assert.Equal(ReferenceTables, tables.Except(distributed).Select(e => e.GetTableName()!).Order(StringComparer.Ordinal));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class DistributedByPracticeTests_Sqlite(SqliteApp app) : DistributedByPracticeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DistributedByPracticeTests_Postgres(PostgresApp app) : DistributedByPracticeTests(app);
