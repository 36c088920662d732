// Vite turns an imported image into the URL of the bundled file.
declare module '*.png' {
  const url: string;
  export default url;
}
