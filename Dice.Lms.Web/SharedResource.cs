namespace Dice.Lms.Web;

/// <summary>Marker for the one set of UI strings: Resources/SharedResource.mn.resx and .en.resx.</summary>
public sealed class SharedResource;
