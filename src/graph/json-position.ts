/**
 * Where JSON text first goes wrong, for engines whose `JSON.parse` errors carry no position
 * (V8 says only `Unexpected token ']'` for many mistakes; Safari never gives one). A small
 * scanner that follows the JSON grammar (RFC 8259) and stops at the first character that breaks
 * it; iterative, so hostile nesting cannot overflow the stack.
 */

/** Offset of the first syntax error in `text`, or -1 when the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const open: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';

  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const isDigit = () => i < n && text[i]! >= '0' && text[i]! <= '9';
  /** Advances past a string starting at `i`; false with `i` at the offending character. */
  const string = (): boolean => {
    for (i++; i < n; i++) {
      const c = text[i]!;
      if (c === '"') return (i++, true);
      if (c < ' ') return false;
      if (c !== '\\') continue;
      i++;
      if (text[i] === 'u') {
        for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) return false;
      } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
    }
    return false;
  };
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit()) while (isDigit()) i++;
    else return false;
    if (text[i] === '.') {
      i++;
      if (!isDigit()) return false;
      while (isDigit()) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit()) return false;
      while (isDigit()) i++;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (const c of word) {
      if (text[i] !== c) return false;
      i++;
    }
    return true;
  };

  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          open.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      const ok =
        c === '"'
          ? string()
          : c === '-' || (c !== undefined && c >= '0' && c <= '9')
            ? number()
            : c === 't'
              ? literal('true')
              : c === 'f'
                ? literal('false')
                : c === 'n'
                  ? literal('null')
                  : false;
      if (!ok) return i;
      state = 'after';
    } else if (state === 'key') {
      if (c !== '"' || !string()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return i;
      i++;
    }
  }
}
