using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Rules;

/// <summary>Rule IDs stay in their category's range, listed once in src/IncidentPolicy/Rules/RuleCategoryAndIdRanges.txt.</summary>
public sealed class RuleCategoryAndIdRangesTests
{
    private static readonly Dictionary<string, (int First, int Last)[]> Ranges = Read(
        File.ReadAllLines(Repository.PathOf("src", "IncidentPolicy", "Rules", "RuleCategoryAndIdRanges.txt")));

    [Fact]
    public void Every_built_in_rule_and_policy_check_has_an_ID_in_its_categorys_range()
    {
        Assert.All([.. BuiltInRules.All, .. PolicyChecks.All, .. IncidentPolicy.Documents.DocumentRules.All], rule =>
            Assert.True(IsInRange(Ranges, rule.Category, rule.Id), $"{rule.Id} is outside the range of {rule.Category} in RuleCategoryAndIdRanges.txt"));
    }

    [Fact]
    public void Every_category_has_ranges_and_no_two_categories_share_an_ID()
    {
        var categories = typeof(RuleCategories).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(categories.Order(StringComparer.Ordinal), Ranges.Keys.Order(StringComparer.Ordinal));
        var all = Ranges.SelectMany(c => c.Value.Select(r => (Category: c.Key, r.First, r.Last))).ToList();
        Assert.All(all, a => Assert.True(a.First <= a.Last, $"{a.Category}: {a.First}-{a.Last} is empty"));
        Assert.Empty(all.SelectMany(a => all.Where(b => a != b && a.First <= b.Last && b.First <= a.Last), (a, b) => $"{a.Category} and {b.Category}"));
    }

    [Theory]
    [InlineData("Triage", "IRP1999", true)]
    [InlineData("Triage", "IRP2001", false)]
    [InlineData("Notification", "IRP4002", false)]
    [InlineData("Roles", "IRP4002", true)]
    [InlineData("Unknown", "IRP1001", false)]
    [InlineData("Triage", "ACME1001", false)]
    public void An_ID_outside_its_categorys_range_fails_the_check(string category, string id, bool inRange)
    {
        Assert.Equal(inRange, IsInRange(Ranges, category, id));
    }

    private static bool IsInRange(Dictionary<string, (int First, int Last)[]> ranges, string category, string id) =>
        ranges.TryGetValue(category, out var own)
        && Regex.Match(id, "^IRP([0-9]{4})$") is { Success: true } match
        && own.Any(r => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= r.First && n <= r.Last);

    private static Dictionary<string, (int First, int Last)[]> Read(IEnumerable<string> lines) =>
        lines
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':', 2))
            .ToDictionary(
                parts => parts[0].Trim(),
                parts => parts[1].Split(',').Select(range =>
                {
                    var bounds = Regex.Match(range.Trim(), "^IRP([0-9]{4})-IRP([0-9]{4})$");
                    Assert.True(bounds.Success, $"'{range.Trim()}' is not a range IRPnnnn-IRPnnnn");
                    return (int.Parse(bounds.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(bounds.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
                }).ToArray(),
                StringComparer.Ordinal);
}
