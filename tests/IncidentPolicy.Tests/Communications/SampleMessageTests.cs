using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// Each message of each sample incident under the default policy, as approved text files (Approved/). The initial
/// alert and the customer message speak fifteen minutes after detection; the status update and the resolution at
/// the record's last event.
/// </summary>
public sealed class SampleMessageTests
{
    private static readonly string Folder = Repository.PathOf("tests", "IncidentPolicy.Tests", "Communications", "Approved");

    private static readonly MessageComposer Composer = new(Engines.Default);

    public static TheoryData<string, MessageKind> Messages
    {
        get
        {
            var data = new TheoryData<string, MessageKind>();
            foreach (var name in Repository.SampleIncidentNames)
            {
                foreach (var kind in System.Enum.GetValues<MessageKind>())
                {
                    data.Add(name, kind);
                }
            }

            return data;
        }
    }

    public static TheoryData<MessageKind, MessageFormat> Formats
    {
        get
        {
            var data = new TheoryData<MessageKind, MessageFormat>();
            foreach (var kind in System.Enum.GetValues<MessageKind>())
            {
                data.Add(kind, MessageFormat.Markdown);
                data.Add(kind, MessageFormat.Slack);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_of_each_sample_incident_reads_as_approved(string sample, MessageKind kind)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample));

        var message = Composer.Compose(incident, InstantFor(incident, kind), kind);

        Approval.Verify(Folder, $"{sample[..^5]}.{WireNames.MessageKind.Name(kind)}", WithMissing(message));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_markdown_and_slack_messages_of_a_sample_incident_read_as_approved(MessageKind kind, MessageFormat format)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));

        var message = Composer.Compose(incident, InstantFor(incident, kind), kind, format);

        Approval.Verify(Folder, $"payments-down-p1.{WireNames.MessageKind.Name(kind)}.{WireNames.MessageFormat.Name(format)}", WithMissing(message));
    }

    /// <summary>
    /// The initial alert and the customer message: 15 minutes after detection; the status update: a minute after the
    /// last event before resolution, at least three hours after detection, and before resolution; the resolution: the
    /// record's last event.
    /// </summary>
    internal static Instant InstantFor(IncidentRecord incident, MessageKind kind)
    {
        var resolvedAt = incident.Events.OfType<Model.Events.Resolved>().Select(e => (Instant?)e.At).FirstOrDefault() ?? Instant.MaxValue;
        return kind switch
        {
            MessageKind.InitialAlert or MessageKind.Customer => incident.DetectedAt + Duration.FromMinutes(15),
            MessageKind.StatusUpdate => Min(
                Max(incident.Events.Where(e => e.At < resolvedAt).Select(e => e.At).DefaultIfEmpty(incident.DetectedAt).Max() + Duration.FromMinutes(1), incident.DetectedAt + Duration.FromHours(3)),
                resolvedAt - Duration.FromMinutes(1)),
            _ => incident.Events.Select(e => e.At).DefaultIfEmpty(incident.DetectedAt).Max(),
        };
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static string WithMissing(ComposedMessage message) =>
        message.Text + "----\nat: " + message.At.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
        + "\nmissing: " + string.Join(", ", message.Missing) + "\n";
}
