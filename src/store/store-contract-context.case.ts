import type { MetadataStore } from '../core/ports/metadata-store.js';

/** What each part of the metadata-store contract suite gets from the backend under test. */
export interface StoreContractContext {
  /** The store shared by the suite, open for its whole duration. */
  store(): MetadataStore;
  /** Opens another handle on the same database (a second process, as far as the store knows). */
  open(): Promise<MetadataStore>;
}
