/** « 04 78 12 34 56 » from what a cell holds (Sheets turns 0478123456 into 478123456); anything else as written. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s.\-/]/g, '');
  if (/^[1-9]\d{8}$/.test(digits)) return formatPhone(`0${digits}`);
  if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^\+33\d{9}$/.test(digits))
    return `+33 ${digits.slice(3, 4)} ${digits.slice(4).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  return phone.replace(/\s+/g, ' ').trim();
}
