using GraphRegistry.Api.DemoData;

namespace GraphRegistry.Api.Tests.Infrastructure;

public static class SensitiveValues
{
    /// <summary>Every personal value of the households, as the database holds them before encryption.</summary>
    public static IEnumerable<string> Of(params DemoHousehold[] households) => households.SelectMany(h =>
        new[] { h.Address, h.Phone }.Concat(h.Members.SelectMany(m => new[]
        {
            m.NationalId, m.Idcs, m.FirstName.Arabic, m.LastName.Arabic, m.FirstName.Latin, m.LastName.Latin,
            m.BirthDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }.OfType<string>())));

    public static void AssertNoneIn(string body, params DemoHousehold[] households)
    {
        var leaked = Of(households).Where(value => value.Length >= 4 && body.Contains(value, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"{leaked.Count} personal values leaked into the response.");
    }
}
