using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Data;

namespace Tandem.Web.Tests.Infrastructure.Routing;

/// <summary>
/// Looks at every statement the app sends and keeps those a database distributed by practice could not route to one
/// practice, with where in the app they came from, for the PostgreSQL collection to fail the test that ran them.
/// </summary>
public sealed class PracticeStatements : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> SentByTheTest = new();
    private readonly ConcurrentQueue<UnpinnedStatement> unpinned = new();
    private IReadOnlySet<string>? tables;

    /// <summary>
    /// Marks what the calling async method goes on to send as the test's own setting up or inspecting of the database:
    /// not the app's traffic, so not checked. The mark ends when that method returns.
    /// </summary>
    public static void TheTestsOwn() => SentByTheTest.Value = true;

    public IReadOnlyList<UnpinnedStatement> Take()
    {
        var taken = new List<UnpinnedStatement>();
        while (unpinned.TryDequeue(out var statement))
        {
            taken.Add(statement);
        }

        return taken;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command, CommandEventData eventData)
    {
        if (SentByTheTest.Value || eventData.Context is not { } context)
        {
            return;
        }

        if (command.CommandText.StartsWith($"-- {AcrossPractices.Tag}:", StringComparison.Ordinal))
        {
            return;
        }

        tables ??= PracticeTables.Distributed(context.Model);
        var problems = PracticeConditions.Unpinned(command.CommandText, tables);
        if (problems.Count > 0)
        {
            unpinned.Enqueue(new UnpinnedStatement(command.CommandText, problems, CalledFrom()));
        }
    }

    private static string CalledFrom()
    {
        var frames = new StackTrace(2, false).GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType)
            .Select(t => t?.DeclaringType is { } outer && t.Name.StartsWith('<') ? $"{outer.FullName}.{t.Name}" : t?.FullName)
            .Where(name => name is not null && name.StartsWith("Tandem.", StringComparison.Ordinal) && !name.Contains(".Routing.", StringComparison.Ordinal))
            .Distinct()
            .Take(3);
        return string.Join(" < ", frames);
    }
}

public sealed record UnpinnedStatement(string Sql, IReadOnlyList<string> Tables, string CalledFrom)
{
    public override string ToString() => $"{string.Join(", ", Tables)} — from {CalledFrom}\n{Sql}";
}
