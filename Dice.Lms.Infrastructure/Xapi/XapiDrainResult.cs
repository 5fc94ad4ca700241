namespace Dice.Lms.Infrastructure.Xapi;

/// <summary>One delivery run: statements the store took, tries that failed, and statements still waiting.</summary>
public sealed record XapiDrainResult(int Sent, int Failed, int Waiting);
