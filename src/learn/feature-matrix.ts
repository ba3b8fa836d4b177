import type { CsrMatrix } from './csr-matrix.js';
import type { DenseMatrix } from './dense-matrix.js';

/**
 * What featurizers and the pipeline produce and trainers consume: a dense or a CSR matrix. Both offer
 * `rows`, `cols`, `multiply(w, k, out)` and `transposeMultiply(g, k, out)`, all a linear model needs;
 * `kind` tells them apart where a consumer does need to (a tree learner reading columns, say).
 */
export type FeatureMatrix = DenseMatrix | CsrMatrix;
