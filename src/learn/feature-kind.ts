/**
 * Which featurizer a column gets: numeric (impute + standardize), categorical (one-hot), text (TF-IDF),
 * datetime (calendar parts). Boolean columns are categorical here.
 */
export type FeatureKind = 'numeric' | 'categorical' | 'text' | 'datetime';
