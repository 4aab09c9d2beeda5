namespace GraphRegistry.Api.Tests.Infrastructure;

public static class SchemaFile
{
    /// <summary>Fails when the committed SDL differs from the printed one; UPDATE_SCHEMA=1 rewrites the file instead.</summary>
    public static void AssertMatches(string path, string printed)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the schema tests with UPDATE_SCHEMA=1 to create it, then review it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (committed != printed)
        {
            var line = committed.Split('\n').Zip(printed.Split('\n')).TakeWhile(pair => pair.First == pair.Second).Count() + 1;
            Assert.Fail($"The running schema differs from {path} from line {line} on. Review the change, then run the schema tests with UPDATE_SCHEMA=1.");
        }
    }
}
