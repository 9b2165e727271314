namespace Briefly.Text.Languages;

/// <summary>
/// The detector's answer: the best ISO 639-1 code (or <see cref="LanguageDetector.Undetermined"/>),
/// a confidence in 0..1 that folds in how much evidence the text gave, and the closest alternative.
/// </summary>
public readonly record struct LanguageGuess(string Language, double Confidence, string? RunnerUp);
