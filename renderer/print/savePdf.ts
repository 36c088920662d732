/**
 * Hands a PDF to the user as a download. In browser mode the browser saves it; the desktop app
 * goes through the same path for now (a native save dialog in the main process is still to come).
 */
export function savePdf(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; keep it a minute for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
