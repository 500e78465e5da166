using System.Linq;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// The problems of a record are listed in the order of the document, whichever check found them; a property whose name
/// is half a surrogate pair is no property a problem can be at, so it does not move the others.
/// </summary>
public sealed class DocumentOrderTests
{
    [Fact]
    public void A_property_named_with_half_a_surrogate_pair_does_not_stand_in_for_the_properties_after_it()
    {
        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(
            """{"\ud800": 1, "zzz": 1, "id": 5, "detectedAt": "2024-03-15T10:00:00Z"}"""));

        Assert.Equal(["$", "$.zzz", "$.id"], refused.Problems.Select(p => p.Path));
        Assert.Equal("expected property names of valid Unicode text, got one with an unpaired surrogate escape", refused.Problems[0].Message);
    }
}
