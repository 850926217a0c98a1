import { createContext, useContext } from 'react';
import type { DepartmentLook } from './plugins/ProvenancePlugin';

/** The departments of the open report, with the colour the attribution view gives each. */
export const OriginContext = createContext<ReadonlyMap<string, DepartmentLook>>(new Map());

/** The departments of the open report by id. */
export function useOrigins(): ReadonlyMap<string, DepartmentLook> {
  return useContext(OriginContext);
}

const PALETTE = ['#1f77b4', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#a16207', '#be185d'];

/** Gives each department a stable colour from a palette, in register order. */
export function departmentLooks(departments: { id: string; name: string }[]): Map<string, DepartmentLook> {
  return new Map(departments.map((d, i) => [d.id, { name: d.name, color: PALETTE[i % PALETTE.length]! }]));
}
