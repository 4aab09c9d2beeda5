using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphRegistry.Api.Identity;

/// <summary>
/// The key that signs and verifies registry tokens. Outside Development it must come from
/// configuration (or an Authority); in Development one is generated under data/ on first start.
/// </summary>
public sealed class SigningKeyProvider
{
    public const string DevelopmentKeyFile = "dev-signing.key";
    private const int MinimumKeyBytes = 32;

    private readonly Lazy<SymmetricSecurityKey?> key;

    public SigningKeyProvider(IOptions<JwtOptions> options, IHostEnvironment environment, RegistryDataDirectory dataDirectory)
    {
        var jwt = options.Value;
        IsDevelopment = environment.IsDevelopment();
        key = new(() => Load(jwt, IsDevelopment, dataDirectory));
    }

    public bool IsDevelopment { get; }

    /// <summary>The symmetric key, or null when an Authority supplies the keys.</summary>
    public SymmetricSecurityKey? Key => key.Value;

    /// <summary>Refuses a configuration that would let development tokens in, or no tokens at all.</summary>
    public static void EnsureUsable(JwtOptions jwt, bool isDevelopment)
    {
        if (isDevelopment)
        {
            return;
        }

        if (string.Equals(jwt.Issuer, JwtOptions.DevelopmentIssuer, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{JwtOptions.Section}:Issuer is the development issuer; configure the identity provider's issuer. Development tokens are refused outside Development.");
        }

        if (string.IsNullOrWhiteSpace(jwt.Authority) && string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            throw new InvalidOperationException($"Configure {JwtOptions.Section}:Authority or {JwtOptions.Section}:SigningKey; outside Development no key is generated.");
        }
    }

    private static SymmetricSecurityKey? Load(JwtOptions jwt, bool isDevelopment, RegistryDataDirectory dataDirectory)
    {
        EnsureUsable(jwt, isDevelopment);
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            return Validated(Convert.FromBase64String(jwt.SigningKey));
        }

        if (!isDevelopment)
        {
            return null;
        }

        var file = dataDirectory.Resolve(DevelopmentKeyFile);
        if (!File.Exists(file))
        {
            // Written beside and moved in without replacing: a token command run while the server
            // makes its first key (or two servers at once) reads the one key that won, never half
            // of one or a second key the server does not know.
            Directory.CreateDirectory(dataDirectory.FullPath);
            var written = $"{file}.{Environment.ProcessId}.tmp";
            File.WriteAllText(written, Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes)));
            try
            {
                File.Move(written, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(written);
            }
        }

        return Validated(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }

    private static SymmetricSecurityKey Validated(byte[] bytes) => bytes.Length >= MinimumKeyBytes
        ? new SymmetricSecurityKey(bytes) { KeyId = "registry" }
        : throw new InvalidOperationException($"{JwtOptions.Section}:SigningKey must be at least {MinimumKeyBytes} bytes (base64).");
}
