#!/usr/bin/env python3
"""Checks exported OpenAPI documents with validators that are not ours.

    python check_documents.py DOCUMENT...

For each document:
  1. openapi-spec-validator validates it as OpenAPI 3.1 (its meta-schema and its references);
  2. every example in it (request bodies, responses, and each property's `examples`) is
     validated by `jsonschema` (Draft 2020-12, the dialect of OpenAPI 3.1) against the schema it
     illustrates, references resolved inside the document;
  3. each example object is then broken (a required property removed, or a value of the wrong
     type put in) and must be refused: the check cannot pass by accepting everything.

Prints one JSON line of counts; exits non-zero with every problem listed.
"""

import copy
import json
import sys

import jsonschema
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename


def validator_for(document, schema):
    # `#/components/...` references resolve against the root: the document's components
    # travel beside the schema in the root object, where JSON Schema ignores them.
    root = dict(schema)
    root["components"] = document.get("components", {})
    return jsonschema.Draft202012Validator(root)


def resolve(document, schema):
    while isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
        node = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def broken_variants(document, schema, value):
    """Values that must fail `schema`: a required property removed, a string where an object
    is required."""
    out = [["not an object"]] if isinstance(value, dict) else []
    schema = resolve(document, schema)
    if isinstance(value, dict) and isinstance(schema, dict):
        for name in schema.get("required", []):
            if name in value:
                broken = copy.deepcopy(value)
                del broken[name]
                out.append(broken)
                break
    return out


def main(paths):
    problems = []
    counts = {"documents": 0, "operations": 0, "examples": 0, "refused": 0}
    for path in paths:
        document, _ = read_from_filename(path)
        try:
            validate(document)
        except Exception as e:  # the validator's own error, with its path
            problems.append(f"{path}: not valid OpenAPI 3.1: {e}")
            continue
        counts["documents"] += 1
        if not str(document.get("openapi", "")).startswith("3.1"):
            problems.append(f"{path}: openapi is {document.get('openapi')!r}, not 3.1")

        def check(where, schema, value, breakable):
            counts["examples"] += 1
            errors = sorted(validator_for(document, schema).iter_errors(value), key=str)
            for error in errors:
                location = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{path}: {where}: at `{location}`: {error.message}")
            if errors or not breakable:
                return
            for broken in broken_variants(document, schema, value):
                if validator_for(document, schema).is_valid(broken):
                    problems.append(f"{path}: {where}: a broken copy is accepted: {broken!r}")
                else:
                    counts["refused"] += 1

        for route, item in document["paths"].items():
            for method, operation in item.items():
                counts["operations"] += 1
                where = f"{method.upper()} {route}"
                # JSON, or a form for a protocol whose operations take forms.
                body = next(iter(operation["requestBody"]["content"].values()))
                for name, example in body.get("examples", {}).items():
                    check(f"{where} request example {name!r}", body["schema"], example["value"], True)
                for status, response in operation["responses"].items():
                    media = response.get("content", {}).get("application/json", {})
                    for name, example in media.get("examples", {}).items():
                        check(f"{where} {status} example {name!r}", media["schema"], example["value"], True)

        def walk(node, where):
            if isinstance(node, dict):
                if "examples" in node and isinstance(node["examples"], list):
                    schema = {k: v for k, v in node.items() if k != "examples"}
                    for i, value in enumerate(node["examples"]):
                        check(f"{where}/examples/{i}", schema, value, False)
                for key, value in node.items():
                    if key != "examples":
                        walk(value, f"{where}/{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, f"{where}/{i}")

        walk(document["components"]["schemas"], "#/components/schemas")

    print(json.dumps(counts))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
