using Facturation.Host.Cli;

return await FacturationCli.Create().Parse(args).InvokeAsync();
