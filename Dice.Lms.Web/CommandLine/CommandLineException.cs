namespace Dice.Lms.Web.CommandLine;

/// <summary>A mistake in the command line or its input: printed as a plain message, exit code 1.</summary>
public sealed class CommandLineException(string message) : Exception(message);
