/**
 * Hands `blob` to the browser as a download named `fileName`, through a link
 * to an object URL: no `downloads` permission, and the data never leaves the
 * browser.
 */
export function saveFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the URL after click() returns: revoking it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
