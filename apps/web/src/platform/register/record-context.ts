import { createContext, useContext } from 'react';

/** The record a detail page shows, for the step forms inside it (they start from the values it holds). */
export const RecordContext = createContext<Record<string, unknown> | undefined>(undefined);

export function useShownRecord(): Record<string, unknown> | undefined {
  return useContext(RecordContext);
}
