/**
 * VNI-Windows, the encoding of the `VNI-Times` / `VNI-Helve` fonts: most toned letters are the base
 * letter followed by one mark character; ơ, ư, đ and the toned i's (and ỵ) are single characters.
 * Each byte is written as the Latin-1 character that carries it. Capitals use the capital marks.
 */

/** Lowercase letters as VNI writes them. */
export const VNI_LOWERCASE: Readonly<Record<string, string>> = {
  á: 'aù', à: 'aø', ả: 'aû', ã: 'aõ', ạ: 'aï',
  ă: 'aê', ắ: 'aé', ằ: 'aè', ẳ: 'aú', ẵ: 'aü', ặ: 'aë',
  â: 'aâ', ấ: 'aá', ầ: 'aà', ẩ: 'aå', ẫ: 'aã', ậ: 'aä',
  é: 'eù', è: 'eø', ẻ: 'eû', ẽ: 'eõ', ẹ: 'eï',
  ê: 'eâ', ế: 'eá', ề: 'eà', ể: 'eå', ễ: 'eã', ệ: 'eä',
  í: 'í', ì: 'ì', ỉ: 'æ', ĩ: 'ó', ị: 'ò',
  ó: 'où', ò: 'oø', ỏ: 'oû', õ: 'oõ', ọ: 'oï',
  ô: 'oâ', ố: 'oá', ồ: 'oà', ổ: 'oå', ỗ: 'oã', ộ: 'oä',
  ơ: 'ô', ớ: 'ôù', ờ: 'ôø', ở: 'ôû', ỡ: 'ôõ', ợ: 'ôï',
  ú: 'uù', ù: 'uø', ủ: 'uû', ũ: 'uõ', ụ: 'uï',
  ư: 'ö', ứ: 'öù', ừ: 'öø', ử: 'öû', ữ: 'öõ', ự: 'öï',
  ý: 'yù', ỳ: 'yø', ỷ: 'yû', ỹ: 'yõ', ỵ: 'î',
  đ: 'ñ',
};

/** Capitals as VNI writes them: the same shapes with the capital mark characters. */
export const VNI_UPPERCASE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(VNI_LOWERCASE).map(([letter, vni]) => [letter.toUpperCase(), vni.toUpperCase()]),
);
