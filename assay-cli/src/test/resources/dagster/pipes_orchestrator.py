#!/usr/bin/env python3
"""Plays Dagster's orchestration side of the Pipes protocol (v0.1) with the standard library only.

  pipes_orchestrator.py run WORKDIR ASSET_KEY[,ASSET_KEY...] MODE -- COMMAND...
      MODE is "file" (messages to a file) or "stderr" (messages on the child's stderr).
      Writes the context file, sets DAGSTER_PIPES_CONTEXT / DAGSTER_PIPES_MESSAGES as Dagster's
      PipesSubprocessClient does (base64 of zlib of JSON), runs COMMAND, then checks every message.
  pipes_orchestrator.py verify WORKDIR ASSET_KEY[,...] MESSAGES_FILE
      Only checks a messages file written earlier.

Prints one JSON object: exit code, methods in order, materializations, checks, closing exception.
Exits 3 on any protocol violation, listing them on stderr.
"""
import base64, json, os, subprocess, sys, zlib

VERSION = "0.1"
METHODS = {"opened", "closed", "log", "report_asset_materialization", "report_asset_check",
           "report_custom_message", "log_external_stream"}
TYPES = {"__infer__", "text", "url", "path", "notebook", "json", "md", "float", "int", "bool",
         "dagster_run", "asset", "null", "table", "table_schema", "table_column_lineage", "timestamp"}


def encode(value):
    return base64.b64encode(zlib.compress(json.dumps(value).encode("utf-8"))).decode("ascii")


def check_metadata(md, where, problems):
    if md is None:
        return
    if not isinstance(md, dict):
        problems.append(f"{where}: metadata is not an object")
        return
    for key, value in md.items():
        if not isinstance(value, dict) or set(value) != {"raw_value", "type"}:
            problems.append(f"{where}: metadata {key!r} is not {{raw_value, type}}: {value!r}")
        elif value["type"] not in TYPES:
            problems.append(f"{where}: metadata {key!r} has unknown type {value['type']!r}")
        elif value["type"] == "int" and not isinstance(value["raw_value"], int):
            problems.append(f"{where}: metadata {key!r} is typed int but holds {value['raw_value']!r}")
        elif value["type"] == "float" and not isinstance(value["raw_value"], (int, float)):
            problems.append(f"{where}: metadata {key!r} is typed float but holds {value['raw_value']!r}")


def check(lines, assets):
    problems, methods, materialized, checks, closing = [], [], [], [], None
    for n, line in enumerate(lines, 1):
        try:
            msg = json.loads(line)
        except ValueError as e:
            problems.append(f"message {n}: not JSON ({e})")
            continue
        if msg.get("__dagster_pipes_version") != VERSION:
            problems.append(f"message {n}: protocol version {msg.get('__dagster_pipes_version')!r}")
        method, params = msg.get("method"), msg.get("params")
        if method not in METHODS:
            problems.append(f"message {n}: unknown method {method!r}")
        methods.append(method)
        if closing is not None:
            problems.append(f"message {n}: {method} after closed")
        if method == "opened" and n != 1:
            problems.append(f"message {n}: opened is not the first message")
        if method == "log" and not (isinstance(params.get("message"), str) and isinstance(params.get("level"), str)):
            problems.append(f"message {n}: log needs message and level strings")
        if method == "report_asset_materialization":
            if params.get("asset_key") not in assets:
                problems.append(f"message {n}: materialized asset {params.get('asset_key')!r} not in {assets}")
            if params.get("asset_key") in [m["asset_key"] for m in materialized]:
                problems.append(f"message {n}: asset {params.get('asset_key')!r} materialized twice")
            if params.get("data_version") is not None and not isinstance(params["data_version"], str):
                problems.append(f"message {n}: data_version is not a string")
            check_metadata(params.get("metadata"), f"message {n}", problems)
            materialized.append(params)
        if method == "report_asset_check":
            if params.get("asset_key") not in assets:
                problems.append(f"message {n}: checked asset {params.get('asset_key')!r} not in {assets}")
            if not isinstance(params.get("check_name"), str) or not isinstance(params.get("passed"), bool):
                problems.append(f"message {n}: check needs check_name (string) and passed (bool)")
            if params.get("severity") not in ("WARN", "ERROR"):
                problems.append(f"message {n}: severity {params.get('severity')!r}")
            check_metadata(params.get("metadata"), f"message {n}", problems)
            checks.append(params)
        if method == "closed":
            closing = params or {}
    if not methods or methods[0] != "opened":
        problems.append("the first message is not opened")
    if closing is None:
        problems.append("the session was never closed")
    return problems, methods, materialized, checks, (closing or {}).get("exception")


def main(argv):
    mode, workdir, assets = argv[1], argv[2], argv[3].split(",")
    os.makedirs(workdir, exist_ok=True)
    exit_code, stderr_lines = None, []
    if mode == "run":
        channel = argv[4]
        command = argv[argv.index("--") + 1:]
        context = {"asset_keys": assets, "code_version_by_asset_key": {a: None for a in assets},
                   "provenance_by_asset_key": {a: None for a in assets}, "partition_key": None,
                   "partition_key_range": None, "partition_time_window": None, "run_id": "run-1",
                   "job_name": "assay_job", "retry_number": 0, "extras": {"source": "test"}}
        context_file = os.path.join(workdir, "context.json")
        with open(context_file, "w", encoding="utf-8") as f:
            json.dump(context, f)
        messages_file = os.path.join(workdir, "messages.jsonl")
        env = dict(os.environ)
        env["DAGSTER_PIPES_CONTEXT"] = encode({"path": context_file})
        env["DAGSTER_PIPES_MESSAGES"] = encode({"path": messages_file} if channel == "file" else {"stdio": "stderr"})
        proc = subprocess.run(command, env=env, capture_output=True, text=True)
        exit_code = proc.returncode
        if channel == "file":
            with open(messages_file, encoding="utf-8") as f:
                lines = [l for l in f.read().splitlines() if l.strip()]
        else:
            lines = [l for l in proc.stderr.splitlines() if l.startswith("{") and "__dagster_pipes_version" in l]
            stderr_lines = [l for l in proc.stderr.splitlines() if l not in lines]
    else:
        with open(argv[4], encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    problems, methods, materialized, checks, exception = check(lines, assets)
    print(json.dumps({"exit": exit_code, "methods": methods, "materializations": materialized,
                      "checks": checks, "exception": exception, "other_stderr": stderr_lines[:20]}))
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
