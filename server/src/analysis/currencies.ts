// The currencies written before an amount, with one home for the figures stage (which reads the
// money: "C$1.1 billion", "Rs 4,000 crore", "SFr 300 million") and the entity stage (which must
// not read the letters of such a currency as a name).

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
  ['₩', 'KRW'], ['₦', 'NGN'], ['₺', 'TRY'], ['₴', 'UAH'], ['₸', 'KZT'], ['₪', 'ILS'], ['₱', 'PHP'],
]);

/** Letters glued before "$" that name another dollar ("C$", "HK$", "US$"), lower case. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'],
  ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mx', 'MXN'], ['mex', 'MXN'],
]);

/** Letters glued before a cent sign that name a currency ("GH¢", "GH₵": the Ghanaian cedi), as written. */
export const CENT_SIGN_PREFIXES: ReadonlyMap<string, string> = new Map([['GH', 'GHS']]);

/** Currencies written in letters before the number, apart or glued ("Rs 500", "Rs500", "KSh310m", "SFr 2 million"), as written. */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['Rs.', 'INR'], ['Rs', 'INR'], ['KSh', 'KES'], ['Ksh', 'KES'], ['SFr.', 'CHF'], ['SFr', 'CHF'], ['Sfr', 'CHF'],
  // South Asia's and South-East Asia's papers: the taka, the Nepalese rupee, the rupiah, the ringgit.
  ['Tk', 'BDT'], ['Tk.', 'BDT'], ['NRs', 'NPR'], ['NRs.', 'NPR'], ['Rp', 'IDR'], ['Rp.', 'IDR'], ['RM', 'MYR'],
  // East Africa's papers: the Tanzanian and Ugandan shillings.
  ['TSh', 'TZS'], ['USh', 'UGX'], ['Shs', 'UGX'],
  // The Gulf's and Israel's papers: the UAE dirham, the new shekel.
  ['Dh', 'AED'], ['Dhs', 'AED'], ['NIS', 'ILS'],
]);

/**
 * Currency letters that are also other things ("SR 520" is a Seattle road, "TL" a team leader),
 * so money only when glued to a number that reads as money ("SR12 billion", "QR210bn", "LE15.5",
 * "TL35.2"): the Saudi riyal, the Qatari riyal, the Egyptian pound, the Turkish lira.
 */
export const GLUED_ONLY_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['SR', 'SAR'], ['QR', 'QAR'], ['LE', 'EGP'], ['TL', 'TRY'],
  // Kenya's papers write their shilling "Sh4.2 trillion".
  ['Sh', 'KES'],
]);

/** Letters glued before "£" that name another pound ("E£": the Egyptian pound). */
export const POUND_PREFIXES: ReadonlyMap<string, string> = new Map([['E', 'EGP']]);

/** ISO currency codes (and two crypto tickers), written in capitals before or after the number ("RMB" is the yuan's). */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR',
  'RUB', 'KZT', 'TRY', 'ZAR', 'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'KRW', 'IDR', 'NGN',
  'UAH', 'SAR', 'AED', 'ILS', 'EGP', 'PKR', 'THB', 'MYR', 'PHP', 'ARS', 'CZK', 'HUF',
  'BDT', 'LKR', 'NPR', 'VND', 'TWD', 'KES', 'GHS', 'TZS', 'UGX', 'ETB', 'QAR', 'KWD', 'BHD', 'OMR',
  'JOD', 'MAD', 'TND', 'CLP', 'COP', 'PEN', 'RON', 'BGN', 'ISK', 'UZS', 'AZN', 'BYN', 'RSD', 'MMK',
  'IRR', 'IQD', 'LBP', 'ZMW', 'BWP', 'MUR', 'XOF', 'XAF',
  // Crypto-currencies by their tickers: "1,200 BTC".
  'BTC', 'ETH',
].map((code): [string, string] => [code, code]).concat([['RMB', 'CNY']]));
