using System.Collections.Generic;
using IncidentPolicy.Documents.Runbooks;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>What makes document settings valid: names and patterns that are not blank, commands that parse, a positive maximum age.</summary>
internal static class DocumentSettingsInvariants
{
    public static IEnumerable<ValidationProblem> Check(DocumentSettings settings)
    {
        var documents = ProblemLocation.Root.Field(InputField.Documents);
        var runbook = documents.Field(InputField.Runbook);
        for (var i = 0; i < settings.Runbook.Sections.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(settings.Runbook.Sections[i]))
            {
                yield return new ValidationProblem(runbook.Field(InputField.Sections).Index(i), "a section name must not be blank");
            }
        }

        if (string.IsNullOrWhiteSpace(settings.Runbook.StepsSection))
        {
            yield return new ValidationProblem(runbook.Field(InputField.StepsSection), "the steps section's name must not be blank");
        }

        for (var i = 0; i < settings.Runbook.Paths.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(settings.Runbook.Paths[i]))
            {
                yield return new ValidationProblem(runbook.Field(InputField.Paths).Index(i), "a path pattern must not be blank");
            }
        }

        for (var i = 0; i < settings.ChangingCommands.Length; i++)
        {
            if (ChangingCommandPattern.Problem(settings.ChangingCommands[i]) is { } problem)
            {
                yield return new ValidationProblem(documents.Field(InputField.ChangingCommands).Index(i), problem);
            }
        }

        if (settings.RunbookMaxAge <= Duration.Zero)
        {
            yield return new ValidationProblem(documents.Field(InputField.RunbookMaxAge), ProblemMessages.NotPositive(settings.RunbookMaxAge));
        }
    }
}
