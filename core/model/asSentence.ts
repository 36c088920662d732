/** The core words its messages for the command line, in lower case; the interface shows them as sentences. */
export function asSentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);
}
