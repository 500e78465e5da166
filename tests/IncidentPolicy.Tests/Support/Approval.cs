using System.IO;
using System.Text;
using Xunit;

namespace IncidentPolicy.Tests.Support;

/// <summary>
/// Approved text files: <c>name.approved.txt</c> holds the expected text. On a mismatch (or a missing file) the actual
/// text is written to <c>name.received.txt</c> beside it and the test fails; when the change is right, move the
/// received file over the approved one. A match removes a stale received file.
/// </summary>
internal static class Approval
{
    public static void Verify(string folder, string name, string actual)
    {
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8).Replace("\r\n", "\n", System.StringComparison.Ordinal) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail(approved is null
            ? $"No approved text for {name}: the text is in {receivedPath}; review it and rename it to {Path.GetFileName(approvedPath)}."
            : $"The text of {name} differs from {approvedPath}; the new text is in {receivedPath}.");
    }
}
