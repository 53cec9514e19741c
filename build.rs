//! Turns the API trait into the OpenAPI document and the generated client.
//!
//! build.rs compiles the self-contained `src/api/` files, asks Dropshot for
//! the document, adds what Dropshot cannot express (the bearer security
//! scheme, each operation's required scope, PostHog's trailing-slash paths),
//! and runs progenitor on the result. It writes `$OUT_DIR/openapi.json` and
//! `$OUT_DIR/client.rs` and nothing else; the committed snapshots in
//! `spec/` and `generated/` are checked against them by a test.
//!
//! It also names the git commit the build comes from
//! (`ORGBASE_GIT_COMMIT`, shown by `orgbase --version` and the metrics), or
//! "unknown" where the sources are not a git checkout (a tarball).

#[allow(dead_code, unused_imports)]
#[path = "src/api/mod.rs"]
mod api;

use serde_json::json;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// The security scheme every authenticated operation names.
const SECURITY_SCHEME: &str = "PersonalAPIKeyAuth";

fn main() {
    println!("cargo:rerun-if-changed=src/api");
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let commit = git_commit().unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=ORGBASE_GIT_COMMIT={commit}");

    let document = openapi_document();
    let text = serde_json::to_string_pretty(&document).unwrap() + "\n";
    std::fs::write(out_dir.join("openapi.json"), &text).unwrap();

    let spec: openapiv3::OpenAPI = serde_json::from_value(document).unwrap();
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_crate("std", progenitor::CrateVers::Any, None);
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator.generate_tokens(&spec).unwrap();
    let file = syn::parse2(tokens).unwrap();
    let client = prettyplease::unparse(&file);
    std::fs::write(out_dir.join("client.rs"), client).unwrap();
}

/// Dropshot's document for the trait, completed with security and paths.
fn openapi_document() -> Value {
    let description = api::orgbase_api_mod::stub_api_description()
        .expect("the API description is valid");
    let mut openapi = description.openapi(
        "orgbase",
        semver::Version::parse(env!("CARGO_PKG_VERSION")).unwrap(),
    );
    openapi.description(
        "A PostHog-compatible organizations API. Authenticate with \
         `Authorization: Bearer <personal API key>`.",
    );
    let mut document = openapi.json().unwrap();

    let paths = document["paths"].as_object_mut().unwrap();
    let mut renamed = serde_json::Map::new();
    for (path, item) in std::mem::take(paths) {
        for (method, mut operation) in item.as_object().unwrap().clone() {
            add_security(&mut operation);
            add_idempotency_key(&method, &mut operation);
            let path = posthog_path(&literal_path(&path, &mut operation));
            let entry = renamed.entry(path).or_insert_with(|| json!({}));
            entry[method] = operation;
        }
    }
    *paths = renamed;
    describe_file_responses(&mut document);
    mark_optional_bodies(&mut document);
    require_response_fields(&mut document);

    document["components"]["schemas"]["IdempotencyKey"] = json!({
        "description": "A key naming one write: 1 to 255 printable ASCII \
                        characters (see the `Idempotency-Key` header).",
        "type": "string",
        "minLength": 1,
        "maxLength": api::IDEMPOTENCY_KEY_LENGTH_MAX,
    });
    document["components"]["securitySchemes"] = json!({
        SECURITY_SCHEME: {
            "type": "http",
            "scheme": "bearer",
            "description": "A personal API key (`phx_...`).",
        }
    });
    document
}

/// Every write takes an optional `Idempotency-Key` header.
fn add_idempotency_key(method: &str, operation: &mut Value) {
    let id = operation["operationId"].as_str().unwrap_or_default();
    if method == "get" || api::NON_WRITE_POSTS.contains(&id) {
        return;
    }
    let parameter = json!({
        "in": "header",
        "name": "Idempotency-Key",
        "required": false,
        "description": api::IDEMPOTENCY_KEY_DESCRIPTION,
        "schema": { "$ref": "#/components/schemas/IdempotencyKey" },
    });
    match operation["parameters"].as_array_mut() {
        Some(parameters) => parameters.push(parameter),
        None => operation["parameters"] = json!([parameter]),
    }
}

/// PostHog writes every API path with a trailing slash.
fn posthog_path(path: &str) -> String {
    if path.starts_with("/api/") {
        format!("{path}/")
    } else {
        path.to_string()
    }
}

/// Writes the literal segments of `api::LITERAL_PATH_SEGMENTS` into the
/// path of the operations that have one, and drops the path parameter.
fn literal_path(path: &str, operation: &mut Value) -> String {
    let operation_id = operation["operationId"].as_str().unwrap_or_default();
    let Some((_, variable, literal)) = api::LITERAL_PATH_SEGMENTS
        .iter()
        .find(|(id, _, _)| *id == operation_id)
    else {
        return path.to_string();
    };
    if let Some(parameters) = operation["parameters"].as_array_mut() {
        parameters.retain(|parameter| parameter["name"] != *variable);
    }
    path.replace(&format!("{{{variable}}}"), literal)
}

/// Describes the responses of the operations that answer a file
/// (`api::FILE_RESPONSES`), which Dropshot documents as anything: the
/// file's media types on success, the error body otherwise.
fn describe_file_responses(document: &mut Value) {
    let paths = document["paths"].as_object_mut().unwrap();
    for operation in paths
        .values_mut()
        .flat_map(|item| item.as_object_mut().unwrap().values_mut())
    {
        let id = operation["operationId"].as_str().unwrap_or_default();
        let Some((_, description, media_types)) =
            api::FILE_RESPONSES.iter().find(|(file, _, _)| *file == id)
        else {
            continue;
        };
        let content: serde_json::Map<String, Value> = media_types
            .iter()
            .map(|media| {
                (media.to_string(), json!({ "schema": { "type": "string" } }))
            })
            .collect();
        let error = json!({ "$ref": "#/components/responses/ApiError" });
        operation["responses"] = json!({
            "200": { "description": description, "content": content },
            "4XX": error.clone(),
            "5XX": error,
        });
    }
}

