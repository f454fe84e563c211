using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tandem.Data.Identity;

namespace Tandem.Data;

/// <summary>
/// Shapes the model so that Citus can distribute every practice's rows by PracticeId (decision 0024): a table holding a
/// PracticeId has it in its primary key, in each unique index and in each foreign key to another such table, so every
/// constraint is checked on the one node that holds the practice. Said once here rather than in sixty configurations,
/// so a new table is shaped the same way without anyone remembering to.
/// </summary>
internal static class DistributedByPractice
{
    public const string Column = "PracticeId";

    /// <summary>The accounts: sign-in finds a person by email before anyone knows their practice, so they are a reference table.</summary>
    public static bool IsDistributed(IReadOnlyEntityType entity) =>
        entity.FindProperty(Column) is not null && !entity.IsOwned() && entity.ClrType != typeof(TandemUser);

    public static void KeyByPractice(this ModelBuilder builder)
    {
        var distributed = builder.Model.GetEntityTypes().Where(IsDistributed).ToList();
        var keys = new Dictionary<IMutableKey, IMutableKey>();
        foreach (var entity in distributed)
        {
            foreach (var key in entity.GetKeys().ToList())
            {
                keys[key] = WithPractice(entity, key);
            }
        }

        foreach (var entity in distributed)
        {
            var practice = entity.FindProperty(Column)!;
            foreach (var link in entity.GetForeignKeys().Where(fk => keys.ContainsKey(fk.PrincipalKey) && !fk.Properties.Contains(practice)).ToList())
            {
                link.SetProperties([.. link.Properties, practice], keys[link.PrincipalKey]);
            }
        }

        foreach (var entity in distributed)
        {
            var practice = entity.FindProperty(Column)!;
            var primary = entity.FindPrimaryKey()!;
            if (keys[primary] != primary)
            {
                entity.SetPrimaryKey(keys[primary].Properties);
            }

            foreach (var (old, _) in keys.Where(k => k.Key != k.Value && k.Key.DeclaringEntityType == entity))
            {
                entity.RemoveKey(old);
            }

            foreach (var index in entity.GetIndexes().Where(i => i.IsUnique && !i.Properties.Contains(practice)).ToList())
            {
                WithPractice(entity, index);
            }
        }
    }

    private static IMutableKey WithPractice(IMutableEntityType entity, IMutableKey key)
    {
        var practice = entity.FindProperty(Column)!;
        return key.Properties.Contains(practice) ? key : entity.FindKey([.. key.Properties, practice]) ?? entity.AddKey([.. key.Properties, practice]);
    }

    private static void WithPractice(IMutableEntityType entity, IMutableIndex index)
    {
        var annotations = index.GetAnnotations().ToList();
        var name = index.Name;
        entity.RemoveIndex(index);
        IReadOnlyList<IMutableProperty> properties = [.. index.Properties, entity.FindProperty(Column)!];
        var widened = name is not null ? entity.AddIndex(properties, name) : entity.FindIndex(properties) ?? entity.AddIndex(properties);
        widened.IsUnique = true;
        foreach (var annotation in annotations)
        {
            widened.SetAnnotation(annotation.Name, annotation.Value);
        }
    }
}
