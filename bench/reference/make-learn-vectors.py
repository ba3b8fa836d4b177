#!/usr/bin/python3
"""Reference values for src/learn tests, computed once with scikit-learn (Debian python3-sklearn 1.2.1).

Tests must not need Python, so this script writes src/learn/fixtures/learn-vectors.json and the tests read
that file. Re-run it (from the repository root) only to change the cases:

    /usr/bin/python3 bench/reference/make-learn-vectors.py && npx biome format --write src/learn/fixtures

(/usr/bin/python3: Debian's interpreter, which sees python3-sklearn; a pyenv python3 first on PATH does not.)

Cases: TfidfVectorizer on a small corpus under several option sets (vocabulary, idf, the training matrix
and the matrix of unseen documents), LogisticRegression (lbfgs, C=1, tiny tol) binary, balanced,
multinomial and on TF-IDF text (with, beside scikit-learn's answer, the exact optimum of the same objective,
polished by scipy without scikit-learn's early stop), Ridge (cholesky) and LinearRegression.
"""
import json
import os

import numpy as np
import scipy.sparse
import sklearn
from scipy.optimize import minimize
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'learn', 'fixtures', 'learn-vectors.json')

CORPUS = [
    'The server is DOWN and customers cannot log in!',
    'Server down again: the login page times out (error 503).',
    'Please update my billing address, thanks.',
    'Billing question: was I charged twice this month?',
    'Urgent!!! production database_down, data loss possible',
    "Can't log in after the password reset; reset link expired.",
    'Feature request: dark mode for the dashboard',
    'The dashboard is slow, very slow, extremely slow today',
    'Café crème: naïve façade — Ünïcödé text, 2024 ① ² x y',
    'Δοκιμή ελληνικά και русский текст, 東京 日本',
    '',
    'a b c I',
    'Server server SERVER down down',
    'Refund please: charged twice, refund refund',
]
NEW_DOCS = ['server down, refund now', 'completely unseen words here', None, 'DASHBOARD slow slow']

