using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using GraphRegistry.Api.TrustedDocuments;
using Microsoft.Extensions.DependencyInjection;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// Validates the docs' GraphQL examples against the running schema as the principal each names,
/// grants included, the way the registry reviews an agency's submitted document: nothing runs.
/// </summary>
public sealed class ExampleValidator(RegistryApplication registry)
{
    private readonly Lazy<RegistryPrincipal> citizen = new(() => TestPrincipals.Citizen(DemoPlaintext.Of(registry)[0].Members[0].PublicId));

    public async Task<IReadOnlyList<string>> ProblemsAsync(MarkdownDocument document, FencedBlock block)
    {
        var example = GraphQLExample.Parse(block);
        if (example.SyntaxError is { } syntax)
        {
            return [$"{document.RelativePath}, {syntax}"];
        }

        if (example.Operations.Count == 0)
        {
            return [$"{document.Where(block.Line)}: a graphql block with no operation"];
        }

        var principal = Principal(example.Principal);
        await using var scope = registry.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<AccessViewProvider>().GetAsync(principal, CancellationToken.None);
        if (view is null)
        {
            return [$"{document.Where(block.Line)}: '{example.Principal}' is no principal of the registry"];
        }

        var problems = new List<string>();
        var review = scope.ServiceProvider.GetRequiredService<DocumentReview>();
        foreach (var operation in example.Operations)
        {
            var (_, errors) = await review.ReviewAsync(view, operation.Document, null, scope.ServiceProvider, refuseInlineValues: false, CancellationToken.None);
            problems.AddRange(errors.Select(e => $"{document.Where(operation.Line)} as {example.Principal}: {e.Extensions?["code"]} {e.Message}"));
        }

        return problems;
    }

    private RegistryPrincipal Principal(string name) => name.ToLowerInvariant() switch
    {
        GraphQLExample.DefaultPrincipal => TestPrincipals.Operator,
        "officer" => TestPrincipals.Officer,
        "admin" => TestPrincipals.Admin,
        "analyst" => TestPrincipals.Analyst,
        "applicant" => TestPrincipals.Citizen(GraphQLExample.ApplicantPublicId),
        "citizen" => citizen.Value,
        _ => TestPrincipals.Agency(name),
    };
}
