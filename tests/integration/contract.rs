//! The committed snapshots (`spec/openapi.json`, `generated/src/client.rs`)
//! match what this build produced, and the contract is well formed.

/// Compares a committed snapshot (a path from the package's root) with the
/// build's output, showing the difference; `EXPECTORATE=overwrite cargo
/// test --test integration contract` rewrites it.
fn check_snapshot(relative: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    expectorate::assert_contents(path, actual);
}

#[test]
fn test_contract_spec_snapshot_is_current() {
    check_snapshot("spec/openapi.json", orgbase::OPENAPI_DOCUMENT);
}

#[test]
fn test_contract_client_snapshot_is_current() {
    check_snapshot(
        "generated/src/client.rs",
        orgbase::client::GENERATED_SOURCE,
    );
}

#[test]
fn test_contract_openapi_command_prints_the_document() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .arg("openapi")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        orgbase::OPENAPI_DOCUMENT
    );
}

/// Every operation has a summary, one tag, a trailing-slash path under
/// `/api/`, and names its scope the way PostHog's schema does.
#[test]
fn test_contract_operations_are_documented_and_secured() {
    let document: serde_json::Value =
        serde_json::from_str(orgbase::OPENAPI_DOCUMENT).unwrap();
    assert_eq!(
        document["components"]["securitySchemes"]["PersonalAPIKeyAuth"]
            ["scheme"],
        "bearer"
    );
    let mut operations = 0;
    for (path, item) in document["paths"].as_object().unwrap() {
        if path.starts_with("/api/") {
            assert!(path.ends_with('/'), "{path} lacks the trailing slash");
        }
        for (method, operation) in item.as_object().unwrap() {
            operations += 1;
            let id = operation["operationId"].as_str().unwrap();
            assert!(
                operation["summary"].is_string(),
                "{method} {path} has no summary"
            );
            assert_eq!(operation["tags"].as_array().unwrap().len(), 1, "{id}");
            let security = operation["security"].as_array().unwrap();
            match orgbase::api::required_scope(id) {
                Some(scope) => assert_eq!(
                    security[0]["PersonalAPIKeyAuth"][0].as_str(),
                    Some(scope.as_str()),
                    "{id}"
                ),
                None => assert!(security.is_empty(), "{id}"),
            }
            assert!(
                operation["responses"]["4XX"]["$ref"]
                    .as_str()
                    .is_some_and(|r| r.ends_with("/ApiError")),
                "{id} does not declare the error body"
            );
        }
    }
    assert_eq!(operations, orgbase::api::OPERATION_SCOPES.len());
}

/// The component schemas that responses use, directly or inside others.
fn response_schemas(document: &serde_json::Value) -> Vec<String> {
    fn walk(
        document: &serde_json::Value,
        value: &serde_json::Value,
        found: &mut std::collections::BTreeSet<String>,
    ) {
        match value {
            serde_json::Value::Object(object) => {
                if let Some(target) =
                    object.get("$ref").and_then(|r| r.as_str())
                {
                    let parts: Vec<&str> = target.split('/').collect();
                    let (kind, name) = (parts[2], parts[3]);
                    // Shared responses are walked each time; schemas once.
                    if kind == "responses" || found.insert(name.to_string()) {
                        walk(
                            document,
                            &document["components"][kind][name],
                            found,
                        );
                    }
                }
                for (key, inner) in object {
                    if key != "x-rust-type" {
                        walk(document, inner, found);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                items.iter().for_each(|item| walk(document, item, found))
            }
            _ => {}
        }
    }
    let mut found = std::collections::BTreeSet::new();
    for (_, _, operation) in crate::common::document_operations() {
        walk(document, &operation["responses"], &mut found);
    }
    found.into_iter().collect()
}

/// Every field of every response schema is `required` (nullable where it
/// can be null): the server always writes it, so a generated client gets
/// `T` or `Option<T>`, never an option for a field that is always there.
#[test]
fn test_contract_every_response_field_is_required() {
    let document: serde_json::Value =
        serde_json::from_str(orgbase::OPENAPI_DOCUMENT).unwrap();
    let names = response_schemas(&document);
    assert!(names.len() > 20, "{names:?}");
    for name in names {
        let schema = &document["components"]["schemas"][&name];
        let Some(properties) = schema["properties"].as_object() else {
            continue;
        };
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        for property in properties.keys() {
            let omitted = orgbase::api::OMITTED_WHEN_UNSET
                .contains(&(name.as_str(), property.as_str()));
            assert!(
                omitted || required.contains(&property.as_str()),
                "{name}.{property} is written by the server but not required"
            );
        }
    }
}

/// Checks `value` against `schema`: every required property present, and
/// null only where the schema allows it. Problems go to `problems`.
pub fn check_value(
    document: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    if let Some(target) = schema["$ref"].as_str() {
        let name = target.rsplit('/').next().unwrap();
        let resolved = &document["components"]["schemas"][name];
        return check_value(document, resolved, value, at, problems);
    }
    if value.is_null() {
        let nullable = schema["nullable"] == true
            || schema.as_object().is_some_and(|o| o.is_empty());
        if !nullable {
            problems.push(format!("{at}: null where the schema has none"));
        }
        return;
    }
    if let Some(all_of) = schema["allOf"].as_array() {
        for inner in all_of {
            check_value(document, inner, value, at, problems);
        }
    }
    if let Some(required) = schema["required"].as_array() {
        for name in required.iter().filter_map(|n| n.as_str()) {
            if value.get(name).is_none() {
                problems.push(format!("{at}.{name}: required, not written"));
            }
        }
    }
    if let Some(properties) = schema["properties"].as_object() {
        for (name, inner) in properties {
            if let Some(field) = value.get(name) {
                let at = format!("{at}.{name}");
                check_value(document, inner, field, &at, problems);
            }
        }
    }
    if let (Some(items), Some(values)) = (schema.get("items"), value.as_array())
    {
        for (index, item) in values.iter().enumerate() {
            check_value(
                document,
                items,
                item,
                &format!("{at}[{index}]"),
                problems,
            );
        }
    }
}

/// What the server really writes matches the document: every GET of the
/// document, on real objects, answers 200 with every required field and
/// null only where the document allows it.
#[tokio::test]
async fn test_contract_responses_write_every_required_field() {
    let document: serde_json::Value =
        serde_json::from_str(orgbase::OPENAPI_DOCUMENT).unwrap();
    let fixture = crate::hostile::Fixture::new().await;
    let mut problems = Vec::new();
    let mut checked = 0;
    for (method, template, operation) in crate::common::document_operations() {
        // Checking an invite is for its invitee; the staff user gets 400.
        if method != reqwest::Method::GET
            || operation["operationId"] == "signup_view"
        {
            continue;
        }
        let path = fixture.path(&template)
            + fixture.query(operation["operationId"].as_str().unwrap());
        let response = reqwest::Client::new()
            .get(format!("{}{path}", fixture.ctx.base_url))
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "GET {path}");
        let body: serde_json::Value = response.json().await.unwrap();
        let schema = &operation["responses"]["200"]["content"]
            ["application/json"]["schema"];
        check_value(&document, schema, &body, &path, &mut problems);
        checked += 1;
    }
    assert!(checked > 0, "no GET operation in the document");
    assert!(problems.is_empty(), "{problems:#?}");
    fixture.ctx.cleanup().await;
}
