using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// What <c>incident-policy policy</c> prints (<see cref="PolicyJson.Write"/>, a whole document with
/// <c>"extends": "none"</c>) reads back as an equal policy by the road <c>--policy</c> takes, also for policies
/// that lost a level or a recipient of the default, which an override could not express.
/// </summary>
public sealed class PolicyDocumentProperties
{
    private static readonly PolicyChange[] Structural =
    [
        new("without the recipient teamLead", b =>
        {
            foreach (var level in b.LevelBuilders)
            {
                level.Notify([.. level.NotifyValue.Where(r => r != "teamLead")]);
            }

            b.RemoveRecipient("teamLead");
        }),
        new("onCallEngineer renamed primaryOnCall", b => b.RenameRecipient("onCallEngineer", "primaryOnCall")),
        new("without P3 (its cells at P2)", b =>
        {
            foreach (var scope in ClassificationMatrix.Scopes)
            {
                foreach (var users in ClassificationMatrix.Users)
                {
                    b.Classify(scope, users, ResponsePolicy.Default.Classification[scope, users] == "P3" ? "P2" : ResponsePolicy.Default.Classification[scope, users]);
                }
            }

            b.RemoveLevel("P3");
        }),
    ];

    private static Gen<ChangedPolicy> Policies =>
        from generated in PolicyVariants.Changed
        from structural in Gen.SubListOf(Structural)
        select new ChangedPolicy(generated, [.. structural]);

    [Invariant]
    public Property The_policy_commands_output_read_back_as_policy_is_an_equal_policy() =>
        Prop.ForAll(Policies.ToArbitrary(), p =>
        {
            var json = PolicyJson.Write(p.Policy);

            var read = PolicyJson.ReadOverride(json);

            Assert.Equal(p.Policy, read);
            Assert.Equal(p.Policy, PolicyJson.Read(json));
            Assert.Equal(json, PolicyJson.Write(read));
        });

    /// <summary>A generated policy with some of the <see cref="Structural"/> changes, named in a counterexample.</summary>
    private sealed record ChangedPolicy(GeneratedPolicy Generated, PolicyChange[] Changes)
    {
        public ResponsePolicy Policy { get; } = Apply(Generated.Policy, Changes);

        public override string ToString() => $"{Generated}; then {(Changes.Length == 0 ? "nothing" : string.Join("; ", Changes.Select(c => c.Description)))}";

        private static ResponsePolicy Apply(ResponsePolicy policy, PolicyChange[] changes)
        {
            var builder = policy.ToBuilder();
            foreach (var change in changes)
            {
                change.Apply(builder);
            }

            return builder.Build();
        }
    }
}
