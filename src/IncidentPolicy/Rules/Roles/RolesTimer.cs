using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Roles;

/// <summary>When the required roles fall due. Not part of the result, so not an observable change.</summary>
internal sealed class RolesTimer(Instant dueAt) : Timer(dueAt)
{
    public override int Order => 2;

    public override bool StopsAtResolution => true;

    public override ITransientFact Elapse() => new TimerElapsed<RolesTimer>(this);
}
