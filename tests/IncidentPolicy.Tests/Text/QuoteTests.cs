using IncidentPolicy.Text;
using Xunit;

namespace IncidentPolicy.Tests.Text;

/// <summary>Values in messages are quoted as JSON writes them, so a reader can search the file for them.</summary>
public sealed class QuoteTests
{
    [Fact]
    public void A_value_is_quoted_as_a_JSON_string_and_no_value_as_JSON_null()
    {
        Assert.Equal("\"INC-1\"", Quote.Json("INC-1"));
        Assert.Equal("null", Quote.Json(null));
    }
}
