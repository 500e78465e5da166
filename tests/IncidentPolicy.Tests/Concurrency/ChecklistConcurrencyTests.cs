using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// One <see cref="ChecklistEngine"/> and one <see cref="Advisor"/>, each shared by 16 threads, write the reports and
/// the advice they write one at a time.
/// </summary>
public sealed class ChecklistConcurrencyTests
{
    [Fact]
    public void Checklists_reported_on_16_threads_are_the_checklists_reported_one_at_a_time()
    {
        var shared = new ChecklistEngine(new PolicyEngine(ResponsePolicy.Default));
        var own = new ChecklistEngine(new PolicyEngine(ResponsePolicy.Default));

        SixteenThreads.AgreeWithOneAtATime(
            ConcurrencyInputs.Instants(),
            c => ChecklistJson.WriteReport(shared.Report(c.Incident, c.At)),
            c => ChecklistJson.WriteReport(own.Report(c.Incident, c.At)));
    }

    [Fact]
    public void Advice_given_on_16_threads_is_the_advice_given_one_at_a_time()
    {
        var shared = new Advisor(AdvisorTables.Default);
        var own = new Advisor(AdvisorTables.Default);

        SixteenThreads.AgreeWithOneAtATime(
            ConcurrencyInputs.Instants(),
            c => ChecklistJson.WriteAdvice(shared.Advise(c.Incident, c.At)),
            c => ChecklistJson.WriteAdvice(own.Advise(c.Incident, c.At)));
    }
}
