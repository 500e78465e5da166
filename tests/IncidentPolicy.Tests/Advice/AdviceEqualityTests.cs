using System;
using System.Collections.Immutable;
using IncidentPolicy.Advice;
using Xunit;

namespace IncidentPolicy.Tests.Advice;

/// <summary>
/// The advisor's records compare by value, their lists element by element: equal when every member is, unequal
/// when any one differs. A policy read twice, or a table rebuilt, is the same table.
/// </summary>
public sealed class AdviceEqualityTests
{
    // Each list is built anew on every call, so equal values never share an array.
    private static InvestigationStepAdvice Step() => new("logs", "Examine logs", ["Stack traces", "Repeated errors"]);

    private static HypothesisAdvice Hypothesis() =>
        new("memoryLeak", "Memory leak", ["memoryGrowth", "latencyIncrease"], "Check the memory trend.", ["restart", "rollback"], "Watch the heap.");

    private static MitigationAdvice Mitigation() =>
        new("cacheClear", "Cache clear", "Stale data", "Flush the cache", "Origin load", ["dataInconsistency", "latencyIncrease"]);

    private static RankedHypothesis Ranked() => new(Hypothesis(), ["memoryGrowth"]);

    private static void EqualWithEqualHashCodes<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(default));
    }

    [Fact]
    public void Entries_with_every_member_equal_are_equal()
    {
        EqualWithEqualHashCodes(Step(), Step());
        EqualWithEqualHashCodes(Hypothesis(), Hypothesis());
        EqualWithEqualHashCodes(Hypothesis() with { Reminder = null }, Hypothesis() with { Reminder = null });
        EqualWithEqualHashCodes(Mitigation(), Mitigation());
        EqualWithEqualHashCodes(new MitigationAdvice("m", "M", "w", "h", "r"), new MitigationAdvice("m", "M", "w", "h", "r", []));
        EqualWithEqualHashCodes(Ranked(), Ranked());
    }

    [Fact]
    public void A_list_left_default_in_the_constructor_or_with_with_reads_as_empty_and_compares_as_such()
    {
        EqualWithEqualHashCodes(new InvestigationStepAdvice("logs", "Examine logs", default), new InvestigationStepAdvice("logs", "Examine logs", []));
        EqualWithEqualHashCodes(Step() with { LookFor = default }, Step() with { LookFor = [] });
        EqualWithEqualHashCodes(new HypothesisAdvice("h", "H", default, "Test", default), new HypothesisAdvice("h", "H", [], "Test", []));
        EqualWithEqualHashCodes(Hypothesis() with { Signals = default }, Hypothesis() with { Signals = [] });
        Assert.True(Step() with { LookFor = default } is { LookFor.IsEmpty: true });
        Assert.True(Hypothesis() with { Signals = default } is { Signals.IsEmpty: true });
    }

    [Theory]
    [InlineData("Key")]
    [InlineData("Title")]
    [InlineData("LookFor")]
    public void Steps_differing_in_one_member_are_unequal(string member)
    {
        var step = Step();
        var other = member switch
        {
            "Key" => step with { Key = "deploys" },
            "Title" => step with { Title = "Read logs" },
            _ => step with { LookFor = ["Stack traces"] },
        };

        Assert.False(step.Equals(other));
        Assert.False(other.Equals(step));
    }

    [Theory]
    [InlineData("Key")]
    [InlineData("Title")]
    [InlineData("Signals")]
    [InlineData("HowToTest")]
    [InlineData("Mitigations")]
    [InlineData("Reminder")]
    [InlineData("No reminder")]
    public void Hypotheses_differing_in_one_member_are_unequal(string member)
    {
        var hypothesis = Hypothesis();
        var other = member switch
        {
            "Key" => hypothesis with { Key = "leak" },
            "Title" => hypothesis with { Title = "A leak" },
            "Signals" => hypothesis with { Signals = ["memoryGrowth"] },
            "HowToTest" => hypothesis with { HowToTest = "Restart and watch." },
            "Mitigations" => hypothesis with { Mitigations = ["rollback", "restart"] },
            "Reminder" => hypothesis with { Reminder = "Watch the stack." },
            _ => hypothesis with { Reminder = null },
        };

        Assert.False(hypothesis.Equals(other));
        Assert.False(other.Equals(hypothesis));
    }

    [Theory]
    [InlineData("Key")]
    [InlineData("Title")]
    [InlineData("WhenToUse")]
    [InlineData("How")]
    [InlineData("Risk")]
    [InlineData("OfferedWith")]
    public void Mitigations_differing_in_one_member_are_unequal(string member)
    {
        var mitigation = Mitigation();
        var other = member switch
        {
            "Key" => mitigation with { Key = "cdnPurge" },
            "Title" => mitigation with { Title = "CDN purge" },
            "WhenToUse" => mitigation with { WhenToUse = "Corrupted data" },
            "How" => mitigation with { How = "Purge the CDN" },
            "Risk" => mitigation with { Risk = "Slow pages" },
            _ => mitigation with { OfferedWith = [] },
        };

        Assert.False(mitigation.Equals(other));
        Assert.False(other.Equals(mitigation));
    }

    [Theory]
    [InlineData("Hypothesis")]
    [InlineData("SupportingSignals")]
    public void Ranked_hypotheses_differing_in_one_member_are_unequal(string member)
    {
        var ranked = Ranked();
        var other = member == "Hypothesis"
            ? ranked with { Hypothesis = Hypothesis() with { Title = "A leak" } }
            : ranked with { SupportingSignals = ["memoryGrowth", "latencyIncrease"] };

        Assert.False(ranked.Equals(other));
        Assert.False(other.Equals(ranked));
    }

    [Fact]
    public void Tables_with_equal_entries_are_equal()
    {
        var rebuilt = new AdvisorTables(
            AdvisorTables.Default.Steps.ToBuilder().ToImmutable(),
            AdvisorTables.Default.Hypotheses.ToBuilder().ToImmutable(),
            AdvisorTables.Default.Mitigations.ToBuilder().ToImmutable());

        EqualWithEqualHashCodes(AdvisorTables.Default, rebuilt);
        EqualWithEqualHashCodes(AdvisorTables.Default, AdvisorTables.Default.ToBuilder().Build());
    }

    [Theory]
    [InlineData("Steps")]
    [InlineData("Hypotheses")]
    [InlineData("Mitigations")]
    public void Tables_differing_in_one_table_are_unequal(string table)
    {
        var tables = AdvisorTables.Default;
        var builder = tables.ToBuilder();
        var other = (table switch
        {
            "Steps" => builder.Step(tables.Steps[0] with { Title = "Look at the dashboards" }),
            "Hypotheses" => builder.Hypothesis(tables.Hypotheses[0] with { HowToTest = "Roll back and watch." }),
            _ => builder.Mitigation(tables.Mitigations[0] with { Risk = "None" }),
        }).Build();

        Assert.False(tables.Equals(other));
        Assert.False(other.Equals(tables));
    }
}
