using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure.Routing;

namespace Tandem.Web.Tests.Distribution;

/// <summary>The statement check on SQL as EF Core writes it for PostgreSQL, with and without the practice named.</summary>
public sealed class PracticeConditionsTests
{
    private static readonly IReadOnlySet<string> Tables = new HashSet<string>
    {
        "Cases", "CaseParticipants", "Clients", "DosingRecords", "DosingSessions", "Series", "SeriesSessions", "CaseNotes", "AuditEvents",
    };

    [Fact]
    public void A_case_list_joined_on_the_practice_names_it()
    {
        const string sql = """
            SELECT c."Id", c0."DisplayName"
            FROM "Cases" AS c
            INNER JOIN "Clients" AS c0 ON c."PracticeId" = c0."PracticeId" AND c."ClientId" = c0."Id"
            WHERE c."PracticeId" = @practiceId AND EXISTS (
                SELECT 1
                FROM "CaseParticipants" AS c1
                WHERE c1."PracticeId" = c."PracticeId" AND c."Id" = c1."CaseId" AND c1."ClientId" = ANY (@clients))
            ORDER BY c."CreatedAt" DESC
            """;

        Assert.Empty(PracticeConditions.Unpinned(sql, Tables));
    }

    [Fact]
    public void A_join_on_the_id_alone_leaves_the_joined_table_unnamed()
    {
        const string sql = """
            SELECT d."Id", d."ClientId", d."DoseMg", d."GivenAt", d0."SignedById"
            FROM "DosingRecords" AS d
            INNER JOIN "DosingSessions" AS d0 ON d."DosingSessionId" = d0."Id"
            WHERE d."PracticeId" = @practice_Id AND d."GivenAt" IS NOT NULL AND d."DoseMg" IS NOT NULL
            """;

        Assert.Equal(["\"DosingSessions\" AS d0"], PracticeConditions.Unpinned(sql, Tables));
    }

    [Fact]
    public void A_derived_table_is_named_through_the_practice_it_projects()
    {
        const string sql = """
            SELECT s1."Id", s0."Id"
            FROM (
                SELECT s."Id", s."CreatedAt", s."PracticeId"
                FROM "Series" AS s
                WHERE s."CaseId" = @caseId
                ORDER BY s."CreatedAt" DESC
                LIMIT 1
            ) AS s1
            LEFT JOIN "SeriesSessions" AS s0 ON s1."PracticeId" = s0."PracticeId" AND s1."Id" = s0."SeriesId"
            WHERE s1."PracticeId" = @practiceId
            ORDER BY s1."CreatedAt" DESC, s1."Id"
            """;

        Assert.Empty(PracticeConditions.Unpinned(sql, Tables));
        Assert.Equal(
            ["\"SeriesSessions\" AS s0", "\"Series\" AS s"],
            PracticeConditions.Unpinned(sql.Replace("WHERE s1.\"PracticeId\" = @practiceId", "", StringComparison.Ordinal), Tables));
    }

    [Fact]
    public void A_subquery_that_reads_every_practice_is_caught()
    {
        const string sql = """
            SELECT EXISTS (
                SELECT 1
                FROM "AuditEvents" AS a)
            """;

        Assert.Equal(["\"AuditEvents\" AS a"], PracticeConditions.Unpinned(sql, Tables));
    }

    [Fact]
    public void A_saved_change_names_its_practice_only_when_the_key_carries_it()
    {
        const string byId = """
            UPDATE "Cases" SET "Stage" = @p0, "UpdatedAt" = @p1, "Version" = @p2
            WHERE "Id" = @p3 AND "Version" = @p4;
            """;
        const string byPracticeAndId = """
            UPDATE "Cases" SET "Stage" = @p0
            WHERE "PracticeId" = @p3 AND "Id" = @p4 AND "Version" = @p5;
            """;

        Assert.Equal(["\"Cases\" AS cases"], PracticeConditions.Unpinned(byId, Tables));
        Assert.Empty(PracticeConditions.Unpinned(byPracticeAndId, Tables));
    }

    [Fact]
    public void A_bulk_delete_names_its_practice_or_is_caught()
    {
        const string named = """
            DELETE FROM "CaseNotes" AS c
            WHERE c."PracticeId" = @practiceId AND c."CaseId" = @caseId
            """;
        const string unnamed = """
            DELETE FROM "CaseNotes" AS c
            WHERE c."CaseId" = @caseId
            """;

        Assert.Empty(PracticeConditions.Unpinned(named, Tables));
        Assert.Equal(["\"CaseNotes\" AS c"], PracticeConditions.Unpinned(unnamed, Tables));
    }

    [Fact]
    public void A_practice_named_beside_an_or_does_not_count()
    {
        const string sql = """
            SELECT c."Id"
            FROM "Cases" AS c
            WHERE c."PracticeId" = @practiceId OR c."Id" = @id
            """;

        Assert.Equal(["\"Cases\" AS c"], PracticeConditions.Unpinned(sql, Tables));
        Assert.Empty(PracticeConditions.Unpinned(sql.Replace(" OR ", " AND ", StringComparison.Ordinal), Tables));
    }

    [Fact]
    public void An_insert_writes_its_practice()
    {
        const string batch = """
            INSERT INTO "CaseNotes" ("Id", "CaseId", "PracticeId", "Text")
            VALUES (@p0, @p1, @p2, @p3);
            INSERT INTO "Clients" ("Id", "DisplayName")
            VALUES (@p4, @p5);
            INSERT INTO "Practices" ("Id", "Slug")
            VALUES (@p6, @p7);
            """;

        Assert.Equal(["INSERT INTO \"Clients\" without \"PracticeId\""], PracticeConditions.Unpinned(batch, Tables));
    }

    [Fact]
    public void Every_table_with_a_practice_is_distributed_but_the_sign_ins()
    {
        using var db = new TandemDbContext(new DbContextOptionsBuilder<TandemDbContext>().UseNpgsql("Host=unused").Options);

        var distributed = PracticeTables.Distributed(db.Model);

        Assert.Contains("Cases", distributed);
        Assert.Contains("AuditEvents", distributed);
        Assert.DoesNotContain("AspNetUsers", distributed);
        Assert.DoesNotContain("Practices", distributed);
    }
}
