using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>A data format a verb can read and validate, known by its command-line name.</summary>
public interface IDataFormat
{
    /// <summary>The name used by <c>--format</c> (e.g. "qa").</summary>
    string Name { get; }

    /// <summary>One line for help texts.</summary>
    string Description { get; }

    /// <summary>Reads every row of <paramref name="path"/>, counting good and rejected rows into <paramref name="report"/>.</summary>
    void Validate(string path, ReadReport report, CancellationToken cancellationToken);
}
