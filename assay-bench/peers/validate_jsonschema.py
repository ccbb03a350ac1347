#!/usr/bin/env python3
"""Peer for `assay validate`: the same job with Python's jsonschema (Debian python3-jsonschema).

Reads JSON Lines, validates each record against a draft 2020-12 schema, writes valid lines
unchanged to valid.jsonl and rejected ones (line, error, raw) to quarantine.jsonl.
Usage: validate_jsonschema.py SCHEMA INPUT OUTDIR
"""
import json
import os
import sys

import jsonschema


def main() -> None:
    schema_path, input_path, out_dir = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    os.makedirs(out_dir, exist_ok=True)
    valid = quarantined = 0
    with open(input_path, "rb") as src, \
            open(os.path.join(out_dir, "valid.jsonl"), "wb") as ok, \
            open(os.path.join(out_dir, "quarantine.jsonl"), "w", encoding="utf-8") as bad:
        for number, raw in enumerate(src, start=1):
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                errors = [e.message for e in validator.iter_errors(record)]
            except (ValueError, UnicodeDecodeError) as e:
                errors = [str(e)]
            if errors:
                bad.write(json.dumps({"line": number, "error": errors[0],
                                      "raw": line.decode("utf-8", "replace")}) + "\n")
                quarantined += 1
            else:
                ok.write(line + b"\n")
                valid += 1
    print(json.dumps({"valid": valid, "quarantined": quarantined}))


if __name__ == "__main__":
    main()
