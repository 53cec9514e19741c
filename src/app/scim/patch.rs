//! SCIM PATCH (RFC 7644 §3.5.2) on a resource's JSON representation:
//! `add`, `replace` and `remove`, with and without `path`, value filters
//! and sub-attributes. The resource's rules then read the patched JSON as
//! they read a PUT body, so the two cannot disagree.
//!
//! Dialects accepted as identity providers send them: operation names in
//! any case (Entra sends `Replace`), a `path`-less `value` whose keys are
//! themselves paths (`{"name.givenName": "x"}`), and an `add` or
//! `replace` through a simple value filter that matches nothing (`emails[type
//! eq "work"].value`), which adds the element.

use super::filter::matches;
use super::filter::member;
use super::filter::parse_path;
use super::filter::AttrPath;
use super::filter::Filter;
use super::filter::Op;
use serde_json::Map;
use serde_json::Value;
use std::collections::HashSet;

/// Operations accepted in one request.
const MAX_OPERATIONS: usize = 1000;
/// Values accepted in one request, over all its operations (each element
/// of an array value counts): every value costs a check and a write, so a
/// request's work is bounded before any is done.
pub const MAX_VALUES: usize = 10_000;

const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Add,
    Replace,
    Remove,
}

/// One operation of a PATCH request.
#[derive(Debug)]
pub struct Operation {
    kind: Kind,
    path: Option<AttrPath>,
    value: Option<Value>,
}

/// Why a PATCH was refused, by SCIM error type.
#[derive(Debug, PartialEq)]
pub enum PatchError {
    InvalidSyntax(String),
    InvalidPath(String),
    NoTarget(String),
    InvalidValue(String),
}

/// Reads a PatchOp request body.
pub fn parse_operations(body: &Value) -> Result<Vec<Operation>, PatchError> {
    let syntax = |why: &str| PatchError::InvalidSyntax(why.to_string());
    if !body.is_object() {
        return Err(syntax("the body is not a JSON object"));
    }
    if let Some(schemas) = member(body, "schemas") {
        let names_patch = schemas.as_array().is_some_and(|schemas| {
            schemas.iter().any(|s| {
                s.as_str().is_some_and(|s| s.eq_ignore_ascii_case(PATCH_SCHEMA))
            })
        });
        if !names_patch {
            return Err(syntax("schemas must name the PatchOp message"));
        }
    }
    let operations = member(body, "Operations")
        .and_then(Value::as_array)
        .ok_or_else(|| syntax("Operations must be an array"))?;
    if operations.len() > MAX_OPERATIONS {
        return Err(syntax("too many operations"));
    }
    let values: usize = operations
        .iter()
        .filter_map(|operation| member(operation, "value"))
        .map(value_count)
        .sum();
    if values > MAX_VALUES {
        return Err(PatchError::InvalidValue(format!(
            "A PATCH request may carry at most {MAX_VALUES} values (each \
             element of an array counts); this one carries {values}. Send \
             them in several requests."
        )));
    }
    operations
        .iter()
        .map(|operation| {
            let kind = match member(operation, "op")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("add") => Kind::Add,
                Some("replace") => Kind::Replace,
                Some("remove") => Kind::Remove,
                _ => return Err(syntax("op must be add, replace or remove")),
            };
            let path = match member(operation, "path") {
                None | Some(Value::Null) => None,
                Some(Value::String(path)) => Some(
                    parse_path(path)
                        .map_err(|e| PatchError::InvalidPath(e.0))?,
                ),
                Some(_) => return Err(syntax("path must be a string")),
            };
            let value = member(operation, "value").cloned();
            match (kind, &path, &value) {
                (Kind::Remove, None, _) => {
                    Err(PatchError::NoTarget("remove needs a path".into()))
                }
                (Kind::Add | Kind::Replace, _, None) => Err(
                    PatchError::InvalidValue(format!("{kind:?} needs a value")),
                ),
                (Kind::Add | Kind::Replace, None, Some(value))
                    if !value.is_object() =>
                {
                    Err(PatchError::InvalidValue(
                        "without a path, the value must be an object".into(),
                    ))
                }
                _ => Ok(Operation { kind, path, value }),
            }
        })
        .collect()
}

