using System.Globalization;
using System.Text;

namespace Facturation.Plugins.Handlebars.Rendering;

/// <summary>
/// The writer Handlebars.Net renders into: a buffer that refuses to grow past the output limit and checks time and
/// cancellation on every write. The caller's writer receives the buffer only when the render succeeded.
/// </summary>
internal sealed class BoundedOutputWriter(RenderBudget budget) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <summary>What was rendered so far.</summary>
    // A one-page invoice is about 17,000 characters: start near it instead of doubling up from 16.
    public StringBuilder Content { get; } = new(16 * 1024);

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        Reserve(1);
        Content.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Reserve(value.Length);
            Content.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        Content.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        Content.Append(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        if (value is not null)
        {
            Reserve(value.Length);
            Content.Append(value);
        }
    }

    private void Reserve(int count)
    {
        budget.Check();
        if (Content.Length + (long)count > budget.MaxOutputChars)
        {
            throw new RenderAbortedException($"The output exceeds {budget.MaxOutputChars} characters.");
        }
    }
}
