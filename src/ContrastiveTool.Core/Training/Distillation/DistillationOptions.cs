namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>How <see cref="DistillationTrainer"/> trains.</summary>
/// <param name="BatchSize">Pairs per step (each step embeds 2·BatchSize texts with the student). Default 32.</param>
/// <param name="Epochs">Passes over the pairs. Default 1.</param>
/// <param name="LearningRate">AdamW's peak rate, reached after warm-up and decayed linearly to 0. Default 1e-4: higher than
/// the 2e-5 of fine-tuning, since the student must learn a script its pre-training barely saw.</param>
/// <param name="MnrWeight">Weight of the in-batch ranking term (0 = distillation only). Default 1.</param>
/// <param name="MnrScale">The ranking term's scale (1/temperature). Default 20, sentence-transformers'.</param>
/// <param name="MaxLength">Tokens per text, [CLS] and [SEP] included. Default 64.</param>
/// <param name="WarmupRatio">Share of the steps spent warming up. Default 0.1.</param>
/// <param name="MaxGradNorm">Gradient clipping (global L2 norm); 0 = off. Default 1.</param>
/// <param name="WeightDecay">AdamW's decoupled weight decay. Default 0.01.</param>
/// <param name="Seed">Fixes the batch order and each step's dropout. Default 42.</param>
public sealed record DistillationOptions(int BatchSize = 32, int Epochs = 1, double LearningRate = 1e-4, double MnrWeight = 1,
    double MnrScale = 20, int MaxLength = 64, double WarmupRatio = 0.1, double MaxGradNorm = 1, double WeightDecay = 0.01, long Seed = 42)
{
    /// <exception cref="UserInputException">A value out of range (the message names it and says what is allowed).</exception>
    public void Validate()
    {
        if (BatchSize < 2)
            throw new UserInputException($"batch size must be at least 2 (the ranking term contrasts the rows of a batch), got {BatchSize}");
        if (Epochs < 1)
            throw new UserInputException($"epochs must be at least 1, got {Epochs}");
        if (!(LearningRate > 0))
            throw new UserInputException($"learning rate must be > 0, got {LearningRate}");
        if (!(MnrWeight >= 0) || !(MnrScale > 0))
            throw new UserInputException($"the ranking term needs weight ≥ 0 and scale > 0, got weight {MnrWeight} and scale {MnrScale}");
        if (MaxLength < 3)
            throw new UserInputException($"max length must be at least 3 ([CLS], one token, [SEP]), got {MaxLength}");
        if (WarmupRatio is < 0 or > 1 || MaxGradNorm < 0 || WeightDecay < 0)
            throw new UserInputException($"warm-up ratio must be in [0, 1] and gradient norm and weight decay ≥ 0, got {WarmupRatio}, {MaxGradNorm}, {WeightDecay}");
    }
}
