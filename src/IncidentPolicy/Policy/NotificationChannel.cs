namespace IncidentPolicy.Policy;

/// <summary>How a recipient is reached.</summary>
public enum NotificationChannel
{
    /// <summary>A page (phone, pager app): for people who must act now.</summary>
    Page,

    /// <summary>A chat message.</summary>
    Chat,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A ticket in the team's queue.</summary>
    Ticket,
}
