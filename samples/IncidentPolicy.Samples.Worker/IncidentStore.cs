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
            """);
        if (!HasColumn("incidents", "checkpoint"))
        {
            Execute("ALTER TABLE incidents ADD COLUMN checkpoint TEXT NULL"); // a database from before checkpoints
        }
    }

    /// <summary>
    /// Adds an incident, or replaces its record (a newer version with more events). Its checkpoint stays: the next
    /// evaluation resumes from it when the record before the checkpoint is unchanged, and replays the record otherwise.
    /// </summary>
    public void Save(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Execute(
            "INSERT INTO incidents (id, record) VALUES ($id, $record) ON CONFLICT (id) DO UPDATE SET record = excluded.record",
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

    /// <summary>The ids of every stored incident: all are evaluated at start-up, which catches up whatever was missed while down.</summary>
    public IReadOnlyList<string> AllIds()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM incidents ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// Records an evaluation: when the incident is next due (for people looking at the database; the worker
    /// re-evaluates everything at start) and the checkpoint the next evaluation resumes from.
    /// </summary>
    public void SetEvaluated(string id, Instant? next, EvaluationCheckpoint? checkpoint) => Execute(
        "UPDATE incidents SET next_evaluation_at = $next, checkpoint = $checkpoint WHERE id = $id",
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
