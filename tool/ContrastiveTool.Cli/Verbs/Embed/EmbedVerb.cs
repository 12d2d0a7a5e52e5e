using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Core.Models.Encoders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Embed;

/// <summary><c>embed</c>: encode texts with a named model or a checkpoint into an embeddings file.</summary>
public sealed class EmbedVerb(IAnsiConsole console) : Command<EmbedSettings>
{
    public override int Execute(CommandContext context, EmbedSettings settings, CancellationToken cancellationToken)
    {
        var request = new EmbedRequest(settings.Input, settings.Model, settings.Output, settings.Field,
                                       new EncodeOptions(settings.BatchSize, settings.MaxLength), settings.Device, settings.Seed);
        var result = EmbedProgress.Run(console, $"embedding with {settings.Model}", settings.Quiet || settings.Json,
                                       progress => EmbedService.Run(request, progress, cancellationToken));
        if (settings.Json)
        {
            RawJson.Write(console, new
            {
                result.Model, result.Count, result.Dimension, Output = result.OutputPath, Ids = result.IdsPath,
                LoadSeconds = result.LoadTime.TotalSeconds, EncodeSeconds = result.EncodeTime.TotalSeconds, result.TextsPerSecond,
            });
            return ExitCodes.Ok;
        }
        console.MarkupLineInterpolated($"embedded [bold]{result.Count}[/] texts with [blue]{result.Model}[/] into {result.Dimension} dims");
        console.MarkupLineInterpolated($"  encode {result.EncodeTime.TotalSeconds:F1} s ([bold]{result.TextsPerSecond:F1} texts/s[/]), model load {result.LoadTime.TotalSeconds:F1} s");
        console.MarkupLineInterpolated($"  wrote {result.OutputPath}");
        console.MarkupLineInterpolated($"  ids   {result.IdsPath}");
        return ExitCodes.Ok;
    }
}
