using System.Linq;
using IncidentPolicy.Reviews;
using Xunit;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>Where a person's name is found: whole words, handle-like names in any case, plain names capitalised; @handles at a word start only.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Bob restarted it", "Bob", new[] { 0 })]
    [InlineData("bob restarted it", "Bob", new int[0])]
    [InlineData("Bobby restarted it", "Bob", new int[0])]
    [InlineData("we will retry; Will agreed", "Will", new[] { 15 })]
    [InlineData("the Will-o-wisp", "Will", new[] { 4 })]
    [InlineData("ask J.Doe or j.doe", "j.doe", new[] { 4, 13 })]
    [InlineData("bob_2 and BOB_2 and bob_23", "bob_2", new[] { 0, 10 })]
    [InlineData("Mark the run as done; Mark said so", "Mark", new[] { 0, 22 })]
    [InlineData("@Bob said", "Bob", new int[0])]
    [InlineData("Bob", "Bob", new[] { 0 })]
    [InlineData("Bob ", "", new int[0])]
    public void A_name_is_found_as_a_whole_word_by_its_case_rule(string text, string name, int[] expected)
    {
        Assert.Equal(expected, PersonNames.Occurrences(text, name));
    }

    [Fact]
    public void A_name_is_also_found_as_the_record_spells_it_when_asked()
    {
        Assert.Equal([0], PersonNames.Occurrences("bob restarted it", "bob", alsoExactly: true));
        Assert.Empty(PersonNames.Occurrences("bob restarted it", "bob"));
    }

    [Theory]
    [InlineData("ping @alice and @bob.smith.", new[] { "alice", "bob.smith" })]
    [InlineData("mail alice@example.com", new string[0])]
    [InlineData("(@carol_2)", new[] { "carol_2" })]
    [InlineData("a @ sign", new string[0])]
    [InlineData("ask @bob", new[] { "bob" })]
    [InlineData("ask @bob. Then @carol", new[] { "bob", "carol" })]
    [InlineData("@bob @carol", new[] { "bob", "carol" })]
    [InlineData("x.@bob y-@carol", new string[0])]
    [InlineData("ping @", new string[0])]
    public void Handles_start_a_word_and_are_never_inside_an_email_address(string text, string[] expected)
    {
        Assert.Equal(expected, PersonNames.Handles(text).Select(h => h.Name));
    }

    [Fact]
    public void Names_with_a_digit_dot_underscore_or_hyphen_are_handle_like()
    {
        Assert.True(PersonNames.IsHandleLike("bob2"));
        Assert.True(PersonNames.IsHandleLike("j.doe"));
        Assert.True(PersonNames.IsHandleLike("mary-jane"));
        Assert.False(PersonNames.IsHandleLike("Carol"));
    }
}
