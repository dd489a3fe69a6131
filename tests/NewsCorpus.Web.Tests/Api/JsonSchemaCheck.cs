using System.Text.Json;

namespace NewsCorpus.Web.Tests.Api;

/// <summary>
/// Checks a JSON value against a schema of an OpenAPI 3.1 document: <c>$ref</c> to components, <c>type</c> (one or
/// a list, with <c>null</c>), <c>properties</c>, <c>required</c>, <c>items</c>, <c>additionalProperties</c>, and that
/// an object has no property the schema does not declare. Enough to catch a response that drifts from its document.
/// </summary>
public sealed class JsonSchemaCheck(JsonElement document)
{
    public List<string> Errors { get; } = [];

    public void Check(JsonElement value, JsonElement schema, string path = "$")
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(value, document.GetProperty("components").GetProperty("schemas").GetProperty(name), path);
            return;
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(value, t)))
            {
                Errors.Add($"{path}: {value.ValueKind} is not {string.Join("|", types)}");
                return;
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
            CheckObject(value, schema, path);
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
                Check(item, items, $"{path}[{i++}]");
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path)
    {
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                    Errors.Add($"{path}: required '{name}' missing");
            }
        }
        foreach (var property in value.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
                Check(property.Value, propertySchema, $"{path}.{property.Name}");
            else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                Check(property.Value, extra, $"{path}.{property.Name}");
            else if (declared.ValueKind == JsonValueKind.Object)
                Errors.Add($"{path}: '{property.Name}' is not in the document");
        }
    }

    private static bool Is(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };
}
