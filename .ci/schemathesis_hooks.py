"""schemathesis hooks for .ci/schemathesis: generated requests fitted to
the rules that depend on what is stored, which no schema can state, so
that schemathesis' requests reach each operation's logic rather than its
refusal:

- a role external reference maps a provider role once per organization:
  each generated one gets its own provider role id and slug;
- an organization holds at most two proxy records, and a proxy domain is
  unique: each create goes to a fresh organization, on its own domain;
- a lookup names `provider_role_id` or `provider_role_slug`: one that
  names neither looks up the fixture's reference;
- a retry needs a record that is `erroring`: each takes one of the
  records the setup made erroring (see .ci/schemathesis).

Loaded through SCHEMATHESIS_HOOKS; the fixtures' ids come in the
environment, as for .ci/schemathesis.toml.
"""

import itertools
import json
import os
import urllib.request

import schemathesis

_serial = itertools.count(1)
_erroring = [
    record.split("/")
    for record in os.environ.get("ORGBASE_ST_ERRORING_RECORDS", "").split()
]


def _api(method, path, body=None):
    request = urllib.request.Request(
        os.environ["ORGBASE_ST_BASE_URL"] + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={
            "Authorization": "Bearer " + os.environ["ORGBASE_SCHEMATHESIS_KEY"],
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def _unique(text, serial, limit):
    """`text` made unique by `serial`, within `limit` characters."""
    suffix = f"-{serial}"
    return text[: limit - len(suffix)] + suffix


@schemathesis.hook("map_body").apply_to(
    operation_id="role_external_reference_create"
)
def provider_role_once(ctx, body):
    if isinstance(body, dict):
        serial = next(_serial)
        for field in ("provider_role_id", "provider_role_slug"):
            if isinstance(body.get(field), str) and body[field].strip():
                body[field] = _unique(body[field], serial, 255)
    return body


@schemathesis.hook("map_path_parameters").apply_to(
    operation_id="proxy_record_create"
)
def fresh_organization(ctx, path_parameters):
    created = _api("POST", "/api/organizations/", {"name": "Proxies"})
    return {**(path_parameters or {}), "organization_id": created["id"]}


@schemathesis.hook("map_body").apply_to(operation_id="proxy_record_create")
def fresh_proxy_domain(ctx, body):
    if isinstance(body, dict) and isinstance(body.get("domain"), str):
        domain = f"u{next(_serial)}.{body['domain'].strip()}"
        body["domain"] = domain if len(domain) <= 64 else f"u{next(_serial)}.example.com"
    return body


@schemathesis.hook("map_query").apply_to(
    operation_id="role_external_reference_lookup"
)
def lookup_names_a_role(ctx, query):
    query = dict(query or {})
    named = any(
        isinstance(query.get(field), str) and query[field].strip()
        for field in ("provider_role_id", "provider_role_slug")
    )
    if not named:
        query["provider_role_id"] = "1"
    return query


@schemathesis.hook("map_path_parameters").apply_to(
    operation_id="proxy_record_retry"
)
def erroring_record(ctx, path_parameters):
    if not _erroring:
        return path_parameters
    organization, record = _erroring[next(_serial) % len(_erroring)]
    return {
        **(path_parameters or {}),
        "organization_id": organization,
        "proxy_record_id": record,
    }
