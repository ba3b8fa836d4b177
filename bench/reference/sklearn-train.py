"""The scikit-learn side of `npm run bench:train`: the seeds' ticket model (TF-IDF + logistic regression)
and HistGradientBoostingClassifier, trained and scored on the same files as Sextant. Prints one JSON object.

usage: python3 sklearn-train.py TICKETS_TRAIN TICKETS_TEST GBDT_TRAIN GBDT_TEST
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


def tickets(train_path, test_path):
    t0 = time.perf_counter()
    train = pd.read_csv(train_path, keep_default_na=False)
    test = pd.read_csv(test_path, keep_default_na=False)
    load = time.perf_counter() - t0
    tfidf = dict(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = Pipeline([
        ("features", ColumnTransformer([
            ("title", TfidfVectorizer(**tfidf), "title"),
            ("description", TfidfVectorizer(**tfidf), "description"),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), ["source", "customer_tier"]),
        ])),
        ("model", LogisticRegression(C=1.0, max_iter=1000)),
    ])
    x_train, y_train = train.drop(columns=["urgent"]), train["urgent"].to_numpy()
    t0 = time.perf_counter()
    model.fit(x_train, y_train)
    fit = time.perf_counter() - t0
    t0 = time.perf_counter()
    proba = model.predict_proba(test.drop(columns=["urgent"]))[:, 1]
    predict = time.perf_counter() - t0
    y_test = test["urgent"].to_numpy()
    return {
        "load_s": load, "fit_s": fit, "predict_s": predict,
        "accuracy": accuracy_score(y_test, proba >= 0.5), "roc_auc": roc_auc_score(y_test, proba),
        "features": int(model.named_steps["features"].transform(x_train.head(1)).shape[1]),
    }


def gbdt(train_path, test_path):
    t0 = time.perf_counter()
    train = pd.read_csv(train_path)
    test = pd.read_csv(test_path)
    load = time.perf_counter() - t0
    x_train, y_train = train.drop(columns=["label"]).to_numpy(), train["label"].to_numpy()
    model = HistGradientBoostingClassifier(random_state=0)
    t0 = time.perf_counter()
    model.fit(x_train, y_train)
    fit = time.perf_counter() - t0
    t0 = time.perf_counter()
    proba = model.predict_proba(test.drop(columns=["label"]).to_numpy())[:, 1]
    predict = time.perf_counter() - t0
    y_test = test["label"].to_numpy()
    return {
        "load_s": load, "fit_s": fit, "predict_s": predict, "iterations": int(model.n_iter_),
        "accuracy": accuracy_score(y_test, proba >= 0.5), "roc_auc": roc_auc_score(y_test, proba),
    }


if __name__ == "__main__":
    import sklearn
    result = {"sklearn": sklearn.__version__, "numpy": np.__version__}
    if sys.argv[1] != "-":
        result["tickets"] = tickets(sys.argv[1], sys.argv[2])
    if sys.argv[3] != "-":
        result["gbdt"] = gbdt(sys.argv[3], sys.argv[4])
    print(json.dumps(result))
