using System;
using IncidentPolicy.Model;
using Xunit;

namespace IncidentPolicy.Tests.Records;

/// <summary>An impact assessment changed by a reassessment: what the update gives replaces, what it leaves out is kept.</summary>
public sealed class ImpactAssessmentTests
{
    private static readonly ImpactAssessment Before = new(UsersAffected.Subset, ImpactScope.CoreDegraded, SecurityBreach: true, DataCorruption: false)
    {
        Description = "Checkout slow",
        CustomerDescription = "Some payments are slow",
    };

    [Fact]
    public void An_empty_update_keeps_every_answer_and_both_descriptions()
    {
        Assert.Equal(Before, Before.With(new ImpactUpdate()));
    }

    [Fact]
    public void Each_answer_the_update_gives_replaces_that_answer_only()
    {
        Assert.Equal(Before with { UsersAffected = UsersAffected.All }, Before.With(new ImpactUpdate(UsersAffected: UsersAffected.All)));
        Assert.Equal(Before with { Scope = ImpactScope.Outage }, Before.With(new ImpactUpdate(Scope: ImpactScope.Outage)));
        Assert.Equal(Before with { SecurityBreach = false }, Before.With(new ImpactUpdate(SecurityBreach: false)));
        Assert.Equal(Before with { DataCorruption = true }, Before.With(new ImpactUpdate(DataCorruption: true)));
        Assert.Equal(Before with { Description = "Checkout down" }, Before.With(new ImpactUpdate { Description = "Checkout down" }));
        Assert.Equal(Before with { CustomerDescription = "Payments fail" }, Before.With(new ImpactUpdate { CustomerDescription = "Payments fail" }));
    }

    [Fact]
    public void A_missing_update_is_refused_naming_it()
    {
        Assert.Equal("update", Assert.Throws<ArgumentNullException>(() => Before.With(null!)).ParamName);
    }
}
