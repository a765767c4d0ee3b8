/**
 * BlueRound sandbox runtime, generated from openapi/openapi.yaml by scripts/sandbox-runtime.ts.
 * Do not edit: change the spec, then run `npm run generate` and commit.
 * `npm run generate -- --check` (in `npm run lint`) fails when this file no longer matches the spec.
 */
/* eslint-disable */

export const apiVersion = '2024-01-01';
export const sandboxOrigin = 'https://sandbox.blueround.test';
export const routes = [
  {
    operationId: 'issueToken',
    method: 'POST',
    path: '/oauth/token',
    auth: 'client',
    scopes: [],
    parameters: [],
    body: { required: true, mediaTypes: ['application/x-www-form-urlencoded'] },
    bodyValidator: null,
    paramsValidator: null,
    formFieldMaxLength: { scope: 255, client_id: 255, client_secret: 255, refresh_token: 255 },
    deprecation: null,
  },
  {
    operationId: 'revokeToken',
    method: 'POST',
    path: '/oauth/revoke',
    auth: 'client',
    scopes: [],
    parameters: [],
    body: { required: true, mediaTypes: ['application/x-www-form-urlencoded'] },
    bodyValidator: null,
    paramsValidator: null,
    formFieldMaxLength: { token: 255, client_id: 255, client_secret: 255 },
    deprecation: null,
  },
  {
    operationId: 'getCurrentApplication',
    method: 'GET',
    path: '/v1/me',
    auth: 'bearer',
    scopes: [],
    parameters: [{ name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' }],
    body: null,
    bodyValidator: null,
    paramsValidator: 'getCurrentApplication_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'listUsers',
    method: 'GET',
    path: '/v1/users',
    auth: 'bearer',
    scopes: ['users:read'],
    parameters: [
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
      { name: 'limit', in: 'query', required: false, integer: true, default: 20 },
      { name: 'cursor', in: 'query', required: false, integer: false, default: null },
      { name: 'status', in: 'query', required: false, integer: false, default: null },
    ],
    body: null,
    bodyValidator: null,
    paramsValidator: 'listUsers_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'createUser',
    method: 'POST',
    path: '/v1/users',
    auth: 'bearer',
    scopes: ['users:write'],
    parameters: [
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
      { name: 'Idempotency-Key', in: 'header', required: false, integer: false, default: null },
    ],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'createUser_body',
    paramsValidator: 'createUser_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'getUser',
    method: 'GET',
    path: '/v1/users/{id}',
    auth: 'bearer',
    scopes: ['users:read'],
    parameters: [
      { name: 'id', in: 'path', required: true, integer: false, default: null },
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
    ],
    body: null,
    bodyValidator: null,
    paramsValidator: 'getUser_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'updateUser',
    method: 'PATCH',
    path: '/v1/users/{id}',
    auth: 'bearer',
    scopes: ['users:write'],
    parameters: [
      { name: 'id', in: 'path', required: true, integer: false, default: null },
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
    ],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'updateUser_body',
    paramsValidator: 'updateUser_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'resendInvitation',
    method: 'POST',
    path: '/v1/users/{id}/invitation',
    auth: 'bearer',
    scopes: ['users:write'],
    parameters: [
      { name: 'id', in: 'path', required: true, integer: false, default: null },
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
      { name: 'Idempotency-Key', in: 'header', required: false, integer: false, default: null },
    ],
    body: null,
    bodyValidator: null,
    paramsValidator: 'resendInvitation_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'listEvents',
    method: 'GET',
    path: '/v1/events',
    auth: 'bearer',
    scopes: ['events:read'],
    parameters: [
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
      { name: 'limit', in: 'query', required: false, integer: true, default: 20 },
      { name: 'cursor', in: 'query', required: false, integer: false, default: null },
      { name: 'type', in: 'query', required: false, integer: false, default: null },
    ],
    body: null,
    bodyValidator: null,
    paramsValidator: 'listEvents_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'acquireLock',
    method: 'POST',
    path: '/v1/locks',
    auth: 'bearer',
    scopes: ['locks:write'],
    parameters: [
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
      { name: 'Idempotency-Key', in: 'header', required: false, integer: false, default: null },
    ],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'acquireLock_body',
    paramsValidator: 'acquireLock_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'releaseLock',
    method: 'DELETE',
    path: '/v1/locks/{id}',
    auth: 'bearer',
    scopes: ['locks:write'],
    parameters: [
      { name: 'id', in: 'path', required: true, integer: false, default: null },
      { name: 'BlueRound-Version', in: 'header', required: false, integer: false, default: '2024-01-01' },
    ],
    body: null,
    bodyValidator: null,
    paramsValidator: 'releaseLock_params',
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'resetSandbox',
    method: 'POST',
    path: '/_sandbox/reset',
    auth: 'none',
    scopes: [],
    parameters: [],
    body: null,
    bodyValidator: null,
    paramsValidator: null,
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'advanceSandboxClock',
    method: 'POST',
    path: '/_sandbox/clock',
    auth: 'none',
    scopes: [],
    parameters: [],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'advanceSandboxClock_body',
    paramsValidator: null,
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'setSandboxRateLimit',
    method: 'PUT',
    path: '/_sandbox/rate-limit',
    auth: 'none',
    scopes: [],
    parameters: [],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'setSandboxRateLimit_body',
    paramsValidator: null,
    formFieldMaxLength: null,
    deprecation: null,
  },
  {
    operationId: 'queueSandboxFaults',
    method: 'POST',
    path: '/_sandbox/faults',
    auth: 'none',
    scopes: [],
    parameters: [],
    body: { required: true, mediaTypes: ['application/json'] },
    bodyValidator: 'queueSandboxFaults_body',
    paramsValidator: null,
    formFieldMaxLength: null,
    deprecation: null,
  },
];
export const errorStatuses = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INSUFFICIENT_SCOPE: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  DUPLICATE_RESOURCE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};
function ucs2length(text) {
  // JSON Schema counts characters (code points), not UTF-16 units.
  let count = 0;
  for (const _ of text) count++;
  return count;
}
('use strict');
export const getCurrentApplication_params = validate20;
const schema31 = {
  type: 'object',
  properties: { 'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' } },
  required: [],
};
const pattern4 = new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u');

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: { 'BlueRound-Version': true }, dynamicProps: false, dynamicItems: false };

