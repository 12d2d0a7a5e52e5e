using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Losses;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Losses;

/// <summary><c>losses</c>: every registered loss with its formula, defaults and the batch kinds it accepts.</summary>
public sealed class LossesVerb(IAnsiConsole console) : Command<LossesSettings>
{
    public override int Execute(CommandContext context, LossesSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            RawJson.Write(console, LossCatalog.All.Select(d => new
            {
                d.Name, d.Aliases, d.Formula, d.Defaults, Accepts = d.Accepts.ToString().Split(", "),
            }));
            return ExitCodes.Ok;
        }
        foreach (var loss in LossCatalog.All)
        {
            string aliases = loss.Aliases.Count == 0 ? "" : $" [grey](alias {string.Join(", ", loss.Aliases)})[/]";
            console.MarkupLine($"[bold blue]{loss.Name}[/]{aliases}");
            console.MarkupLine($"    {Markup.Escape(loss.Formula)}");
            console.MarkupLine($"    [grey]defaults:[/] {Markup.Escape(loss.Defaults)}");
            console.MarkupLine($"    [grey]batches:[/]  {Markup.Escape(loss.Accepts.ToString())}");
        }
        console.MarkupLine($"{LossCatalog.All.Count} losses. S = Q·Aᵀ/τ on L2-normalised embeddings unless the definition says cos.");
        return ExitCodes.Ok;
    }
}
