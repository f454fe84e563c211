namespace Tandem.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
