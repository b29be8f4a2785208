using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using UssdGateway.Benchmarks.Load;
using UssdGateway.Benchmarks.Micro;

// ussdgw benchmarks: `load [seconds]`, `micro`, or both (default). See tests/UssdGateway.Benchmarks/run.sh.
var mode = args.FirstOrDefault() ?? "all";
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

if (mode is "micro" or "all")
{
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableLogFile);
    BenchmarkRunner.Run([typeof(EngineHopBenchmark), typeof(TextBenchmark)], config);
}

if (mode is "load" or "all")
{
    var report = await LoadBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
    Console.WriteLine();
    Console.WriteLine(report);
}
