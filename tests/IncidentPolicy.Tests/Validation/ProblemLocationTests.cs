using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Validation;

/// <summary>A problem's place is built in the model's terms and read by people as the JSON path of the document.</summary>
public sealed class ProblemLocationTests
{
    [Fact]
    public void Each_kind_of_place_is_written_as_the_documents_path()
    {
        Assert.Equal(
            ["$", "$.events[3].at", "$.severities.P2.escalateAfter", "$.classification.coreSeverelyImpaired.internal", "$.rules.IRP3001.severity", "$.categories.communication", "$.businessCalendar.workingHours"],
            new[]
            {
                ProblemLocation.Root,
                ProblemLocation.Event(3).Field(InputField.At),
                ProblemLocation.Level("P2").Field(InputField.EscalateAfter),
                ProblemLocation.MatrixCell(ImpactScope.CoreSeverelyImpaired, UsersAffected.Internal),
                ProblemLocation.RuleOverride("IRP3001").Field(InputField.Severity),
                ProblemLocation.CategoryOverride("communication"),
                ProblemLocation.Root.Field(InputField.BusinessCalendar).Field(InputField.WorkingHours),
            }.Select(l => l.ToString()));
    }

    [Fact]
    public void A_name_that_is_not_an_identifier_is_written_in_brackets()
    {
        Assert.Equal("$.severities['SEV 1'].notify[0]", ProblemLocation.Level("SEV 1").Field(InputField.Notify).Index(0).ToString());
        Assert.Equal("$.severities['it\\'s'].rank", ProblemLocation.Level("it's").Field(InputField.Rank).ToString());
    }

    [Fact]
    public void A_name_is_written_plainly_only_when_it_starts_with_a_letter_or_underscore_and_has_only_letters_digits_and_underscores()
    {
        Assert.Equal(
            ["$.severities._p2", "$.severities.P_2", "$.severities['2p']", "$.severities['']", "$.severities['a\\\\b']"],
            new[] { "_p2", "P_2", "2p", string.Empty, "a\\b" }.Select(name => ProblemLocation.Level(name).ToString()));
    }

    [Fact]
    public void A_rule_registered_in_code_is_not_in_a_document_so_its_place_has_no_root()
    {
        Assert.Equal("customRules.ACME1001", ProblemLocation.CustomRule("ACME1001").ToString());
    }

    [Fact]
    public void Places_are_equal_by_their_segments()
    {
        var built = ProblemLocation.Level("P2").Field(InputField.UpdateCadence);

        Assert.Equal(ProblemLocation.Root.Field(InputField.Levels).Key("P2").Field(InputField.UpdateCadence), built);
        Assert.NotEqual(ProblemLocation.Level("P2").Field(InputField.ResponseTime), built);
        Assert.Equal(new ValidationProblem(built, "x"), new ValidationProblem(ProblemLocation.Level("P2").Field(InputField.UpdateCadence), "x"));
        Assert.Equal("$.severities.P2.updateCadence: x", new ValidationProblem(built, "x").ToString());
    }

    [Fact]
    public void A_field_that_is_not_one_of_the_named_fields_is_refused_where_it_is_given_not_when_the_place_is_written()
    {
        var refused = Assert.Throws<System.ArgumentOutOfRangeException>(() => ProblemLocation.Root.Field((InputField)999));
        Assert.Equal("Field", refused.ParamName);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new FieldSegment((InputField)(-1)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new FieldSegment(InputField.At) with { Field = (InputField)999 });
    }

    [Fact]
    public void A_field_that_is_not_one_of_the_named_fields_is_refused_with_a_message_saying_so()
    {
        var refused = Assert.Throws<System.ArgumentOutOfRangeException>(() => ProblemLocation.Root.Field((InputField)999));
        Assert.StartsWith("not a field of an input document", refused.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_name_a_negative_position_or_a_missing_step_is_refused_where_it_is_given()
    {
        Assert.Equal("key", Assert.Throws<System.ArgumentNullException>(() => ProblemLocation.Root.Key(null!)).ParamName);
        Assert.Equal("index", Assert.Throws<System.ArgumentOutOfRangeException>(() => ProblemLocation.Root.Index(-1)).ParamName);
        Assert.Equal("segment", Assert.Throws<System.ArgumentNullException>(() => ProblemLocation.Root.Then(null!)).ParamName);
    }

    [Fact]
    public void One_step_up_from_a_place_is_what_it_is_a_part_of_and_the_root_stays_the_root()
    {
        Assert.Equal(ProblemLocation.Level("P2"), ProblemLocation.Level("P2").Field(InputField.EscalateAfter).Parent());
        Assert.Equal(ProblemLocation.Root, ProblemLocation.Root.Parent());
    }

    [Fact]
    public void Different_places_spread_over_hash_codes_so_a_dictionary_of_them_stays_fast()
    {
        var hashes = Enumerable.Range(0, 100).Select(i => ProblemLocation.Event(i).GetHashCode()).Distinct().Count();

        Assert.True(hashes > 90, $"100 different places had only {hashes} different hash codes");
    }
}
