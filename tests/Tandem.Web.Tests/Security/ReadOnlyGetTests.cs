using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract class ReadOnlyGetTests(TandemApp app)
{
    [Fact]
    public async Task Every_page_a_persona_can_open_changes_nothing_but_the_audit_log()
    {
        var chrisCall = await app.InDatabaseAsync(db => db.ConsultationBookings
            .Where(b => b.CaseId == app.Demo.Cases["chris"] && b.CancelledAt == null).OrderBy(b => b.StartsAt).Select(b => b.Id).FirstAsync());
        var visits = new (string Persona, string[] Urls)[]
        {
            ("sam", ["/", "/Dashboard", $"/Cases/{app.Demo.Cases["couple"]}", $"/Cases/{app.Demo.Cases["couple"]}/Move", $"/Cases/{app.Demo.Cases["dana"]}", "/Availability", $"/Consultations/{chrisCall}/Outcome"]),
            ("admin", ["/", "/Admin/Staff"]),
            ("jordan", ["/", "/Portal", $"/Portal/Cases/{app.Demo.Cases["couple"]}"]),
        };
        foreach (var (persona, _) in visits)
        {
            await app.As(app.Demo.Emails[persona]);
        }

        var before = await SnapshotAsync();
        var visitor = app.NewSession();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await visitor.GetAsync("/p/demo/book")).Status);
        foreach (var (persona, urls) in visits)
        {
            var session = await app.As(app.Demo.Emails[persona]);
            foreach (var url in urls)
            {
                await session.GetAsync(url);
            }
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Every row of every table but the audit log, as text.</summary>
    private Task<string> SnapshotAsync() => app.InDatabaseAsync(async db =>
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
    });
}

[Collection(SqliteApp.Collection)]
public sealed class ReadOnlyGetTests_Sqlite(SqliteApp app) : ReadOnlyGetTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ReadOnlyGetTests_Postgres(PostgresApp app) : ReadOnlyGetTests(app);
