/**
 * The model-version tag holding the artifact key of the version's drift reference profile (built at
 * training time by buildReferenceProfile); monitoring reads it to compare logged inputs with training.
 */
export const REFERENCE_PROFILE_TAG = 'sextant.reference_profile';
