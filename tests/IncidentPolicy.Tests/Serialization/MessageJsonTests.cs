using System;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Writing a composed message refuses a null message with an ArgumentNullException naming it, not a failure from inside.</summary>
public sealed class MessageJsonTests
{
    [Fact]
    public void A_null_message_is_refused_naming_the_argument()
    {
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => MessageJson.Write(null!)).ParamName);
    }
}
