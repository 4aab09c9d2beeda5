using GraphQL;

namespace GraphRegistry.Api.Graph;

/// <summary>An error the registry raises on purpose, with one of <see cref="ErrorCodes"/>. Its message never holds a value.</summary>
public sealed class RegistryError : ExecutionError
{
    public RegistryError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
