using System.Text.Json.Serialization;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Source-generated serialiser for the contributions column the bulk writer fills: a million
/// scores carry 31 contributions each. Default options, so the text is what reflection-based
/// <c>JsonSerializer.Serialize</c> (and EF's conversions) write and read.
/// </summary>
[JsonSerializable(typeof(List<VariableContribution>))]
internal sealed partial class EligibilityJson : JsonSerializerContext;
