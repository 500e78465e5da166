using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Validation;

/// <summary>Lists of names in messages read as English: <c>a, b or c</c>, one name alone, and a plain word when there are none.</summary>
public sealed class ProblemMessagesTests
{
    [Fact]
    public void Names_are_listed_with_commas_and_a_final_or()
    {
        Assert.Equal("open, mitigated or resolved", ProblemMessages.OneOf(["open", "mitigated", "resolved"]));
        Assert.Equal("open", ProblemMessages.OneOf(["open"]));
    }

    [Fact]
    public void No_names_at_all_are_said_to_be_none()
    {
        Assert.Equal("nothing (there are none)", ProblemMessages.OneOf([]));
    }
}