/// How many values `value` carries: the elements of an array, those of
/// each member of an object, else one.
fn value_count(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.len(),
        Value::Object(members) => members.values().map(value_count).sum(),
        _ => 1,
    }
}

/// A value's identity for comparing elements of a multi-valued attribute
/// in one pass (a set of these): its JSON text, which is canonical here
/// (objects keep their members sorted), so equal values have equal keys.
fn identity(value: &Value) -> String {
    value.to_string()
}

/// Applies `operations` in order to `resource` (a JSON object).
pub fn apply(
    resource: &mut Value,
    operations: &[Operation],
) -> Result<(), PatchError> {
    for operation in operations {
        match &operation.path {
            Some(path) => apply_at(
                resource,
                operation.kind,
                path,
                operation.value.as_ref(),
            )?,
            None => {
                let Some(Value::Object(values)) = &operation.value else {
                    continue;
                };
                for (name, value) in values {
                    let path = parse_path(name)
                        .map_err(|e| PatchError::InvalidPath(e.0))?;
                    apply_at(resource, operation.kind, &path, Some(value))?;
                }
            }
        }
    }
    Ok(())
}

/// The name under which `object` holds `name` (case-insensitively), or
/// `name` itself.
fn key_of(object: &Map<String, Value>, name: &str) -> String {
    object
        .keys()
        .find(|key| key.eq_ignore_ascii_case(name))
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

/// The object a path's attribute lives in (the resource, or the
/// extension's object under its schema URN), created when missing.
fn container<'a>(
    resource: &'a mut Value,
    path: &AttrPath,
) -> Result<&'a mut Map<String, Value>, PatchError> {
    let not_object =
        || PatchError::InvalidPath("not a complex attribute".into());
    let root = resource.as_object_mut().ok_or_else(not_object)?;
    match &path.schema {
        None => Ok(root),
        Some(schema) => {
            let key = key_of(root, schema);
            root.entry(key)
                .or_insert_with(|| Value::Object(Map::new()))
                .as_object_mut()
                .ok_or_else(not_object)
        }
    }
}

