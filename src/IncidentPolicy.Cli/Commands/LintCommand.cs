using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>lint &lt;file-or-folder&gt;...</c>: the document rules (IRP8xxx) over runbooks and reviews, as a linter:
/// <c>path:line:col: severity ID: message</c> lines and a count, or SARIF 2.1.0; exit code 0 when no
/// unsuppressed finding has severity error, 1 when one has, 2 for bad input or an internal error.
/// </summary>
internal static class LintCommand
{
    private const string Sarif = "sarif";
    private const string Runbook = "runbook";
    private const string Review = "review";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Description = "Markdown files, or folders whose *.md files are read recursively (files that are neither a runbook nor a review are skipped there).",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string?>("--kind")
        {
            Description = $"Analyse every file as a '{Runbook}' or a '{Review}', whatever its first heading. Default: told by the first heading ('# Runbook: ...', '# Post-Incident Review: ...') or the policy's documents.runbook.paths.",
            HelpName = "runbook|review",
        };
        kind.AcceptOnlyFromAmong(Runbook, Review);
        var incident = new Option<string?>("--incident")
        {
            Description = "The incident record (JSON) the documents are about, evaluated at --at under the policy, for the rules that cross-check a review with its record.",
            HelpName = "incident.json",
        };
        var policy = CliOptions.Policy();
        var at = CliOptions.Instant("--at", "The analysis instant: a runbook's age is measured to its date in the policy calendar's time zone. Default: now.");
        var format = new Option<string>("--format")
        {
            Description = $"Output format: '{CliOptions.Text}' (path:line:col: severity ID: message, then a count) or '{Sarif}' (SARIF 2.1.0 for code scanning). Default: text.",
            HelpName = "text|sarif",
            DefaultValueFactory = _ => CliOptions.Text,
        };
        format.AcceptOnlyFromAmong(CliOptions.Text, Sarif);
        var maxSize = new Option<long>("--max-file-size")
        {
            Description = $"The largest document read, in bytes; a larger file is refused. Default: {DocumentAnalysisOptions.DefaultMaxDocumentBytes} (1 MiB).",
            HelpName = "bytes",
            DefaultValueFactory = _ => DocumentAnalysisOptions.DefaultMaxDocumentBytes,
        };
        var command = new Command(
            "lint",
            "Lint runbooks and post-incident reviews (Markdown) with the document rules (IRP8xxx), as code is linted: each finding with its file, "
            + "line and column, severities configured by the policy, suppressions by comments in the document. "
            + "Exit codes: 0 no unsuppressed finding at error severity, 1 at least one, 2 bad input (a file or folder that cannot be read, a bad policy or incident) or an internal error.")
        {
            paths, kind, incident, policy, at, format, maxSize,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () => Lint(
            context,
            parseResult.GetRequiredValue(paths),
            parseResult.GetValue(kind),
            parseResult.GetValue(incident),
            parseResult.GetValue(policy),
            parseResult.GetValue(at),
            parseResult.GetValue(format) ?? CliOptions.Text,
            parseResult.GetValue(maxSize)), unexpected: ExitCodes.BadInput)); // for a linter, 1 means findings
        return command;
    }

    private static int Lint(CliContext context, string[] arguments, string? kind, string? incidentPath, string? policyPath, NodaTime.Instant? at, string format, long maxBytes)
    {
        if (maxBytes <= 0)
        {
            throw new CliInputException($"--max-file-size: {maxBytes} is not a size; expected a positive number of bytes.");
        }

        var responsePolicy = Inputs.ReadPolicy(policyPath);
        var instant = at ?? context.Clock.GetCurrentInstant();
        DocumentIncident? documentIncident = null;
        if (incidentPath is not null)
        {
            var record = Inputs.ReadIncident(incidentPath, responsePolicy);
            Inputs.RequireAtNotBeforeDetection(incidentPath, record, at, instant);
            var evaluation = Inputs.WithIncidentFile(incidentPath, record, () => Inputs.EngineFor(responsePolicy, policyPath).Evaluate(record, instant));
            documentIncident = new DocumentIncident(record, evaluation);
        }

        var options = new DocumentAnalysisOptions(instant)
        {
            Policy = responsePolicy,
            Kind = kind switch { Runbook => DocumentKind.Runbook, Review => DocumentKind.Review, _ => null },
            Incident = documentIncident,
            MaxDocumentBytes = maxBytes,
        };

        var (files, problems) = DocumentFiles.Expand(arguments, context.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var analyses = new List<DocumentAnalysis>();
        foreach (var file in files)
        {
            var (text, problem) = DocumentFiles.Read(file, maxBytes);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            DocumentAnalysis analysis;
            try
            {
                analysis = DocumentAnalyzer.Analyze(file.DisplayPath, text!, options);
            }
            catch (InvalidDocumentException e)
            {
                problems.Add($"{file.DisplayPath}: refused: {string.Join("; ", e.Problems.Select(p => p.Message))}.");
                continue;
            }

            if (file.Explicit || analysis.Kind is not null)
            {
                analyses.Add(analysis);
            }
        }

        foreach (var problem in problems)
        {
            context.Error.WriteLine($"incident-policy lint: {problem}");
        }

        if (format == Sarif)
        {
            context.Out.WriteLine(DocumentSarif.Write(analyses, new DocumentSarifOptions("incident-policy", ToolVersion(), ToolInfo.DocumentationBaseUri)));
        }
        else
        {
            WriteText(context, analyses);
        }

        return problems.Count > 0 ? ExitCodes.BadInput : analyses.Any(a => a.HasErrors) ? ExitCodes.FindingsAtError : ExitCodes.Ok;
    }

    private static void WriteText(CliContext context, List<DocumentAnalysis> analyses)
    {
        var style = context.Style;
        foreach (var analysis in analyses)
        {
            foreach (var finding in analysis.Reported)
            {
                context.Out.WriteLine($"{analysis.Path}:{finding.Position.Line}:{finding.Position.Column}: {SeverityWords.Word(style, finding.Severity)} {finding.Id}: {finding.Message}");
            }
        }

        var reported = analyses.SelectMany(a => a.Reported).ToList();
        var suppressed = analyses.Sum(a => a.Findings.Length) - reported.Count;
        var counts = string.Join(
            ", ",
            Plural.Count(reported.Count(f => f.Severity == DiagnosticSeverity.Error), "error"),
            Plural.Count(reported.Count(f => f.Severity == DiagnosticSeverity.Warning), "warning"),
            reported.Count(f => f.Severity == DiagnosticSeverity.Info).ToString(System.Globalization.CultureInfo.InvariantCulture) + " info");
        context.Out.WriteLine(
            $"{Plural.Count(analyses.Count, "document")} linted: {counts}" + (suppressed > 0 ? $" ({suppressed} suppressed)" : string.Empty) + ".");
    }

    private static string ToolVersion()
    {
        var version = typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
