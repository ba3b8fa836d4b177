/** What a boosted model predicts: which loss it was trained with and how raw scores become outputs. */
export type GbdtKind = 'binary' | 'multiclass' | 'regression';
