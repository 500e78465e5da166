using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentPolicy.Samples.Worker;

/// <summary>
/// The way incidents come in: JSON files (incident records, docs/wire-format.md) moved into a folder. Each file is imported into
/// the store, then deleted; a file that is not an incident record is moved to <c>rejected/</c>. Write a
/// file elsewhere and move it in, so that it is never read half-written. A watcher signals new files,
/// so the worker sleeps until then.
/// </summary>
public sealed partial class DropFolder : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);
    private readonly FileSystemWatcher _watcher;
    private readonly IncidentStore _store;
    private readonly ILogger<DropFolder> _logger;
    private readonly string _folder;

    public DropFolder(IOptions<WorkerOptions> options, IncidentStore store, ILogger<DropFolder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _logger = logger;
        _folder = Path.GetFullPath(options.Value.DropDirectory);
        Directory.CreateDirectory(_folder);
        _watcher = new FileSystemWatcher(_folder, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        _watcher.Created += (_, _) => _signal.Release();
        _watcher.Renamed += (_, _) => _signal.Release();
        _watcher.Changed += (_, _) => _signal.Release();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits until a file arrives or <paramref name="timeout"/> passes; returns whether a file arrived.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Imports the files present, at most <paramref name="max"/> of them (the first by name); returns the ids of the
    /// incidents imported, and whether files were left for the next call.
    /// </summary>
    public (IReadOnlyList<string> Imported, bool More) Import(int max = int.MaxValue)
    {
        var imported = new List<string>();
        var files = Directory.GetFiles(_folder, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files.Take(max))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                Log.Unreadable(_logger, file, e.Message);
                continue;
            }

            try
            {
                var incident = IncidentJson.ReadIncident(text, source: Path.GetFileName(file));
                _store.Save(incident); // committed before the file is deleted: a crash in between imports it again, harmlessly
                File.Delete(file);
                imported.Add(incident.Id);
                Log.Imported(_logger, incident.Id, file);
            }
            catch (InvalidIncidentException e)
            {
                Log.Rejected(_logger, file, e.Message);
                var rejected = Directory.CreateDirectory(Path.Combine(_folder, "rejected")).FullName;
                File.Move(file, Path.Combine(rejected, Path.GetFileName(file)), overwrite: true);
            }
        }

        return (imported, files.Count > max);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _signal.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Imported incident {Id} from {File}")]
        public static partial void Imported(ILogger logger, string id, string file);

        [LoggerMessage(Level = LogLevel.Error, Message = "Rejected {File}: {Problems}")]
        public static partial void Rejected(ILogger logger, string file, string problems);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {File} yet: {Reason}")]
        public static partial void Unreadable(ILogger logger, string file, string reason);
    }
}
