using System.Text.RegularExpressions;

namespace Tandem.Web.Tests.Infrastructure.Routing;

/// <summary>
/// Which practice tables in a statement are not pinned to one practice. A table is pinned when its "PracticeId" is
/// compared with a parameter or constant (=, IN, = ANY), or equated with the "PracticeId" of a table that is pinned,
/// in a WHERE or ON clause and not under an OR, a NOT or a CASE. An INSERT is pinned when it writes "PracticeId".
/// </summary>
public static partial class PracticeConditions
{
    public static IReadOnlyList<string> Unpinned(string commandText, IReadOnlySet<string> practiceTables)
    {
        var unpinned = new List<string>();
        foreach (var statement in SqlTokens.Statements(commandText))
        {
            unpinned.AddRange(UnpinnedIn(statement, practiceTables));
        }

        return unpinned;
    }

    private static IEnumerable<string> UnpinnedIn(IReadOnlyList<SqlToken> tokens, IReadOnlySet<string> practiceTables)
    {
        var root = SqlGroup.Parse(tokens);
        var tables = new List<TableReference>();
        var facts = new Facts();
        foreach (var group in root.AllGroups())
        {
            foreach (var clause in group.Clauses)
            {
                if (clause.Keyword is "FROM" or "JOIN" or "UPDATE" && Reference(clause) is { } table)
                {
                    tables.Add(table);
                }
            }
        }

        foreach (var group in root.AllGroups())
        {
            foreach (var clause in group.Clauses)
            {
                ReadConditions(clause, tables, facts);
            }
        }

        foreach (var derived in tables.Where(t => t.Derived is not null))
        {
            ReadProjections(derived, facts);
        }

        var pinned = facts.Pinned();
        foreach (var table in tables.Where(t => t.Name is { } name && practiceTables.Contains(name)))
        {
            if (!pinned.Contains(new(table.Alias, Column)))
            {
                yield return $"\"{table.Name}\" AS {table.Alias}";
            }
        }

        if (Inserted(root) is { } insert && practiceTables.Contains(insert.Table) && !insert.Columns.Contains(Column))
        {
            yield return $"INSERT INTO \"{insert.Table}\" without \"{Column}\"";
        }
    }

    private const string Column = "PracticeId";

    private static readonly HashSet<string> JoinWords = new(StringComparer.OrdinalIgnoreCase) { "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "OUTER", "NATURAL" };

    private static TableReference? Reference(SqlClause clause)
    {
        var items = clause.Items.SkipWhile(i => i.Token is { } t && (t.Is("LATERAL") || t.Is("ONLY"))).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var at = 0;
        string? name = null;
        SqlGroup? derived = null;
        if (items[0].Group is { IsQuery: true } group)
        {
            derived = group;
        }
        else if (items[0].Token is { Kind: SqlTokenKind.Name } table)
        {
            name = table.Text;
            if (items.Count > 2 && items[1].Token is { } dot && dot.IsSymbol(".") && items[2].Token is { Kind: SqlTokenKind.Name } qualified)
            {
                name = qualified.Text;
                at = 2;
            }
        }
        else
        {
            return null;
        }

        at += items.Count > at + 1 && items[at + 1].Token is { } a && a.Is("AS") ? 2 : 1;
        var alias = items.Count > at && items[at].Token is { Kind: SqlTokenKind.Word or SqlTokenKind.Name } given && !JoinWords.Contains(given.Text)
            ? given.Text
            : name;
        return alias is null ? null : new TableReference(name, alias.ToLowerInvariant(), derived, clause.Group);
    }

    private static void ReadConditions(SqlClause clause, List<TableReference> tables, Facts facts)
    {
        var items = clause.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (ColumnAt(items, i, clause, tables) is not { } column)
            {
                continue;
            }

            var counts = Counts(clause);
            var next = column.End;
            if (Symbol(items, next, "="))
            {
                if (items.ElementAtOrDefault(next + 1).Token is { Kind: SqlTokenKind.Parameter or SqlTokenKind.Literal }
                    || (Word(items, next + 1, "ANY") && items.ElementAtOrDefault(next + 2).Group is { IsQuery: false }))
                {
                    facts.Pin(column.Node, counts);
                }
                else if (ColumnAt(items, next + 1, clause, tables) is { } other)
                {
                    facts.Equate(column.Node, other.Node, counts);
                }
            }
            else if (Word(items, next, "IN") && items.ElementAtOrDefault(next + 1).Group is { IsQuery: false })
            {
                facts.Pin(column.Node, counts);
            }
            else if (Symbol(items, column.Start - 1, "=")
                && items.ElementAtOrDefault(column.Start - 2).Token is { Kind: SqlTokenKind.Parameter or SqlTokenKind.Literal })
            {
                facts.Pin(column.Node, counts);
            }

            i = column.End - 1;
        }
    }

