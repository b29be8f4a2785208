namespace UssdGateway.Deploy.Tests.Container;

/// <summary>One <c>FROM</c> stage of a Dockerfile: its header and its instructions (continuation lines joined).</summary>
internal sealed record DockerfileStage(string From, string? Name, IReadOnlyList<string> Instructions)
{
    /// <summary>The stages of a Dockerfile in order; comments dropped, <c>\</c> continuations joined.</summary>
    public static IReadOnlyList<DockerfileStage> Parse(string dockerfile)
    {
        var stages = new List<DockerfileStage>();
        string? from = null, name = null;
        var instructions = new List<string>();
        foreach (var instruction in Lines(dockerfile))
        {
            if (instruction.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase))
            {
                if (from is not null) stages.Add(new DockerfileStage(from, name, instructions));
                var words = instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                from = words[1];
                name = words.Length >= 4 && words[2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[3] : null;
                instructions = [];
                continue;
            }
            instructions.Add(instruction);
        }
        if (from is not null) stages.Add(new DockerfileStage(from, name, instructions));
        return stages;
    }

    /// <summary>The instructions of this stage that start with the keyword (e.g. <c>USER</c>), keyword removed.</summary>
    public IEnumerable<string> Arguments(string keyword) => Instructions
        .Where(i => i.StartsWith(keyword + " ", StringComparison.OrdinalIgnoreCase))
        .Select(i => i[(keyword.Length + 1)..].Trim());

    private static IEnumerable<string> Lines(string dockerfile)
    {
        var current = "";
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#')) continue;
            if (line.EndsWith('\\'))
            {
                current += line[..^1].Trim() + " ";
                continue;
            }
            current += line.Trim();
            if (current.Length > 0) yield return current;
            current = "";
        }
        if (current.Trim().Length > 0) yield return current.Trim();
    }
}
