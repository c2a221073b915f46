using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Tyollisyys.Web.Data;

/// <summary>
/// Gives every table, column, key and index a snake_case name, so hand-written SQL migrations read
/// naturally. (EFCore.NamingConventions is not available for EF Core 10 here.)
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }

            if (table.StartsWith("AspNet", StringComparison.Ordinal))
            {
                table = "identity_" + table["AspNet".Length..];
            }

            entity.SetTableName(ToSnakeCase(table));
        }

        // Constraint names derive from table names, so they are set once every table has its new name.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            // An owned type stored in its owner's row (table splitting) shares the owner's key column; its key
            // property is named for the owner (KuntalisaRuleVersionId) but must land on the owner's column (id).
            var ownership = entity.FindOwnership();
            var splitFromOwner = ownership is not null && ownership.PrincipalEntityType.GetTableName() == entity.GetTableName();
            foreach (var property in entity.GetProperties())
            {
                var keyIndex = splitFromOwner ? ownership!.Properties.ToList().IndexOf(property) : -1;
                var name = keyIndex >= 0 ? ownership!.PrincipalKey.Properties[keyIndex].Name : property.Name;
                property.SetColumnName(ToSnakeCase(name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                var previousIsUpper = i > 0 && char.IsUpper(name[i - 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (previousIsUpper && nextIsLower)))
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
