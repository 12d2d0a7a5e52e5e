using ContrastiveTool.Core.Data;

namespace ContrastiveTool.Tests.Data;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>I have a <b>list</b> &amp; want it</p>", "I have a list & want it")]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("<p>one</p><p>two</p>", "one two")]
    [InlineData("foo<b>bar</b>baz", "foobarbaz")]
    [InlineData("line<br/>break", "line break")]
    [InlineData("<pre><code>x = 1\n  y = 2</code></pre>", "x = 1 y = 2")]
    [InlineData("&lt;p&gt; is a tag", "<p> is a tag")]
    [InlineData("if a < b and c > d", "if a < b and c > d")]
    [InlineData("<a href=\"https://x.org/?a=1&amp;b=2\">link</a> text", "link text")]
    [InlineData("  spaced \t\n out  ", "spaced out")]
    [InlineData("<!-- comment -->after", "after")]
    [InlineData("&#39;quoted&#39; &quot;twice&quot; caf&eacute;", "'quoted' \"twice\" café")]
    [InlineData("<p>مرحبا <b>بالعالم</b></p>", "مرحبا بالعالم")]
    [InlineData("AT&T &amp; friends", "AT&T & friends")]
    [InlineData("&notanentity; stays", "&notanentity; stays")]
    [InlineData("smile &#x1F600;!", "smile \U0001F600!")]
    [InlineData("a&nbsp;&nbsp;b", "a b")]
    [InlineData("trailing &", "trailing &")]
    [InlineData("<p>   </p>", "")]
    [InlineData("", "")]
    public void ToPlainText_Fragment_GivesExpectedText(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));
}
