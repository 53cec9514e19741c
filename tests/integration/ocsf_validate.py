"""Validates OCSF events (a JSON array in the file named) against OCSF
1.5.0's published schema, offline, as the `ocsf-json-schema` package ships
it: each event against its class's JSON schema. Prints "<n> events valid",
or each failure and exits 1."""

import json
import sys

import jsonschema
from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema

schema = OcsfJsonSchemaEmbedded(get_ocsf_schema(version="1.5.0"))
events = json.load(open(sys.argv[1]))
failures = 0
for event in events:
    name = schema.lookup_class_name_from_uid(event["class_uid"])
    class_schema = schema.get_class_schema(name.lower().replace(" ", "_"))
    validator = jsonschema.Draft202012Validator(class_schema)
    for error in validator.iter_errors(event):
        failures += 1
        print(f"{event['metadata']['uid']}: {error.json_path}: {error.message}")
if failures:
    sys.exit(1)
print(f"{len(events)} events valid")
