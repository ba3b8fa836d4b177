/**
 * Float64 machine epsilon (numpy's `np.finfo(np.float64).eps`). scikit-learn uses it to clip
 * probabilities in log loss (`eps="auto"`, its default since 1.2), so a confident mistake costs about
 * 36 nats instead of infinity, and as the floor of |y| in MAPE.
 */
export const FLOAT64_EPSILON = 2.220446049250313e-16;
