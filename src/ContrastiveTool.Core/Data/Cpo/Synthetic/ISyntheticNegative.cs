namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>Makes one synthetic negative for a CPO row from its prompt and chosen response.</summary>
public interface ISyntheticNegative
{
    /// <summary>The name <c>--synthetic</c> takes.</summary>
    string Name { get; }

    /// <summary>One line for help texts.</summary>
    string Description { get; }

    /// <summary>The negative, or null when this strategy cannot make one for the row (e.g. a one-word response).</summary>
    /// <param name="prompt">The row's prompt.</param>
    /// <param name="chosen">The row's chosen response.</param>
    /// <param name="random">The row's own generator (seeded by run seed and line).</param>
    string? Make(string prompt, string chosen, Random random);
}
