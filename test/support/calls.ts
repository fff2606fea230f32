// Service calls split as the cost model prices them: the Properties store (keeping a sidebar's last answer) apart
// from the Sheets calls that read and mark the register.

/** The calls of `byMethod` made to PropertiesService and its Properties. */
export function propertiesCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => method.startsWith('Properties'))
    .reduce((sum, [, n]) => sum + n, 0);
}
