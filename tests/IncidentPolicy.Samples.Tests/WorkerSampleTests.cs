using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Samples.Tests.Support;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Samples.Tests;

/// <summary>
/// samples/IncidentPolicy.Samples.Worker, run as a real process on a temporary database and drop folder:
/// killed with SIGKILL in the middle of sending, restarted, it loses nothing and sends nothing twice under
/// a new key; and the schedule wakes it at an incident's next evaluation instant.
/// </summary>
/// <remarks>
/// Nothing here asserts how fast the worker is: every wait ends as soon as its condition holds and fails only after
/// <see cref="Patience"/> (a worker that is stuck) or at once when the worker exits. A loaded CI machine takes tens of
/// seconds to start a process and compile the policy; the 20-second bounds these waits once had were missed that way.
/// </remarks>
public sealed class WorkerSampleTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static readonly string[] Samples =
        ["payments-down-p1.json", "security-breach.json", "resolved-too-early.json", "p3-on-a-friday.json", "p2-on-a-friday-evening.json"];

    private readonly string _folder = Directory.CreateTempSubdirectory("incident-policy-worker-").FullName;

    private string Drop => Path.Combine(_folder, "drop");

    private string Log => Path.Combine(_folder, "notifications.log");

    private string[] Arguments => WithSendDelay("00:00:00.100"); // a slow notifier, so that the kill falls in the middle of sending

    private string[] WithSendDelay(string sendDelay) =>
    [
        $"--Worker:DatabasePath={Path.Combine(_folder, "incidents.db")}",
        $"--Worker:DropFolder={Drop}",
        $"--Worker:NotificationLog={Log}",
        $"--Worker:SendDelay={sendDelay}",
    ];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Killed_mid_run_and_restarted_it_loses_nothing_and_sends_nothing_twice_under_a_new_key()
    {
        Directory.CreateDirectory(Drop);
        foreach (var sample in Samples)
        {
            File.WriteAllText(Path.Combine(Drop, sample), Repository.SampleIncident(sample));
        }

        var engine = new PolicyEngine(Incidents.WorkerPolicy());
        var now = SystemClock.Instance.GetCurrentInstant();
        var expected = Samples.Select(s => IncidentJson.ReadIncident(Repository.SampleIncident(s))).SelectMany(i => Keys(engine.Evaluate(i, now), i.DetectedAt)).ToHashSet();

        int sentBeforeKill;
        // The first life sends one message a second, so that the kill after the fifth falls in the middle of the work
        // however late this test gets to it on a busy machine (the samples are due tens of messages).
        using (var first = SampleProcess.Start("IncidentPolicy.Samples.Worker", WithSendDelay("00:00:01")))
        {
            await WaitAsync(first, () => Lines().Length >= 5, () => first.Output);
            first.Kill();
            sentBeforeKill = Lines().Length;
        }

        Assert.InRange(sentBeforeKill, 5, expected.Count - 1); // the kill fell in the middle of the work

        using var second = SampleProcess.Start("IncidentPolicy.Samples.Worker", Arguments);
        await WaitAsync(second, () => SentKeys().IsSupersetOf(expected), () => Explain(expected, second.Output));

        // While it runs, a P0 arrives whose response deadline (15 minutes) falls a few seconds after it is dropped. Its first
        // evaluation, at import, must come before the deadline, so that it is the schedule that wakes the worker at the
        // deadline. On a machine so busy that the import came later, another P0 is dropped with twice the margin.
        IncidentRecord p0;
        Instant due;
        var margin = Duration.FromSeconds(4);
        for (var attempt = 1; ; attempt++)
        {
            var detectedAt = Instant.FromUnixTimeSeconds(SystemClock.Instance.GetCurrentInstant().ToUnixTimeSeconds()) - Duration.FromMinutes(15) + margin;
            p0 = new IncidentRecord(attempt == 1 ? "INC-NEW-P0" : $"INC-NEW-P0-{attempt}", "Everything is down", detectedAt, new ImpactAssessment(UsersAffected.All, ImpactScope.Outage));
            due = detectedAt + Duration.FromMinutes(15);
            expected.UnionWith(Keys(engine.Evaluate(p0, due), p0.DetectedAt));
            DropIncidents(p0); // moved in whole, as the drop folder asks
            var id = p0.Id;
            await WaitAsync(second, () => Evaluated(second.Output, id), () => second.Output);
            if (FirstEvaluation(second.Output, id).Contains($"; next evaluation at {InstantPattern.General.Format(due)} ", StringComparison.Ordinal))
            {
                break;
            }

            Assert.True(margin < Duration.FromMinutes(2), $"The worker did not evaluate a P0 before its deadline even with {margin} between the drop and the deadline:\n{second.Output}");
            margin += margin;
        }

        // And a P1 detected 2 h 10 min ago, unresolved, without a customer update: its customer updates fell due
        // (IRP5003), so the worker posts the customer message for the latest of them at once.
        var p1 = new IncidentRecord("INC-OLD-P1", "Checkout slow", Instant.FromUnixTimeSeconds(SystemClock.Instance.GetCurrentInstant().ToUnixTimeSeconds()) - Duration.FromMinutes(130), new ImpactAssessment(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired));
        var p1Result = engine.Evaluate(p1, SystemClock.Instance.GetCurrentInstant());
        var customerDue = p1Result.Diagnostics.Last(d => d.Id == "IRP5003").At;
        expected.UnionWith(Keys(p1Result, p1.DetectedAt));
        DropIncidents(p1);

        var responseMissed = $"{p0.Id}/IRP2001/{Iso(due)}";
        var atDue = engine.Evaluate(p0, due);

        // Everything due by then, sent one at a time by the slow notifier, and the P0's evaluation at the deadline logged (after
        // its sends); then anything sent twice would show.
        await WaitAsync(second, () => SentKeys().IsSupersetOf(expected) && Evaluations(second.Output, p0.Id) >= 2, () => Explain(expected, second.Output));
        var customerUpdate = $"INC-OLD-P1/message/customer/{Iso(customerDue)}";
        await Task.Delay(300);
        second.Kill();

        var lines = Lines();
        Assert.Contains($"{p0.Id}/message/initialAlert/{Iso(p0.DetectedAt)}", SentKeys());
        Assert.Contains($"{p0.Id}/message/statusUpdate/{Iso(due)}", SentKeys()); // the first update fell due with the response
        Assert.Contains(lines, l => l.StartsWith($"{p0.Id}/message/initialAlert/", StringComparison.Ordinal) && l.Contains("\t*INCIDENT DECLARED: P0 - Everything is down*\\n", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(customerUpdate + "\t", StringComparison.Ordinal)
            && l.Split('\t')[3].Contains("We will provide updates every ", StringComparison.Ordinal)
            && !l.Split('\t')[3].Contains("P0", StringComparison.Ordinal) && !l.Split('\t')[3].Contains("P1", StringComparison.Ordinal)); // no level names for customers
        Assert.Equal(expected.Order(StringComparer.Ordinal), SentKeys().Order(StringComparer.Ordinal));
        Assert.True(lines.Length - SentKeys().Count <= 1, $"more than the one message in flight at the kill was sent twice:\n{string.Join('\n', lines)}");
        Assert.Equal(5, atDue.Notifications.Length);
        Assert.Equal(["IRP2001", "IRP4002", "IRP5001"], atDue.Diagnostics.Select(d => d.Id));

        // Woken by the schedule at the deadline: the evaluation at import scheduled the next one at the deadline itself (checked
        // above), the worker never polls, and the missed response went out then, not before. How soon after the deadline the
        // operating system runs the worker depends on the machine's load: not asserted.
        var sentAt = InstantPattern.ExtendedIso.Parse(lines.Single(l => l.StartsWith(responseMissed + "\t", StringComparison.Ordinal)).Split('\t')[2]).Value;
        Assert.True(sentAt >= due, $"{responseMissed} was sent at {sentAt}, before its deadline");
        Assert.Equal(2, Evaluations(second.Output, p0.Id)); // at import, then at the deadline

        // The appsettings.json override is in force: Review rules are errors in this worker.
        Assert.Contains(lines, l => l.StartsWith("INC-2024-0329-1/IRP7001/", StringComparison.Ordinal) && l.Contains("\tIRP7001 Error: ", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Drop, "*.json"));
    }

    [Fact]
    public async Task Restarted_it_evaluates_only_what_fell_due_and_everything_again_under_another_policy()
    {
        // Found by the soak (tests/soak): a worker that evaluated every stored incident at start-up, killed every 20 s with
        // 10,000 incidents stored, spent each life on the first ones by id and delivered nothing until the kills stopped.
        var now = Instant.FromUnixTimeSeconds(SystemClock.Instance.GetCurrentInstant().ToUnixTimeSeconds());
        var resolved = new IncidentRecord("INC-DONE", "Resolved long ago", now - Duration.FromHours(3), new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore))
        {
            Events = [new Acknowledged(now - Duration.FromHours(3) + Duration.FromMinutes(5), "alice"), new Resolved(now - Duration.FromHours(2))],
        };
        var open = new IncidentRecord("INC-OPEN", "Reports are slow", now - Duration.FromMinutes(1), new ImpactAssessment(UsersAffected.Internal, ImpactScope.NonCore));
        DropIncidents(resolved, open);
        using (var first = SampleProcess.Start("IncidentPolicy.Samples.Worker", Arguments))
        {
            await WaitAsync(first, () => Evaluated(first.Output, "INC-DONE") && Evaluated(first.Output, "INC-OPEN"), () => first.Output);
            first.Kill();
        }

        // Neither is due: the restart evaluates the incident dropped meanwhile, and them not at all.
        DropIncidents(new IncidentRecord("INC-NEW", "Search is down", now, new ImpactAssessment(UsersAffected.All, ImpactScope.Outage)));
        using (var second = SampleProcess.Start("IncidentPolicy.Samples.Worker", Arguments))
        {
            await WaitAsync(second, () => Evaluated(second.Output, "INC-NEW"), () => second.Output);
            await Task.Delay(500);
            second.Kill();
            Assert.False(Evaluated(second.Output, "INC-DONE"), second.Output);
            Assert.False(Evaluated(second.Output, "INC-OPEN"), second.Output);
        }

        // Under another policy (Review rules warnings instead of errors) the instants stored mean nothing: all are evaluated again.
        using var third = SampleProcess.Start("IncidentPolicy.Samples.Worker", [.. Arguments, "--IncidentPolicy:categories:Review:severity=warning"]);
        await WaitAsync(third, () => Evaluated(third.Output, "INC-DONE") && Evaluated(third.Output, "INC-OPEN") && Evaluated(third.Output, "INC-NEW"), () => third.Output);
        third.Kill();
    }

    private static bool Evaluated(string output, string id) => output.Contains($"Evaluated {id}: ", StringComparison.Ordinal);

    private static int Evaluations(string output, string id) => Regex.Count(output, $"Evaluated {Regex.Escape(id)}: ");

    /// <summary>The worker's log line of the first evaluation of <paramref name="id"/> (it has one: see <see cref="Evaluated"/>).</summary>
    private static string FirstEvaluation(string output, string id)
    {
        var start = output.IndexOf($"Evaluated {id}: ", StringComparison.Ordinal);
        var end = output.IndexOf('\n', start);
        return end < 0 ? output[start..] : output[start..end];
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds; fails at once when the worker exited (it never stops by itself) and
    /// after <see cref="Patience"/> when it is stuck.
    /// </summary>
    private static Task WaitAsync(SampleProcess worker, Func<bool> condition, Func<string> explain) =>
        SampleProcess.WaitUntilAsync(
            () => condition() || (worker.HasExited ? throw new InvalidOperationException($"The worker exited:\n{explain()}") : false), Patience, explain);

    private void DropIncidents(params IncidentRecord[] incidents)
    {
        Directory.CreateDirectory(Drop);
        foreach (var incident in incidents)
        {
            var staged = Path.Combine(_folder, incident.Id + ".json.tmp");
            File.WriteAllText(staged, IncidentJson.WriteIncident(incident));
            File.Move(staged, Path.Combine(Drop, incident.Id + ".json"));
        }
    }

    /// <summary>
    /// The de-duplication keys the worker uses: the notifications' keys, incidentId/ruleId/at for diagnostics, and
    /// incidentId/message/kind/due for the procedure's messages: the initial alert at detection, a status update at
    /// each instant one fell due (IRP5001) and a customer update at each instant one fell due (IRP5003).
    /// </summary>
    private static List<string> Keys(PolicyEvaluation result, Instant detectedAt)
    {
        var keys = result.Notifications.Select(n => n.Key).Concat(result.Diagnostics.Select(d => $"{result.IncidentId}/{d.Id}/{Iso(d.At)}")).ToList();
        keys.Add($"{result.IncidentId}/message/initialAlert/{Iso(detectedAt)}");
        keys.AddRange(result.Diagnostics.Where(d => d.Id == "IRP5001").Select(d => $"{result.IncidentId}/message/statusUpdate/{Iso(d.At)}"));
        keys.AddRange(result.Diagnostics.Where(d => d.Id == "IRP5003").Select(d => $"{result.IncidentId}/message/customer/{Iso(d.At)}"));

        return keys;
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private string[] Lines() => File.Exists(Log) ? File.ReadAllLines(Log).Where(l => l.Length > 0).ToArray() : [];

    private HashSet<string> SentKeys() => Lines().Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);

    private string Explain(HashSet<string> expected, string output) =>
        $"missing: {string.Join(", ", expected.Except(SentKeys()))}\nlog:\n{string.Join('\n', Lines())}\nworker output:\n{output}";
}
