using System;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Writing and reading checkpoints refuse a null argument by name, as documented, rather than failing somewhere inside.</summary>
public sealed class CheckpointJsonTests
{
    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Equal("checkpoint", Assert.Throws<ArgumentNullException>(() => CheckpointJson.Write(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CheckpointJson.Read(null!)).ParamName);
    }
}
