namespace Dice.Lms.Web.Responses;

public static class DeviceData
{
    /// <summary>
    /// Asks the browser to drop what this site kept on the device: lessons kept for offline reading, answers waiting to
    /// be sent, the service worker and the HTTP cache (https://www.w3.org/TR/clear-site-data/). Sent at sign-out, so
    /// the next person on a shared phone finds nothing of the last one; js/offline.js clears the same before the post.
    /// </summary>
    public static void ForgetDevice(this HttpResponse response) => response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
}
