using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// The limits of the JSON readers (docs/limits.md), at their boundaries: a document exactly at a limit is read, one
/// over it is refused with a problem naming the value found, the limit and the option that raises it.
/// </summary>
public sealed class ReadLimitsTests
{
    private const string Record = "{\"id\": \"INC-1\", \"detectedAt\": \"2024-03-15T14:00:00Z\", \"events\": [EVENTS]}";
    private const string Event = "{\"type\": \"acknowledged\", \"at\": \"2024-03-15T14:05:00Z\"}";

    [Fact]
    public void An_incident_record_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused_naming_the_option()
    {
        var json = Record.Replace("EVENTS", Event, StringComparison.Ordinal);
        var size = Encoding.UTF8.GetByteCount(json);

        Assert.Equal("INC-1", IncidentJson.ReadIncident(json, options: new IncidentReadOptions { MaxDocumentBytes = size }).Id);
        Assert.Equal("INC-1", IncidentJson.ReadIncident(Stream(json), options: new IncidentReadOptions { MaxDocumentBytes = size }).Id);

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, "in.json", new IncidentReadOptions { MaxDocumentBytes = size - 1 }));
        Assert.Equal(
            $"in.json: The incident record is invalid: $: the document is {size} bytes, over the limit of {size - 1} bytes; raise IncidentReadOptions.MaxDocumentBytes to read larger documents",
            refused.Message);
    }

    [Fact]
    public void A_stream_is_read_no_further_than_one_byte_past_the_size_limit()
    {
        var json = Record.Replace("EVENTS", Event, StringComparison.Ordinal);
        var stream = new CountingStream(Encoding.UTF8.GetBytes(json));

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(stream, options: new IncidentReadOptions { MaxDocumentBytes = 10 }));

        Assert.Equal("$: the document is more than 10 bytes, over the limit of 10 bytes; raise IncidentReadOptions.MaxDocumentBytes to read larger documents", refused.Problems.Single().ToString());
        Assert.True(stream.BytesRead <= 11, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void The_size_limit_counts_UTF8_bytes_so_text_of_fewer_characters_than_the_limit_can_be_over_it()
    {
        var json = Record.Replace("EVENTS", string.Empty, StringComparison.Ordinal).Replace("INC-1", "INC-\u00E9\u00E9\u00E9", StringComparison.Ordinal);
        var size = Encoding.UTF8.GetByteCount(json);
        Assert.Equal(json.Length + 3, size);

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, options: new IncidentReadOptions { MaxDocumentBytes = json.Length }));

        Assert.Equal(
            $"$: the document is {size} bytes, over the limit of {json.Length} bytes; raise IncidentReadOptions.MaxDocumentBytes to read larger documents",
            refused.Problems.Single().ToString());
        Assert.Equal("INC-\u00E9\u00E9\u00E9", IncidentJson.ReadIncident(json, options: new IncidentReadOptions { MaxDocumentBytes = size }).Id);
    }

    [Fact]
    public async Task A_stream_is_read_from_its_position_and_only_the_rest_counts_towards_the_size_limit()
    {
        var json = Record.Replace("EVENTS", Event, StringComparison.Ordinal);
        var size = Encoding.UTF8.GetByteCount(json);
        var header = Encoding.UTF8.GetBytes(new string('#', 200) + "\n");
        byte[] bytes = [.. header, .. Encoding.UTF8.GetBytes(json)];
        var options = new IncidentReadOptions { MaxDocumentBytes = size };

        using var synchronous = new MemoryStream(bytes, writable: false) { Position = header.Length };
        using var asynchronous = new MemoryStream(bytes, writable: false) { Position = header.Length };

        Assert.Equal("INC-1", IncidentJson.ReadIncident(synchronous, options: options).Id);
        Assert.Equal("INC-1", (await IncidentJson.ReadIncidentAsync(asynchronous, null, options)).Id);
    }

    [Fact]
    public async Task Read_asynchronously_a_stream_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused_whether_it_can_seek_or_not()
    {
        var json = Record.Replace("EVENTS", Event, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var atLimit = new IncidentReadOptions { MaxDocumentBytes = bytes.Length };
        var underIt = new IncidentReadOptions { MaxDocumentBytes = bytes.Length - 1 };
        var expected = $"$: the document is more than {bytes.Length - 1} bytes, over the limit of {bytes.Length - 1} bytes; raise IncidentReadOptions.MaxDocumentBytes to read larger documents";

        Assert.Equal("INC-1", (await IncidentJson.ReadIncidentAsync(new MemoryStream(bytes, writable: false), null, atLimit)).Id);
        Assert.Equal("INC-1", (await IncidentJson.ReadIncidentAsync(new TricklingStream(bytes, int.MaxValue), null, atLimit)).Id);

        var seekable = await Assert.ThrowsAsync<InvalidIncidentException>(() => IncidentJson.ReadIncidentAsync(new MemoryStream(bytes, writable: false), null, underIt));
        var notSeekable = await Assert.ThrowsAsync<InvalidIncidentException>(() => IncidentJson.ReadIncidentAsync(new TricklingStream(bytes, int.MaxValue), null, underIt));
        Assert.Equal(expected, seekable.Problems.Single().ToString());
        Assert.Equal(expected, notSeekable.Problems.Single().ToString());
    }

    [Fact]
    public async Task A_stream_that_gives_a_few_bytes_at_a_time_is_read_no_further_than_one_byte_past_the_size_limit()
    {
        var bytes = Encoding.UTF8.GetBytes(Record.Replace("EVENTS", Event, StringComparison.Ordinal));
        var options = new IncidentReadOptions { MaxDocumentBytes = 10 };
        var synchronous = new TricklingStream(bytes, 4);
        var asynchronous = new TricklingStream(bytes, 4);

        Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(synchronous, options: options));
        await Assert.ThrowsAsync<InvalidIncidentException>(() => IncidentJson.ReadIncidentAsync(asynchronous, null, options));

        Assert.Equal(11, synchronous.BytesRead);
        Assert.Equal(11, asynchronous.BytesRead);
    }

    [Fact]
    public void A_byte_order_mark_counts_towards_the_size()
    {
        var json = "\uFEFF" + Record.Replace("EVENTS", string.Empty, StringComparison.Ordinal);
        var size = Encoding.UTF8.GetByteCount(json);

        Assert.Equal("INC-1", IncidentJson.ReadIncident(json, options: new IncidentReadOptions { MaxDocumentBytes = size }).Id);
        Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, options: new IncidentReadOptions { MaxDocumentBytes = size - 1 }));
    }

    [Fact]
    public void A_record_nested_exactly_to_the_depth_limit_is_read_and_one_level_more_is_refused_at_its_line_and_position()
    {
        // The root is level 1: 63 arrays inside it make 64 levels, the default limit.
        static string Nested(int arrays) => "{\"id\": \"INC-1\", \"detectedAt\": \"2024-03-15T14:00:00Z\",\n\"x\": " + new string('[', arrays) + new string(']', arrays) + "}";
        var lenient = new IncidentReadOptions { UnknownProperties = UnknownPropertyHandling.Ignore };

        Assert.Equal("INC-1", IncidentJson.ReadIncident(Nested(63), options: lenient).Id);

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(Nested(64), options: lenient));
        Assert.Equal(
            "$: objects and arrays nested more than 64 levels deep at line 2, position 69, over the limit of 64 levels; raise IncidentReadOptions.MaxDepth to read deeper documents",
            refused.Problems.Single().ToString());

        Assert.Equal("INC-1", IncidentJson.ReadIncident(Nested(64), options: lenient with { MaxDepth = 65 }).Id);
    }

    [Fact]
    public void Far_deeper_nesting_than_the_limit_is_refused_without_exhausting_the_stack()
    {
        var json = "{\"id\": \"INC-1\", \"x\": " + new string('[', 1_000_000) + "}";

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json));

        Assert.StartsWith("$: objects and arrays nested more than 64 levels deep at line 1, position 85", refused.Problems.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_comma_before_the_nesting_goes_too_deep_does_not_hide_the_depth_problem()
    {
        var options = new IncidentReadOptions { UnknownProperties = UnknownPropertyHandling.Ignore, MaxDepth = 3 };

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident("{\"id\": \"INC-1\", \"x\": [1,], \"y\": [[[]]]}", options: options));

        Assert.Equal(
            "$: objects and arrays nested more than 3 levels deep at line 1, position 35, over the limit of 3 levels; raise IncidentReadOptions.MaxDepth to read deeper documents",
            refused.Problems.Single().ToString());
    }

    [Fact]
    public void A_syntax_error_before_the_nesting_goes_too_deep_is_reported_as_malformed()
    {
        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident("{\"id\": } " + new string('[', 100)));

        Assert.StartsWith("$: malformed JSON at line 1, position 8", refused.Problems.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_exactly_the_events_limit_is_read_and_one_more_is_refused_with_the_other_problems()
    {
        var three = Record.Replace("EVENTS", string.Join(", ", Enumerable.Repeat(Event, 3)), StringComparison.Ordinal);
        var four = Record.Replace("EVENTS", string.Join(", ", Enumerable.Repeat(Event, 4)), StringComparison.Ordinal).Replace("\"INC-1\"", "7", StringComparison.Ordinal);
        var options = new IncidentReadOptions { MaxEvents = 3 };

        Assert.Equal(3, IncidentJson.ReadIncident(three, options: options).Events.Length);

        var refused = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(four, options: options));
        Assert.Equal(
            ["$.id: expected the incident's id, a non-empty string, got the number 7", "$.events: 4 events, over the limit of 3 events; raise IncidentReadOptions.MaxEvents to read longer records"],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_engine_reads_a_record_with_the_limits_it_is_given()
    {
        var json = Record.Replace("EVENTS", string.Join(", ", Enumerable.Repeat(Event, 2)), StringComparison.Ordinal);

        var refused = Assert.Throws<InvalidIncidentException>(() => Engines.Default.ReadIncident(json, options: new IncidentReadOptions { MaxEvents = 1 }));

        Assert.Contains("IncidentReadOptions.MaxEvents", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_document_over_the_size_or_depth_limit_is_refused_naming_the_option_as_a_string_and_as_a_stream()
    {
        const string Json = "{\"severities\": {\"P2\": {\"escalateAfter\": \"PT3H\"}}}";
        var size = Encoding.UTF8.GetByteCount(Json);

        var expected = PolicyJson.Write(PolicyJson.ReadOverride(Json));
        Assert.Equal(expected, PolicyJson.Write(PolicyJson.ReadOverride(Json, null, null, new PolicyReadOptions { MaxDocumentBytes = size })));
        Assert.Equal(expected, PolicyJson.Write(PolicyJson.ReadOverride(Stream(Json), options: new PolicyReadOptions { MaxDocumentBytes = size })));

        var bySize = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(Json, null, "p.json", new PolicyReadOptions { MaxDocumentBytes = size - 1 }));
        Assert.Equal($"p.json: The policy is invalid: $: the document is {size} bytes, over the limit of {size - 1} bytes; raise PolicyReadOptions.MaxDocumentBytes to read larger documents", bySize.Message);

        var byStream = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(Stream(Json), options: new PolicyReadOptions { MaxDocumentBytes = size - 1 }));
        Assert.Contains($"more than {size - 1} bytes", byStream.Message, StringComparison.Ordinal);

        var byDepth = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(Json, null, null, new PolicyReadOptions { MaxDepth = 2 }));
        Assert.Equal(
            "$: objects and arrays nested more than 2 levels deep at line 1, position 23, over the limit of 2 levels; raise PolicyReadOptions.MaxDepth to read deeper documents",
            byDepth.Problems.Single().ToString());
        Assert.NotNull(PolicyJson.ReadOverride(Json, null, null, new PolicyReadOptions { MaxDepth = 3 }));
    }

    [Fact]
    public void A_policy_file_that_is_not_UTF_8_is_refused_at_the_byte()
    {
        var refused = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(new MemoryStream([.. "{\"x\": \""u8, 0xFF, .. "\"}"u8])));

        Assert.Equal("$: malformed input at line 1, position 8: expected UTF-8 text, got a byte sequence that is not UTF-8", refused.Problems.Single().ToString());
    }

    [Fact]
    public void A_checkpoint_over_the_size_or_depth_limit_is_refused_naming_the_option()
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var checkpoint = Engines.Default.EvaluateWithCheckpoint(incident, incident.DetectedAt + NodaTime.Duration.FromHours(1)).Checkpoint!;
        var json = CheckpointJson.Write(checkpoint);
        var size = Encoding.UTF8.GetByteCount(json);

        Assert.Equal(checkpoint.At, CheckpointJson.Read(json, null, new CheckpointReadOptions { MaxDocumentBytes = size }).At);

        var bySize = Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(json, "c.json", new CheckpointReadOptions { MaxDocumentBytes = size - 1 }));
        Assert.Equal($"$: the document is {size} bytes, over the limit of {size - 1} bytes; raise CheckpointReadOptions.MaxDocumentBytes to read larger documents", bySize.Problems.Single().ToString());

        var byDepth = Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(json, null, new CheckpointReadOptions { MaxDepth = 2 }));
        Assert.Contains("raise CheckpointReadOptions.MaxDepth to read deeper documents", byDepth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_refuse_values_that_are_no_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IncidentReadOptions { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IncidentReadOptions { MaxEvents = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyReadOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckpointReadOptions { MaxDepth = 1001 });
    }

    [Fact]
    public void The_nesting_limit_may_be_anywhere_from_1_to_1000_levels()
    {
        Assert.Equal(1, new PolicyReadOptions { MaxDepth = 1 }.MaxDepth);
        Assert.Equal(1000, new IncidentReadOptions { MaxDepth = 1000 }.MaxDepth);
    }

    [Fact]
    public void A_value_that_is_no_limit_is_refused_saying_what_a_limit_must_be()
    {
        Assert.StartsWith("The size limit must be a positive number of bytes.", Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyReadOptions { MaxDocumentBytes = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The nesting limit must be between 1 and 1000 levels.", Assert.Throws<ArgumentOutOfRangeException>(() => new CheckpointReadOptions { MaxDepth = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The limit of events must be a positive number.", Assert.Throws<ArgumentOutOfRangeException>(() => new IncidentReadOptions { MaxEvents = -5 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_those_docs_limits_md_lists()
    {
        Assert.Equal(16 * 1024 * 1024, IncidentReadOptions.Default.MaxDocumentBytes);
        Assert.Equal(64, PolicyReadOptions.Default.MaxDepth);
        Assert.Equal(10_000, IncidentReadOptions.Default.MaxEvents);
        Assert.Equal(CheckpointReadOptions.Default.MaxDocumentBytes, PolicyReadOptions.Default.MaxDocumentBytes);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text), writable: false);

    /// <summary>A stream that cannot seek and gives at most <c>most</c> bytes a read, as a network stream may; it counts the bytes it gave.</summary>
    private sealed class TricklingStream(byte[] bytes, int most) : Stream
    {
        public int BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, most), bytes.Length - BytesRead);
            bytes.AsSpan(BytesRead, count).CopyTo(buffer);
            BytesRead += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that counts the bytes read from it and cannot seek, as a network stream.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public int BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
