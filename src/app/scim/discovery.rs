//! SCIM discovery (RFC 7644 §4): what this service provider supports,
//! its resource types, and the schemas of their attributes, which list
//! only what orgbase keeps (clients such as compliance checkers generate
//! values for the attributes listed here).

use super::types::ScimError;
use super::types::GROUP_SCHEMA;
use super::types::LIST_SCHEMA;
use super::types::MAX_COUNT;
use super::types::USER_SCHEMA;
use serde_json::json;
use serde_json::Value;

const CONFIG_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";

fn list(resources: Vec<Value>) -> Value {
    json!({
        "schemas": [LIST_SCHEMA],
        "totalResults": resources.len(),
        "startIndex": 1,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

pub fn service_provider_config(base_url: &str) -> Value {
    json!({
        "schemas": [CONFIG_SCHEMA],
        "documentationUri": "https://github.com/orgbase/orgbase#scim",
        "patch": {"supported": true},
        "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": true, "maxResults": MAX_COUNT},
        "changePassword": {"supported": false},
        "sort": {"supported": false},
        "etag": {"supported": true},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "The domain's SCIM token, as `Authorization: Bearer <token>`.",
            "primary": true,
        }],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": format!("{base_url}/ServiceProviderConfig"),
        },
    })
}

fn resource_type(base_url: &str, name: &str) -> Value {
    let (endpoint, schema) = match name {
        "User" => ("/Users", USER_SCHEMA),
        _ => ("/Groups", GROUP_SCHEMA),
    };
    json!({
        "schemas": [RESOURCE_TYPE_SCHEMA],
        "id": name,
        "name": name,
        "endpoint": endpoint,
        "schema": schema,
        "schemaExtensions": [],
        "meta": {
            "resourceType": "ResourceType",
            "location": format!("{base_url}/ResourceTypes/{name}"),
        },
    })
}

pub fn resource_types(
    base_url: &str,
    id: Option<&str>,
) -> Result<Value, ScimError> {
    match id {
        None => Ok(list(vec![
            resource_type(base_url, "User"),
            resource_type(base_url, "Group"),
        ])),
        Some(id @ ("User" | "Group")) => Ok(resource_type(base_url, id)),
        Some(_) => Err(ScimError::not_found()),
    }
}

/// One attribute of a schema.
fn attribute(
    name: &str,
    kind: &str,
    multi: bool,
    required: bool,
    mutability: &str,
    uniqueness: &str,
    sub_attributes: Vec<Value>,
) -> Value {
    let mut attribute = json!({
        "name": name,
        "type": kind,
        "multiValued": multi,
        "description": name,
        "required": required,
        "caseExact": false,
        "mutability": mutability,
        "returned": "default",
        "uniqueness": uniqueness,
    });
    if !sub_attributes.is_empty() {
        attribute["subAttributes"] = json!(sub_attributes);
    }
    attribute
}

/// A reference to resources of `types`.
fn reference(name: &str, mutability: &str, types: &[&str]) -> Value {
    let mut attribute =
        attribute(name, "reference", false, false, mutability, "none", vec![]);
    attribute["referenceTypes"] = json!(types);
    attribute
}

/// A string whose values are among `values`.
fn kinds(name: &str, values: &[&str]) -> Value {
    let mut attribute = text(name);
    attribute["mutability"] = json!("immutable");
    attribute["canonicalValues"] = json!(values);
    attribute
}

fn text(name: &str) -> Value {
    attribute(name, "string", false, false, "readWrite", "none", vec![])
}

fn user_schema(base_url: &str) -> Value {
    let read_only = |name: &str| {
        attribute(name, "string", false, false, "readOnly", "none", vec![])
    };
    json!({
        "schemas": [SCHEMA_SCHEMA],
        "id": USER_SCHEMA,
        "name": "User",
        "description": "A user of the domain, member of its organization while active",
        "attributes": [
            attribute("userName", "string", false, true, "readWrite", "server", vec![]),
            attribute("name", "complex", false, false, "readWrite", "none", vec![
                text("formatted"), text("familyName"), text("givenName"),
            ]),
            text("displayName"),
            attribute("active", "boolean", false, false, "readWrite", "none", vec![]),
            attribute("emails", "complex", true, false, "readWrite", "none", vec![
                text("value"),
                text("type"),
                attribute("primary", "boolean", false, false, "readWrite", "none", vec![]),
            ]),
            attribute("groups", "complex", true, false, "readOnly", "none", vec![
                read_only("value"),
                reference("$ref", "readOnly", &["Group"]),
                read_only("display"),
                read_only("type"),
            ]),
        ],
        "meta": {
            "resourceType": "Schema",
            "location": format!("{base_url}/Schemas/{USER_SCHEMA}"),
        },
    })
}

fn group_schema(base_url: &str) -> Value {
    let immutable = |name: &str| {
        attribute(name, "string", false, false, "immutable", "none", vec![])
    };
    json!({
        "schemas": [SCHEMA_SCHEMA],
        "id": GROUP_SCHEMA,
        "name": "Group",
        "description": "A role of the organization",
        "attributes": [
            attribute("displayName", "string", false, true, "readWrite", "server", vec![]),
            attribute("members", "complex", true, false, "readWrite", "none", vec![
                immutable("value"),
                reference("$ref", "immutable", &["User"]),
                kinds("type", &["User"]),
            ]),
        ],
        "meta": {
            "resourceType": "Schema",
            "location": format!("{base_url}/Schemas/{GROUP_SCHEMA}"),
        },
    })
}

pub fn schemas(base_url: &str, id: Option<&str>) -> Result<Value, ScimError> {
    match id {
        None => Ok(list(vec![user_schema(base_url), group_schema(base_url)])),
        Some(USER_SCHEMA) => Ok(user_schema(base_url)),
        Some(GROUP_SCHEMA) => Ok(group_schema(base_url)),
        Some(_) => Err(ScimError::not_found()),
    }
}
