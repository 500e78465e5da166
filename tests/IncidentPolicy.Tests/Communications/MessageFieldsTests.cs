using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>The fields a template of each kind may use, as a policy problem names them to the author of a customer template.</summary>
public sealed class MessageFieldsTests
{
    [Fact]
    public void An_unknown_field_in_the_customer_template_is_told_the_customer_fields_and_never_an_internal_one()
    {
        var refused = Assert.Throws<InvalidPolicyException>(() => new CommunicationSettings(templates: [new(MessageKind.Customer, "{{ zzz }} {{ statu }}")]));

        Assert.Equal<string>(
        [
            "$.communications.templates.customer: line 1, column 4: unknown field 'zzz'; the fields are serviceName, customerDescription, startTime, customerStatus, customerCadence",
            "$.communications.templates.customer: line 1, column 14: unknown field 'statu'; the fields are serviceName, customerDescription, startTime, customerStatus, customerCadence",
        ],
        refused.Problems.Select(p => p.ToString()));
    }
}
