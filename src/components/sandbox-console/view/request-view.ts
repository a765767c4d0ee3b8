/**
 * The request console's form: pick an operation, fill its parameters and JSON
 * body (checked as you type), send it through the client, and read the
 * request and response. Everything shown is set as text.
 */
import type { SendRequest, SendResult } from '../model/console-types.ts';
import type { CredentialKey } from '../model/credentials.ts';
import { h, required } from './dom.ts';
import { formatDuration, statusText } from '../model/format.ts';
import { checkJson } from '../model/json-input.ts';
import type { ConsoleOperation, ConsoleParameter } from '../model/operations.ts';
import type { Exchange } from '../model/recording-fetch.ts';
import { draftCurl, fillPath, queryOf, type RequestDraft } from '../model/request-draft.ts';

export interface RequestActions {
  send(request: SendRequest): Promise<SendResult>;
  announce(message: string): void;
  /** Why nothing can be sent right now (the sandbox is starting, a run is in progress), or null. */
  canSend(): string | null;
}

const fieldId = (parameter: ConsoleParameter) => `console-param-${parameter.in}-${parameter.name}`;

function pretty(body: string): string {
  if (body === '') return '(empty body)';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function headerLines(headers: readonly (readonly [string, string])[]): string {
  return headers
    .map(([name, value]) => {
      const shown = name.toLowerCase() === 'authorization' ? value.replace(/^(Bearer \S{0,12})\S*/, '$1…') : value;
      return `${name}: ${shown}`;
    })
    .join('\n');
}

export class RequestView {
  readonly #root: HTMLElement;
  readonly #operations: readonly ConsoleOperation[];
  readonly #actions: RequestActions;
  readonly #form: HTMLFormElement;
  readonly #select: HTMLSelectElement;
  readonly #parameters: HTMLElement;
  readonly #body: HTMLTextAreaElement;
  readonly #bodyError: HTMLElement;
  readonly #idempotency: HTMLInputElement;
  readonly #curl: HTMLElement;

  constructor(root: HTMLElement, operations: readonly ConsoleOperation[], actions: RequestActions) {
    this.#root = root;
    this.#operations = operations;
    this.#actions = actions;
    this.#form = required(root, '[data-request-form]');
    this.#select = required(root, '[data-operation]');
    this.#parameters = required(root, '[data-parameters]');
    this.#body = required(root, '[data-body]');
    this.#bodyError = required(root, '[data-body-error]');
    this.#idempotency = required(root, '[data-idempotency-key]');
    this.#curl = required(root, '[data-curl]');

    this.#select.addEventListener('change', () => this.#selectOperation());
    this.#body.addEventListener('input', () => {
      this.#checkBody();
      this.#updateCurl();
    });
    this.#form.addEventListener('input', () => this.#updateCurl());
    this.#form.addEventListener('change', () => this.#updateCurl());
    required(root, '[data-new-key]').addEventListener('click', () => {
      this.#idempotency.value = crypto.randomUUID();
      this.#updateCurl();
      this.#actions.announce('New Idempotency-Key generated.');
    });
    required(root, '[data-copy-curl]').addEventListener('click', () => void this.#copyCurl());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit();
    });
    this.#selectOperation();
  }

  get #operation(): ConsoleOperation {
    return this.#operations.find((operation) => operation.id === this.#select.value) ?? this.#operations[0]!;
  }

  get #credentials(): CredentialKey {
    const checked = this.#form.querySelector<HTMLInputElement>('input[name="credentials"]:checked');
    return checked?.value === 'readonly' ? 'readonly' : 'full';
  }

  #selectOperation(): void {
    const operation = this.#operation;
    const deprecation = operation.deprecation
      ? ` Deprecated${operation.deprecation.sunset ? `, removed after ${operation.deprecation.sunset}` : ''}: the answer carries Deprecation and Sunset headers.`
      : '';
    required(this.#root, '[data-operation-summary]').textContent =
      `${operation.summary}. Needs ${operation.scopes.length > 0 ? operation.scopes.join(', ') : 'any valid token'}.${deprecation}`;
    this.#parameters.replaceChildren(...operation.parameters.map((parameter) => this.#parameterField(parameter)));
    this.#parameters.hidden = operation.parameters.length === 0;
    const bodyField = required(this.#root, '[data-body-field]');
    bodyField.hidden = operation.body === null;
    this.#body.value = operation.body?.example ?? '';
    this.#body.required = operation.body?.required ?? false;
    const idempotencyField = required(this.#root, '[data-idempotency-field]');
    idempotencyField.hidden = !operation.idempotent;
    this.#idempotency.value = operation.idempotent ? crypto.randomUUID() : '';
    this.#checkBody();
    this.#updateCurl();
  }

  #parameterField(parameter: ConsoleParameter): HTMLElement {
    const id = fieldId(parameter);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const common = {
      id,
      name: parameter.name,
      'aria-describedby': `${hintId} ${errorId}`,
      'data-param-in': parameter.in,
      'data-param-name': parameter.name,
    };
    const control: HTMLInputElement | HTMLSelectElement = parameter.values
      ? h(
          'select',
          { attributes: common },
          h('option', { attributes: { value: '' } }, parameter.required ? 'Choose…' : '(not set)'),
          ...parameter.values.map((value) => h('option', { attributes: { value } }, value)),
        )
      : h('input', {
          attributes: {
            ...common,
            type: 'text',
            autocomplete: 'off',
            spellcheck: 'false',
            ...(parameter.type === 'integer' ? { inputmode: 'numeric' } : {}),
            ...(parameter.example !== null && parameter.in === 'query' ? { placeholder: parameter.example } : {}),
          },
        });
    if (parameter.in === 'path' && parameter.example !== null) control.value = parameter.example;
    if (parameter.required) control.setAttribute('aria-required', 'true');
    const where = `${parameter.in}${parameter.required ? ', required' : ''}${parameter.deprecated ? ', deprecated' : ''}`;
    return h(
      'div',
      { className: 'console-field' },
      h(
        'label',
        { attributes: { for: id } },
        parameter.name,
        ' ',
        h('span', { className: 'console-where' }, `(${where})`),
      ),
      control,
      h('p', { className: 'console-hint', attributes: { id: hintId } }, parameter.description),
      h('p', { className: 'console-error', attributes: { id: errorId, hidden: '' } }),
    );
  }

  #values(place: 'path' | 'query'): Record<string, string> {
    const values: Record<string, string> = {};
    for (const control of this.#parameters.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      `[data-param-in="${place}"]`,
    )) {
      values[control.dataset['paramName']!] = control.value;
    }
    return values;
  }

  #draft(): RequestDraft {
    const operation = this.#operation;
    return {
      method: operation.method,
      pathTemplate: operation.path,
      pathParams: this.#values('path'),
      query: this.#values('query'),
      bodyText: operation.body === null ? null : this.#body.value,
      idempotencyKey:
        operation.idempotent && this.#idempotency.value.trim() !== '' ? this.#idempotency.value.trim() : null,
      apiVersion: required<HTMLElement>(this.#root, '[data-api-version]').dataset['apiVersion'] ?? '',
    };
  }

  #checkBody() {
    const operation = this.#operation;
    const result =
      operation.body === null
        ? ({ ok: true, value: undefined } as const)
        : checkJson(this.#body.value, operation.body.required);
    this.#body.setAttribute('aria-invalid', String(!result.ok));
    this.#bodyError.hidden = result.ok;
    this.#bodyError.textContent = result.ok ? '' : result.message;
    return result;
  }

  #updateCurl(): void {
    this.#curl.textContent = draftCurl(this.#draft());
  }

  async #copyCurl(): Promise<void> {
    const command = draftCurl(this.#draft());
    try {
      await navigator.clipboard.writeText(command);
      this.#actions.announce('curl command copied. Set ACCESS_TOKEN to a token from POST /oauth/token first.');
    } catch {
      const selection = window.getSelection();
      selection?.selectAllChildren(this.#curl);
      this.#actions.announce('Copying is blocked here; the curl command is selected, copy it with your keyboard.');
    }
  }

  #markPathErrors(missing: string[]): void {
    for (const control of this.#parameters.querySelectorAll<HTMLElement>('[data-param-in="path"]')) {
      const name = control.dataset['paramName']!;
      const invalid = missing.includes(name);
      control.setAttribute('aria-invalid', String(invalid));
      const error = required(this.#parameters, `#${CSS.escape(control.id)}-error`);
      error.hidden = !invalid;
      error.textContent = invalid ? `Enter a value for ${name}.` : '';
    }
  }

  async #submit(): Promise<void> {
    const blocked = this.#actions.canSend();
    if (blocked) {
      this.#actions.announce(blocked);
      return;
    }
    const draft = this.#draft();
    const { path, missing } = fillPath(draft.pathTemplate, draft.pathParams);
    this.#markPathErrors(missing);
    if (missing.length > 0) {
      this.#parameters.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      this.#actions.announce(`Not sent: enter ${missing.join(', ')}.`);
      return;
    }
    const body = this.#checkBody();
    if (!body.ok) {
      this.#body.focus();
      this.#actions.announce(`Not sent: ${body.message}`);
      return;
    }
    const result = await this.#actions.send({
      credentials: this.#credentials,
      method: draft.method,
      path,
      query: queryOf(draft),
      body: body.value,
      idempotencyKey: draft.idempotencyKey,
    });
    this.#showResult(result);
  }

  #showResult(result: SendResult): void {
    const panel = required(this.#root, '[data-response]');
    panel.hidden = false;
    const exchange: Exchange | null = result.exchange;
    const status = required(this.#root, '[data-response-status]');
    status.textContent = exchange ? `${exchange.status} ${statusText(exchange.status)}` : 'No response';
    status.dataset['tone'] = exchange && exchange.status < 300 ? 'success' : 'danger';
    panel.dataset['status'] = exchange ? String(exchange.status) : 'none';
    const meta = [
      `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`,
      `${formatDuration(result.durationMs)} in all`,
      ...(exchange ? [`last attempt ${formatDuration(exchange.durationMs)}`] : []),
    ];
    required(this.#root, '[data-response-meta]').textContent = meta.join(' · ');
    const error = required(this.#root, '[data-response-error]');
    error.hidden = result.error === null;
    error.textContent = result.error ? `${result.error.name}: ${result.error.message}` : '';
    required(this.#root, '[data-response-request]').textContent = exchange
      ? `${exchange.method} ${exchange.url}\n${headerLines(exchange.requestHeaders)}${
          exchange.requestBody ? `\n\n${pretty(exchange.requestBody)}` : ''
        }`
      : '';
    required(this.#root, '[data-response-headers]').textContent = exchange ? headerLines(exchange.responseHeaders) : '';
    required(this.#root, '[data-response-body]').textContent = exchange ? pretty(exchange.responseBody) : '';
  }
}
