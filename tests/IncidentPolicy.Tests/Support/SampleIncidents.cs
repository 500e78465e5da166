using Xunit;

namespace IncidentPolicy.Tests.Support;

/// <summary>Theory data: the file names of samples/incidents/*.json.</summary>
internal static class SampleIncidents
{
    public static TheoryData<string> Names => [.. Repository.SampleIncidentNames];
}
