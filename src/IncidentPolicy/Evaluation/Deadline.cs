using System.Collections.Immutable;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// One deadline of a result, defined once: its name (the key in the wire format's <c>deadlines</c>, a
/// simulation's <c>deadlineChanged</c> action and the text output; see docs/wire-format.md) and, inside the
/// engine, how the timer that carries it is ordered among timers due at the same instant and whether
/// resolution stops it. The result (<see cref="IncidentDeadlines"/>), the simulator, the writers and the
/// CLI list deadlines in the order of <see cref="All"/>. What each one means: docs/semantics.md.
/// </summary>
/// <remarks>
/// Timers due at one instant elapse escalation first (so the checks of that instant see the new level),
/// then the response deadline, the roles' due instant, the status-update due instant, the customer-update due
/// instant, the review deadline, and last the boundaries of cadence phases. <see cref="EarliestResolveAt"/> has no timer: nothing happens when it passes.
/// </remarks>
public sealed class Deadline
{
    private const int NotInResult = -1;

    private const int NoTimer = int.MaxValue;

    private Deadline(string name, int timerOrder, bool stopsAtResolution)
    {
        Name = name;
        TimerOrder = timerOrder;
        StopsAtResolution = stopsAtResolution;
    }

    /// <summary><c>responseBy</c>: when an acknowledgement is (or was) due; met by the first acknowledgement or the resolution, and kept once met or missed (IRP2001).</summary>
    public static Deadline ResponseBy { get; } = new("responseBy", timerOrder: 1, stopsAtResolution: false);

    /// <summary><c>nextUpdateBy</c>: when the next status update is due; cleared at resolution (IRP5001).</summary>
    public static Deadline NextUpdateBy { get; } = new("nextUpdateBy", timerOrder: 3, stopsAtResolution: true);

    /// <summary><c>escalatesAt</c>: when the incident escalates if still unresolved; cleared at resolution (IRP3001).</summary>
    public static Deadline EscalatesAt { get; } = new("escalatesAt", timerOrder: 0, stopsAtResolution: true);

    /// <summary><c>earliestResolveAt</c>: the last mitigation plus the level's verification window; frozen at resolution (IRP6001). No timer carries it.</summary>
    public static Deadline EarliestResolveAt { get; } = new("earliestResolveAt", timerOrder: NoTimer, stopsAtResolution: false);

    /// <summary><c>reviewBy</c>: when the post-incident review is due, set at resolution by the peak level, and kept once met or missed (IRP7001).</summary>
    public static Deadline ReviewBy { get; } = new("reviewBy", timerOrder: 5, stopsAtResolution: false);

    /// <summary>
    /// <c>nextCustomerUpdateBy</c>: when the next customer update is due, at a level with a customer update cadence;
    /// cleared on entering a level without one and at resolution (IRP5003).
    /// </summary>
    public static Deadline NextCustomerUpdateBy { get; } = new("nextCustomerUpdateBy", timerOrder: 4, stopsAtResolution: true);

    /// <summary>Every deadline of a result, in the order the result, the wire format and the text output list them.</summary>
    public static ImmutableArray<Deadline> All { get; } = [ResponseBy, NextUpdateBy, EscalatesAt, EarliestResolveAt, ReviewBy, NextCustomerUpdateBy];

    /// <summary>
    /// The instant the required incident roles fall due (IRP4002): a timer of the engine, not part of the
    /// result, so not in <see cref="All"/>.
    /// </summary>
    internal static Deadline RolesDue { get; } = new("rolesDue", timerOrder: 2, stopsAtResolution: true);

    /// <summary>
    /// An instant at which a phase of a cadence schedule begins: a timer of the engine that moves
    /// <see cref="NextUpdateBy"/> earlier when the new phase asks for it; not part of the result, so not in <see cref="All"/>.
    /// </summary>
    internal static Deadline CadencePhase { get; } = new("cadencePhase", timerOrder: 6, stopsAtResolution: true);

    /// <summary>The name: the key in the wire format and the text output, e.g. <c>responseBy</c>.</summary>
    public string Name { get; }

    /// <summary>The position in <see cref="All"/>, or <see cref="NotInResult"/>.</summary>
    internal int Index => All.IndexOf(this);

    /// <summary>Whether the deadline is part of the result.</summary>
    internal bool IsInResult => Index != NotInResult;

    /// <summary>The tie-break between timers due at the same instant: lower first.</summary>
    internal int TimerOrder { get; }

    /// <summary>Whether resolution stops the timer that carries it (escalation, roles, update cadence) rather than meeting it or starting it.</summary>
    internal bool StopsAtResolution { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
