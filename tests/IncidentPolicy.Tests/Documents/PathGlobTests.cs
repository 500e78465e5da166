using IncidentPolicy.Documents;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// The runbook path patterns of <c>documents.runbook.paths</c>: <c>*</c> stays within a folder, <c>**/</c> spans any
/// folders or none, <c>**</c> elsewhere spans anything, <c>?</c> is one character; a leading <c>./</c> and backslashes
/// do not matter.
/// </summary>
public sealed class PathGlobTests
{
    [Theory]
    [InlineData("runbooks/*.md", "runbooks/db.md", true)]
    [InlineData("runbooks/*.md", "runbooks/ops/db.md", false)]
    [InlineData("runbooks/**/*.md", "runbooks/db.md", true)]
    [InlineData("runbooks/**/*.md", "runbooks/ops/eu/db.md", true)]
    [InlineData("runbooks/**/*.md", "other/db.md", false)]
    [InlineData("runbooks/**", "runbooks/ops/db.md", true)]
    [InlineData("runbooks/**.md", "runbooks/ops/db.md", true)]
    [InlineData("runbooks/**.md", "runbooks/ops/db.txt", false)]
    [InlineData("**", "db.md", true)]
    [InlineData("*", "ops/db.md", false)]
    [InlineData("runbooks/db?.md", "runbooks/db1.md", true)]
    [InlineData("runbooks/db?.md", "runbooks/db12.md", false)]
    [InlineData("runbooks/db?.md", "runbooks/db/.md", false)]
    [InlineData("runbooks/db.md", "runbooks/dbxmd", false)]
    [InlineData("./runbooks/*.md", "runbooks\\db.md", true)]
    [InlineData("runbooks/*.md", "././runbooks/db.md", true)]
    [InlineData("runbooks/*.md", "Runbooks/db.md", false)]
    [InlineData("runbooks/***/db.md", "runbooks/ops/db.md", true)]
    [InlineData("runbooks/***/db.md", "runbooks/olddb.md", false)] // read as ** then *: the file name still follows a /
    public void A_pattern_matches_the_whole_path(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, PathGlob.Matches(pattern, path));
    }
}
