using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Converts a file from one format to another, found by those two names.</summary>
public interface IDataConverter
{
    /// <summary>The input format, as <c>--from</c> names it.</summary>
    string From { get; }

    /// <summary>The output format, as <c>--to</c> names it.</summary>
    string To { get; }

    /// <summary>One line for help texts: what the output rows are.</summary>
    string Description { get; }

    /// <summary>Reads <see cref="ConversionRequest.Input"/> (rows and rejects counted into <paramref name="report"/>) and
    /// writes <see cref="ConversionRequest.Output"/>; nothing is left at the output path when it fails or is cancelled.</summary>
    ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken);
}
