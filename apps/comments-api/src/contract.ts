import { readFileSync } from 'node:fs';
import type { FastifySchema } from 'fastify';
import { contractPath } from './paths.js';

// The OpenAPI document the comment box publishes is the single source of the routes' JSON schemas:
// nothing here restates a type, a length or a pattern.

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

type PathItem = { parameters?: Parameter[] } & Partial<Record<'get' | 'post', Operation>>;

export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonSchema> };
}

/** `$id` under which the document's `components.schemas` are registered, as `$defs`. */
export const contractSchemaId = 'comments-api-contract';
const componentRef = '#/components/schemas/';

export function readContract(path = contractPath): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

/** A reference to one of the document's component schemas, for Fastify routes and tests. */
export const contractRef = (name: string) => ({ $ref: `${contractSchemaId}#/$defs/${name}` });

// OpenAPI points at `#/components/schemas/X`; registered as one JSON Schema with `$defs`, the same
// schema is `comments-api-contract#/$defs/X`, a form Ajv and fast-json-stringify both resolve.
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' && inner.startsWith(componentRef)
        ? [key, contractRef(inner.slice(componentRef.length)).$ref]
        : [key, rewriteRefs(inner)],
    ),
  );
}

/** The document's component schemas as one schema for `fastify.addSchema`. */
export function sharedSchema(document: OpenApiDocument): JsonSchema {
  return { $id: contractSchemaId, $defs: rewriteRefs(document.components.schemas) };
}

/** `/threads/{thread}/comments` → `/threads/:thread/comments`. */
export const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{([^}]+)\}/g, ':$1');

function parametersSchema(parameters: Parameter[], location: Parameter['in']): JsonSchema | undefined {
  const selected = parameters.filter((parameter) => parameter.in === location);
  if (selected.length === 0) return undefined;
  // Node lower-cases header names; Fastify validates them that way.
  const name = (parameter: Parameter) => (location === 'header' ? parameter.name.toLowerCase() : parameter.name);
  return {
    type: 'object',
    properties: Object.fromEntries(selected.map((parameter) => [name(parameter), rewriteRefs(parameter.schema)])),
    required: selected.filter((parameter) => parameter.required).map(name),
  };
}

/** Fastify's route schema (params, querystring, headers, body, responses) for one operation of the document. */
export function routeSchema(document: OpenApiDocument, method: 'get' | 'post', path: string): FastifySchema {
  const pathItem = document.paths[path];
  const operation = pathItem?.[method];
  if (!pathItem || !operation) throw new Error(`The contract has no ${method.toUpperCase()} ${path}`);
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])];
  const schema: FastifySchema = {
    response: Object.fromEntries(
      Object.entries(operation.responses).flatMap(([status, response]) => {
        const body = response.content?.['application/json']?.schema;
        return body ? [[status, rewriteRefs(body)]] : [];
      }),
    ),
  };
  const params = parametersSchema(parameters, 'path');
  const querystring = parametersSchema(parameters, 'query');
  const headers = parametersSchema(parameters, 'header');
  const body = operation.requestBody?.content['application/json']?.schema;
  if (params) schema.params = params;
  if (querystring) schema.querystring = querystring;
  if (headers) schema.headers = headers;
  if (body) schema.body = rewriteRefs(body);
  return schema;
}
