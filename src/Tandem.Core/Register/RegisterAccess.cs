using Tandem.Core.Access;

namespace Tandem.Core.Register;

/// <summary>What a person does with the register: read it, or keep it (receipts, transfers, counts, returns, destruction).</summary>
public enum RegisterOperation
{
    Read = 1,
    Keep = 2,
}

/// <summary>
/// Who reads and who keeps the register. Prescribers and the custodians the admin names keep it; the admin reads it too,
/// since it carries no clinical content.
/// </summary>
public static class RegisterAccess
{
    public static bool Allows(RegisterOperation operation, Viewer viewer, bool isCustodian)
    {
        var keeps = !viewer.IsClient && (viewer.IsPrescriber || isCustodian);
        return operation == RegisterOperation.Keep ? keeps : keeps || viewer.IsPracticeAdmin;
    }
}
