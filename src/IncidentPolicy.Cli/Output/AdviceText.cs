using System.IO;
using IncidentPolicy.Advice;

namespace IncidentPolicy.Cli.Output;

/// <summary>The <c>advise</c> command's text: the next step, the hypotheses ranked, the mitigations and the reminders.</summary>
internal static class AdviceText
{
    public static void Write(TextWriter output, InvestigationAdvice advice, TimeText time, TextStyle style)
    {
        output.Write(style.Bold($"Advice for {advice.IncidentId} at {(advice.At is { } at ? time.Format(at) : "-")}"));
        output.Write('\n');
        if (advice.NextStep is { } step)
        {
            output.Write($"Next step: {step.Title} ({step.Key}). Look for:\n");
            foreach (var item in step.LookFor)
            {
                output.Write($"  - {item}\n");
            }
        }
        else
        {
            output.Write("Next step: none, every step of the investigation is recorded\n");
        }

        output.Write($"Signals: {(advice.Signals.IsEmpty ? "none recorded" : string.Join(", ", advice.Signals))}\n");
        output.Write("Hypotheses:\n");
        var rank = 0;
        foreach (var hypothesis in advice.Hypotheses)
        {
            var title = hypothesis.Hypothesis.Title;
            output.Write(hypothesis.IsSupported
                ? $"  {++rank}. {style.Bold(title)}: supported by {string.Join(", ", hypothesis.SupportingSignals)}\n"
                : $"  -  {title}: {style.Dim("unsupported")}\n");
            output.Write($"     Test: {hypothesis.Hypothesis.HowToTest}\n");
        }

        output.Write(advice.Mitigations.IsEmpty ? "Mitigations: none until a signal supports a hypothesis\n" : "Mitigations:\n");
        foreach (var mitigation in advice.Mitigations)
        {
            output.Write($"  - {style.Bold(mitigation.Title)}: when {mitigation.WhenToUse}; how: {mitigation.How}; risk: {mitigation.Risk}\n");
        }

        foreach (var reminder in advice.Reminders)
        {
            output.Write($"{style.Yellow("Reminder")}: {reminder}\n");
        }
    }
}
