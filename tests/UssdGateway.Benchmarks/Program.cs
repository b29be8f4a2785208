using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using UssdGateway.Benchmarks.Load;
using UssdGateway.Benchmarks.Micro;
using UssdGateway.Benchmarks.Sms;

// ussdgw benchmarks: `load [seconds]`, `micro`, or both (default); `sms-load [seconds] [runs]`, `sms-dispatch [messages]
// [runs]`, `reminders [beneficiaries] [runs]`, or `sms` for the three. See tests/UssdGateway.Benchmarks/run.sh and run-sms.sh.
var mode = args.FirstOrDefault() ?? "all";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var seconds = Arg(1, 10);

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

if (mode is "sms-load" or "sms")
{
    Console.WriteLine();
    Console.WriteLine(await SmsInboxLoadBenchmark.RunAsync(TimeSpan.FromSeconds(mode == "sms" ? 10 : seconds), Arg(2, 3)));
}

if (mode is "sms-dispatch" or "sms")
{
    Console.WriteLine();
    Console.WriteLine(await DispatchBenchmark.RunAsync(mode == "sms" ? 5_000 : Arg(1, 5_000), Arg(2, 3)));
}

if (mode is "reminders" or "sms")
{
    Console.WriteLine();
    Console.WriteLine(await RemindersBenchmark.RunAsync(mode == "sms" ? 3_000 : Arg(1, 3_000), Arg(2, 3)));
}
