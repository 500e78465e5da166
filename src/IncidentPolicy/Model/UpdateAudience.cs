namespace IncidentPolicy.Model;

/// <summary>Who a status update was posted to: it decides which cadence it counts for.</summary>
public enum UpdateAudience
{
    /// <summary>Stakeholders inside the organisation: it counts for the status-update cadence (IRP5001). The default.</summary>
    Internal,

    /// <summary>Customers (a status page, customer support): it counts for the customer update cadence (IRP5003).</summary>
    Customer,
}
