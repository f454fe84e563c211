using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public static class DatabaseSnapshot
{
    /// <summary>Every row of every table but the audit log, as text.</summary>
    public static Task<string> TakeAsync(TandemApp app) => app.InDatabaseAsync(TakeAsync);

    /// <summary>Every row of every table but the audit log, keyed by table and primary key, so a diff tells a changed row from a new one.</summary>
    public static Task<Dictionary<string, string>> RowsAsync(TandemApp app) => app.InDatabaseAsync(async db =>
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(AuditEvent) && t.BaseType is null && t.FindPrimaryKey() is not null && !t.IsOwned()))
        {
            var table = type.GetTableName()!;
            var key = type.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the EF model, not from input
            command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            var keyColumns = key.Select(reader.GetOrdinal).ToList();
            while (await reader.ReadAsync())
            {
                var row = Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).ToList();
                rows[$"{table} {string.Join('|', keyColumns.Select(i => row[i]))}"] = string.Join('|', row);
            }
        }

        return rows;
    });

    public static async Task<string> TakeAsync(TandemDbContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEvent))
            .Select(t => t.GetTableName()!)
            .Distinct()
            .Order(StringComparer.Ordinal);
        var snapshot = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the EF model, not from input
            command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            var rows = new List<string>();
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }

            snapshot.Append(table).Append(':').AppendJoin('\n', rows.Order(StringComparer.Ordinal)).Append('\n');
        }

        Assert.Contains("Jordan", snapshot.ToString(), StringComparison.Ordinal);
        return snapshot.ToString();
    }
}