    /// <summary>A derived table's projected "PracticeId" is the inner table's: equating it outside pins the inner one.</summary>
    private static void ReadProjections(TableReference derived, Facts facts)
    {
        foreach (var select in derived.Derived!.Clauses.Where(c => c.Keyword == "SELECT"))
        {
            var items = select.Items;
            for (var i = 0; i + 2 < items.Count; i++)
            {
                if (items[i].Token is { Kind: SqlTokenKind.Word or SqlTokenKind.Name } inner && Symbol(items, i + 1, ".")
                    && items[i + 2].Token is { Kind: SqlTokenKind.Name } column && PracticeColumn().IsMatch(column.Text))
                {
                    var named = Word(items, i + 3, "AS") && items.ElementAtOrDefault(i + 4).Token is { } name ? name.Text : column.Text;
                    facts.Equate(new(derived.Alias, named), new(inner.Text.ToLowerInvariant(), column.Text), counts: true);
                }
            }
        }
    }

    private static (int Start, int End, Node Node)? ColumnAt(List<SqlItem> items, int i, SqlClause clause, List<TableReference> tables)
    {
        if (items.ElementAtOrDefault(i).Token is { Kind: SqlTokenKind.Word or SqlTokenKind.Name } alias && Symbol(items, i + 1, ".")
            && items.ElementAtOrDefault(i + 2).Token is { Kind: SqlTokenKind.Name } qualified && PracticeColumn().IsMatch(qualified.Text))
        {
            return (i, i + 3, new(alias.Text.ToLowerInvariant(), qualified.Text));
        }

        if (items.ElementAtOrDefault(i).Token is { Kind: SqlTokenKind.Name } bare && PracticeColumn().IsMatch(bare.Text) && !Symbol(items, i - 1, "."))
        {
            var query = clause.Group;
            while (!query.IsQuery && query.Parent is { } parent)
            {
                query = parent.Group;
            }

            var own = tables.Where(t => t.Scope == query).ToList();
            return own.Count == 1 ? (i, i + 1, new(own[0].Alias, bare.Text)) : null;
        }

        return null;
    }

    /// <summary>A condition narrows the rows only in a WHERE or ON clause, and not under an OR, a NOT or a CASE.</summary>
    private static bool Counts(SqlClause clause)
    {
        while (!clause.HasOr)
        {
            if (clause.Keyword is "WHERE" or "ON")
            {
                return true;
            }

            var group = clause.Group;
            if (clause.Keyword is not null || group.IsQuery || group.Parent is null || group.Before is { } before && (before.Is("NOT") || before.Is("CASE")))
            {
                return false;
            }

            clause = group.Parent;
        }

        return false;
    }

    private static (string Table, HashSet<string> Columns)? Inserted(SqlGroup root)
    {
        var into = root.Clauses.FirstOrDefault(c => c.Keyword == "INTO");
        if (into is null || !root.Clauses.Any(c => c.Keyword == "INSERT") || into.Items.FirstOrDefault().Token is not { Kind: SqlTokenKind.Name } table)
        {
            return null;
        }

        var list = into.Items.Select(i => i.Group).FirstOrDefault(g => g is not null);
        var columns = list?.Clauses.SelectMany(c => c.Items).Where(i => i.Token?.Kind == SqlTokenKind.Name).Select(i => i.Token!.Value.Text) ?? [];
        return (table.Text, columns.ToHashSet());
    }

    private static bool Symbol(List<SqlItem> items, int i, string symbol) => items.ElementAtOrDefault(i).Token is { } t && t.IsSymbol(symbol);

    private static bool Word(List<SqlItem> items, int i, string word) => items.ElementAtOrDefault(i).Token is { } t && t.Is(word);

    [GeneratedRegex("^PracticeId[0-9]*$")]
    private static partial Regex PracticeColumn();

    private sealed record TableReference(string? Name, string Alias, SqlGroup? Derived, SqlGroup Scope);

    private readonly record struct Node(string Alias, string Column);

    private sealed class Facts
    {
        private readonly HashSet<Node> pins = [];
        private readonly List<(Node, Node)> equalities = [];

        public void Pin(Node node, bool counts)
        {
            if (counts)
            {
                pins.Add(node);
            }
        }

        public void Equate(Node left, Node right, bool counts)
        {
            if (counts)
            {
                equalities.Add((left, right));
            }
        }

        public HashSet<Node> Pinned()
        {
            var pinned = new HashSet<Node>(pins);
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var (left, right) in equalities)
                {
                    if (pinned.Contains(left) != pinned.Contains(right))
                    {
                        grew |= pinned.Add(left) | pinned.Add(right);
                    }
                }
            }

            return pinned;
        }
    }
}
