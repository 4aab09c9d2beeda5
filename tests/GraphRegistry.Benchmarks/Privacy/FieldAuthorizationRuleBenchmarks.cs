using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Limits;
using GraphRegistry.Api.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Benchmarks.Privacy;

/// <summary>
/// The cost of the field authorization rule on a 30-field query with fragments, next to
/// GraphQL.NET's own validation of the same document (the baseline), in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class FieldAuthorizationRuleBenchmarks
{
    // 30 selected fields, through a named fragment, a nested fragment and an inline fragment.
    private const string Query = """
        query Household($id: ID!) {
          household(id: $id) {
            id milieu status size provinceCode communeCode registeredAt lastDeclarationAt
            region { code nameLatin nameArabic }
            ...Contact
            members {
              relationship startDate endDate
              person { ...Identity ... on Person { sex deathDate } }
            }
          }
        }
        fragment Contact on Household { address phone }
        fragment Identity on Person { id nationalId idcs firstNameLatin lastNameLatin firstNameArabic lastNameArabic birthDate disability }
        """;

    private readonly DocumentValidator validator = new();
    private ServiceProvider services = null!;
    private RegistrySchema schema = null!;
    private GraphQLDocument document = null!;
    private GraphQLOperationDefinition operation = null!;
    private AccessView view = null!;
    private IValidationRule[] coreRules = null!;
    private IValidationRule[] coreAndAuthorization = null!;
    private IValidationRule[] authorizationOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddRegistryGraph(configuration)
            .AddSingleton<SchemaCatalog>()
            .BuildServiceProvider();
        schema = services.GetRequiredService<RegistrySchema>();
        var catalog = services.GetRequiredService<SchemaCatalog>();

        // An agency granted every field it asks for, so the rule walks the whole document and reports nothing.
        var rules = catalog.Fields.ToFrozenDictionary(f => f.Coordinate, _ => FieldRule.Full, StringComparer.Ordinal);
        view = new AccessView(new RegistryPrincipal(PrincipalKind.Agency, "agency:BENCH", "BENCH", null), rules, RowScope.All, catalog, new EffectiveLimits(Options.Create(new LimitsOptions()), Options.Create(new GraphOptions())).Defaults);
        document = Parser.Parse(Query);
        operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        coreRules = [.. DocumentValidator.CoreRules];
        coreAndAuthorization = [.. DocumentValidator.CoreRules, FieldAuthorizationRule.Instance];
        authorizationOnly = [FieldAuthorizationRule.Instance];
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark(Baseline = true, Description = "GraphQL.NET core validation")]
    public Task<IValidationResult> CoreValidation() => ValidateAsync(coreRules);

    [Benchmark(Description = "Field authorization rule alone")]
    public Task<IValidationResult> AuthorizationRule() => ValidateAsync(authorizationOnly);

    [Benchmark(Description = "Core validation + field authorization")]
    public Task<IValidationResult> CoreAndAuthorization() => ValidateAsync(coreAndAuthorization);

    private async Task<IValidationResult> ValidateAsync(IValidationRule[] rules)
    {
        using var current = CurrentAccess.Enter(view);
        var result = await validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = rules,
            Variables = new Inputs(new Dictionary<string, object?> { ["id"] = "hh_0" }),
            Extensions = Inputs.Empty,
            RequestServices = services,
        });
        return result.IsValid ? result : throw new InvalidOperationException("The benchmark document must validate.");
    }
}
