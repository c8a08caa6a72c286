/** A tag, programme id or title as a part or file name: `Soziale Stadt` → `soziale-stadt`. */
export function partName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
