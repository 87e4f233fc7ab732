// Quotations inside a stretch of text: "“I believe he can beat Ann Cole,” the governor said"
// names Ann Cole inside the quotation, and she is not the governor. Curly quotes say which way
// they face; a straight double quote opens after a space (or the stretch's start) and closes
// after anything else, so a stretch that starts inside a quotation ("… a distraction," Obama
// said) does not read its closing mark as an opening one. An unclosed quotation runs to the end.

/** Whether `at` lies inside a quotation of text[from, to) (linear in the stretch). */
export function insideQuotation(text: string, from: number, to: number, at: number): boolean {
  let open = false;
  for (let i = from; i < to && i <= at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = i === from || isSpace(text.charCodeAt(i - 1));
  }
  return open;
}

/** How far back the paragraph of a mention is read for an open quotation. */
const PARAGRAPH_REACH = 1500;

/** Whether `at` lies inside a quotation opened earlier in its paragraph (a quotation may run over sentences). */
export function insideQuotationOfParagraph(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - PARAGRAPH_REACH);
  return insideQuotation(text, from, at + 1, at);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 40; // also "("
}
