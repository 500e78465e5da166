// The soak's driver, run by tests/soak/run.sh (see there and docs/testing.md):
//   drop   --drop DIR --staging DIR --start MS --count N --duration S --seed N
//          writes each planned record to the staging folder and moves it into the drop folder at its instant;
//   settle --log FILE --settings FILE --start MS --count N --duration S --seed N --end MS --timeout S
//          waits until the notification log holds every key due at --end (exit 1 at the timeout);
//   report (the same options as settle, without --timeout)
//          counts incidents, expected keys, delivered, lost, duplicates and wrong keys; exit 1 when a key is lost or wrong.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Soak;
using NodaTime;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

string Option(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
long Number(string name) => long.Parse(Option(name), CultureInfo.InvariantCulture);
Instant At(string name) => Instant.FromUnixTimeMilliseconds(Number(name));

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: drop|settle|report --option value ... (see tests/soak/run.sh)");
    return 2;
}

var plan = SoakPlan.Create((int)Number("seed"), (int)Number("count"), At("start"), Duration.FromSeconds(Number("duration")));
switch (args[0])
{
    case "drop":
        return Drop(plan, Option("drop"), Option("staging"));
    case "settle":
    case "report":
        var engine = new PolicyEngine(WorkerPolicy(Option("settings")));
        var final = SoakPlan.Final(plan);
        var end = At("end");
        var expected = WorkerKeys.Expected(engine, final, end);
        var log = Option("log");
        if (args[0] == "settle")
        {
            var deadline = DateTime.UtcNow.AddSeconds(Number("timeout"));
            while (true)
            {
                var delivered = DeliveryTrail.Read(log).Distinct;
                var missing = expected.Count(k => !delivered.Contains(k));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"settle: {missing} of {expected.Count} keys due at the end not delivered yet"));
                if (missing == 0)
                {
                    return 0;
                }

                if (DateTime.UtcNow > deadline)
                {
                    return 1;
                }

                Thread.Sleep(TimeSpan.FromSeconds(3));
            }
        }

        return Report(engine, plan, final, expected, DeliveryTrail.Read(log), SystemClock.Instance.GetCurrentInstant());
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

static int Drop(IReadOnlyList<PlannedDrop> plan, string drop, string staging)
{
    Directory.CreateDirectory(drop);
    Directory.CreateDirectory(staging);
    var dropped = 0;
    foreach (var item in plan)
    {
        var wait = item.At - SystemClock.Instance.GetCurrentInstant();
        if (wait > Duration.Zero)
        {
            Thread.Sleep(wait.ToTimeSpan());
        }

        var name = $"{item.Record.Id}.v{item.Version}.json";
        var staged = Path.Combine(staging, name);
        File.WriteAllText(staged, IncidentJson.WriteIncident(item.Record));
        File.Move(staged, Path.Combine(drop, name)); // moved in whole, as the drop folder asks
        if (++dropped % 1000 == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dropped {dropped} of {plan.Count} files"));
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dropped all {plan.Count} files"));
    return 0;
}

static int Report(PolicyEngine engine, IReadOnlyList<PlannedDrop> plan, IReadOnlyList<IncidentRecord> final, HashSet<string> expectedAtEnd, DeliveryTrail trail, Instant now)
{
    // A key delivered after the end instant (the worker ran on until it was stopped) is right when it is due by now.
    var dueByNow = WorkerKeys.Expected(engine, final, now);

    // A key due under an earlier version of a record that the final version no longer calls for: the worker evaluated
    // the incident before it imported the later version (it was busy or down). Counted, not wrong.
    var earlier = WorkerKeys.Expected(engine, plan.Where(d => d.Version == 1).Select(d => d.Record), now);
    var lost = expectedAtEnd.Where(k => !trail.Distinct.Contains(k)).Order(StringComparer.Ordinal).ToList();
    var superseded = trail.Distinct.Where(k => !dueByNow.Contains(k) && earlier.Contains(k)).ToList();
    var wrong = trail.Distinct.Where(k => !dueByNow.Contains(k) && !earlier.Contains(k)).Order(StringComparer.Ordinal).ToList();
    var duplicatedKeys = trail.Keys.GroupBy(k => k, StringComparer.Ordinal).Count(g => g.Count() > 1);

    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"incidents:          {final.Count} ({plan.Count} files dropped)"));
    Console.WriteLine(string.Create(inv, $"expected keys:      {expectedAtEnd.Count} (due at the end instant)"));
    Console.WriteLine(string.Create(inv, $"delivered:          {trail.Keys.Count} lines, {trail.Distinct.Count} distinct keys"));
    Console.WriteLine(string.Create(inv, $"lost:               {lost.Count}"));
    Console.WriteLine(string.Create(inv, $"duplicates:         {trail.Duplicates} (same key delivered again; {duplicatedKeys} keys)"));
    Console.WriteLine(string.Create(inv, $"wrong keys:         {wrong.Count}"));
    Console.WriteLine(string.Create(inv, $"superseded:         {superseded.Count} (due under a record's first version only)"));
    Console.WriteLine(string.Create(inv, $"malformed lines:    {trail.Malformed}"));
    foreach (var key in lost.Take(20))
    {
        Console.WriteLine($"  lost: {key}");
    }

    foreach (var key in wrong.Take(20))
    {
        Console.WriteLine($"  wrong: {key}");
    }

    return lost.Count == 0 && wrong.Count == 0 && trail.Malformed == 0 ? 0 : 1;
}

static ResponsePolicy WorkerPolicy(string settingsFile)
{
    using var settings = JsonDocument.Parse(File.ReadAllText(settingsFile));
    return PolicyJson.ReadOverride(settings.RootElement.GetProperty("IncidentPolicy").GetRawText(), source: settingsFile);
}
