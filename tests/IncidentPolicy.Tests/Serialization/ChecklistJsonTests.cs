using System;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Writing a checklist report or investigation advice refuses a null argument with an ArgumentNullException naming it, not a failure from inside.</summary>
public sealed class ChecklistJsonTests
{
    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ChecklistJson.WriteReport(null!)).ParamName);
        Assert.Equal("advice", Assert.Throws<ArgumentNullException>(() => ChecklistJson.WriteAdvice(null!)).ParamName);
    }
}
