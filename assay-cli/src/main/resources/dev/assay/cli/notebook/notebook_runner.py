"""Executes one notebook headless for `assay notebook` (nbclient), papermill-style parameters included.

Reads one JSON object on stdin: {"notebook", "output", "params", "timeout", "kernel", "cwd", "html"}.
Writes the executed notebook to "output" (also when a cell fails, with the failing cell's error in it),
prints one progress line per cell to stderr ("cell I/N"), and one JSON object on stdout:
{"status": "ok"|"failed", "cells", "executed", "failed_cell", "error_name", "error_value", "seconds", "html"}.
"""
import json
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def parameters_cell(nb, params):
    """Inserts the injected parameters after the cell tagged 'parameters' (else first); returns its index."""
    lines = ["# Parameters injected by assay notebook"]
    for name, value in params.items():
        lines.append(f"{name} = {value!r}")
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    at = 0
    for i, c in enumerate(nb.cells):
        if "parameters" in c.get("metadata", {}).get("tags", []):
            at = i + 1
            break
    # A notebook executed before carries an older injected cell: replace it.
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    at = min(at, len(nb.cells))
    nb.cells.insert(at, cell)
    return at


def main():
    args = json.load(sys.stdin)
    nb = nbformat.read(args["notebook"], as_version=4)
    if args.get("params"):
        parameters_cell(nb, args["params"])
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    done = {"n": 0}

    def executed(cell, cell_index, **kwargs):
        done["n"] += 1
        print(f"cell {done['n']}/{len(code)}", file=sys.stderr, flush=True)

    client = NotebookClient(nb, timeout=args.get("timeout", 600), kernel_name=args.get("kernel", "python3"),
                            resources={"metadata": {"path": args["cwd"]}})
    try:
        client.on_cell_executed = executed
    except Exception:  # an nbclient without hooks: no progress lines
        pass
    result = {"status": "ok", "cells": len(code), "failed_cell": None, "error_name": None, "error_value": None}
    t0 = time.monotonic()
    try:
        client.execute()
    except CellTimeoutError as e:
        result.update(status="failed", error_name="CellTimeoutError", error_value=str(e).strip().splitlines()[-1])
    except DeadKernelError as e:
        result.update(status="failed", error_name="DeadKernelError", error_value=str(e))
    except CellExecutionError as e:
        result.update(status="failed", error_name=e.ename, error_value=e.evalue)
    if result["status"] == "failed":
        for i, c in enumerate(nb.cells):
            if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", [])):
                result["failed_cell"] = i + 1
                result["failed_source"] = c.source[:300]
                break
        if result["failed_cell"] is None:
            for i, c in enumerate(nb.cells):
                if c.cell_type == "code" and c.get("execution_count") is None:
                    result["failed_cell"] = i + 1
                    result["failed_source"] = c.source[:300]
                    break
    result["executed"] = done["n"]
    result["seconds"] = round(time.monotonic() - t0, 3)
    nbformat.write(nb, args["output"])
    if args.get("html"):
        from nbconvert import HTMLExporter
        body, _ = HTMLExporter().from_notebook_node(nb)
        with open(args["html"], "w", encoding="utf-8") as f:
            f.write(body)
        result["html"] = args["html"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
