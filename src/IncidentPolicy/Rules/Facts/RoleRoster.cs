using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>Who holds which incident role.</summary>
internal sealed class RoleRoster(ImmutableDictionary<IncidentRole, string> holders, object? source)
{
    public static RoleRoster Empty { get; } = new(ImmutableDictionary<IncidentRole, string>.Empty, null);

    public ImmutableDictionary<IncidentRole, string> Holders { get; } = holders;

    /// <summary>The same person (ignoring case) is Incident Commander and Technical Lead.</summary>
    public bool CommanderIsTechnicalLead =>
        Holders.TryGetValue(IncidentRole.IncidentCommander, out var commander)
        && Holders.TryGetValue(IncidentRole.TechnicalLead, out var lead)
        && string.Equals(commander.Trim(), lead.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The happening that set it, so the rule that replaces it does not fire on its own result.</summary>
    public object? Source { get; } = source;

    public RoleRoster With(IncidentRole role, string person, object source) => new(Holders.SetItem(role, person), source);

    public IEnumerable<IncidentRole> Missing(IEnumerable<IncidentRole> required) => required.Where(r => !Holders.ContainsKey(r));
}
