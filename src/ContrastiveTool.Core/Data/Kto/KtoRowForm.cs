namespace ContrastiveTool.Core.Data.Kto;

/// <summary>The shapes a KTO input row may come in, detected per row.</summary>
public enum KtoRowForm
{
    /// <summary><c>{prompt, response|completion, label|score|rating|preference}</c>: one row.</summary>
    Binary,

    /// <summary><c>{prompt, chosen, rejected}</c>: two rows, chosen good and rejected bad.</summary>
    Pairwise,

    /// <summary><c>{prompt, responses, rankings}</c> (rank 1 is best): the best k good, the worst k bad.</summary>
    Ranking,

    /// <summary><c>{conversation|messages: [{role, content}], label|...}</c>: the dialogue up to the last user turn is the
    /// prompt, the assistant reply after it the completion.</summary>
    Conversation,
}
