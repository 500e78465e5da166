using System.Globalization;
using System.Text;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// The incident channel's name, <c>#incident-YYYY-MM-DD-&lt;slug&gt;</c>: the detection date in the
/// calendar's zone, and the title lower-cased (invariant culture) with every run of characters other than
/// ASCII <c>a-z0-9</c> turned into one <c>-</c>, trimmed; the name is cut to 80 characters after the <c>#</c>.
/// </summary>
internal static class ChannelName
{
    private const int MaxLength = 80;

    public static string For(IncidentRecord incident, BusinessCalendar calendar)
    {
        var date = calendar.DateOf(incident.DetectedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slug = Slug(incident.Title);
        var name = slug.Length == 0 ? $"incident-{date}" : $"incident-{date}-{slug}";
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd('-');
        }

        return "#" + name;
    }

    private static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        var pendingDash = false;
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingDash = false;
                slug.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.ToString();
    }
}
