using System.Text;

namespace Tandem.Web.Tests.Infrastructure.Routing;

public enum SqlTokenKind
{
    Word,
    Name,
    Parameter,
    Literal,
    Symbol,
}

public readonly record struct SqlToken(SqlTokenKind Kind, string Text)
{
    public bool Is(string word) => Kind == SqlTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SqlTokenKind.Symbol && Text == symbol;
}

/// <summary>Splits PostgreSQL text into tokens and statements; enough of the lexer for the SQL EF Core writes.</summary>
public static class SqlTokens
{
    public static IReadOnlyList<IReadOnlyList<SqlToken>> Statements(string sql)
    {
        var statements = new List<IReadOnlyList<SqlToken>>();
        var current = new List<SqlToken>();
        var depth = 0;
        foreach (var token in Tokens(sql))
        {
            depth += token.IsSymbol("(") ? 1 : token.IsSymbol(")") ? -1 : 0;
            if (depth == 0 && token.IsSymbol(";"))
            {
                Flush();
                continue;
            }

            current.Add(token);
        }

        Flush();
        return statements;

        void Flush()
        {
            if (current.Count > 0)
            {
                statements.Add(current);
                current = [];
            }
        }
    }

    public static IEnumerable<SqlToken> Tokens(string sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && At(i + 1) == '-')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end : sql.Length;
            }
            else if (c == '/' && At(i + 1) == '*')
            {
                i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : sql.Length;
            }
            else if (c is '"' or '\'')
            {
                var text = Quoted(c);
                yield return new(c == '"' ? SqlTokenKind.Name : SqlTokenKind.Literal, text);
            }
            else if ((c is '@' or '$' or ':') && IsWordChar(At(i + 1)) && !(c == ':' && At(i - 1) == ':'))
            {
                var start = i++;
                yield return new(SqlTokenKind.Parameter, sql[start..Word()]);
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (char.IsDigit(At(i)) || At(i) == '.')
                {
                    i++;
                }

                yield return new(SqlTokenKind.Literal, sql[start..i]);
            }
            else if (IsWordChar(c))
            {
                var start = i;
                yield return new(SqlTokenKind.Word, sql[start..Word()]);
            }
            else
            {
                var pair = i + 1 < sql.Length ? sql.Substring(i, 2) : "";
                var symbol = pair is "::" or "<>" or "!=" or "<=" or ">=" or "||" ? pair : c.ToString();
                i += symbol.Length;
                yield return new(SqlTokenKind.Symbol, symbol);
            }
        }

        char At(int index) => index >= 0 && index < sql.Length ? sql[index] : '\0';

        int Word()
        {
            while (IsWordChar(At(i)))
            {
                i++;
            }

            return i;
        }

        string Quoted(char quote)
        {
            var text = new StringBuilder();
            i++;
            while (i < sql.Length)
            {
                if (sql[i] == quote && At(i + 1) == quote)
                {
                    text.Append(quote);
                    i += 2;
                }
                else if (sql[i] == quote)
                {
                    i++;
                    break;
                }
                else
                {
                    text.Append(sql[i++]);
                }
            }

            return text.ToString();
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
