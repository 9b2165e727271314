namespace Briefly.Ingest; internal static class Placeholder { }
