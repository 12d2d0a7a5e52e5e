using ContrastiveTool.Core.Data.Text;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Nli;

/// <summary>Turns NLI pairs into triplets per premise: each entailed hypothesis is a positive, the premise's
/// contradicted hypotheses its negatives.</summary>
/// <remarks>Premises come out in the order they first appear, positives in file order, each triplet carrying every
/// contradiction of its premise (distinct, in file order). Neutral pairs are counted, never used; a premise without
/// an entailment or without a contradiction yields no triplet and is counted. Memory holds the file's premises and
/// hypotheses (NLI sets fit: SNLI is ~550k pairs).</remarks>
public sealed class NliTripletBuilder
{
    private readonly Dictionary<string, Premise> _premises = new(StringComparer.Ordinal);
    private readonly List<Premise> _order = [];

    private sealed record Premise(string Text, long Line, List<string> Entailed, List<string> Contradicted);

    /// <summary>Neutral pairs seen.</summary>
    public long Neutral { get; private set; }

    /// <summary>Premises with a contradiction but no entailment (no triplet).</summary>
    public long PremisesWithoutEntailment { get; private set; }

    /// <summary>Premises with an entailment but no contradiction (no triplet).</summary>
    public long PremisesWithoutContradiction { get; private set; }

    /// <summary>Distinct premises seen.</summary>
    public int Premises => _order.Count;

    /// <summary>Adds one pair.</summary>
    public void Add(NliRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Label == NliLabel.Neutral)
        {
            Neutral++;
            return;
        }
        if (!_premises.TryGetValue(row.Premise, out var premise))
        {
            premise = new Premise(row.Premise, row.Line, [], []);
            _premises.Add(row.Premise, premise);
            _order.Add(premise);
        }
        (row.Label == NliLabel.Entailment ? premise.Entailed : premise.Contradicted).Add(row.Hypothesis);
    }

    /// <summary>The triplets of everything added; counts premises that yield none.</summary>
    public IEnumerable<TripletRow> Triplets()
    {
        PremisesWithoutEntailment = PremisesWithoutContradiction = 0;
        foreach (var premise in _order)
        {
            var positives = NegativeList.Distinct(premise.Entailed);
            var negatives = NegativeList.Distinct(premise.Contradicted);
            if (positives.Count == 0) { PremisesWithoutEntailment++; continue; }
            if (negatives.Count == 0) { PremisesWithoutContradiction++; continue; }
            foreach (var positive in positives)
                yield return new TripletRow(premise.Text, positive, negatives, premise.Line);
        }
    }
}
