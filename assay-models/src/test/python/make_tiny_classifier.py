#!/usr/bin/env python3
"""Writes the tiny ONNX sequence classifier the Java tests load (Debian python3-onnx).

Graph: logits[n, j] = sum_t mask[n, t] * TABLE[input_ids[n, t] mod 8, j] / sum_t mask[n, t]
with two labels. The Java test recomputes this by hand from the tokenizer's ids, so it checks the
loader, tokenisation, padding/masking, label mapping and the activation for real.
Usage: make_tiny_classifier.py OUT_DIR
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

TABLE = np.array([[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0], [0.0, 0.0],
                  [2.5, -0.5], [-1.25, 1.0], [0.75, 0.75], [-2.0, -1.5]], dtype=np.float32)

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
nodes = [
    helper.make_node("Mod", ["input_ids", "eight"], ["rows"], fmod=0),
    helper.make_node("Gather", ["table", "rows"], ["vectors"], axis=0),          # [N, L, 2]
    helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
    helper.make_node("Unsqueeze", ["maskf", "axis2"], ["mask3"]),               # [N, L, 1]
    helper.make_node("Mul", ["vectors", "mask3"], ["masked"]),
    helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),  # [N, 2]
    helper.make_node("ReduceSum", ["maskf", "axis1"], ["count"], keepdims=1),    # [N, 1]
    helper.make_node("Div", ["summed", "count"], ["logits"]),
]
graph = helper.make_graph(
    nodes, "tiny_classifier",
    [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
     helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
    [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])],
    initializer=[numpy_helper.from_array(TABLE, "table"),
                 numpy_helper.from_array(np.array(8, dtype=np.int64), "eight"),
                 numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
                 numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
model.ir_version = 7
onnx.checker.check_model(model)
onnx.save(model, os.path.join(out, "model.onnx"))
with open(os.path.join(out, "config.json"), "w") as f:
    json.dump({"problem_type": "multi_label_classification",
               "id2label": {"0": "toxic", "1": "identity_hate"}}, f, indent=2)