export const listUsers_params = validate21;
const schema32 = {
  type: 'object',
  properties: {
    'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    cursor: { type: 'string', minLength: 1, maxLength: 64 },
    status: { type: 'string', enum: ['pending_invite', 'active', 'inactive'] },
  },
  required: [],
};
const func1 = ucs2length;

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.limit !== undefined) {
      let data1 = data.limit;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.cursor !== undefined) {
      let data2 = data.cursor;
      if (typeof data2 === 'string') {
        if (func1(data2) > 64) {
          const err5 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err6 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/cursor',
          schemaPath: '#/properties/cursor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data3 = data.status;
      if (typeof data3 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === 'pending_invite' || data3 === 'active' || data3 === 'inactive')) {
        const err9 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = {
  props: { 'BlueRound-Version': true, limit: true, cursor: true, status: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const createUser_params = validate22;
const schema33 = {
  type: 'object',
  properties: {
    'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' },
    'Idempotency-Key': { type: 'string', minLength: 1, maxLength: 255 },
  },
  required: [],
};

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data['Idempotency-Key'] !== undefined) {
      let data1 = data['Idempotency-Key'];
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err2 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err3 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/Idempotency-Key',
          schemaPath: '#/properties/Idempotency-Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = {
  props: { 'BlueRound-Version': true, 'Idempotency-Key': true },
  dynamicProps: false,
  dynamicItems: false,
};

export const createUser_body = validate23;
const schema34 = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'name', 'role'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string', enum: ['admin', 'member', 'viewer'] },
  },
};
const formats0 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.email === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'email' },
        message: "must have required property '" + 'email' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
        message: "must have required property '" + 'role' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'email' || key0 === 'name' || key0 === 'role')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.email !== undefined) {
      let data0 = data.email;
      if (typeof data0 === 'string') {
        if (func1(data0) > 254) {
          const err4 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/maxLength',
            keyword: 'maxLength',
            params: { limit: 254 },
            message: 'must NOT have more than 254 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!formats0.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/format',
            keyword: 'format',
            params: { format: 'email' },
            message: 'must match format "' + 'email' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 100) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== undefined) {
      let data2 = data.role;
      if (typeof data2 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === 'admin' || data2 === 'member' || data2 === 'viewer')) {
        const err11 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.role.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getUser_params = validate24;
const schema35 = {
  type: 'object',
  properties: { 'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' } },
  required: [],
};

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: { 'BlueRound-Version': true }, dynamicProps: false, dynamicItems: false };

