//! Form bodies (`application/x-www-form-urlencoded` and
//! `multipart/form-data`), read as the JSON object they stand for.
//!
//! ## Why
//! PostHog (Django REST framework) takes form and multipart bodies on every
//! write, as well as JSON, and its published schema lists all three; a
//! client generated from that schema may send multipart, and `curl -d
//! name=Acme` sends a form. orgbase reads such a body into the JSON object
//! it stands for, then parses that exactly as a JSON body: the same types,
//! rules and errors.
//!
//! ## How a field's text becomes a value
//! As Django REST framework's fields read form input, by the type the
//! body's schema gives the field: booleans from `true`/`false`, `1`/`0`,
//! `on`/`off`, `yes`/`no` (any case); numbers from their text; a list from
//! the field repeated (`scopes=a&scopes=b`); an object (a JSON field) from
//! its JSON text; an empty value of a nullable non-text field is null. A
//! field given more than once that is not a list takes its last value, as
//! Django's `QueryDict` does. Anything else stays text, and the parse
//! that follows refuses what does not fit.

use schemars::schema::InstanceType;
use schemars::schema::RootSchema;
use schemars::schema::Schema;
use schemars::schema::SchemaObject;
use schemars::schema::SingleOrVec;
use schemars::JsonSchema;
use serde_json::Map;
use serde_json::Value;

/// Django REST framework's `BooleanField.TRUE_VALUES` and `FALSE_VALUES`
/// (as text, compared in any case).
const TRUE: [&str; 6] = ["t", "y", "yes", "true", "on", "1"];
const FALSE: [&str; 6] = ["f", "n", "no", "false", "off", "0"];

/// The fields of a form, in order, as the JSON object of `T` that they
/// stand for.
pub fn form_to_object<T: JsonSchema>(fields: Vec<(String, String)>) -> Value {
    let root = schemars::gen::SchemaSettings::openapi3()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
    for (name, value) in fields {
        match grouped.iter_mut().find(|(known, _)| *known == name) {
            Some((_, values)) => values.push(value),
            None => grouped.push((name, vec![value])),
        }
    }
    let properties =
        root.schema.object.as_ref().map(|object| &object.properties);
    let object: Map<String, Value> = grouped
        .into_iter()
        .map(|(name, values)| {
            let field = properties
                .and_then(|properties| properties.get(&name))
                .map(|schema| Field {
                    schema: resolve(&root, schema),
                    nullable: matches!(schema, Schema::Object(object) if nullable(object)),
                });
            let value = field_value(&root, field, values);
            (name, value)
        })
        .collect();
    Value::Object(object)
}

/// The schema a property's schema stands for: itself, or the definition it
/// refers to (directly or as the only member of `allOf`, as a nullable
/// reference is written).
fn resolve<'a>(root: &'a RootSchema, schema: &'a Schema) -> &'a SchemaObject {
    let Schema::Object(object) = schema else {
        static ANY: std::sync::OnceLock<SchemaObject> =
            std::sync::OnceLock::new();
        return ANY.get_or_init(SchemaObject::default);
    };
    let reference = object.reference.as_ref().or_else(|| {
        match object.subschemas.as_ref()?.all_of.as_deref()? {
            [Schema::Object(only)] => only.reference.as_ref(),
            _ => None,
        }
    });
    let defined = reference
        .and_then(|reference| reference.rsplit('/').next())
        .and_then(|name| root.definitions.get(name));
    match defined {
        Some(Schema::Object(definition)) => definition,
        _ => object,
    }
}

fn instance_type(schema: &SchemaObject) -> Option<InstanceType> {
    match schema.instance_type.as_ref()? {
        SingleOrVec::Single(single) => Some(**single),
        SingleOrVec::Vec(types) => {
            types.iter().copied().find(|t| *t != InstanceType::Null)
        }
    }
}

fn nullable(schema: &SchemaObject) -> bool {
    schema.extensions.get("nullable") == Some(&Value::Bool(true))
}

