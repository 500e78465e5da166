using System;
using System.IO;

namespace IncidentPolicy.Samples.Worker;

/// <summary>The <c>Worker</c> section of the configuration.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    /// <summary>The SQLite database of incidents and sent keys; default <c>incidents.db</c> next to the app.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The folder of incident JSON files to import (write elsewhere, then move in); default <c>drop</c> next to the app.</summary>
    public string? DropFolder { get; set; }

    /// <summary>When set, notifications are also appended to this file, one line each (what the sample's test reads).</summary>
    public string? NotificationLog { get; set; }

    /// <summary>How long sending one message takes (a slow chat or paging API); zero by default.</summary>
    public TimeSpan SendDelay { get; set; }

    public string DatabaseFile => DatabasePath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "incidents.db");

    public string DropDirectory => DropFolder is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "drop");
}
