namespace IncidentPolicy.Communications;

/// <summary>Where a message is posted: how the values of the record are escaped in it (docs/communications.md).</summary>
public enum MessageFormat
{
    /// <summary>Plain text: values are written as they are.</summary>
    Text,

    /// <summary>Markdown (CommonMark): a value cannot add emphasis, links, headings or HTML.</summary>
    Markdown,

    /// <summary>Slack mrkdwn: a value cannot mention anyone, add a link or change the formatting.</summary>
    Slack,
}
