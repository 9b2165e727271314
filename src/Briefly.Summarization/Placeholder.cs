namespace Briefly.Summarization; internal static class Placeholder { }
