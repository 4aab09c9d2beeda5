using GraphQL;
using GraphQL.Instrumentation;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Notes each household-data field as it resolves, and whose data it is, for the access log.</summary>
public sealed class AccessRecordingMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        // An unguarded measurement (Registry:Benchmarks:PrivacyPipeline=false) writes no log, so notes nothing for it.
        if (HouseholdDataTypes.Names.Contains(context.ParentType.Name)
            && context.RequestServices?.GetService<AccessRecorder>() is { } recorder
            && context.RequestServices.GetService<RequestAccess>() is { Guarded: true })
        {
            recorder.Field($"{context.ParentType.Name}.{context.FieldDefinition.Name}");
            switch (context.Source)
            {
                case Household household:
                    recorder.Subject(household.PublicId);
                    break;
                case Person person:
                    recorder.Subject(person.PublicId);
                    break;
            }
        }

        return next(context);
    }
}
