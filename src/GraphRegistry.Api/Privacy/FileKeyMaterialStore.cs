using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GraphRegistry.Api.Privacy;

/// <summary>Keys as files beside a SQLite database: the key ring folder and the base64 blind-index key file.</summary>
public sealed class FileKeyMaterialStore : IKeyMaterialStore
{
    private readonly KeyMaterialPaths paths;
    private readonly Lazy<byte[]> blindIndexKey;

    public FileKeyMaterialStore(KeyMaterialPaths paths, ILoggerFactory loggers)
    {
        this.paths = paths;
        KeyRing = new FileSystemXmlRepository(new DirectoryInfo(paths.KeyRingDirectory), loggers);
        blindIndexKey = new(() => Privacy.BlindIndexKey.Parse(File.ReadAllText(paths.BlindIndexKeyFile), BlindIndexKeyLocation));
    }

    public string KeyRingLocation => $"key-*.xml files in '{paths.KeyRingDirectory}'";

    public string BlindIndexKeyLocation => $"'{paths.BlindIndexKeyFile}'";

    public IXmlRepository KeyRing { get; }

    public byte[] BlindIndexKey => blindIndexKey.Value;

    public Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken) => Task.FromResult(paths.KeyRingHasKeys);

    public Task<bool> HasBlindIndexKeyAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(paths.BlindIndexKeyFile));

    /// <summary>Nothing to do: the key file is not encrypted by the ring (it is kept apart from the database instead).</summary>
    public Task ReprotectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task CreateBlindIndexKeyAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(paths.BlindIndexKeyFile))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(paths.BlindIndexKeyFile)!);
        await File.WriteAllTextAsync(paths.BlindIndexKeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(Privacy.BlindIndexKey.Length)), cancellationToken);
    }
}
