using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// A document's headings as sections: the title (its first heading), each H2 with the blocks up to the next
/// H1 or H2, and in each H2 its H3 subsections with the blocks up to the next H1, H2 or H3. Only headings at
/// the top level of the document count (a heading inside a list or a quote is content).
/// </summary>
internal sealed class DocumentOutline
{
    private DocumentOutline(HeadingBlock? title, IReadOnlyList<Section> sections)
    {
        Title = title;
        Sections = sections;
    }

    /// <summary>The first heading of the document, whatever its level, or <see langword="null"/>.</summary>
    public HeadingBlock? Title { get; }

    /// <summary>The H2 sections in document order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The first section whose name starts with <paramref name="name"/> (<see cref="SectionNames.Matches"/>).</summary>
    public Section? Find(string name) => Sections.FirstOrDefault(s => SectionNames.Matches(s.Title, name));

    public static DocumentOutline Of(MarkdownText document)
    {
        var blocks = document.Syntax.ToList();
        var title = blocks.OfType<HeadingBlock>().FirstOrDefault();
        var sections = new List<Section>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock { Level: 2 } heading)
            {
                var end = NextHeading(blocks, i + 1, 2);
                sections.Add(Section.Of(heading, blocks.GetRange(i + 1, end - i - 1)));
                i = end - 1;
            }
        }

        return new DocumentOutline(title, sections);
    }

    /// <summary>The index of the next heading at <paramref name="level"/> or above from <paramref name="start"/>, or the count.</summary>
    internal static int NextHeading(IReadOnlyList<Block> blocks, int start, int level)
    {
        for (var i = start; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock h && h.Level <= level)
            {
                return i;
            }
        }

        return blocks.Count;
    }
}
