using GraphQL;
using GraphQL.Validation;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Http;

/// <summary>Runs a request against the schema under its caller's access view and time limit.</summary>
public sealed class BoundedExecution(IDocumentExecuter<RegistrySchema> executer)
{
    // Execution is cancelled at the principal's time limit; whatever it read is still logged, nothing is returned.
    public async Task<ExecutionResult> ExecuteAsync(HttpContext http, AccessView view, GraphQLHttpRequest request, IValidationRule[] rules)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        if (view.Limits.ExecutionTimeout > TimeSpan.Zero)
        {
            deadline.CancelAfter(view.Limits.ExecutionTimeout);
        }
        else
        {
            // No time at all: cancelled before it starts, rather than by a timer racing the execution.
            await deadline.CancelAsync();
        }
        using (CurrentAccess.Enter(view))
        {
            try
            {
                return await executer.ExecuteAsync(execution =>
                {
                    execution.Query = request.Query;
                    execution.OperationName = request.OperationName;
                    execution.Variables = request.Variables;
                    execution.Extensions = request.Extensions;
                    execution.RequestServices = http.RequestServices;
                    execution.User = http.User;
                    execution.CancellationToken = deadline.Token;
                    execution.ValidationRules = rules;
                });
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                return new ExecutionResult { Executed = true, Errors = [new RegistryError(ErrorCodes.Timeout, $"The request ran longer than {view.Limits.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled.")] };
            }
        }
    }
}