/// Merges `value` into `target` as `add` does: objects merge, arrays
/// append (leaving out elements already there), anything else replaces.
fn add_into(target: &mut Value, value: &Value) {
    match (target, value) {
        (Value::Object(target), Value::Object(value)) => {
            for (name, value) in value {
                let key = key_of(target, name);
                match target.get_mut(&key) {
                    Some(existing) => add_into(existing, value),
                    None => {
                        target.insert(key, value.clone());
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(values)) => {
            let mut present: HashSet<String> =
                target.iter().map(identity).collect();
            for value in values {
                if present.insert(identity(value)) {
                    target.push(value.clone());
                }
            }
        }
        (Value::Array(target), value) => {
            if !target.contains(value) {
                target.push(value.clone());
            }
        }
        (target, value) => *target = value.clone(),
    }
}

/// Sets `sub` in `element` (an object) per `kind`.
fn set_sub(element: &mut Value, kind: Kind, sub: &str, value: Option<&Value>) {
    let Some(object) = element.as_object_mut() else {
        return;
    };
    let key = key_of(object, sub);
    match (kind, value) {
        (Kind::Remove, _) => {
            object.remove(&key);
        }
        (Kind::Add, Some(value)) => match object.get_mut(&key) {
            Some(existing) => add_into(existing, value),
            None => {
                object.insert(key, value.clone());
            }
        },
        (_, Some(value)) => {
            object.insert(key, value.clone());
        }
        (_, None) => {}
    }
}

/// The element a simple value filter (`type eq "work"`) describes, for an
/// `add` or `replace` that found none.
fn element_for(filter: &Filter) -> Option<Map<String, Value>> {
    match filter {
        Filter::Compare(path, Op::Eq, value) if path.sub.is_none() => {
            let mut element = Map::new();
            element.insert(path.attr.clone(), value.clone());
            Some(element)
        }
        Filter::And(a, b) => {
            let mut element = element_for(a)?;
            element.extend(element_for(b)?);
            Some(element)
        }
        _ => None,
    }
}

fn apply_at(
    resource: &mut Value,
    kind: Kind,
    path: &AttrPath,
    value: Option<&Value>,
) -> Result<(), PatchError> {
    let object = container(resource, path)?;
    let key = key_of(object, &path.attr);
    match (&path.filter, &path.sub) {
        (None, None) => match (kind, value) {
            (Kind::Remove, Some(Value::Array(gone))) => {
                // Remove these elements (by `value`) from a multi-valued
                // attribute, as Entra removes group members.
                if let Some(Value::Array(items)) = object.get_mut(&key) {
                    let value_of = |v: &Value| member(v, "value").map(identity);
                    let gone: HashSet<Option<String>> =
                        gone.iter().map(value_of).collect();
                    items.retain(|item| !gone.contains(&value_of(item)));
                }
            }
            (Kind::Remove, _) => {
                object.remove(&key);
            }
            (Kind::Add, Some(value)) => match object.get_mut(&key) {
                Some(existing) => add_into(existing, value),
                None => {
                    object.insert(key, value.clone());
                }
            },
            (_, Some(value)) => {
                object.insert(key, value.clone());
            }
            (_, None) => {}
        },
        (None, Some(sub)) => {
            let target =
                object.entry(key).or_insert_with(|| Value::Object(Map::new()));
            match target {
                Value::Array(items) => {
                    if items.is_empty() && kind != Kind::Remove {
                        items.push(Value::Object(Map::new()));
                    }
                    for item in items {
                        set_sub(item, kind, sub, value);
                    }
                }
                Value::Null => {
                    *target = Value::Object(Map::new());
                    set_sub(target, kind, sub, value);
                }
                target => set_sub(target, kind, sub, value),
            }
        }
        (Some(filter), sub) => {
            let items = match object.get_mut(&key) {
                Some(Value::Array(items)) => items,
                _ if kind == Kind::Remove => return Ok(()),
                _ => {
                    object.insert(key.clone(), Value::Array(Vec::new()));
                    match object.get_mut(&key) {
                        Some(Value::Array(items)) => items,
                        _ => unreachable!("an array was just inserted"),
                    }
                }
            };
            let matched: Vec<usize> = (0..items.len())
                .filter(|&at| matches(filter, &items[at]))
                .collect();
            if matched.is_empty() {
                if kind == Kind::Remove {
                    return Ok(());
                }
                let Some(mut element) = element_for(filter) else {
                    return Err(PatchError::NoTarget(
                        "no element matches the filter".into(),
                    ));
                };
                match (sub, value) {
                    (Some(sub), Some(value)) => {
                        element.insert(sub.clone(), value.clone());
                    }
                    (None, Some(Value::Object(value))) => {
                        element.extend(value.clone());
                    }
                    _ => {}
                }
                items.push(Value::Object(element));
                return Ok(());
            }
            match sub {
                Some(sub) => {
                    for at in matched {
                        set_sub(&mut items[at], kind, sub, value);
                    }
                }
                None if kind == Kind::Remove => {
                    let matched: HashSet<usize> = matched.into_iter().collect();
                    let mut at = 0;
                    items.retain(|_| {
                        at += 1;
                        !matched.contains(&(at - 1))
                    });
                }
                None => {
                    for at in matched {
                        match (kind, value) {
                            (Kind::Add, Some(value)) => {
                                add_into(&mut items[at], value)
                            }
                            (_, Some(value)) => items[at] = value.clone(),
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod test {
    use super::apply;
    use super::parse_operations;
    use super::PatchError;
    use serde_json::json;
    use serde_json::Value;

    #[test]
    fn test_large_adds_and_removes_keep_set_semantics() {
        let members = |range: std::ops::Range<u32>| -> Vec<Value> {
            range.map(|n| json!({"value": n.to_string()})).collect()
        };
        let group = json!({"members": members(0..10_000)});
        // Half of the added members are there already: added once.
        let added = patched(
            group,
            json!([
                {"op": "add", "path": "members", "value": members(5_000..15_000)}
            ]),
        )
        .unwrap();
        assert_eq!(added["members"].as_array().unwrap().len(), 15_000);
        let removed = patched(
            added,
            json!([
                {"op": "remove", "path": "members", "value": members(0..9_999)}
            ]),
        )
        .unwrap();
        assert_eq!(removed["members"], json!(members(9_999..15_000)));
    }

    fn patched(
        resource: Value,
        operations: Value,
    ) -> Result<Value, PatchError> {
        let mut resource = resource;
        let body = json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": operations,
        });
        apply(&mut resource, &parse_operations(&body)?)?;
        Ok(resource)
    }

    #[test]
    fn test_okta_and_entra_dialects() {
        let user = json!({"userName": "a@x.com", "active": true,
            "emails": [{"value": "a@x.com", "type": "work"}]});
        let okta = patched(
            user.clone(),
            json!([
                {"op": "replace", "value": {"active": false}}
            ]),
        )
        .unwrap();
        assert_eq!(okta["active"], json!(false));
        let entra = patched(user.clone(), json!([
            {"op": "Replace", "path": "active", "value": "False"},
            {"op": "Add", "path": "name.givenName", "value": "Ann"},
            {"op": "replace", "path": "emails[type eq \"work\"].value", "value": "b@x.com"},
            {"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "R&D"},
        ]))
        .unwrap();
        assert_eq!(entra["active"], json!("False"));
        assert_eq!(entra["name"]["givenName"], json!("Ann"));
        assert_eq!(entra["emails"][0]["value"], json!("b@x.com"));
        assert_eq!(
            entra["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]
                ["department"],
            json!("R&D")
        );
        let dotted = patched(user, json!([
            {"op": "replace", "value": {"name.familyName": "Lee", "DisplayName": "A L"}}
        ]))
        .unwrap();
        assert_eq!(dotted["name"]["familyName"], json!("Lee"));
        assert_eq!(dotted["DisplayName"], json!("A L"));
    }

    #[test]
    fn test_group_members() {
        let group = json!({"displayName": "Eng", "members": [{"value": "1"}, {"value": "2"}]});
        let added = patched(group.clone(), json!([
            {"op": "add", "path": "members", "value": [{"value": "3"}, {"value": "1"}]}
        ]))
        .unwrap();
        assert_eq!(added["members"].as_array().unwrap().len(), 3);
        let removed = patched(
            group.clone(),
            json!([
                {"op": "remove", "path": "members[value eq \"1\"]"}
            ]),
        )
        .unwrap();
        assert_eq!(removed["members"], json!([{"value": "2"}]));
        let entra = patched(
            group.clone(),
            json!([
                {"op": "Remove", "path": "members", "value": [{"value": "2"}]}
            ]),
        )
        .unwrap();
        assert_eq!(entra["members"], json!([{"value": "1"}]));
        let all = patched(group, json!([{"op": "remove", "path": "members"}]))
            .unwrap();
        assert!(all.get("members").is_none());
    }

    #[test]
    fn test_refusals() {
        let user = json!({"emails": [{"value": "a@x.com", "type": "work"}]});
        assert!(matches!(
            patched(user.clone(), json!([{"op": "remove"}])),
            Err(PatchError::NoTarget(_))
        ));
        assert!(matches!(
            patched(user.clone(), json!([{"op": "move", "path": "a"}])),
            Err(PatchError::InvalidSyntax(_))
        ));
        assert!(matches!(
            patched(
                user.clone(),
                json!([{"op": "add", "path": "a b", "value": 1}])
            ),
            Err(PatchError::InvalidPath(_))
        ));
        assert!(patched(
            user.clone(),
            json!([{"op": "replace", "path": "emails[type co \"w\"].value", "value": "x"}])
        )
        .is_ok());
        assert!(matches!(
            patched(
                user.clone(),
                json!([{"op": "replace", "path": "emails[type co \"z\"].value", "value": "x"}])
            ),
            Err(PatchError::NoTarget(_))
        ));
        assert!(matches!(
            patched(user, json!([{"op": "add", "value": 3}])),
            Err(PatchError::InvalidValue(_))
        ));
    }
}
