#!/usr/bin/python3
"""Reference figures for src/learn/gbdt tests, computed once with scikit-learn (Debian python3-sklearn 1.2.1).

Tests must not need Python, so this script writes src/learn/gbdt/fixtures/gbdt-vectors.json (the data and
scikit-learn's holdout scores) and the tests read that file. Re-run it (from the repository root) only to
change the case:

    /usr/bin/python3 bench/reference/make-gbdt-vectors.py

(/usr/bin/python3: Debian's interpreter, which sees python3-sklearn; a pyenv python3 first on PATH does not.)

Data: 5000 rows, 10 numeric features (seeded numpy), 5 % missing values in x5 (which the binary target depends
on, so where missing values go matters), rounded to 2 decimals so the JSON is small and holds exactly what
scikit-learn trained on. Three targets on the same rows: binary (interactions, a
threshold, a sine, noise), three classes, and a noisy regression. The first 3000 rows train
HistGradientBoostingClassifier / Regressor with early_stopping=False, max_iter=50, random_state=0; the last
2000 are the holdout.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.metrics import accuracy_score, mean_squared_error, roc_auc_score

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'learn', 'gbdt', 'fixtures', 'gbdt-vectors.json')
N_ROWS, N_COLS, N_TRAIN = 5000, 10, 3000

rng = np.random.default_rng(20261123)
x = np.round(rng.standard_normal((N_ROWS, N_COLS)), 2)
logit = 1.5 * x[:, 0] * x[:, 1] + 2 * np.sin(2 * x[:, 2]) + np.where(x[:, 3] > 0.5, 1.5, -0.5) - 0.8 * x[:, 4] ** 2 + 0.7 * x[:, 5]
y_binary = (rng.random(N_ROWS) < 1 / (1 + np.exp(-logit))).astype(int)
score = x[:, 0] + np.where(x[:, 1] > 0, 1.0, -1.0) + 0.5 * x[:, 2] * x[:, 3] + 0.5 * rng.standard_normal(N_ROWS)
y_multiclass = np.digitize(score, [-0.8, 0.8])
y_regression = np.round(3 * np.sin(x[:, 0]) + np.where(x[:, 1] > 0.3, 2.0, 0.0) + x[:, 2] * x[:, 3] + 0.3 * rng.standard_normal(N_ROWS), 4)
# Hidden after the targets are drawn: the models must learn which side suits rows whose x5 is unknown.
x[rng.random(N_ROWS) < 0.05, 5] = np.nan

train, test = slice(0, N_TRAIN), slice(N_TRAIN, N_ROWS)
params = dict(early_stopping=False, max_iter=50, random_state=0)

binary = HistGradientBoostingClassifier(**params).fit(x[train], y_binary[train])
proba = binary.predict_proba(x[test])[:, 1]
multiclass = HistGradientBoostingClassifier(**params).fit(x[train], y_multiclass[train])
regression = HistGradientBoostingRegressor(**params).fit(x[train], y_regression[train])

out = {
    'notes': f'scikit-learn {sklearn.__version__}, numpy {np.__version__}; made by bench/reference/make-gbdt-vectors.py',
    'params': {'early_stopping': False, 'max_iter': 50, 'other': 'scikit-learn defaults'},
    'nRows': N_ROWS,
    'nCols': N_COLS,
    'nTrain': N_TRAIN,
    # Comma-separated text (an empty cell is a missing value): Biome would put every number of a JSON array
    # on a line of its own and triple the file.
    'rows': [','.join('' if np.isnan(v) else repr(float(v)) for v in row) for row in x],
    'yBinary': ','.join(str(v) for v in y_binary),
    'yMulticlass': ','.join(str(v) for v in y_multiclass),
    'yRegression': ','.join(repr(float(v)) for v in y_regression),
    'sklearn': {
        'binary': {'accuracy': accuracy_score(y_binary[test], proba >= 0.5), 'rocAuc': roc_auc_score(y_binary[test], proba)},
        'multiclass': {'accuracy': accuracy_score(y_multiclass[test], multiclass.predict(x[test]))},
        'regression': {'rmse': mean_squared_error(y_regression[test], regression.predict(x[test])) ** 0.5},
    },
}
with open(OUT, 'w') as f:
    json.dump(out, f, indent=2)
    f.write('\n')
print(json.dumps(out['sklearn']))
