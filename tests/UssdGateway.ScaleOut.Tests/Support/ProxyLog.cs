namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// nginx's access log in the test's format (<c>status|upstream_addr|upstream_status|request_time</c>): how many requests
/// each instance answered and how many were passed on to the other instance after the first failed.
/// </summary>
internal sealed record ProxyLog(IReadOnlyDictionary<string, int> AnsweredBy, int Failovers, int Requests, int Non200)
{
    public static ProxyLog Read(string path)
    {
        var answeredBy = new Dictionary<string, int>();
        int failovers = 0, requests = 0, non200 = 0;
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('|');
            if (fields.Length < 4) continue;
            requests++;
            if (fields[0] != "200") non200++;
            var tried = fields[1].Split(", ", StringSplitOptions.RemoveEmptyEntries);
            if (tried.Length > 1) failovers++;
            var last = tried.Length > 0 ? tried[^1] : "-";
            answeredBy[last] = answeredBy.GetValueOrDefault(last) + 1;
        }
        return new ProxyLog(answeredBy, failovers, requests, non200);
    }

    public int AnsweredByPort(int port) =>
        AnsweredBy.Where(a => a.Key.EndsWith(":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).Sum(a => a.Value);
}
