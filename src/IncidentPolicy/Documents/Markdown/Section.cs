using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>A heading and the blocks it opens: an H2 section with its H3 subsections, or an H3 subsection.</summary>
internal sealed class Section
{
    private Section(HeadingBlock heading, IReadOnlyList<Block> blocks, IReadOnlyList<Section> subsections)
    {
        Heading = heading;
        Title = MarkdownText.PlainText(heading);
        Blocks = blocks;
        Subsections = subsections;
    }

    /// <summary>The heading.</summary>
    public HeadingBlock Heading { get; }

    /// <summary>The heading's text, as shown.</summary>
    public string Title { get; }

    /// <summary>The heading's text without a leading step number (<c>2.</c>, <c>2)</c>, <c>Step 2:</c>).</summary>
    public string Name => SectionNames.WithoutStepNumber(Title);

    /// <summary>The blocks under the heading, subsections included, up to the next heading of its level or above.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>For an H2, its H3 subsections; empty for an H3.</summary>
    public IReadOnlyList<Section> Subsections { get; }

    /// <summary>The blocks under the heading and every block inside them, in document order.</summary>
    public IEnumerable<Block> AllBlocks() => Blocks.SelectMany<Block, Block>(b => b is ContainerBlock c ? [b, .. c.Descendants<Block>()] : [b]);

    public static Section Of(HeadingBlock heading, IReadOnlyList<Block> blocks)
    {
        var subsections = new List<Section>();
        if (heading.Level == 2)
        {
            var list = blocks.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is HeadingBlock { Level: 3 } sub)
                {
                    var end = DocumentOutline.NextHeading(list, i + 1, 3);
                    subsections.Add(new Section(sub, list.GetRange(i + 1, end - i - 1), []));
                    i = end - 1;
                }
            }
        }

        return new Section(heading, blocks, subsections);
    }
}
