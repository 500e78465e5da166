using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A string escaping half a surrogate pair (<c>"\ud800"</c>) is valid JSON but no text: where the reader needs its text it
/// is a problem at its path, quoted as written, never an exception.
/// </summary>
public sealed class JsonStringsTests
{
    [Fact]
    public void An_instant_written_as_half_a_surrogate_pair_is_a_problem_at_its_path()
    {
        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident("""{"id": "INC-1", "detectedAt": "\ud800"}"""));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("$.detectedAt", $"expected {JsonValueReader.InstantExpected}, got the string \"\\ud800\""), (problem.Path, problem.Message));
    }
}
