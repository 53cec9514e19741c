"""schemathesis hooks for .ci/schemathesis: generated requests fitted to
the rules that depend on what is stored, which no schema can state, so
that schemathesis' requests reach each operation's logic rather than its
refusal:

- a role external reference maps a provider role once per organization:
  each generated one gets its own provider role id and slug;
- an organization holds at most two proxy records, and a proxy domain is
  unique: each create goes to a fresh organization, on its own domain;
- an organization holds at most 20 webhook endpoints: each create goes
  to a fresh organization;
- a lookup names `provider_role_id` or `provider_role_slug`: one that
  names neither looks up the fixture's reference;
- a retry needs a record that is `erroring`: each takes one of the
  records the setup made erroring (see .ci/schemathesis);
- an `Idempotency-Key` names one request: each generated request that
  sends one sends a fresh one, as a client does (the same key with
  another request is rightly refused).

Loaded through SCHEMATHESIS_HOOKS; the fixtures' ids come in the
environment, as for .ci/schemathesis.toml.
"""

import itertools
import json
import os
import urllib.request
import uuid

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


def _provider_role_once(case):
    """Each reference maps its own provider role, to the fixture's role
    (as .ci/schemathesis.toml's parameters, which the coverage phase does
    not apply)."""
    if isinstance(case.body, dict):
        case.body["role"] = os.environ["ORGBASE_ST_ROLE"]
        serial = next(_serial)
        for field in ("provider_role_id", "provider_role_slug"):
            if isinstance(case.body.get(field), str) and case.body[field].strip():
                case.body[field] = _unique(case.body[field], serial, 255)


def _fresh_proxy_organization(case):
    """Each proxy record goes to a fresh organization, on its own domain."""
    created = _api("POST", "/api/organizations/", {"name": "Proxies"})
    case.path_parameters = {
        **(case.path_parameters or {}),
        "organization_id": created["id"],
    }
    if isinstance(case.body, dict) and isinstance(case.body.get("domain"), str):
        domain = f"u{next(_serial)}.{case.body['domain'].strip()}"
        case.body["domain"] = (
            domain if len(domain) <= 64 else f"u{next(_serial)}.example.com"
        )


def _fresh_webhook_organization(case):
    """Each webhook endpoint goes to a fresh organization."""
    created = _api("POST", "/api/organizations/", {"name": "Webhooks"})
    case.path_parameters = {
        **(case.path_parameters or {}),
        "organization_id": created["id"],
    }


def _lookup_names_a_role(case):
    """A lookup names a provider role (the fixture's, when it named none)."""
    query = dict(case.query or {})
    named = any(
        isinstance(query.get(field), str) and query[field].strip()
        for field in ("provider_role_id", "provider_role_slug")
    )
    if not named:
        query["provider_role_id"] = "1"
    case.query = query


def _erroring_record(case):
    """A retry takes one of the records the setup made erroring."""
    if _erroring:
        organization, record = _erroring[next(_serial) % len(_erroring)]
        case.path_parameters = {
            **(case.path_parameters or {}),
            "organization_id": organization,
            "proxy_record_id": record,
        }


_FITTINGS = {
    "role_external_reference_create": _provider_role_once,
    "proxy_record_create": _fresh_proxy_organization,
    "webhook_create": _fresh_webhook_organization,
    "role_external_reference_lookup": _lookup_names_a_role,
    "proxy_record_retry": _erroring_record,
}


@schemathesis.hook
def map_case(ctx, case):
    # `map_case` runs in every phase (coverage, fuzzing, stateful), where
    # the per-part hooks miss the coverage phase. Only requests meant to be
    # valid are fitted: an invalid one must stay invalid.
    meta = case.meta
    positive = meta is None or meta.generation.mode == "positive"
    fitting = _FITTINGS.get(case.operation.definition.raw.get("operationId"))
    if positive and fitting is not None:
        fitting(case)
    if positive and case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = str(uuid.uuid4())
    return case
