//! Fields that a write may set to `null`, as distinct from leaving them out.
//!
//! ## Why an `x-rust-type` extension
//! A PATCH must be able to say both "leave this field alone" (absent) and
//! "clear it" (`null`). On the server that is `Option<Option<T>>`. A plain
//! nullable schema makes typify generate `Option<T>`, which cannot send
//! `null`. The schema written here is an ordinary nullable `T` for any
//! reader, plus an `x-rust-type` naming `std::option::Option<T>`; the
//! generator is allowed to use `std`, so the generated field becomes
//! `Option<Option<T>>` and `Some(None)` sends `null`.

use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;
use schemars::schema::SchemaObject;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Deserializer;

/// Schema for a field that may be absent, `null`, or a `T`.
pub fn schema<T: JsonSchema>(gen: &mut SchemaGenerator) -> Schema {
    let inner = gen.subschema_for::<T>();
    let mut object = match &inner {
        Schema::Object(object) if object.reference.is_none() => object.clone(),
        _ => SchemaObject {
            subschemas: Some(Box::new(schemars::schema::SubschemaValidation {
                all_of: Some(vec![inner.clone()]),
                ..Default::default()
            })),
            ..Default::default()
        },
    };
    object.extensions.insert("nullable".to_string(), true.into());
    object.extensions.insert(
        "x-rust-type".to_string(),
        serde_json::json!({
            "crate": "std",
            "version": "*",
            "path": "std::option::Option",
            "parameters": [inner],
        }),
    );
    Schema::Object(object)
}

/// Deserializes a present field (value or `null`) as `Some(..)`; with
/// `#[serde(default)]` an absent field stays `None`.
pub fn deserialize<'de, D, T>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
