using GraphQL.Validation;

namespace GraphRegistry.Api.Limits;

/// <summary>A request over one of its <see cref="QueryLimits"/>; the code names the limit, the message its value.</summary>
public sealed class LimitError : ValidationError
{
    public LimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
