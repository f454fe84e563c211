namespace Tandem.Web.Tests.Infrastructure.Routing;

/// <summary>
/// A statement as nested groups: each parenthesis (and each CASE … END) opens a group, and a group's own items are
/// split into clauses at SELECT, FROM, JOIN, WHERE, ON and the like, so a condition knows which clause it sits in.
/// </summary>
public sealed class SqlGroup
{
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "JOIN", "WHERE", "ON", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "RETURNING", "SET",
        "VALUES", "WHEN", "THEN", "ELSE", "UNION", "EXCEPT", "INTERSECT", "UPDATE", "DELETE", "INSERT", "INTO", "USING", "FOR",
    };

    public SqlGroup(SqlClause? parent, SqlToken? before)
    {
        Parent = parent;
        Before = before;
        Clauses = [new SqlClause(this, null)];
    }

    public SqlClause? Parent { get; }

    /// <summary>The token just before the group opened, e.g. NOT, EXISTS, IN, or CASE.</summary>
    public SqlToken? Before { get; }

    public List<SqlClause> Clauses { get; }

    /// <summary>A group that is a query of its own (a subquery or derived table) rather than part of an expression.</summary>
    public bool IsQuery => Clauses.Any(c => c.Keyword is "SELECT" or "UPDATE" or "DELETE" or "INSERT");

    public static SqlGroup Parse(IReadOnlyList<SqlToken> tokens)
    {
        var root = new SqlGroup(null, null);
        var group = root;
        SqlToken? previous = null;
        foreach (var token in tokens)
        {
            if (token.IsSymbol("(") || token.Is("CASE"))
            {
                var child = new SqlGroup(group.Clauses[^1], previous);
                group.Clauses[^1].Items.Add(new SqlItem(null, child));
                group = child;
            }
            else if ((token.IsSymbol(")") || token.Is("END")) && group.Parent is { } parent)
            {
                group = parent.Group;
            }
            else if (token.Kind == SqlTokenKind.Word && ClauseWords.Contains(token.Text))
            {
                group.Clauses.Add(new SqlClause(group, token.Text.ToUpperInvariant()));
            }
            else
            {
                group.Clauses[^1].Items.Add(new SqlItem(token, null));
            }

            previous = token;
        }

        return root;
    }

    public IEnumerable<SqlGroup> AllGroups()
    {
        yield return this;
        foreach (var child in Clauses.SelectMany(c => c.Items).Where(i => i.Group is not null).SelectMany(i => i.Group!.AllGroups()))
        {
            yield return child;
        }
    }
}

public sealed class SqlClause(SqlGroup group, string? keyword)
{
    public SqlGroup Group { get; } = group;

    public string? Keyword { get; } = keyword;

    public List<SqlItem> Items { get; } = [];

    public bool HasOr => Items.Any(i => i.Token is { } t && t.Is("OR"));
}

public readonly record struct SqlItem(SqlToken? Token, SqlGroup? Group);
