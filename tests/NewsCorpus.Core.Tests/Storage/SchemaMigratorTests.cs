using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Setup;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SchemaMigratorTests() => _connection.Open();

    private bool TableExists(string name) =>
        _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", new { name }) > 0;

    [Fact]
    public void A_migration_numbered_below_one_the_store_already_has_is_still_applied()
    {
        SchemaMigrator.Migrate(_connection);
        // A store that received 008 from one branch before 007 from another had landed.
        _connection.Execute("""
            DROP TRIGGER article_counts_insert; DROP TRIGGER article_counts_delete; DROP TRIGGER article_counts_update;
            DROP TABLE article_counts; DROP INDEX articles_imported; DELETE FROM schema_migrations WHERE number = 7;
            """);
        Assert.False(SchemaMigrator.IsCurrent(_connection));

        var version = SchemaMigrator.Migrate(_connection);

        Assert.True(TableExists("article_counts"));
        Assert.True(SchemaMigrator.IsCurrent(_connection));
        Assert.Equal(SchemaMigrator.LatestVersion, version);
    }

    [Fact]
    public void A_store_from_before_the_ledger_is_taken_as_having_every_migration_up_to_its_version()
    {
        SchemaMigrator.Migrate(_connection);
        _connection.Execute($"DROP TABLE schema_migrations; PRAGMA user_version = {SchemaMigrator.LatestVersion};");

        // Running any script again would fail (ALTER TABLE … ADD COLUMN of a column that exists).
        SchemaMigrator.Migrate(_connection);

        Assert.True(SchemaMigrator.IsCurrent(_connection));
        Assert.Equal(SchemaMigrator.LatestVersion, _connection.ExecuteScalar<int>("SELECT MAX(number) FROM schema_migrations"));
    }

    [Fact]
    public void A_store_with_a_migration_past_this_builds_last_is_refused_to_write_and_to_read_saying_what_to_do()
    {
        SchemaMigrator.Migrate(_connection);
        // What a newer build leaves behind: a migration numbered past this build's last.
        var newer = SchemaMigrator.LatestVersion + 1;
        _connection.Execute("INSERT INTO schema_migrations (number, applied_at) VALUES (@newer, 'later')", new { newer });

        var writing = Assert.Throws<CorpusSetupException>(() => SchemaMigrator.Migrate(_connection));
        var reading = Assert.Throws<CorpusSetupException>(() => SchemaMigrator.IsCurrent(_connection));

        Assert.Contains("newer NewsCorpus", writing.Message, StringComparison.Ordinal);
        Assert.Contains($"migration {newer}", writing.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {SchemaMigrator.LatestVersion}", writing.Message, StringComparison.Ordinal);
        Assert.Equal(writing.Message, reading.Message);
        Assert.Equal(newer, _connection.ExecuteScalar<int>("SELECT MAX(number) FROM schema_migrations"));
    }

    [Fact]
    public void A_migration_below_this_builds_last_that_it_lacks_is_a_branchs_not_a_newer_builds_and_the_store_opens()
    {
        SchemaMigrator.Migrate(_connection);
        // 004 existed on a branch and was renumbered 006 before landing; a store from that branch holds it.
        _connection.Execute("INSERT INTO schema_migrations (number, applied_at) VALUES (4, 'branch')");

        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.Migrate(_connection));
        Assert.True(SchemaMigrator.IsCurrent(_connection));
    }

    [Fact]
    public void A_store_from_before_the_ledger_with_a_version_past_this_builds_is_refused()
    {
        SchemaMigrator.Migrate(_connection);
        _connection.Execute($"DROP TABLE schema_migrations; PRAGMA user_version = {SchemaMigrator.LatestVersion + 1};");

        Assert.Throws<CorpusSetupException>(() => SchemaMigrator.Migrate(_connection));
        // Refused before the ledger was filled in from user_version: nothing recorded.
        Assert.Equal(0, _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void The_store_records_that_its_original_texts_may_be_zstandard_frames()
    {
        SchemaMigrator.Migrate(_connection);

        Assert.Equal("zstd-utf16", _connection.ExecuteScalar<string>("SELECT value FROM store_meta WHERE key = 'original_text_form'"));
    }

    public void Dispose() => _connection.Dispose();
}