/// Marks a request body as optional where every field of it is: the
/// server reads an absent body as `{}`, as PostHog (Django REST framework)
/// does, so the document must not call it required. (Progenitor ignores
/// this flag, so the generated client is unchanged.)
fn mark_optional_bodies(document: &mut Value) {
    let schemas = document["components"]["schemas"].clone();
    let paths = document["paths"].as_object_mut().unwrap();
    for operation in paths
        .values_mut()
        .flat_map(|item| item.as_object_mut().unwrap().values_mut())
    {
        let Some(body) = operation.get_mut("requestBody") else {
            continue;
        };
        let Some(reference) =
            body["content"]["application/json"]["schema"]["$ref"].as_str()
        else {
            continue;
        };
        let name = reference.trim_start_matches("#/components/schemas/");
        let required = schemas[name]["required"].as_array();
        if required.is_none_or(|fields| fields.is_empty()) {
            body["required"] = json!(false);
        }
    }
}

/// Names the scope the operation requires, as PostHog's schema does, and
/// says it in the description too (Swagger UI and other readers show no
/// scopes of a bearer scheme).
fn add_security(operation: &mut Value) {
    let Some(operation_id) = operation["operationId"].as_str() else {
        return;
    };
    let (_, scope) = api::OPERATION_SCOPES
        .iter()
        .find(|(id, _)| *id == operation_id)
        .unwrap_or_else(|| {
            panic!("operation {operation_id} is missing from OPERATION_SCOPES")
        });
    let (security, requirement) = match scope {
        Some(scope) => (
            json!([{ SECURITY_SCHEME: [scope.as_str()] }]),
            format!(
                "Requires a personal API key with the scope `{}`.",
                scope.as_str()
            ),
        ),
        None => (json!([]), "Needs no credentials.".to_string()),
    };
    operation["security"] = security;
    let description = match operation["description"].as_str() {
        Some(text) => format!("{text}\n\n{requirement}"),
        None => requirement,
    };
    operation["description"] = json!(description);
}

/// The commit checked out in this source tree, if it is a git checkout.
/// Asks to be run again when the checkout moves to another commit.
fn git_commit() -> Option<String> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    // Only this tree's own checkout: a tarball unpacked inside some other
    // repository must not take that repository's commit.
    if !root.join(".git").exists() {
        return None;
    }
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git")
            .arg("-C")
            .arg(&root)
            .args(args)
            .output()
            .ok()?;
        let text = String::from_utf8(output.stdout).ok()?;
        output.status.success().then(|| text.trim().to_string())
    };
    let commit = git(&["rev-parse", "HEAD"])?;
    // HEAD, the branch it points to, and packed refs (paths that exist
    // only: a missing one would make cargo run this script every build).
    let mut watched = vec![git(&["rev-parse", "--git-path", "HEAD"])?];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git(&["rev-parse", "--git-path", &branch])?);
    }
    watched.push(git(&["rev-parse", "--git-path", "packed-refs"])?);
    for path in watched {
        let path = root.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    Some(commit)
}

/// Names of the component schemas that `value` refers to, directly or
/// through the schemas and shared responses it refers to, added to
/// `found`.
fn collect_references(
    components: &Value,
    value: &Value,
    found: &mut std::collections::BTreeSet<String>,
) {
    match value {
        Value::Object(object) => {
            let reference = object.get("$ref").and_then(Value::as_str);
            if let Some(name) =
                reference.and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                if found.insert(name.to_string()) {
                    collect_references(
                        components,
                        &components["schemas"][name],
                        found,
                    );
                }
            }
            if let Some(name) = reference
                .and_then(|r| r.strip_prefix("#/components/responses/"))
            {
                collect_references(
                    components,
                    &components["responses"][name],
                    found,
                );
            }
            for (key, inner) in object {
                // The client-side type hint repeats the inner schema.
                if key != "x-rust-type" {
                    collect_references(components, inner, found);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_references(components, item, found);
            }
        }
        _ => {}
    }
}

/// Makes every property of every response schema `required`: the server
/// always writes each field of a response (a field that can be empty is
/// `null`, and nullable; `api::OMITTED_WHEN_UNSET` names the few left
/// out instead), so a generated client gets `T` or `Option<T>`, never an
/// option for a field that is always there. A schema used in a
/// request body too would make its optional request fields required, so
/// that is refused here.
fn require_response_fields(document: &mut Value) {
    let components = document["components"].clone();
    let mut responses = std::collections::BTreeSet::new();
    let mut requests = std::collections::BTreeSet::new();
    for operation in document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
    {
        collect_references(
            &components,
            &operation["responses"],
            &mut responses,
        );
        collect_references(
            &components,
            &operation["requestBody"],
            &mut requests,
        );
    }
    for name in &responses {
        let schema = &mut document["components"]["schemas"][name];
        let Some(properties) = schema["properties"].as_object() else {
            continue;
        };
        let names: Vec<Value> = properties
            .keys()
            .filter(|key| {
                !api::OMITTED_WHEN_UNSET
                    .contains(&(name.as_str(), key.as_str()))
            })
            .map(|key| json!(key))
            .collect();
        let required = schema["required"].as_array().map_or(0, Vec::len);
        assert!(
            !requests.contains(name) || required == names.len(),
            "schema {name} is in a request and a response; its optional \
             request fields cannot be required in the response"
        );
        schema["required"] = Value::Array(names);
    }
}
