// URLs that must never reach a page, and phone numbers in the one form every phone can dial.
import { e164 } from '../../lib/schemas.ts';

const unsafeSchemes = ['javascript:', 'data:', 'vbscript:', 'file:'];

/** The dangerous scheme a URL uses ("javascript:"), ignoring case and the spaces browsers ignore. */
export function unsafeScheme(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return unsafeSchemes.find((scheme) => squeezed.startsWith(scheme));
}

export function isE164(phone: string): boolean {
  return e164.safeParse(phone).success;
}

/** "+1 (888) 280-4331" → "+18882804331": what the writer probably meant, for the message. */
export function asE164(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return `+${digits.replace(/^00/, '')}`;
}
