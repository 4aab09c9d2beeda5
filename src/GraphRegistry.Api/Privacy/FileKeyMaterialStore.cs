using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Keys as files beside a SQLite database: the key ring folder, and each secret as a file in the
/// blind-index key's folder (blind-index.key, blind-index.next.key during a blind-index rotation,
/// access-log-chain.key, pseudonym.key). With Registry:Keys:CertificatePath the secrets are
/// encrypted under the key ring (itself encrypted to the certificate), as the PostgreSQL store's
/// rows are: a copy of the data directory alone gives none of them away. Without it (Development)
/// each is plain base64; a plain file from before is read, and encrypted at the next start.
/// </summary>
public sealed class FileKeyMaterialStore : KeyMaterialStore
{
    private const string ProtectedPrefix = "protected:";

    private readonly KeyMaterialPaths paths;
    private readonly bool encryptSecrets;
    private readonly Lazy<IDataProtectionProvider> protection;

    public FileKeyMaterialStore(KeyMaterialPaths paths, IOptions<KeyMaterialOptions> options, ILoggerFactory loggers, IServiceProvider services)
        : base(options)
    {
        this.paths = paths;
        KeyRing = new FileSystemXmlRepository(new DirectoryInfo(paths.KeyRingDirectory), loggers);
        encryptSecrets = !string.IsNullOrWhiteSpace(options.Value.CertificatePath);

        // Resolved late: Data Protection itself is built on this store's key ring.
        protection = new(services.GetRequiredService<IDataProtectionProvider>);
    }

    public override string KeyRingLocation => $"key-*.xml files in '{paths.KeyRingDirectory}'";

    public override string BlindIndexKeyLocation => $"'{paths.BlindIndexKeyFile}'";

    public override IXmlRepository KeyRing { get; }

    public override Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken) => Task.FromResult(paths.KeyRingHasKeys);

    protected override byte[]? ReadKey(KeySecret secret)
    {
        var file = paths.SecretFile(secret);
        if (!File.Exists(file))
        {
            return null;
        }

        var stored = File.ReadAllText(file).Trim();
        return BlindIndexKey.Parse(stored.StartsWith(ProtectedPrefix, StringComparison.Ordinal) ? Protector(secret).Unprotect(stored[ProtectedPrefix.Length..]) : stored, $"'{file}'");
    }

    protected override async Task ProtectStoredSecretsAsync(CancellationToken cancellationToken)
    {
        if (!encryptSecrets)
        {
            return;
        }

        foreach (var secret in Enum.GetValues<KeySecret>())
        {
            var file = paths.SecretFile(secret);
            if (File.Exists(file) && !(await File.ReadAllTextAsync(file, cancellationToken)).StartsWith(ProtectedPrefix, StringComparison.Ordinal))
            {
                await WriteAsync(secret, ReadKey(secret)!, replace: true, cancellationToken);
            }
        }
    }

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
        var stored = Convert.ToBase64String(key);
        await File.WriteAllTextAsync(written, encryptSecrets ? ProtectedPrefix + Protector(secret).Protect(stored) : stored, cancellationToken);
        File.Move(written, file, overwrite: true);
    }

    protected override Task DeleteAsync(KeySecret secret, CancellationToken cancellationToken)
    {
        File.Delete(paths.SecretFile(secret));
        return Task.CompletedTask;
    }

    protected override Task<bool> HasAsync(KeySecret secret, CancellationToken cancellationToken) => Task.FromResult(File.Exists(paths.SecretFile(secret)));

    private IDataProtector Protector(KeySecret secret) => protection.Value.CreateProtector(PurposeOf(secret));
}
