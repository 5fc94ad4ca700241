namespace Dice.Lms.Browser.Tests;

/// <summary>How a person in a journey works the browser.</summary>
public enum JourneyMode
{
    /// <summary>Clicks with the mouse, scripts on.</summary>
    Mouse,

    /// <summary>No mouse at all: Tab, Shift+Tab, arrow keys, Enter and Space.</summary>
    Keyboard,

    /// <summary>Clicks with the mouse in a browser with JavaScript turned off.</summary>
    NoScript,
}
