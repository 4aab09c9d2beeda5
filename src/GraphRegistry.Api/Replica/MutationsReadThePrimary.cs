using GraphQL.Execution;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// A mutation reads the primary from its first resolver on, so the household it changes is found
/// even if the replica has not replayed it yet, and the answer it returns shows its own write.
/// </summary>
public sealed class MutationsReadThePrimary : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.RequestServices?.GetRequiredService<RegistryReads>().UsePrimary();
        }

        return Task.CompletedTask;
    }
}
