/**
 * Hands a file from the core to the user as a download: the browser saves it in browser mode; the
 * desktop app asks where, with the system's save dialog (the shell handles the download).
 */
export function saveFile(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; keep it a minute for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function savePdf(fileName: string, base64: string): void {
  saveFile(fileName, base64, 'application/pdf');
}
