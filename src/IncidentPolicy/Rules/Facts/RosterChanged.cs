using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A role changed hands now.</summary>
internal sealed class RosterChanged(RoleRoster before, RoleRoster after, Instant at) : ITransientFact
{
    public RoleRoster Before { get; } = before;

    public RoleRoster After { get; } = after;

    public Instant At { get; } = at;
}
