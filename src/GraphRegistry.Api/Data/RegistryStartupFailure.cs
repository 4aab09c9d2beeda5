namespace GraphRegistry.Api.Data;

/// <summary>Finds the start-up refusal inside whatever the host wrapped it in.</summary>
public static class RegistryStartupFailure
{
    /// <summary>
    /// Whether the registry is its own process. Only then is a refusal turned into a message and an
    /// exit code; a host embedding it (the tests' WebApplicationFactory) gets the exception itself.
    /// </summary>
    public static bool IsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(RegistryStartupFailure).Assembly;

    public static RegistryStartupException? Find(Exception? exception) => exception switch
    {
        null => null,
        RegistryStartupException refusal => refusal,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        _ => Find(exception.InnerException),
    };
}
