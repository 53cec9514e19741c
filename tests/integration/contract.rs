//! The committed snapshots (`spec/openapi.json`, `generated/src/client.rs`)
//! match what this build produced, and the contract is well formed.

use std::path::Path;

const REFRESH: &str =
    "EXPECTORATE=overwrite cargo test --test integration contract";

/// Compares a committed snapshot with the build's output, or rewrites it
/// when `EXPECTORATE=overwrite`.
fn check_snapshot(relative: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var("EXPECTORATE").as_deref() == Ok("overwrite") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == actual,
        "{relative} differs from what the build generated.\n\
         Refresh spec/ and generated/ with:\n\n    {REFRESH}\n"
    );
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
