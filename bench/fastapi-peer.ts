import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The seeds' serving stack (notebook-to-production-api.md, ticket-urgency-deployment-roadmap.md): a
 * FastAPI app with a Pydantic request model and an `async def` route calling a scikit-learn pipeline
 * loaded at start, run by uvicorn in one worker. The pipeline is the same kind of model as ours: TF-IDF
 * on title and on description (1-2 grams, min_df 2, sublinear tf), one-hot source and tier, logistic
 * regression C = 1, trained at start on the same CSV. The route takes our JSON body and answers our
 * shape (label, probabilities, request ids). It logs nothing: the seeds' API has no prediction log.
 * Rows go to the pipeline as a NumPy object array rather than a pandas DataFrame, which is faster.
 */
const APP = `
import csv, os, uuid
from typing import List

import numpy as np
from fastapi import FastAPI
from pydantic import BaseModel
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

COLUMNS = ["title", "description", "source", "customer_tier"]


def train(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    x = np.array([[row[c] for c in COLUMNS] for row in rows], dtype=object)
    y = np.array([row["urgent"] for row in rows])
    text = dict(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    features = ColumnTransformer([
        ("title", TfidfVectorizer(**text), 0),
        ("description", TfidfVectorizer(**text), 1),
        ("categories", OneHotEncoder(handle_unknown="ignore"), [2, 3]),
    ])
    return Pipeline([("features", features), ("model", LogisticRegression(C=1.0, max_iter=1000))]).fit(x, y)


model = train(os.environ["BENCH_TICKETS_CSV"])
classes = [str(c) for c in model.classes_]
# Each uvicorn worker trains at start; the benchmark waits for every worker's file before it measures.
open(os.path.join(os.environ["BENCH_READY_DIR"], f"trained-{os.getpid()}"), "w").close()


class Ticket(BaseModel):
    title: str
    description: str
    source: str
    customer_tier: str


class PredictRequest(BaseModel):
    instances: List[Ticket]


app = FastAPI()


@app.get("/health")
async def health():
    return {"status": "live"}


@app.post("/v1/models/tickets/predict")
async def predict(request: PredictRequest):
    x = np.array([[t.title, t.description, t.source, t.customer_tier] for t in request.instances], dtype=object)
    predictions = []
    for row in model.predict_proba(x):
        best = int(row.argmax())
        predictions.append({"label": classes[best], "probabilities": dict(zip(classes, map(float, row)))})
    ids = [str(uuid.uuid4()) for _ in predictions]
    return {"model": "tickets", "version": 1, "predictions": predictions, "request_ids": ids}
`;

/**
 * Writes the FastAPI app into `dir` and returns the uvicorn command that serves it on `port`, trained
 * on `csvPath` (by each of `workers` processes). Access logging is off, the peer's best case (the seeds run uvicorn with it on).
 */
export function fastApiPeerCommand(
  python: string,
  dir: string,
  csvPath: string,
  port: number,
  workers = 1,
): { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; readyDir: string } {
  writeFileSync(join(dir, 'bench_fastapi_app.py'), APP);
  const readyDir = join(dir, `fastapi-ready-${port}`);
  mkdirSync(readyDir, { recursive: true });
  return {
    command: python,
    args: [
      '-m',
      'uvicorn',
      'bench_fastapi_app:app',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-access-log',
      '--log-level',
      'warning',
      ...(workers > 1 ? ['--workers', String(workers)] : []),
    ],
    cwd: dir,
    readyDir,
    env: { ...process.env, BENCH_TICKETS_CSV: csvPath, BENCH_READY_DIR: readyDir },
  };
}
