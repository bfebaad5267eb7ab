using System.Text;

namespace Warta.Input;

/// <summary>
/// Bytes → text: a BOM decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8, else Windows-1252
/// (the usual encoding of older Indonesian and Malaysian pages). Also tells binary files from text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>The encoding announced by a byte order mark and the mark's length, or null.</summary>
    public static Encoding? FromBom(ReadOnlySpan<byte> head, out int bomLength)
    {
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) { bomLength = 3; return Encoding.UTF8; }
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) { bomLength = 2; return Encoding.Unicode; }
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) { bomLength = 2; return Encoding.BigEndianUnicode; }
        bomLength = 0;
        return null;
    }

    /// <summary>Decodes <paramref name="bytes"/>; returns null and a reason when they are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        var bom = FromBom(bytes, out int bomLength);
        string text;
        if (bom is not null)
        {
            text = bom.GetString(bytes[bomLength..]);
        }
        else
        {
            if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
            {
                error = "binary file (NUL bytes), not text";
                return null;
            }
            text = DecodeNoBom(bytes);
        }
        if (LooksBinary(text))
        {
            error = "binary file (control characters), not text";
            return null;
        }
        return text;
    }

    /// <summary>Strict UTF-8, else Windows-1252.</summary>
    public static string DecodeNoBom(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>More than 10% control characters (other than tab, line breaks, form feed) in the first 64K chars.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 65536)];
        if (head.Length == 0) return false;
        int control = 0;
        foreach (char c in head)
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\u007F') control++;
        return control * 10 > head.Length;
    }
}
