using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>The recorded head: known in this process at once, in its file after a flush, and never moved backwards.</summary>
public sealed class AccessLogHeadTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "graphregistry-head-" + Guid.NewGuid().ToString("N"));

    public AccessLogHeadTests() => Directory.CreateDirectory(directory);

    [Fact]
    public void A_recorded_head_is_read_back_at_once_and_reaches_the_file_when_flushed()
    {
        using var head = Head();

        head.Record(7, "hash-7");

        Assert.Equal((7L, "hash-7"), head.Read());
        head.Flush();
        using var another = Head();
        Assert.Equal((7L, "hash-7"), another.Read());
    }

    [Fact]
    public void The_head_never_moves_backwards_in_memory_or_in_the_file()
    {
        using (var ahead = Head())
        {
            ahead.Record(9, "hash-9");
        }

        using var behind = Head();
        behind.Record(5, "hash-5");
        behind.Record(4, "hash-4");
        behind.Flush();

        Assert.Equal((9L, "hash-9"), behind.Read());
        Assert.Equal("9 hash-9", File.ReadAllText(Path.Combine(directory, "access-log.head")));
    }

    [Fact]
    public void Disposing_writes_the_last_head_and_a_vanished_folder_does_not_throw()
    {
        using (var head = Head())
        {
            head.Record(3, "hash-3");
        }

        Assert.Equal("3 hash-3", File.ReadAllText(Path.Combine(directory, "access-log.head")));

        var orphan = Head();
        orphan.Record(4, "hash-4");
        Directory.Delete(directory, recursive: true);
        orphan.Dispose();
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private AccessLogHead Head() => new(
        new RegistryDataDirectory(Options.Create(new RegistryDataOptions { DataDirectory = directory }), new FixedHostEnvironment(directory)),
        NullLogger<AccessLogHead>.Instance);
}
