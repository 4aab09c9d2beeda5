using System.Globalization;

namespace GraphRegistry.Api.Commands;

/// <summary>The words after a command name: <c>--name value</c> pairs.</summary>
internal sealed class CommandArguments(IReadOnlyList<string> words)
{
    public string? Get(string option)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (string.Equals(words[i], option, StringComparison.Ordinal))
            {
                return words[i + 1];
            }
        }

        return null;
    }

    public bool Has(string option) => words.Contains(option, StringComparer.Ordinal);

    public bool TryGetPositiveInt(string option, out int value) =>
        int.TryParse(Get(option), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
