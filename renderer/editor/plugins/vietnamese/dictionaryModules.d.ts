// Vite hands `…?raw` imports over as the file's text: the Hunspell dictionary is bundled into the app.
declare module '*.aff?raw' {
  const text: string;
  export default text;
}
declare module '*.dic?raw' {
  const text: string;
  export default text;
}
