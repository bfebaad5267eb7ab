namespace Warta.Tests.Evaluation;

/// <summary>
/// Locates the read-only `shared` folder beside the repository (or $WARTA_SHARED). Tests that need it fail
/// when it is missing: CI has it, and a silent skip would hide a broken check.
/// </summary>
internal static class SharedDir
{
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("WARTA_SHARED") is { Length: > 0 } env && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.Parent is null) break;
            string candidate = Path.Combine(dir.Parent.FullName, "shared");
            if (File.Exists(Path.Combine(dir.FullName, "Warta.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("the shared folder (../shared beside the repository, or $WARTA_SHARED) was not found");
    }
}
