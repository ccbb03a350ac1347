"""Leave-one-source-out transfer experiments for the embedded toxicity scorer, in scikit-learn.

Prototypes for ideas before they are (or are not) written in Java: OLID-heavier weighting, hashed
word n-gram features learned jointly with the embedding, per-source heads, and scikit-learn's own
MLP. Reads the export of dev.assay.bench.toxicity.ExportToxicityEmbeddings (X.f32 + meta.tsv).

    /usr/bin/python3 assay-bench/peers/toxicity/transfer_experiments.py /tmp/toxexp lr|words|perhead|mlp

The `lr` rows reproduce the Java trainer's numbers (same objective: sample-weighted log-loss with
C = 1 / (lambda * sum of weights)), which checks the export and the weighting.
"""
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.stats import rankdata
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier

SOURCES = ["olid", "davidson", "toxigen"]
folder, which = sys.argv[1], sys.argv[2]
X = np.fromfile(f"{folder}/X.f32", dtype="<f4").reshape(-1, 384).astype(np.float64)
src, y, txt = [], [], []
for line in open(f"{folder}/meta.tsv", encoding="utf-8"):
    f = line.rstrip("\n").split("\t", 4)
    src.append(f[0])
    y.append(int(f[1]))
    txt.append(f[4])
src, y = np.array(src), np.array(y)
n = len(y)


def weights(mask, olid_mult=1.0):
    """Source-balanced weights of the rows in mask, OLID multiplied by olid_mult."""
    w = np.zeros(n)
    k = len(set(src[mask]))
    for s in SOURCES:
        m = mask & (src == s)
        if m.sum():
            w[m] = mask.sum() / (k * m.sum()) * (olid_mult if s == "olid" else 1)
    return w[mask]


def lr(a, b, w, lam=1e-4):
    return LogisticRegression(C=1.0 / (lam * w.sum()), max_iter=2000, tol=1e-6).fit(a, b, sample_weight=w)


def loso(fit_predict):
    r = {}
    for out in SOURCES:
        tr, te = src != out, src == out
        r[out] = round(roc_auc_score(y[te], fit_predict(tr, te)), 4)
    r["mean"] = round(float(np.mean([r[s] for s in SOURCES])), 4)
    return r


def word_features(tr, te, min_df, scale):
    """Binary word uni+bigrams seen in >= min_df training texts, rows L2-normalised, times scale."""
    cv = CountVectorizer(lowercase=True, ngram_range=(1, 2), min_df=min_df, binary=True, token_pattern=r"[a-z0-9']+")
    a = cv.fit_transform([txt[i] for i in np.where(tr)[0]])
    b = cv.transform([txt[i] for i in np.where(te)[0]])

    def norm(m):
        d = np.sqrt(np.asarray(m.multiply(m).sum(1)).ravel())
        d[d == 0] = 1
        return sp.diags(1 / d) @ m * scale

    return (sp.hstack([sp.csr_matrix(X[tr]), norm(a)]).tocsr(), sp.hstack([sp.csr_matrix(X[te]), norm(b)]).tocsr(),
            len(cv.vocabulary_))


t0 = time.time()
if which == "lr":
    for om in [1, 2, 4, 8]:
        print("lr balanced olid x", om, loso(lambda tr, te: lr(X[tr], y[tr], weights(tr, om)).predict_proba(X[te])[:, 1]))
if which == "words":
    for min_df, scale, om in [(5, 1.0, 1), (5, 0.3, 1), (5, 2.0, 1), (20, 1.0, 1), (5, 1.0, 4)]:
        def f(tr, te):
            a, b, v = word_features(tr, te, min_df, scale)
            return lr(a, y[tr], weights(tr, om)).predict_proba(b)[:, 1]
        print(f"lr + words min_df={min_df} scale={scale} olid x{om}", loso(f), f"{time.time() - t0:.0f} s")
if which == "perhead":
    def heads(tr):
        return [lr(X[tr & (src == s)], y[tr & (src == s)], np.ones((tr & (src == s)).sum())) for s in SOURCES if (tr & (src == s)).any()]
    print("per-source heads, mean probability", loso(lambda tr, te: np.mean([h.predict_proba(X[te])[:, 1] for h in heads(tr)], axis=0)))
    print("per-source heads, mean rank", loso(lambda tr, te: np.mean([rankdata(h.decision_function(X[te])) for h in heads(tr)], axis=0)))
if which == "mlp":
    for hidden, alpha in [(64, 1e-3), (128, 1e-2), (32, 1e-2)]:
        def f(tr, te):
            # MLPClassifier takes no sample weights: resample the training rows by their balanced weight
            w = weights(tr)
            idx = np.random.default_rng(0).choice(np.where(tr)[0], size=tr.sum(), p=w / w.sum())
            m = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=30, early_stopping=True, random_state=0)
            return m.fit(X[idx], y[idx]).predict_proba(X[te])[:, 1]
        print(f"sklearn mlp hidden={hidden} alpha={alpha}", loso(f), f"{time.time() - t0:.0f} s")
