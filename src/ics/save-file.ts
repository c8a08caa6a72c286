/** Offers `text` as a calendar file named `fileName` to save. */
export function saveIcsFile(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser reads the blob after the click returns; a minute is ample before it is freed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
