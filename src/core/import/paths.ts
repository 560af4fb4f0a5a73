/**
 * Whether an imported file's path stays inside the folder it is written to: relative, with `/`,
 * no `..`, no empty or `.` part, no drive or backslash. The importer makes such paths itself; the
 * shells check every one again before they write, so that a title like `../../x` can never escape.
 */
export function safeImportPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /[\\:\0]/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