/// A field of the body: its schema (references resolved), and whether it
/// may be null (said on the field, beside a reference).
#[derive(Clone, Copy)]
struct Field<'a> {
    schema: &'a SchemaObject,
    nullable: bool,
}

/// The value of a field given `values` (in order), as its schema reads it.
fn field_value(
    root: &RootSchema,
    field: Option<Field<'_>>,
    mut values: Vec<String>,
) -> Value {
    let Some(field) = field else {
        // Not a field of the body: kept as text (the parse decides).
        return Value::String(values.pop().unwrap_or_default());
    };
    let schema = field.schema;
    if instance_type(schema) == Some(InstanceType::Array) {
        let item = schema.array.as_ref().and_then(|array| {
            match array.items.as_ref()? {
                SingleOrVec::Single(item) => {
                    Some(Field { schema: resolve(root, item), nullable: false })
                }
                SingleOrVec::Vec(_) => None,
            }
        });
        // A nullable list sent as one empty value is null.
        if field.nullable && values.len() == 1 && values[0].is_empty() {
            return Value::Null;
        }
        return Value::Array(
            values.into_iter().map(|value| scalar(item, value)).collect(),
        );
    }
    scalar(Some(field), values.pop().unwrap_or_default())
}

/// One text as a value of the field's type, where it reads as one.
fn scalar(field: Option<Field<'_>>, text: String) -> Value {
    let Some(Field { schema, nullable }) = field else {
        return Value::String(text);
    };
    let kind = instance_type(schema);
    // Empty is null for a nullable field, except free text (which may be
    // blank), as Django REST framework reads form input.
    let free_text =
        kind == Some(InstanceType::String) && schema.enum_values.is_none();
    if text.is_empty() && nullable && !free_text {
        return Value::Null;
    }
    let parsed = match kind {
        Some(InstanceType::Boolean) => {
            let lower = text.to_ascii_lowercase();
            if TRUE.contains(&lower.as_str()) {
                Some(Value::Bool(true))
            } else if FALSE.contains(&lower.as_str()) {
                Some(Value::Bool(false))
            } else {
                None
            }
        }
        Some(InstanceType::Integer) => {
            text.trim().parse::<i64>().ok().map(Value::from)
        }
        Some(InstanceType::Number) => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some(InstanceType::Object) => serde_json::from_str(&text).ok(),
        _ => None,
    };
    parsed.unwrap_or(Value::String(text))
}

#[cfg(test)]
mod test {
    use super::form_to_object;
    use schemars::JsonSchema;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    enum Kind {
        A,
        B,
    }

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        flag: Option<bool>,
        level: Option<u8>,
        ratio: f64,
        tags: Vec<String>,
        kinds: Option<Vec<Kind>>,
        settings: Option<serde_json::Map<String, serde_json::Value>>,
        kind: Option<Kind>,
    }

    #[test]
    fn test_form_fields_read_as_rest_framework_reads_them() {
        let fields = [
            ("name", "Acme"),
            ("flag", "On"),
            ("level", "8"),
            ("ratio", "0.5"),
            ("tags", "a"),
            ("tags", "b"),
            ("kinds", "A"),
            ("settings", r#"{"x": true}"#),
            ("kind", ""),
            ("name", "Acme Two"),
            ("unknown", "kept"),
        ]
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .to_vec();
        assert_eq!(
            form_to_object::<Body>(fields),
            json!({
                "name": "Acme Two",
                "flag": true,
                "level": 8,
                "ratio": 0.5,
                "tags": ["a", "b"],
                "kinds": ["A"],
                "settings": {"x": true},
                "kind": null,
                "unknown": "kept",
            })
        );
        let odd = [("flag", "maybe"), ("level", "eight")]
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .to_vec();
        assert_eq!(
            form_to_object::<Body>(odd),
            json!({"flag": "maybe", "level": "eight"}),
            "what does not read as its type stays text, for the parse to refuse"
        );
    }
}
