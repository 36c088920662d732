/** The part of nspell (a Hunspell engine in JavaScript) that Newsdesk uses. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  }
  export default function nspell(dictionary: { aff: string | Uint8Array; dic: string | Uint8Array }): NSpell;
}
