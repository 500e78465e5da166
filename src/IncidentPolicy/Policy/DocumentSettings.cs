using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// The policy's settings for the document rules (docs/documents.md): the runbook layout, the commands that
/// change a system, and how old a runbook's last verification may be.
/// </summary>
public sealed record DocumentSettings
{
    /// <summary>
    /// The commands that change a system, one pattern each: words, each a word or alternatives
    /// (<c>apply|create</c>), <c>...</c> for any words between; <c>sql:</c> before SQL keywords. Matched
    /// case-insensitively, with options and their values allowed between the words.
    /// </summary>
    public static ImmutableArray<string> DefaultChangingCommands { get; } =
    [
        "kubectl apply|create|delete|patch|replace|scale|set|drain|cordon",
        "kubectl rollout restart|undo",
        "helm install|upgrade|rollback|uninstall",
        "terraform apply|destroy",
        "systemctl restart|stop|start",
        "service ... restart|stop",
        "docker stop|rm|restart",
        "git push|revert|reset",
        "redis-cli ... FLUSHDB|FLUSHALL",
        "rm",
        "sql: DROP|DELETE|UPDATE|ALTER|TRUNCATE|INSERT",
    ];

    // After DefaultChangingCommands: static initialisers run in the order they are written.
    /// <summary>The default settings: the procedure's runbook layout, <see cref="DefaultChangingCommands"/> and 90 days.</summary>
    public static DocumentSettings Default { get; } = new();

    /// <summary>The runbook layout: the required sections, the steps section, the paths of runbooks.</summary>
    public RunbookSettings Runbook
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = RunbookSettings.Default;

    /// <summary>The review layout and the names the blame check ignores.</summary>
    public ReviewSettings Review
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ReviewSettings.Default;

    /// <summary>The patterns of the commands that change a system (see <see cref="DefaultChangingCommands"/>).</summary>
    public ImmutableArray<string> ChangingCommands { get; init; } = DefaultChangingCommands;

    /// <summary>How long after its last verification a runbook is stale (IRP8008); a day is 24 hours.</summary>
    public Duration RunbookMaxAge { get; init; } = Duration.FromDays(90);

    /// <inheritdoc />
    public bool Equals(DocumentSettings? other) =>
        other is not null
        && Runbook == other.Runbook
        && Review == other.Review
        && ChangingCommands.SequenceEqual(other.ChangingCommands, StringComparer.Ordinal)
        && RunbookMaxAge == other.RunbookMaxAge;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Runbook, ChangingCommands.Length, RunbookMaxAge);
}
