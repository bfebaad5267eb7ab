using Warta.Documents;

namespace Warta.Pipeline;

/// <summary>
/// One step over a <see cref="Document"/>. Stages are immutable after construction and thread-safe:
/// one built pipeline serves many documents at once (Markdig's built pipeline, spaCy's components).
/// </summary>
public interface IStage
{
    string Name { get; }

    /// <summary>Layers that must exist before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage fills.</summary>
    Layers Provides { get; }

    void Process(Document document);
}