TFIDF_CASES = [
    ('default', {}, {}),
    ('bigrams-sublinear-mindf2', dict(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
     dict(ngramRange=[1, 2], sublinearTf=True, minDf=2)),
    ('maxdf-maxfeatures', dict(ngram_range=(1, 2), max_df=0.2, max_features=16),
     dict(ngramRange=[1, 2], maxDf=0.2, maxFeatures=16)),
    ('no-smooth-proportion-mindf', dict(smooth_idf=False, min_df=0.1, max_df=5),
     dict(smoothIdf=False, minDf=0.1, maxDf=5)),
]


def triplets(matrix):
    coo = matrix.tocoo()
    return sorted([int(r), int(c), float(v)] for r, c, v in zip(coo.row, coo.col, coo.data))


def tfidf_cases():
    cases = []
    for name, sk_options, ts_options in TFIDF_CASES:
        vectorizer = TfidfVectorizer(**sk_options)
        train = vectorizer.fit_transform(CORPUS)
        if 'max_features' in sk_options:
            check_no_tie_at_cutoff(sk_options)
        new = vectorizer.transform([d if d is not None else '' for d in NEW_DOCS])
        cases.append({
            'name': name,
            'options': ts_options,
            'vocabulary': list(vectorizer.get_feature_names_out()),
            'idf': [float(x) for x in vectorizer.idf_],
            'train': triplets(train),
            'new': triplets(new),
        })
    return cases


def check_no_tie_at_cutoff(options):
    """max_features breaks ties by numpy's unstable argsort; make sure the case has none at the cutoff."""
    loose = dict(options)
    limit = loose.pop('max_features')
    counts = TfidfVectorizer(**loose, use_idf=False, norm=None).fit_transform(CORPUS).sum(axis=0).A1
    ranked = sorted(counts, reverse=True)
    assert ranked[limit - 1] != ranked[limit], 'tie at the max_features cutoff: pick another limit'


def logistic_case(X, y, **options):
    model = LogisticRegression(C=1.0, solver='lbfgs', tol=1e-12, max_iter=100000, **options).fit(X, y)
    optimum = polished_optimum(X, y, model, options.get('class_weight'))
    return {
        'coef': model.coef_.tolist(),
        'intercept': model.intercept_.tolist(),
        'proba': model.predict_proba(X).tolist(),
        'n_iter': int(model.n_iter_[0]),
        'optimum_coef': optimum[:, :-1].tolist(),
        'optimum_intercept': optimum[:, -1].tolist(),
    }


def polished_optimum(X, y, model, class_weight):
    """The exact optimum of scikit-learn's objective (sum of weighted log losses + ||W||^2 / (2C), intercepts
    not penalized), from scikit-learn's solution by L-BFGS-B without the relative-decrease stop (ftol=0) that
    ends scikit-learn's run early even with a tiny tol. Lets the tests separate solver error from the
    reference's own."""
    n, p = X.shape
    classes = np.unique(y)
    weights = np.ones(n)
    if class_weight == 'balanced':
        weights = (n / (len(classes) * np.bincount(y)))[y]
    k = 1 if len(classes) == 2 else len(classes)
    Y = (y == 1).astype(float)[:, None] if k == 1 else np.eye(k)[y]

    def objective(theta):
        W = theta.reshape(k, p + 1)
        Z = X @ W[:, :p].T + W[:, p]
        if k == 1:
            loss = np.logaddexp(0, Z) - Y * Z
            residual = 1 / (1 + np.exp(-Z)) - Y
        else:
            lse = np.logaddexp.reduce(Z, axis=1, keepdims=True)
            loss = lse - np.sum(Y * Z, axis=1, keepdims=True)
            residual = np.exp(Z - lse) - Y
        residual = residual * weights[:, None]
        grad = np.hstack([np.asarray(X.T @ residual).T + W[:, :p], residual.sum(axis=0)[:, None]])
        return float(np.sum(weights[:, None] * loss) + 0.5 * np.sum(W[:, :p] ** 2)), grad.ravel()

    start = np.hstack([model.coef_, model.intercept_[:, None]]).ravel()
    result = minimize(objective, start, jac=True, method='L-BFGS-B',
                      options={'ftol': 0, 'gtol': 1e-12, 'maxiter': 100000})
    assert np.abs(result.jac).max() < 1e-7, result
    return result.x.reshape(k, p + 1)


def logistic_cases():
    rng = np.random.RandomState(7)
    X = np.round(rng.normal(size=(80, 5)) * [1, 2, 0.5, 3, 1], 6)
    logits = X @ np.array([1.5, -0.7, 2.0, 0.3, 0.0]) + 0.4
    y = (rng.uniform(size=80) < 1 / (1 + np.exp(-logits))).astype(int)
    Xi = np.round(rng.normal(size=(100, 3)), 6)
    yi = (rng.uniform(size=100) < 1 / (1 + np.exp(-(Xi @ np.array([1.0, -1.0, 0.5]) - 1.8)))).astype(int)
    Xm = np.round(rng.normal(size=(90, 4)), 6)
    W = np.array([[1.0, -1.0, 0.5, 0.0], [-0.5, 1.0, 0.0, 1.0], [0.0, 0.0, -1.0, -1.0]])
    scores = Xm @ W.T + rng.gumbel(size=(90, 3))
    ym = scores.argmax(axis=1)
    texts, yt = ticket_texts(np.random.RandomState(11), 60)
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    Xt = vectorizer.fit_transform(texts)
    return {
        'binary': {'X': X.tolist(), 'y': y.tolist(), **logistic_case(X, y)},
        'balanced': {'X': Xi.tolist(), 'y': yi.tolist(), **logistic_case(Xi, yi, class_weight='balanced')},
        'multinomial': {'X': Xm.tolist(), 'y': ym.tolist(), **logistic_case(Xm, ym)},
        'text': {
            'texts': texts,
            'y': yt.tolist(),
            'tfidf': {'ngramRange': [1, 2], 'sublinearTf': True},
            'vocabulary': list(vectorizer.get_feature_names_out()),
            **logistic_case(Xt, yt),
        },
    }


def ticket_texts(rng, n):
    urgent = ['down', 'outage', 'urgent', 'cannot', 'error', 'crash', 'broken', 'asap']
    calm = ['question', 'billing', 'feature', 'thanks', 'update', 'invoice', 'request', 'please']
    common = ['the', 'server', 'login', 'page', 'account', 'my', 'is', 'app']
    texts, labels = [], []
    for _ in range(n):
        label = int(rng.uniform() < 0.4)
        words = [str(w) for w in rng.choice(common, size=4)]
        words += [str(w) for w in rng.choice(urgent if label else calm, size=2)]
        words += [str(w) for w in rng.choice(urgent + calm, size=1)]
        rng.shuffle(words)
        texts.append(' '.join(words))
        labels.append(label)
    return texts, np.array(labels)


def ridge_cases():
    rng = np.random.RandomState(3)
    X = np.round(rng.normal(size=(50, 4)) * [1, 10, 0.1, 2], 6)
    y = np.round(X @ np.array([2.0, 0.3, -5.0, 0.0]) + 7 + rng.normal(size=50), 6)
    ridge = Ridge(alpha=1.0, solver='cholesky').fit(X, y)
    ols = LinearRegression().fit(X, y)
    return {
        'X': X.tolist(),
        'y': y.tolist(),
        'ridge': {'alpha': 1.0, 'coef': ridge.coef_.tolist(), 'intercept': float(ridge.intercept_)},
        'ols': {'coef': ols.coef_.tolist(), 'intercept': float(ols.intercept_)},
    }


def main():
    vectors = {
        'notes': f'scikit-learn {sklearn.__version__}, numpy {np.__version__}; made by bench/reference/make-learn-vectors.py',
        'tfidf': {'corpus': CORPUS, 'new_docs': NEW_DOCS, 'cases': tfidf_cases()},
        'logistic': logistic_cases(),
        'ridge': ridge_cases(),
    }
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(vectors, f, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)')


if __name__ == '__main__':
    main()
