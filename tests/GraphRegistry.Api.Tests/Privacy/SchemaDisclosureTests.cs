using System.Text.Json;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>
/// What a principal learns of the schema is its own view, and nothing more: <c>__type</c> answers
/// null for every type outside it, and no error message suggests a name outside it. Before, an
/// agency's <c>__type</c> answered all 70-odd types outside its view, and "Did you mean …"
/// suggested ungranted fields (<c>Household.address</c>, <c>Household.score</c> to ANSS).
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class SchemaDisclosureTests(SharedRegistry registry)
{
    public static TheoryData<string> Principals => ["agency ANSS", "agency CNSS", "agency MENPS", "citizen", "analyst", "officer"];

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Type_lookups_outside_the_principals_schema_answer_null(string name)
    {
        var (principal, client) = SignIn(name);
        var (schema, visible, _) = await ViewAsync(principal);
        var hidden = HiddenTypes(schema, visible);
        Assert.NotEmpty(hidden);

        foreach (var type in hidden)
        {
            var response = await client.PostGraphQLAsync("query($name: String!) { __type(name: $name) { name kind fields { name } } }", new { name = type });

            Assert.True(response.ErrorCodes.Count == 0, response.Body);
            Assert.True(response.Data.GetProperty("__type").ValueKind == JsonValueKind.Null, $"{name}: __type(name: \"{type}\") answered {response.Body}");
        }

        // The types of its own schema are still there.
        var own = await client.PostGraphQLAsync("{ __type(name: \"Query\") { name } }");
        Assert.Equal("Query", own.Data.GetProperty("__type").GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Misspelled_names_get_no_suggestion_from_outside_the_principals_schema(string name)
    {
        var (principal, client) = SignIn(name);
        var (schema, visible, view) = await ViewAsync(principal);

        // One fragment per visible type, each field it may not read asked with a one-letter typo:
        // the engine's suggestions ("Did you mean 'address'?") would name the real, ungranted field.
        var ungranted = visible.Select(t => schema.AllTypes[t]).OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType)
            .Select(t => (Type: t.Name, Fields: t.Fields.Where(f => !view.Allows(t, f.Name)).Select(f => f.Name).ToList()))
            .Where(t => t.Fields.Count > 0)
            .ToList();
        var hidden = HiddenTypes(schema, visible);
        var secrets = ungranted.SelectMany(t => t.Fields).Concat(hidden).ToHashSet(StringComparer.Ordinal);
        var fieldProbes = string.Concat(ungranted.Select((t, i) => $"fragment P{i} on {t.Type} {{ {string.Join(' ', t.Fields.Select(f => f + "x"))} }} "));
        var typeProbe = "{ __typename " + string.Concat(hidden.Select(t => $"... on {t}x {{ __typename }} ")) + "}";

        var responses = new List<GraphQLResponse> { await client.PostGraphQLAsync(typeProbe) };
        if (fieldProbes.Length > 0)
        {
            responses.Add(await client.PostGraphQLAsync("{ __typename } " + fieldProbes));
        }

        foreach (var response in responses)
        {
            var messages = response.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
            Assert.NotEmpty(messages);
            Assert.All(messages, message =>
            {
                Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
                Assert.DoesNotContain(secrets, secret => message.Contains($"'{secret}'", StringComparison.Ordinal));
            });
        }
    }

    private (RegistryPrincipal Principal, HttpClient Client) SignIn(string name)
    {
        var household = DemoPlaintext.Of(registry)[0];
        var principal = name switch
        {
            "citizen" => TestPrincipals.Citizen(household.Members[0].PublicId),
            "analyst" => TestPrincipals.Analyst,
            "officer" => TestPrincipals.Officer,
            _ => TestPrincipals.Agency(name["agency ".Length..]),
        };
        return (principal, registry.CreateClient(principal));
    }

    private async Task<(RegistrySchema Schema, IReadOnlySet<string> Visible, AccessView View)> ViewAsync(RegistryPrincipal principal)
    {
        var schema = registry.Service<RegistrySchema>();
        var view = (await registry.Service<AccessViewProvider>().GetAsync(principal, CancellationToken.None))!;
        return (schema, VisibleTypes.Of(schema, view), view);
    }

    // Scalars are everyone's; the introspection types too.
    private static List<string> HiddenTypes(RegistrySchema schema, IReadOnlySet<string> visible) =>
        [.. schema.AllTypes
            .Where(t => t is not ScalarGraphType || t is EnumerationGraphType)
            .Select(t => t.Name)
            .Where(n => !n.StartsWith("__", StringComparison.Ordinal) && !visible.Contains(n))
            .Order(StringComparer.Ordinal)];
}
