using System.Text.Json.Serialization;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Source-generated serialiser for the object form of the contributions column, which
/// <see cref="ContributionsJson"/> still reads in rows written before the array form. Default
/// options, so it reads what reflection-based <c>JsonSerializer.Serialize</c> wrote.
/// </summary>
[JsonSerializable(typeof(List<VariableContribution>))]
internal sealed partial class EligibilityJson : JsonSerializerContext;
