using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// Every sample policy keeps its meaning: the effective policy of each samples/policies/*.json (read as
/// <c>--policy</c> reads it) equals the whole policy approved in SamplePolicies/ beside this file, which was
/// written by <c>incident-policy policy --policy &lt;sample&gt;</c>. A change of the reader that changes what a
/// document means fails here. INCIDENTPOLICY_UPDATE_SAMPLE_POLICIES=1 rewrites the approved files.
/// </summary>
public sealed class SamplePolicyMeaningTests
{
    private const string UpdateVariable = "INCIDENTPOLICY_UPDATE_SAMPLE_POLICIES";

    public static TheoryData<string> Samples => [.. SamplePolicyFiles.Readable];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_effective_policy_of_each_sample_is_the_approved_one(string file)
    {
        var effective = PolicyJson.ReadOverride(File.ReadAllText(Repository.PathOf("samples", "policies", file)), source: file);
        var approvedPath = Repository.PathOf("tests", "IncidentPolicy.Tests", "Serialization", "SamplePolicies", file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(approvedPath, PolicyJson.Write(effective) + "\n");
        }

        Assert.True(File.Exists(approvedPath), $"No approved policy for samples/policies/{file}: run with {UpdateVariable}=1 and review the file.");
        Assert.Equal(PolicyJson.Read(File.ReadAllText(approvedPath)), effective);
    }

    [Fact]
    public void Every_approved_policy_belongs_to_a_sample()
    {
        var approved = Directory.GetFiles(Repository.PathOf("tests", "IncidentPolicy.Tests", "Serialization", "SamplePolicies"), "*.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

        Assert.Equal(SamplePolicyFiles.Readable, approved);
    }
}
