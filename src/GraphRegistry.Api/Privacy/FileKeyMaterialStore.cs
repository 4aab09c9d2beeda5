using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Keys as files beside a SQLite database: the key ring folder, and each secret as a base64 file
/// in the blind-index key's folder (blind-index.key, blind-index.next.key during a blind-index
/// rotation, access-log-chain.key, pseudonym.key).
/// </summary>
public sealed class FileKeyMaterialStore : KeyMaterialStore
{
    private readonly KeyMaterialPaths paths;

    public FileKeyMaterialStore(KeyMaterialPaths paths, IOptions<KeyMaterialOptions> options, ILoggerFactory loggers)
        : base(options)
    {
        this.paths = paths;
        KeyRing = new FileSystemXmlRepository(new DirectoryInfo(paths.KeyRingDirectory), loggers);
    }

    public override string KeyRingLocation => $"key-*.xml files in '{paths.KeyRingDirectory}'";

    public override string BlindIndexKeyLocation => $"'{paths.BlindIndexKeyFile}'";

    public override IXmlRepository KeyRing { get; }

    public override Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken) => Task.FromResult(paths.KeyRingHasKeys);

    protected override byte[]? ReadKey(KeySecret secret) =>
        File.Exists(paths.SecretFile(secret)) ? BlindIndexKey.Parse(File.ReadAllText(paths.SecretFile(secret)), $"'{paths.SecretFile(secret)}'") : null;

    protected override async Task WriteAsync(KeySecret secret, byte[] key, bool replace, CancellationToken cancellationToken)
    {
        var file = paths.SecretFile(secret);
        if (File.Exists(file) && !replace)
        {
            return;
        }

        // Written beside and renamed over: a crash leaves the old key or the new one, never half of one.
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var written = file + ".tmp";
        await File.WriteAllTextAsync(written, Convert.ToBase64String(key), cancellationToken);
        File.Move(written, file, overwrite: true);
    }

    protected override Task DeleteAsync(KeySecret secret, CancellationToken cancellationToken)
    {
        File.Delete(paths.SecretFile(secret));
        return Task.CompletedTask;
    }

    protected override Task<bool> HasAsync(KeySecret secret, CancellationToken cancellationToken) => Task.FromResult(File.Exists(paths.SecretFile(secret)));
}
