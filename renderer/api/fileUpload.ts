import type { FileUpload } from '../../core/api.ts';

/** A picked, pasted or dropped file as the service contract carries it (bytes in base64). */
export async function fileUpload(file: File): Promise<FileUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return { fileName: file.name || 'ảnh', data: btoa(binary) };
}
