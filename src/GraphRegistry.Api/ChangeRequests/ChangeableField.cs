using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.ChangeRequests;

/// <summary>A field a citizen may ask to correct: where its value lives and how a new one is checked.</summary>
public sealed record ChangeableField(
    PersonalField Protection,
    bool OnPerson,
    Func<Household, Person?, Encrypted?> Read,
    Action<Household, Person?, Encrypted> Write,
    Func<string, DateOnly, (string Code, string Message)?> Problem);
