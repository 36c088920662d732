/** Vite's `?url` import: the address the bundled worker file is served at. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
