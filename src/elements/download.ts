/**
 * Saving a file the page's visitor asked for: a link with `download`, clicked once, inside the
 * element's own shadow root (nothing is added to the page's DOM), its object URL released after.
 * Blob URLs are same-origin, so this needs nothing from a page's Content-Security-Policy.
 */
export function downloadBlob(blob: Blob, fileName: string, root: ShadowRoot | HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Chromium and Firefox start the download from the click; releasing the URL later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
