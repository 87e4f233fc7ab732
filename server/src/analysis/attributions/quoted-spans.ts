// Quotations inside a stretch of text: "“I believe he can beat Ann Cole,” the governor said"
// names Ann Cole inside the quotation, and she is not the governor. Pairs of curly quotes, or of
// straight double quotes; an unclosed quotation runs to the end of the stretch.

/** Whether `at` lies inside a quotation of text[from, to) (linear in the stretch). */
export function insideQuotation(text: string, from: number, to: number, at: number): boolean {
  let open = -1;
  for (let i = from; i < to && i <= at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d) open = -1;
    else if (c === 34) open = open < 0 ? i : -1;
  }
  return open >= 0;
}