export const updateUser_params = validate25;
const schema36 = {
  type: 'object',
  properties: { 'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' } },
  required: [],
};

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: { 'BlueRound-Version': true }, dynamicProps: false, dynamicItems: false };

export const updateUser_body = validate26;
const schema37 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string', enum: ['admin', 'member', 'viewer'] },
    status: { type: 'string', enum: ['active', 'inactive'] },
  },
};

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'role' || key0 === 'status')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.role !== undefined) {
      let data1 = data.role;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'admin' || data1 === 'member' || data1 === 'viewer')) {
        const err6 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties.role.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data2 = data.status;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === 'active' || data2 === 'inactive')) {
        const err8 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties.status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const resendInvitation_params = validate27;
const schema38 = {
  type: 'object',
  properties: {
    'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' },
    'Idempotency-Key': { type: 'string', minLength: 1, maxLength: 255 },
  },
  required: [],
};

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data['Idempotency-Key'] !== undefined) {
      let data1 = data['Idempotency-Key'];
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err2 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err3 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/Idempotency-Key',
          schemaPath: '#/properties/Idempotency-Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = {
  props: { 'BlueRound-Version': true, 'Idempotency-Key': true },
  dynamicProps: false,
  dynamicItems: false,
};

export const listEvents_params = validate28;
const schema39 = {
  type: 'object',
  properties: {
    'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    cursor: { type: 'string', minLength: 1, maxLength: 64 },
    type: { type: 'string', pattern: '^[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*$' },
  },
  required: [],
};
const pattern11 = new RegExp('^[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*$', 'u');

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.limit !== undefined) {
      let data1 = data.limit;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.cursor !== undefined) {
      let data2 = data.cursor;
      if (typeof data2 === 'string') {
        if (func1(data2) > 64) {
          const err5 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err6 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/cursor',
          schemaPath: '#/properties/cursor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data3 = data.type;
      if (typeof data3 === 'string') {
        if (!pattern11.test(data3)) {
          const err8 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/properties/type/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*$' },
            message: 'must match pattern "' + '^[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = {
  props: { 'BlueRound-Version': true, limit: true, cursor: true, type: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const acquireLock_params = validate29;
const schema40 = {
  type: 'object',
  properties: {
    'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' },
    'Idempotency-Key': { type: 'string', minLength: 1, maxLength: 255 },
  },
  required: [],
};

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data['Idempotency-Key'] !== undefined) {
      let data1 = data['Idempotency-Key'];
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err2 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err3 = {
            instancePath: instancePath + '/Idempotency-Key',
            schemaPath: '#/properties/Idempotency-Key/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/Idempotency-Key',
          schemaPath: '#/properties/Idempotency-Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = {
  props: { 'BlueRound-Version': true, 'Idempotency-Key': true },
  dynamicProps: false,
  dynamicItems: false,
};

export const acquireLock_body = validate30;
const schema41 = {
  type: 'object',
  additionalProperties: false,
  required: ['resource', 'ttl_seconds'],
  properties: {
    resource: { type: 'string', minLength: 1, maxLength: 255 },
    ttl_seconds: { type: 'integer', minimum: 1, maximum: 3600 },
  },
};

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.resource === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'resource' },
        message: "must have required property '" + 'resource' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ttl_seconds === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ttl_seconds' },
        message: "must have required property '" + 'ttl_seconds' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'resource' || key0 === 'ttl_seconds')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.resource !== undefined) {
      let data0 = data.resource;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err3 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/resource',
          schemaPath: '#/properties/resource/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ttl_seconds !== undefined) {
      let data1 = data.ttl_seconds;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/ttl_seconds',
          schemaPath: '#/properties/ttl_seconds/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 3600 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/ttl_seconds',
            schemaPath: '#/properties/ttl_seconds/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3600 },
            message: 'must be <= 3600',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/ttl_seconds',
            schemaPath: '#/properties/ttl_seconds/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const releaseLock_params = validate31;
const schema42 = {
  type: 'object',
  properties: { 'BlueRound-Version': { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', default: '2024-01-01' } },
  required: [],
};

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['BlueRound-Version'] !== undefined) {
      let data0 = data['BlueRound-Version'];
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/BlueRound-Version',
            schemaPath: '#/properties/BlueRound-Version/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/BlueRound-Version',
          schemaPath: '#/properties/BlueRound-Version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: { 'BlueRound-Version': true }, dynamicProps: false, dynamicItems: false };

export const advanceSandboxClock_body = validate32;
const schema43 = {
  type: 'object',
  additionalProperties: false,
  required: ['advance_seconds'],
  properties: { advance_seconds: { type: 'integer', minimum: 0, maximum: 315360000 } },
};

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.advance_seconds === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'advance_seconds' },
        message: "must have required property '" + 'advance_seconds' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'advance_seconds')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.advance_seconds !== undefined) {
      let data0 = data.advance_seconds;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/advance_seconds',
          schemaPath: '#/properties/advance_seconds/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 315360000 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/advance_seconds',
            schemaPath: '#/properties/advance_seconds/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 315360000 },
            message: 'must be <= 315360000',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/advance_seconds',
            schemaPath: '#/properties/advance_seconds/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const setSandboxRateLimit_body = validate33;
const schema44 = {
  type: 'object',
  additionalProperties: false,
  required: ['limit', 'window_seconds'],
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 1000000000 },
    window_seconds: { type: 'integer', minimum: 1, maximum: 86400 },
  },
};

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'limit' },
        message: "must have required property '" + 'limit' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.window_seconds === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'window_seconds' },
        message: "must have required property '" + 'window_seconds' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'limit' || key0 === 'window_seconds')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.limit !== undefined) {
      let data0 = data.limit;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 1000000000 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000 },
            message: 'must be <= 1000000000',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.window_seconds !== undefined) {
      let data1 = data.window_seconds;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/window_seconds',
          schemaPath: '#/properties/window_seconds/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 86400 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/window_seconds',
            schemaPath: '#/properties/window_seconds/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 86400 },
            message: 'must be <= 86400',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/window_seconds',
            schemaPath: '#/properties/window_seconds/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const queueSandboxFaults_body = validate34;
const schema45 = {
  type: 'object',
  additionalProperties: false,
  required: ['match', 'statuses'],
  properties: {
    match: { type: 'string', pattern: '^(GET|POST|PUT|PATCH|DELETE) /v1/\\S*$' },
    statuses: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'integer', enum: [500, 503] } },
  },
};
const pattern14 = new RegExp('^(GET|POST|PUT|PATCH|DELETE) /v1/\\S*$', 'u');

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.match === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match' },
        message: "must have required property '" + 'match' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.statuses === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'statuses' },
        message: "must have required property '" + 'statuses' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'match' || key0 === 'statuses')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.match !== undefined) {
      let data0 = data.match;
      if (typeof data0 === 'string') {
        if (!pattern14.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/match',
            schemaPath: '#/properties/match/pattern',
            keyword: 'pattern',
            params: { pattern: '^(GET|POST|PUT|PATCH|DELETE) /v1/\\S*$' },
            message: 'must match pattern "' + '^(GET|POST|PUT|PATCH|DELETE) /v1/\\S*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/match',
          schemaPath: '#/properties/match/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.statuses !== undefined) {
      let data1 = data.statuses;
      if (Array.isArray(data1)) {
        if (data1.length > 10) {
          const err5 = {
            instancePath: instancePath + '/statuses',
            schemaPath: '#/properties/statuses/maxItems',
            keyword: 'maxItems',
            params: { limit: 10 },
            message: 'must NOT have more than 10 items',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = {
            instancePath: instancePath + '/statuses',
            schemaPath: '#/properties/statuses/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err7 = {
              instancePath: instancePath + '/statuses/' + i0,
              schemaPath: '#/properties/statuses/items/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data2 === 500 || data2 === 503)) {
            const err8 = {
              instancePath: instancePath + '/statuses/' + i0,
              schemaPath: '#/properties/statuses/items/enum',
              keyword: 'enum',
              params: { allowedValues: schema45.properties.statuses.items.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/statuses',
          schemaPath: '#/properties/statuses/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const validators = {
  getCurrentApplication_params,
  listUsers_params,
  createUser_params,
  createUser_body,
  getUser_params,
  updateUser_params,
  updateUser_body,
  resendInvitation_params,
  listEvents_params,
  acquireLock_params,
  acquireLock_body,
  releaseLock_params,
  advanceSandboxClock_body,
  setSandboxRateLimit_body,
  queueSandboxFaults_body,
};
