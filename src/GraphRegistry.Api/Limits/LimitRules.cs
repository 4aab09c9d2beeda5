using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Limits;

/// <summary>The validation rules that enforce a request's depth and complexity limits.</summary>
public static class LimitRules
{
    // A list without paging (a household's members, its declarations) is counted at about the
    // size of a household: the registry's lists of that kind stay small.
    private const double UnpagedListSize = 5;

    public static IValidationRule[] For(QueryLimits limits, int defaultPageSize) =>
    [
        new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            DefaultComplexityImpactDelegate = context => Impact(context, defaultPageSize, limits.MaxPageSize),
            ValidateComplexityDelegate = context =>
            {
                if (context.MaxDepth > limits.MaxDepth)
                {
                    context.Error = new LimitError(ErrorCodes.QueryTooDeep, $"Fields nest {context.MaxDepth} deep; the limit is {limits.MaxDepth}.");
                }
                else if (context.TotalImpact > limits.MaxComplexity)
                {
                    context.Error = new LimitError(ErrorCodes.QueryTooComplex, $"The query's complexity is {context.TotalImpact:0}; the limit is {limits.MaxComplexity}.");
                }

                return Task.CompletedTask;
            },
        }),
    ];

    // Every field costs 1; what a list selects is counted once per row it may return. A paged list
    // returns its 'first' rows (the default page when absent, at most the largest page: a 'first'
    // over it is refused as such when the field runs), and so do a connection's edges.
    // Introspection reads the schema, not the database: its lists are as long as the principal's
    // schema, however they nest, so each of its fields costs 1 and nothing multiplies. What bounds
    // it is the schema itself, the depth and selection limits, and the introspection count in
    // QueryShape (one __schema answers everything).
    private static FieldComplexityResult Impact(FieldImpactContext context, int defaultPageSize, int maxPageSize)
    {
        var type = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        if (type is not ListGraphType || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return new FieldComplexityResult(1, 1);
        }

        if (PageSize(context, defaultPageSize, maxPageSize) is { } own)
        {
            return new FieldComplexityResult(1, own);
        }

        return new FieldComplexityResult(1, context.Parent is { } parent && PageSize(parent, defaultPageSize, maxPageSize) is { } page ? page : UnpagedListSize);
    }

    private static int? PageSize(FieldImpactContext context, int defaultPageSize, int maxPageSize) =>
        context.FieldDefinition.Arguments?.Find("first") is null ? null : Math.Clamp(context.GetArgument<int?>("first", null) ?? defaultPageSize, 0, maxPageSize);
}
