using Microsoft.AspNetCore.Authorization;
using Tandem.Core.Sharing;

namespace Tandem.Web.Authorization.Material;

/// <summary>An operation on one kind of a client's material; each kind has its own handler.</summary>
public sealed record MaterialRequirement<TMaterial>(MaterialOperation Operation) : IAuthorizationRequirement;

/// <summary>Read, Edit, Delete, Export and Share of one kind of a client's material (bitwarden's *Operations).</summary>
public static class MaterialOperations<TMaterial>
{
    public static readonly MaterialRequirement<TMaterial> Read = new(MaterialOperation.Read);
    public static readonly MaterialRequirement<TMaterial> Edit = new(MaterialOperation.Edit);
    public static readonly MaterialRequirement<TMaterial> Delete = new(MaterialOperation.Delete);
    public static readonly MaterialRequirement<TMaterial> Export = new(MaterialOperation.Export);
    public static readonly MaterialRequirement<TMaterial> Share = new(MaterialOperation.Share);
}
