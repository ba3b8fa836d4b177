/** The first 8 bytes of every saved reference profile: `SXTPROF` and a NUL. */
export const REFERENCE_PROFILE_MAGIC: Uint8Array = new TextEncoder().encode('SXTPROF\0');
