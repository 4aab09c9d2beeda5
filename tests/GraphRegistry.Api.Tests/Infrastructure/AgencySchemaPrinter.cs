using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Prints the SDL one principal sees: the registry's SDL cut down to the fields and types its access view reaches.</summary>
public static class AgencySchemaPrinter
{
    public static async Task<string> PrintAsync(RegistryApplication registry, RegistryPrincipal principal)
    {
        var schema = registry.Service<RegistrySchema>();
        var view = (await registry.Service<AccessViewProvider>().GetAsync(principal, CancellationToken.None))!;
        var visible = VisibleTypes.Of(schema, view);
        var document = schema.ToAST();

        document.Definitions.RemoveAll(definition => definition switch
        {
            GraphQLTypeDefinition type => !visible.Contains(type.Name.StringValue) && type is not GraphQLScalarTypeDefinition,
            _ => false,
        });
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    type.Fields?.Items.RemoveAll(field => !view.Allows(schema.AllTypes[type.Name.StringValue]!, field.Name.StringValue));
                    type.Interfaces?.Items.RemoveAll(face => !visible.Contains(face.Name.StringValue));
                    if (type.Interfaces is { Items.Count: 0 })
                    {
                        type.Interfaces = null;
                    }

                    break;
                case GraphQLInterfaceTypeDefinition face:
                    face.Fields?.Items.RemoveAll(field => !view.Allows(schema.AllTypes[face.Name.StringValue]!, field.Name.StringValue));
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    var inputType = (IInputObjectGraphType)schema.AllTypes[input.Name.StringValue]!;
                    input.Fields?.Items.RemoveAll(field => inputType.GetField(field.Name.StringValue)?.ReadCoordinate() is { } coordinate && !view.Allows(coordinate));
                    break;
                case GraphQLSchemaDefinition root:
                    root.OperationTypes?.RemoveAll(operation => !visible.Contains(operation.Type!.Name.StringValue));
                    break;
            }
        }

        // Scalars nobody references any more go too.
        var referenced = new NameSet();
        await new ReferencedNames().VisitAsync(document, referenced);
        document.Definitions.RemoveAll(definition => definition is GraphQLScalarTypeDefinition scalar && !referenced.Names.Contains(scalar.Name.StringValue));

        SDLSorter.Sort(document, new(StringComparison.Ordinal));
        using var writer = new StringWriter();
        await new SDLPrinter(new PrintOptions { IncludeDescriptions = true }).PrintAsync(document, writer);
        return writer.ToString().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    private sealed class NameSet : IASTVisitorContext
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class ReferencedNames : ASTVisitor<NameSet>
    {
        protected override ValueTask VisitNamedTypeAsync(GraphQLNamedType namedType, NameSet context)
        {
            context.Names.Add(namedType.Name.StringValue);
            return base.VisitNamedTypeAsync(namedType, context);
        }
    }
}
