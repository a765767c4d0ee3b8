/** Checks the request body typed into the console, with a message that says where the problem is. */

export type JsonCheck = { ok: true; value: unknown } | { ok: false; message: string };

function lineAndColumn(textValue: string, position: number): { line: number; column: number } {
  const before = textValue.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** `required`: an empty body is an error; otherwise empty means "no body". */
export function checkJson(textValue: string, required: boolean): JsonCheck {
  if (textValue.trim() === '') {
    return required ? { ok: false, message: 'This operation needs a JSON body.' } : { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(textValue) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const detail = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ at position \d+/, '');
    if (!position) return { ok: false, message: `Invalid JSON: ${detail}` };
    const { line, column } = lineAndColumn(textValue, Number(position[1]));
    return { ok: false, message: `Invalid JSON at line ${line}, column ${column}: ${detail}` };
  }
}
