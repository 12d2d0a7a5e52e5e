using System.Globalization;
using System.Runtime.InteropServices;
using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Doctor;

/// <summary><c>doctor</c>: checks that TorchSharp loads and trains here; shows the real loader error and the fix when it does not.</summary>
public sealed class DoctorVerb(IAnsiConsole console) : Command<DoctorSettings>
{
    public override int Execute(CommandContext context, DoctorSettings settings, CancellationToken cancellationToken)
    {
        var result = TorchSelfCheck.Run();
        var model = ModelSelfCheck.Run();
        if (settings.Json)
            RawJson.Write(console, new { tool = ContrastiveApp.Version, runtime = RuntimeInformation.FrameworkDescription,
                os = RuntimeInformation.OSDescription, processors = Environment.ProcessorCount, torch = result, model });
        else
        {
            Render(result);
            RenderModel(model);
        }
        return result.Loaded && model.Ok ? ExitCodes.Ok : ExitCodes.UserError;
    }

    private void Render(TorchCheckResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("contrastive", ContrastiveApp.Version);
        table.AddRow(".NET", Markup.Escape(RuntimeInformation.FrameworkDescription));
        table.AddRow("system", Markup.Escape($"{RuntimeInformation.OSDescription} ({RuntimeInformation.RuntimeIdentifier})"));
        table.AddRow("processors", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("TorchSharp native library", Markup.Escape(result.NativeLibraryPath ?? "not found"));
        table.AddRow("GLIBCXX requirement", Markup.Escape(result.GlibcxxRequirement));
        if (result.Loaded)
        {
            table.AddRow("torch threads", result.Threads.ToString(CultureInfo.InvariantCulture));
            table.AddRow("tensor op, backward, AdamW step",
                $"[green]ok[/] (loss {result.LossBefore.ToString("F4", CultureInfo.InvariantCulture)} → {result.LossAfter.ToString("F4", CultureInfo.InvariantCulture)})");
        }
        console.Write(table);
        if (result.Loaded)
            console.MarkupLine("[green]TorchSharp works.[/]");
        else
        {
            console.MarkupLineInterpolated($"[red]TorchSharp failed to load[/]: {result.Error}");
            console.MarkupLineInterpolated($"[yellow]fix[/]: {result.Fix}");
        }
    }

    private void RenderModel(ModelSelfCheck.Result model)
    {
        if (model.Ok)
            console.MarkupLineInterpolated($"[green]ONNX Runtime {model.OnnxRuntimeVersion} and the packaged minilm work[/] (\"{ModelSelfCheck.Sentence}\" embedded as expected in {model.Milliseconds:F0} ms).");
        else
        {
            console.MarkupLineInterpolated($"[red]minilm failed[/] (ONNX Runtime {model.OnnxRuntimeVersion}): {model.Error}");
            console.MarkupLine("[yellow]fix[/]: reinstall the tool (scripts/install.sh); the model ships inside it, nothing is downloaded.");
        }
    }
}
