#!/usr/bin/env python3
"""Imports a generated Dagster module or Airflow DAG against stand-ins for those libraries (neither
can be installed here) and prints what it defined: assets with deps, checks and the command each
runs, or tasks with their commands and the DAG's edges.

  inspect_exports.py dagster MODULE.py
  inspect_exports.py airflow DAG.py
"""
import importlib.util, json, os, py_compile, sys, tempfile, types

RECORD = {"assets": [], "definitions": None, "dags": [], "tasks": [], "edges": []}


def stub_dagster():
    m = types.ModuleType("dagster")

    class AssetCheckSpec:
        def __init__(self, name, asset, blocking=False, description=None):
            self.name, self.asset, self.blocking, self.description = name, asset, blocking, description

    class AssetExecutionContext:
        pass

    class _Result:
        def __init__(self, command):
            self.command = command

        def get_materialize_result(self):
            return {"command": self.command}

    class PipesSubprocessClient:
        def __init__(self, *args, **kwargs):
            pass

        def run(self, command, context, **kwargs):
            assert isinstance(command, list) and all(isinstance(c, str) for c in command), command
            return _Result(command)

    def asset(**kw):
        def deco(fn):
            RECORD["assets"].append({"name": kw["name"], "deps": list(kw.get("deps", [])),
                                     "checks": [{"name": c.name, "asset": c.asset, "blocking": c.blocking}
                                                for c in kw.get("check_specs", [])],
                                     "command": fn(AssetExecutionContext(), PipesSubprocessClient())["command"]})
            return fn
        return deco

    class Definitions:
        def __init__(self, assets, resources):
            RECORD["definitions"] = {"assets": [a.__name__ for a in assets], "resources": sorted(resources)}

    for k, v in dict(AssetCheckSpec=AssetCheckSpec, AssetExecutionContext=AssetExecutionContext,
                     PipesSubprocessClient=PipesSubprocessClient, asset=asset, Definitions=Definitions).items():
        setattr(m, k, v)
    sys.modules["dagster"] = m


def stub_airflow():
    class Task:
        def __init__(self, task_id, **kw):
            self.task_id = task_id
            entry = {"task_id": task_id, "operator": type(self).__name__}
            entry.update({k: v for k, v in kw.items() if isinstance(v, (str, int, bool))
                          or (isinstance(v, list) and all(isinstance(x, str) for x in v))})
            entry["volume_mount_paths"] = [m.kw.get("mount_path") for m in kw.get("volume_mounts", [])]
            RECORD["tasks"].append(entry)

        def __rshift__(self, other):
            RECORD["edges"].append([self.task_id, other.task_id])
            return other

    class BashOperator(Task):
        pass

    class KubernetesPodOperator(Task):
        pass

    class DAG:
        def __init__(self, dag_id, **kw):
            RECORD["dags"].append({"dag_id": dag_id, "schedule": kw.get("schedule"), "catchup": kw.get("catchup")})

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    def module(name, **attrs):
        m = types.ModuleType(name)
        for k, v in attrs.items():
            setattr(m, k, v)
        sys.modules[name] = m
        return m

    module("airflow", DAG=DAG)
    module("airflow.operators")
    module("airflow.operators.bash", BashOperator=BashOperator)
    for p in ["airflow.providers", "airflow.providers.cncf", "airflow.providers.cncf.kubernetes",
              "airflow.providers.cncf.kubernetes.operators"]:
        module(p)
    module("airflow.providers.cncf.kubernetes.operators.pod", KubernetesPodOperator=KubernetesPodOperator)

    class _K8s:
        def __init__(self, **kw):
            self.kw = kw
    models = module("kubernetes.client.models", V1Volume=_K8s, V1VolumeMount=_K8s,
                    V1PersistentVolumeClaimVolumeSource=_K8s)
    module("kubernetes")
    module("kubernetes.client", models=models)


def main(kind, path):
    py_compile.compile(path, cfile=os.path.join(tempfile.mkdtemp(), "compiled.pyc"), doraise=True)
    stub_dagster() if kind == "dagster" else stub_airflow()
    spec = importlib.util.spec_from_file_location("generated", path)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    print(json.dumps(RECORD))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
