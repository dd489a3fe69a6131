using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// One SQLite write transaction (<c>BEGIN IMMEDIATE</c>) shared by everything a batch writes: the articles, the
/// run's file outcomes, the store's facts. It hands out change sequences, so each article written in it takes the
/// next number and the counter is saved with the rows; nothing is visible to readers until <see cref="Commit"/>.
/// </summary>
public sealed class WriteTransaction : IDisposable
{
    private readonly long _firstSequence;
    private long _lastSequence;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PositionalStatement> _statements = new(StringComparer.Ordinal);

    internal WriteTransaction(Database database)
    {
        Connection = database.Open();
        Transaction = Connection.BeginTransaction(deferred: false);
        _firstSequence = _lastSequence = LastChangeSequence(Connection, Transaction);
    }

    public SqliteConnection Connection { get; }
    public SqliteTransaction Transaction { get; }

    /// <summary>The highest change sequence before this transaction: the batch's articles take the numbers after it.</summary>
    public long SequenceBefore => _firstSequence;

    /// <summary>The highest change sequence handed out so far (equal to <see cref="SequenceBefore"/> when none was).</summary>
    public long LastSequence => _lastSequence;

    public long TakeChangeSequence() => ++_lastSequence;

    /// <summary>A command for <paramref name="sql"/>, prepared once and reused for every row of the batch.</summary>
    public SqliteCommand Command(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
            return command;
        command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        _commands.Add(sql, command);
        return command;
    }

    /// <summary>A statement for <paramref name="sql"/> bound by position, for the rows a batch writes most (<see cref="PositionalStatement"/>).</summary>
    internal PositionalStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new PositionalStatement(Connection, sql);
            _statements.Add(sql, statement);
        }
        return statement;
    }

    public void Commit()
    {
        if (_lastSequence != _firstSequence)
            StoreMeta.Set(Connection, Transaction, StoreMeta.ChangeSequence, _lastSequence.ToString(CultureInfo.InvariantCulture));
        Transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        // Before the connection goes back to the pool: a statement left open would keep it from closing.
        foreach (var statement in _statements.Values)
            statement.Dispose();
        Transaction.Dispose();
        Connection.Dispose();
    }

    internal static long LastChangeSequence(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        long.Parse(connection.QuerySingleOrDefault<string>("SELECT value FROM store_meta WHERE key = @key",
            new { key = StoreMeta.ChangeSequence }, transaction) ?? "0", CultureInfo.InvariantCulture);
}
