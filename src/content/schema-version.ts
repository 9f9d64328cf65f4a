/**
 * Version of every JSON file Folio writes. Bump it when a field changes meaning or shape:
 * the data folder is named after it, so an old SPA never reads new data by mistake.
 */
export const SCHEMA_VERSION = 1;
