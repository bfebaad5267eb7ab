namespace Warta.Tests.Evaluation;

/// <summary>
/// Locates the read-only `shared` folder beside the repository (or $WARTA_SHARED). Tests that need it fail
/// when it is missing: CI has it, and a silent skip would hide a broken check.
/// </summary>
internal static class SharedDir
{
    public static string Root() => SharedData.Root;
}
