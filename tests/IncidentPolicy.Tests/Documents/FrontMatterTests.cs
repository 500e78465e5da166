using System;
using IncidentPolicy.Documents.Markdown;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// The YAML front matter a runbook's <c>title</c> and <c>last_verified</c> are read from: only the top-level
/// <c>key: value</c> lines between the <c>---</c> lines at the top of the file, keys in any case, a trailing
/// <c># comment</c> and matching quotes removed, and each value's offset pointing at its first character, so a
/// finding about it is reported where the value is written.
/// </summary>
public sealed class FrontMatterTests
{
    private static FrontMatter Read(string text) => MarkdownText.TryParse(text, 128)!.FrontMatter;

    [Fact]
    public void A_top_level_value_is_read_with_the_offset_of_its_first_character()
    {
        const string text = "---\ntitle:   Runbook: Orders\nowner: \"Platform team\"\nlast_verified: 2026-01-05\n---\n# Runbook: Orders\n";

        var frontMatter = Read(text);

        Assert.NotNull(frontMatter.Block);
        Assert.Equal(("Runbook: Orders", text.IndexOf("Runbook: Orders", StringComparison.Ordinal)), frontMatter["title"]);
        Assert.Equal(("Platform team", text.IndexOf("Platform team", StringComparison.Ordinal)), frontMatter["owner"]);
        Assert.Equal(("2026-01-05", text.IndexOf("2026", StringComparison.Ordinal)), frontMatter["last_verified"]);
        Assert.Equal(frontMatter["last_verified"], frontMatter["LAST_VERIFIED"]);
    }

    [Fact]
    public void Front_matter_with_CRLF_line_ends_reads_the_same_values()
    {
        const string text = "---\r\ntitle: Runbook: Orders\r\nowner: 'ops'\r\n---\r\n# Runbook: Orders\r\n";

        var frontMatter = Read(text);

        Assert.Equal(("Runbook: Orders", 12), frontMatter["title"]);
        Assert.Equal(("ops", 37), frontMatter["owner"]);
    }

    [Fact]
    public void Nested_keys_list_items_comments_blank_lines_and_lines_without_a_key_are_not_top_level_values()
    {
        const string text =
            "---\nservice:\n  name: api\n  owner: nested\ntags:\n  - region: eu\n- region: us\n# runbook: commented out\n\njust some words\n: no key\nowner: ops\n---\n# Runbook: Orders\n";

        var frontMatter = Read(text);

        Assert.Equal(("ops", text.IndexOf("ops\n", StringComparison.Ordinal)), frontMatter["owner"]);
        Assert.Null(frontMatter["name"]);
        Assert.Null(frontMatter["region"]);
        Assert.Null(frontMatter["runbook"]);
        Assert.Null(frontMatter[string.Empty]);
    }

    [Fact]
    public void Key_value_lines_after_the_closing_fence_are_body_text_not_front_matter()
    {
        var frontMatter = Read("---\ntitle: Runbook: Orders\n---\nowner: someone\nlast_verified: 2026-01-05\n");

        Assert.Equal("Runbook: Orders", frontMatter["title"]?.Value);
        Assert.Null(frontMatter["owner"]);
        Assert.Null(frontMatter["last_verified"]);
    }

    [Fact]
    public void A_document_without_front_matter_at_its_top_has_none()
    {
        var frontMatter = Read("Intro.\n\n---\ntitle: Runbook: Orders\n---\n");

        Assert.Null(frontMatter.Block);
        Assert.Null(frontMatter["title"]);
    }

    [Theory]
    [InlineData("owner: ops # primary rota", "ops")]
    [InlineData("owner: ops#1", "ops#1")]
    [InlineData("owner: \"Fix #1 first\"", "Fix #1 first")]
    [InlineData("owner: 'Fix #1 first'", "Fix #1 first")]
    [InlineData("owner: 'bob'", "bob")]
    [InlineData("owner: \"\"", "")]
    [InlineData("owner: \"x\"", "x")]
    [InlineData("owner: He said \"hi\"", "He said \"hi\"")]
    [InlineData("owner: \"hi\" he said", "\"hi\" he said")]
    [InlineData("owner: the teams'", "the teams'")]
    [InlineData("owner: 'tis the season", "'tis the season")]
    [InlineData("owner: \"mixed'", "\"mixed'")]
    [InlineData("owner: \"Platform team\" # primary rota", "Platform team")]
    [InlineData("owner: 'ops' #primary", "ops")]
    [InlineData("owner: 'ops'#primary", "'ops'#primary")]
    [InlineData("owner: \"a\" and \"b\"", "a\" and \"b")]
    public void A_comment_after_a_plain_value_and_quotes_around_a_whole_value_are_removed(string line, string value)
    {
        var frontMatter = Read("---\n" + line + "\n---\n# Runbook: Orders\n");

        Assert.Equal(value, frontMatter["owner"]?.Value);
    }
}
