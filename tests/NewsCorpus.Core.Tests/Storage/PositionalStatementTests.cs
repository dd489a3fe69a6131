using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>
/// The batch writes' statements bound by position (<see cref="PositionalStatement"/>): every value stored exactly as
/// a named <see cref="SqliteCommand"/> stores it, and a wrong set of values refused before anything is written.
/// </summary>
public sealed class PositionalStatementTests : IDisposable
{
    private const string Table = "CREATE TEMP TABLE t (k TEXT NOT NULL, c_text, c_empty, c_null, c_dbnull, c_blob, c_big, c_small, c_flag, c_real REAL, c_whole)";
    private const string Insert = "INSERT INTO t VALUES (@k, @text, @empty, @nothing, @dbnull, @blob, @big, @small, @flag, @real, @whole)";
    private static readonly string[] Columns = ["c_text", "c_empty", "c_null", "c_dbnull", "c_blob", "c_big", "c_small", "c_flag", "c_real", "c_whole"];

    // Every kind of value the store binds, with the edges of each.
    private static readonly (string Name, object? Value)[] Values =
    [
        ("@text", "قال بوتين \"نعم\"'; DROP TABLE articles; -- 😀 ك\u0640ـلام"), ("@empty", ""), ("@nothing", null),
        ("@dbnull", DBNull.Value), ("@blob", new byte[] { 0x28, 0xB5, 0x00, 0xFF }), ("@big", long.MaxValue),
        ("@small", -7), ("@flag", true), ("@real", 0.85), ("@whole", 3.0),
    ];

    private readonly TestCorpus _corpus = new();

    [Fact]
    public void Each_value_is_stored_as_a_named_command_stores_it()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        transaction.Connection.Execute(Table, transaction: transaction.Transaction);
        using (var named = transaction.Connection.CreateCommand())
        {
            named.Transaction = transaction.Transaction;
            named.CommandText = Insert;
            foreach (var (name, value) in Values.Prepend(("@k", "named")))
                named.Parameters.AddWithValue(name, value ?? DBNull.Value);
            named.ExecuteNonQuery();
        }

        transaction.Statement(Insert).Run(Values.Prepend(("@k", "positional")));

        foreach (var column in Columns)
        {
            var stored = transaction.Connection.Query<(string K, string Type, string Quoted)>(
                $"SELECT k, typeof({column}), quote({column}) FROM t ORDER BY k", transaction: transaction.Transaction).ToList();
            Assert.Equal(["named", "positional"], stored.Select(s => s.K));
            Assert.Equal((stored[0].Type, stored[0].Quoted), (stored[1].Type, stored[1].Quoted));
        }
        Assert.Equal(Values[0].Value, transaction.Connection.ExecuteScalar<string>(
            "SELECT c_text FROM t WHERE k = 'positional'", transaction: transaction.Transaction));
    }

    [Fact]
    public void A_name_written_twice_in_the_statement_takes_one_value()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        transaction.Connection.Execute("CREATE TEMP TABLE twice (a, b)", transaction: transaction.Transaction);

        transaction.Statement("INSERT INTO twice VALUES (@now, @now)").Run([("@now", "2026-12-05")]);

        Assert.Equal(("2026-12-05", "2026-12-05"), transaction.Connection.QuerySingle<(string, string)>(
            "SELECT a, b FROM twice", transaction: transaction.Transaction));
    }

    [Fact]
    public void A_missing_or_unknown_value_is_refused_and_the_statement_still_runs_after()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        var statement = InsertInto(transaction);

        var missing = Assert.Throws<ArgumentException>(() => statement.Run(Values.Prepend(("@k", "a")).Where(v => v.Name != "@whole")));
        Assert.Contains("@whole", missing.Message);
        var unknown = Assert.Throws<ArgumentException>(() => statement.Run(Values.Prepend(("@k", "b")).Append(("@extra", 1))));
        Assert.Contains("@extra", unknown.Message);
        Assert.Equal(0, Count(transaction));

        statement.Run(Values.Prepend(("@k", "c")));
        Assert.Equal(1, Count(transaction));
    }

    [Fact]
    public void A_value_sqlite_cannot_hold_as_given_is_refused()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        var statement = InsertInto(transaction);

        Assert.Throws<ArgumentException>(() => statement.Run(Values.Prepend(("@k", "nan")).Select(v => v.Name == "@real" ? (v.Name, (object?)double.NaN) : v)));
        Assert.Throws<ArgumentException>(() => statement.Run(Values.Prepend(("@k", "date")).Select(v => v.Name == "@real" ? (v.Name, (object?)DateTime.UnixEpoch) : v)));
        Assert.Equal(0, Count(transaction));
    }

    [Fact]
    public void A_constraint_sqlite_refuses_comes_out_as_its_error_and_the_statement_still_runs_after()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        var statement = InsertInto(transaction);

        var refused = Assert.Throws<SqliteException>(() => statement.Run(Values.Prepend(("@k", null))));
        Assert.Equal(19, refused.SqliteErrorCode); // SQLITE_CONSTRAINT: k is NOT NULL

        statement.Run(Values.Prepend(("@k", "after")));
        Assert.Equal(1, Count(transaction));
    }

    // The test table, made in the transaction, and the statement that writes a row of it.
    private static PositionalStatement InsertInto(WriteTransaction transaction)
    {
        transaction.Connection.Execute(Table, transaction: transaction.Transaction);
        return transaction.Statement(Insert);
    }

    private static int Count(WriteTransaction transaction) =>
        transaction.Connection.ExecuteScalar<int>("SELECT count(*) FROM t", transaction: transaction.Transaction);

    public void Dispose() => _corpus.Dispose();
}
