using System.Linq;
using System.Text.Json;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// The problems of a record are listed in the order of the document, whichever check found them; a property whose name
/// is half a surrogate pair is no property a problem can be at, so it does not move the others. A place the document
/// does not have (a property of a value that is no object, an item past a list's end or of a value that is no list)
/// sorts as missing at the first step that is not there, before what its parent has, and does not stop the sort.
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

    [Fact]
    public void A_property_of_a_value_that_is_no_object_sorts_as_missing_there()
    {
        using var document = JsonDocument.Parse("""{"a": 1, "b": {"c": 2}}""");
        var problems = new[] { At(Root.Key("b").Key("c")), At(Root.Key("a").Key("x")), At(Root.Key("b")) };

        var sorted = DocumentOrder.Sort(problems, document.RootElement);

        Assert.Equal(["$.a.x", "$.b", "$.b.c"], sorted.Select(p => p.Path));
    }

    [Fact]
    public void An_item_past_the_end_or_of_a_value_that_is_no_list_sorts_as_missing_there()
    {
        using var document = JsonDocument.Parse("""{"list": [1, 2], "after": 0, "object": {"k": 1}}""");
        var problems = new[]
        {
            At(Root.Key("object").Index(0)), At(Root.Key("after").Index(0)), At(Root.Key("list").Index(2)),
            At(Root.Key("list").Index(1)), At(Root.Key("list").Index(5)),
        };

        var sorted = DocumentOrder.Sort(problems, document.RootElement);

        Assert.Equal(["$.list[2]", "$.list[5]", "$.list[1]", "$.after[0]", "$.object[0]"], sorted.Select(p => p.Path));
    }

    private static ProblemLocation Root => ProblemLocation.Root;

    private static ValidationProblem At(ProblemLocation location) => new(location, "a problem");
}
