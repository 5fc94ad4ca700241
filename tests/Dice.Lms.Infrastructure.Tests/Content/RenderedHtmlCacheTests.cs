using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

public class RenderedHtmlCacheTests
{
    [Test]
    public void RendersEachVersionAndLanguageOnce()
    {
        var cache = new RenderedHtmlCache();
        var renders = 0;
        string Render() => $"<p>{++renders}</p>";

        var first = cache.GetOrAdd("hash-1", "mn", Render);
        var again = cache.GetOrAdd("hash-1", "mn", Render);
        var english = cache.GetOrAdd("hash-1", "en", Render);
        var newVersion = cache.GetOrAdd("hash-2", "mn", Render);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(english, Is.Not.EqualTo(first));
            Assert.That(newVersion, Is.Not.EqualTo(first));
            Assert.That(renders, Is.EqualTo(3));
        });
    }

    [Test]
    public void NeverHoldsMoreThanItsCapacity()
    {
        var cache = new RenderedHtmlCache(capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            cache.GetOrAdd($"hash-{i}", "mn", () => "<p>x</p>");
            Assert.That(cache.Count, Is.LessThanOrEqualTo(3));
        }
    }
}
