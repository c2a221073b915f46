using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Npgsql;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Infrastructure.Benchmark;

/// <summary>
/// The benchmark's yardstick: the caseload rows and the client card rendered by hand from raw Npgsql,
/// with the same access rule, the same queries' shape and the same audit insert as the real pages, but no
/// EF Core, no Razor and no layout. Mapped only when Benchmark__ReferencePages=true (the benchmark script).
/// </summary>
public static class ReferencePages
{
    private const string Columns =
        "j.id, j.last_name, j.first_names, left(j.identity_code, 7) || '****', j.customer_number, j.current_status, j.unemployed_since, "
        + "(SELECT u.display_name FROM identity_users u WHERE u.id = j.counsellor_id)";

    public static void MapReferencePages(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:ReferencePages"))
        {
            return;
        }

        var group = app.MapGroup("/reference").RequireAuthorization(Policies.ClientWork);
        group.MapGet("/caseload", CaseloadAsync);
        group.MapGet("/client/{id:long}", ClientAsync);
    }

    private static async Task<IResult> CaseloadAsync(HttpContext context, DatabaseConnection database, string? scope, string? q, string? after)
    {
        var user = context.User;
        var (where, parameters) = Scope(user, scope);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            if (text.Length == 11 && char.IsAsciiDigit(text[0]))
            {
                where += $" AND j.identity_code = ${parameters.Count + 1}";
                parameters.Add(text.ToUpperInvariant());
            }
            else
            {
                where += $" AND (j.name_key LIKE ${parameters.Count + 1} OR j.first_name_key LIKE ${parameters.Count + 1})";
                parameters.Add(text.ToLowerInvariant().Replace("%", "\\%", StringComparison.Ordinal) + "%");
            }
        }

        var paging = string.Empty;
        if (after?.Split('|') is [var key, var idText] && long.TryParse(idText, CultureInfo.InvariantCulture, out var afterId))
        {
            paging = $" AND j.name_key >= ${parameters.Count + 1} AND (j.name_key > ${parameters.Count + 1} OR j.id > ${parameters.Count + 2})";
            parameters.Add(key);
            parameters.Add(afterId);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(context.RequestAborted);
        var total = (long)(await Command(connection, $"SELECT count(*) FROM job_seekers j WHERE {where}", parameters).ExecuteScalarAsync(context.RequestAborted))!;
        var html = new StringBuilder(8192).Append("<!DOTYPE html><html lang=\"fi\"><title>Asiakkaat</title><table>");
        await using (var reader = await Command(connection, $"SELECT {Columns} FROM job_seekers j WHERE {where}{paging} ORDER BY j.name_key, j.id LIMIT 25", parameters).ExecuteReaderAsync(context.RequestAborted))
        {
            while (await reader.ReadAsync(context.RequestAborted))
            {
                Row(html, reader);
            }
        }

        html.Append("</table><p>").Append(total).Append(" asiakasta</p>");
        await AuditAsync(connection, user, "Search", "Caseload", null, context);
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ClientAsync(HttpContext context, DatabaseConnection database, long id)
    {
        var user = context.User;
        var (where, parameters) = Scope(user, "office");
        parameters.Add(id);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(context.RequestAborted);
        var html = new StringBuilder(4096).Append("<!DOTYPE html><html lang=\"fi\"><title>Asiakas</title><table>");
        await using (var reader = await Command(connection, $"SELECT {Columns} FROM job_seekers j WHERE {where} AND j.id = ${parameters.Count}", parameters).ExecuteReaderAsync(context.RequestAborted))
        {
            if (!await reader.ReadAsync(context.RequestAborted))
            {
                return Results.NotFound();
            }

            Row(html, reader);
        }

        html.Append("</table><table>");
        await using (var spells = await Command(connection, "SELECT start_date, status, end_date, end_reason FROM job_search_spells WHERE job_seeker_id = $1 ORDER BY start_date DESC", [id]).ExecuteReaderAsync(context.RequestAborted))
        {
            while (await spells.ReadAsync(context.RequestAborted))
            {
                html.Append("<tr><td>").Append(spells.GetFieldValue<DateOnly>(0).ToString("d.M.yyyy", CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(spells.GetInt32(1)).Append("</td><td>")
                    .Append(spells.IsDBNull(2) ? string.Empty : spells.GetFieldValue<DateOnly>(2).ToString("d.M.yyyy", CultureInfo.InvariantCulture))
                    .Append("</td></tr>");
            }
        }

        await AuditAsync(connection, user, "View", "JobSeeker", id, context);
        return Results.Content(html.Append("</table>").ToString(), "text/html; charset=utf-8");
    }

    private static (string Where, List<object> Parameters) Scope(ClaimsPrincipal user, string? scope)
    {
        if (string.Equals(scope, "office", StringComparison.OrdinalIgnoreCase) || user.IsInRole(Roles.Manager))
        {
            return ("j.office_id = $1", [user.OfficeId() ?? 0]);
        }

        // The access rule (own office) and the scope (own clients), as the real page asks for them.
        return ("j.office_id = $1 AND j.counsellor_id = $2", [user.OfficeId() ?? 0, user.UserId() ?? Guid.Empty]);
    }

    private static void Row(StringBuilder html, NpgsqlDataReader reader)
    {
        var encoder = HtmlEncoder.Default;
        html.Append("<tr><td><a href=\"/JobSeekers/").Append(reader.GetInt64(0)).Append("\">")
            .Append(encoder.Encode(reader.GetString(1))).Append(' ').Append(encoder.Encode(reader.GetString(2))).Append("</a></td><td>")
            .Append(reader.GetString(3)).Append("</td><td>").Append(reader.GetString(4)).Append("</td><td>")
            .Append(reader.IsDBNull(5) ? string.Empty : reader.GetInt32(5).ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
            .Append(reader.IsDBNull(6) ? string.Empty : reader.GetFieldValue<DateOnly>(6).ToString("d.M.yyyy", CultureInfo.InvariantCulture)).Append("</td><td>")
            .Append(reader.IsDBNull(7) ? string.Empty : encoder.Encode(reader.GetString(7))).Append("</td></tr>");
    }

    private static async Task AuditAsync(NpgsqlConnection connection, ClaimsPrincipal user, string action, string recordType, long? clientId, HttpContext context)
    {
        await using var insert = Command(
            connection,
            "INSERT INTO audit_events (occurred_at, user_id, user_name, office_id, action, record_type, client_id, outcome, path, correlation_id) "
            + "VALUES (now(), $1, $2, $3, $4, $5, $6, 'Success', $7, $8)",
            [user.UserId() ?? (object)DBNull.Value, user.Identity?.Name ?? (object)DBNull.Value, user.OfficeId() ?? (object)DBNull.Value, action, recordType,
             clientId ?? (object)DBNull.Value, context.Request.Path.Value ?? string.Empty, context.TraceIdentifier]);
        await insert.ExecuteNonQueryAsync(context.RequestAborted);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, List<object> parameters)
    {
#pragma warning disable CA2100 // SQL text is built from constants; every value is a parameter
        var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
