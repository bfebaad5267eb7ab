namespace Warta.Input;

/// <summary>Walks files and folders and yields articles or errors in input order.</summary>
public static class InputReader
{
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadFile(f);
            }
            else yield return ReadFile(path);
        }
    }

    private static InputItem ReadFile(string path)
    {
        try
        {
            string text = File.ReadAllText(path);
            return InputItem.Ok(new RawArticle { SourceName = path, Text = text });
        }
        catch (IOException e)
        {
            return InputItem.Fail(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return InputItem.Fail(path, e.Message);
        }
    }
}
