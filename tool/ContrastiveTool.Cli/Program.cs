using ContrastiveTool.Cli;
using ContrastiveTool.Core.Native;
using Spectre.Console.Cli;

NativeHeap.ReuseLargeBlocks();   // before the first tensor: large buffers reused, not page-faulted in afresh
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C: stop cleanly (no half-written output); a second one kills the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
var app = new CommandApp();
app.Configure(config => ContrastiveApp.Configure(config, ErrorConsole.Create()));
return await app.RunAsync(args, cancellation.Token);
