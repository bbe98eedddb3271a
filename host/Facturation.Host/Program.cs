using Facturation.Host.Cli;

return await FacturationCli.RunAsync(args);
