using System;
using System.Collections.Generic;
using System.IO;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// Incidents (each record with the checkpoint of its last evaluation) and the keys of the messages already
/// sent, in one SQLite file. Each write is its own
/// transaction, committed before the worker goes on, so a crash loses at most the record of the message
/// being sent — which is then sent again under the same key.
/// </summary>
public sealed class IncidentStore : IDisposable
{
    private readonly SqliteConnection _connection;

    public IncidentStore(IOptions<WorkerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = Path.GetFullPath(options.Value.DatabaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS incidents (
                id TEXT PRIMARY KEY,
                record TEXT NOT NULL,
                next_evaluation_at TEXT NULL,
                checkpoint TEXT NULL);
            CREATE TABLE IF NOT EXISTS sent (
                key TEXT PRIMARY KEY,
                incident_id TEXT NOT NULL,
                sent_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS settings (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL);
            """);
        if (!HasColumn("incidents", "checkpoint"))
        {
            Execute("ALTER TABLE incidents ADD COLUMN checkpoint TEXT NULL"); // a database from before checkpoints
        }

        if (!HasColumn("incidents", "evaluated"))
        {
            // 1 once the stored record's evaluation and its messages are done; a database from before it evaluates everything once.
            Execute("ALTER TABLE incidents ADD COLUMN evaluated INTEGER NOT NULL DEFAULT 0");
        }
    }

    /// <summary>
    /// Records the policy the incidents are evaluated with (as its JSON document). When it is not the one recorded, every
    /// incident is marked to be evaluated again, in the same transaction: the instants stored were computed with the
    /// other policy.
    /// </summary>
    public void UsePolicy(string policyDocument)
    {
        using (var read = _connection.CreateCommand())
        {
            read.CommandText = "SELECT value FROM settings WHERE name = 'policy'";
            if (read.ExecuteScalar() is string stored && stored == policyDocument)
            {
                return;
            }
        }

        Execute(
            """
            BEGIN IMMEDIATE;
            UPDATE incidents SET evaluated = 0;
            INSERT INTO settings (name, value) VALUES ('policy', $policy) ON CONFLICT (name) DO UPDATE SET value = excluded.value;
            COMMIT;
            """,
            ("$policy", policyDocument));
    }

    /// <summary>
    /// The incidents to schedule at start-up, each with when it is due: null for one whose stored record was not
    /// evaluated to the end (imported, or cut short by a crash or a failing notifier: due now), else its
    /// <c>next_evaluation_at</c>. An incident whose result never changes again is not listed, so a restart costs what is
    /// due, not every incident ever imported.
    /// </summary>
    public IReadOnlyList<(string Id, Instant? DueAt)> Pending()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, evaluated, next_evaluation_at FROM incidents WHERE evaluated = 0 OR next_evaluation_at IS NOT NULL ORDER BY id";
        using var reader = command.ExecuteReader();
        var pending = new List<(string, Instant?)>();
        while (reader.Read())
        {
            pending.Add((reader.GetString(0), reader.GetInt64(1) == 0 ? null : InstantPattern.ExtendedIso.Parse(reader.GetString(2)).Value));
        }

        return pending;
    }

    /// <summary>
    /// Adds an incident, or replaces its record (a newer version with more events), to be evaluated. Its checkpoint stays:
    /// the next evaluation resumes from it when the record before the checkpoint is unchanged, and replays the record otherwise.
    /// </summary>
    public void Save(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Execute(
            "INSERT INTO incidents (id, record) VALUES ($id, $record) ON CONFLICT (id) DO UPDATE SET record = excluded.record, evaluated = 0",
            ("$id", incident.Id),
            ("$record", IncidentJson.WriteIncident(incident, indented: false)));
    }

    /// <summary>The incident's record, and the checkpoint of its last evaluation (null when there is none or it cannot be read).</summary>
    public (IncidentRecord Record, EvaluationCheckpoint? Checkpoint)? Find(string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT record, checkpoint FROM incidents WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var record = IncidentJson.ReadIncident(reader.GetString(0), source: $"incidents/{id}");
        EvaluationCheckpoint? checkpoint = null;
        if (!reader.IsDBNull(1))
        {
            try
            {
                checkpoint = CheckpointJson.Read(reader.GetString(1), source: $"incidents/{id}/checkpoint");
            }
            catch (InvalidCheckpointException)
            {
                // Only ever an optimisation: without it the record is replayed from detection.
            }
        }

        return (record, checkpoint);
    }

    /// <summary>
    /// Records an evaluation whose messages are all sent: when the incident is next due (where a restart schedules it)
    /// and the checkpoint the next evaluation resumes from.
    /// </summary>
    public void SetEvaluated(string id, Instant? next, EvaluationCheckpoint? checkpoint) => Execute(
        "UPDATE incidents SET next_evaluation_at = $next, checkpoint = $checkpoint, evaluated = 1 WHERE id = $id",
        ("$id", id),
        ("$next", next is { } at ? InstantPattern.ExtendedIso.Format(at) : DBNull.Value),
        ("$checkpoint", checkpoint is null ? DBNull.Value : CheckpointJson.Write(checkpoint)));

    public bool WasSent(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sent WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() is not null;
    }

    public void MarkSent(string key, string incidentId, Instant sentAt) => Execute(
        "INSERT OR IGNORE INTO sent (key, incident_id, sent_at) VALUES ($key, $incident, $at)",
        ("$key", key),
        ("$incident", incidentId),
        ("$at", InstantPattern.ExtendedIso.Format(sentAt)));

    public void Dispose() => _connection.Dispose();

    private bool HasColumn(string table, string column)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return command.ExecuteScalar() is not null;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
