namespace Warta.Tests;

/// <summary>
/// The read-only `shared` folder beside the repository root (or $WARTA_SHARED). Tests that need it fail
/// when it is missing: CI has it, and a silent skip would hide a broken check.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Found = new(Locate);

    public static string Root => Found.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("WARTA_SHARED") is { Length: > 0 } env && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "acceptance"))) return candidate;
        }
        throw new DirectoryNotFoundException("The shared folder (../shared beside the repository root, or WARTA_SHARED) is missing; these tests need it.");
    }
}
