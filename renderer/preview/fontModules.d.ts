// Vite turns `…/font.ttf?url` into the URL of the bundled file.
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
