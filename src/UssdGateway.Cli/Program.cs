using UssdGateway.Cli;

return await CliApplication.RunAsync(args, CliContext.FromEnvironment());
