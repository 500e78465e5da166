using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>
/// One thing a policy test case expects of the evaluation (docs/policy-tests.md): a field's value
/// (<see cref="ValueExpectation"/>), a diagnostic present or absent (<see cref="DiagnosticExpectation"/>), a
/// recipient notified or not (<see cref="NotificationExpectation"/>), a checklist item's state
/// (<see cref="ChecklistExpectation"/>) or a message's text (<see cref="MessageExpectation"/>). Only what a case
/// names is compared.
/// </summary>
public abstract class PolicyExpectation
{
    private protected PolicyExpectation(string field, ProblemLocation location)
    {
        Field = field;
        Location = location;
    }

    /// <summary>The field of the evaluation compared, as the evaluation result names it (<c>deadlines.responseBy</c>).</summary>
    public string Field { get; }

    /// <summary>Where the expectation is written in the test file.</summary>
    public ProblemLocation Location { get; }

    /// <summary>What the evaluation says against this expectation: <see langword="null"/> when it is met.</summary>
    internal abstract PolicyTestDifference? Compare(CaseOutcome outcome);

    /// <summary>The difference for this expectation.</summary>
    private protected PolicyTestDifference Differs(string expected, string actual) => new(Field, expected, actual, Location);
}
