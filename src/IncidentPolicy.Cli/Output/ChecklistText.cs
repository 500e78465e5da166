using System.IO;
using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Output;

/// <summary>The <c>checklist</c> command's text: the checklist as a <c>- [x]</c> / <c>- [ ]</c> list, each item with its state, due instant and evidence.</summary>
internal static class ChecklistText
{
    public static void Write(TextWriter output, ChecklistReport report, TimeText time, TextStyle style)
    {
        output.Write(style.Bold($"Checklist of {report.IncidentId} at {time.Format(report.At)}"));
        output.Write('\n');
        foreach (var item in report.Items)
        {
            var text = ChecklistItems.All.First(d => d.Key == item.Key).Text;
            var box = item.IsDone ? "[x]" : "[ ]";
            var state = WireNames.ChecklistItemState.Name(item.State);
            var line = $"- {box} {text} {Colour(style, item.State, state)}";
            if (item.At is { } at)
            {
                line += $" {time.Short(at)}";
            }

            if (item.DueBy is { } due)
            {
                line += $", due {time.Short(due)}";
            }

            output.Write($"{line}: {item.Evidence}\n");
        }

        output.Write(report.NextChangeAt is { } next ? $"Next change: {time.Format(next)}\n" : "Next change: none unless an event is recorded\n");
    }

    private static string Colour(TextStyle style, ChecklistItemState state, string text) => state switch
    {
        ChecklistItemState.Done => style.Green(text),
        ChecklistItemState.Overdue => style.Yellow(text),
        ChecklistItemState.Missed => style.Red(text),
        ChecklistItemState.NotApplicable => style.Dim(text),
        _ => text,
    };
}
