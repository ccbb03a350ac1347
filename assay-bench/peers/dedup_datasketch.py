"""Peer for the MinHash dedup throughput benchmark (docs/benchmarks.md): datasketch's MinHash +
MinHashLSH over the same JSONL corpus, end to end (read, shingle, hash, LSH query + insert,
union-find clusters, keep first, write kept/rejected with duplicate_of).

Shingles as ChenghaoMou/text-dedup and Assay make them: lower case, split on \\W, word n-grams
joined by one space (a text with fewer than n words is one shingle).

Usage (datasketch from its source, e.g. a checkout of ekzhu/datasketch on PYTHONPATH):
  PYTHONPATH=/tmp/ds python3 assay-bench/peers/dedup_datasketch.py in.jsonl out_dir \
      [--field text] [--threshold 0.8] [--permutations 128] [--ngram 5]
"""
import argparse
import json
import os
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

NON_WORD = re.compile(r"\W+", re.UNICODE)


def shingles(text, n):
    words = [w for w in NON_WORD.split(text.lower()) if w]
    if not words:
        return []
    if len(words) < n:
        return [" ".join(words).encode("utf-8")]
    return list({" ".join(words[i:i + n]).encode("utf-8") for i in range(len(words) - n + 1)})


def find(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("out")
    ap.add_argument("--field", default="text")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--permutations", type=int, default=128)
    ap.add_argument("--ngram", type=int, default=5)
    a = ap.parse_args()
    t0 = time.time()
    lsh = MinHashLSH(threshold=a.threshold, num_perm=a.permutations)
    template = MinHash(num_perm=a.permutations, seed=1)
    parent = []
    lines = []
    with open(a.input, encoding="utf-8") as f:
        for i, line in enumerate(f):
            rec = json.loads(line)
            parent.append(i)
            lines.append(i + 1)
            sh = shingles(rec.get(a.field) or "", a.ngram)
            if not sh:
                continue
            m = MinHash(num_perm=a.permutations, seed=1, permutations=template.permutations)
            m.update_batch(sh)
            for j in lsh.query(m):
                ri, rj = find(parent, i), find(parent, j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
            lsh.insert(i, m, check_duplication=False)
    t1 = time.time()
    os.makedirs(a.out, exist_ok=True)
    kept = rejected = 0
    with open(a.input, encoding="utf-8") as f, \
            open(os.path.join(a.out, "kept.jsonl"), "w", encoding="utf-8") as k, \
            open(os.path.join(a.out, "rejected.jsonl"), "w", encoding="utf-8") as r:
        for i, line in enumerate(f):
            root = find(parent, i)
            if root == i:
                k.write(line)
                kept += 1
            else:
                rec = json.loads(line)
                rec["duplicate_of"] = lines[root]
                r.write(json.dumps(rec, ensure_ascii=False) + "\n")
                rejected += 1
    t2 = time.time()
    n = len(parent)
    print(json.dumps({"records_in": n, "kept": kept, "rejected": rejected, "bands": lsh.b, "rows": lsh.r,
                      "pass1_s": round(t1 - t0, 2), "write_s": round(t2 - t1, 2),
                      "total_s": round(t2 - t0, 2), "docs_per_s": round(n / (t2 - t0), 1)}))


if __name__ == "__main__":
    sys.exit(main())
