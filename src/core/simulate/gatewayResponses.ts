/**
 * The answers API Gateway gives on its own, without the integration: status, body and the
 * x-amzn-ErrorType header. Body spacing follows recorded responses: the router's 403 prints
 * {"message":"…"} while errors raised during execution print {"message": "…"}.
 */

export type GatewayErrorKind =
  | 'MISSING_AUTHENTICATION_TOKEN'
  | 'BAD_REQUEST_PARAMETERS'
  | 'BAD_REQUEST_BODY'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'API_CONFIGURATION_ERROR'
  | 'INTEGRATION_FAILURE'
  | 'INTEGRATION_TIMEOUT';

export interface GatewayError {
  kind: GatewayErrorKind;
  status: number;
  headers: Record<string, string>;
  body: string;
}

const spaced = (message: string) => `{"message": ${JSON.stringify(message)}}`;

export function gatewayError(kind: GatewayErrorKind, message?: string): GatewayError {
  const json = { 'Content-Type': 'application/json' };
  switch (kind) {
    case 'MISSING_AUTHENTICATION_TOKEN':
      return {
        kind,
        status: 403,
        headers: { ...json, 'x-amzn-ErrorType': 'MissingAuthenticationTokenException' },
        body: '{"message":"Missing Authentication Token"}',
      };
    case 'BAD_REQUEST_PARAMETERS':
      return {
        kind,
        status: 400,
        headers: { ...json, 'x-amzn-ErrorType': 'BadRequestException' },
        body: spaced(message ?? 'Bad request'),
      };
    case 'BAD_REQUEST_BODY':
      return {
        kind,
        status: 400,
        headers: { ...json, 'x-amzn-ErrorType': 'BadRequestException' },
        body: spaced(message ?? 'Invalid request body'),
      };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return {
        kind,
        status: 415,
        headers: { ...json, 'x-amzn-ErrorType': 'UnsupportedMediaTypeException' },
        body: spaced('Unsupported Media Type'),
      };
    case 'API_CONFIGURATION_ERROR':
      return {
        kind,
        status: 500,
        headers: { ...json, 'x-amzn-ErrorType': 'InternalServerErrorException' },
        body: spaced('Internal server error'),
      };
    case 'INTEGRATION_FAILURE':
      return {
        kind,
        status: 502,
        headers: { ...json, 'x-amzn-ErrorType': 'InternalServerErrorException' },
        body: spaced('Internal server error'),
      };
    case 'INTEGRATION_TIMEOUT':
      return {
        kind,
        status: 504,
        headers: { ...json, 'x-amzn-ErrorType': 'InternalServerErrorException' },
        body: spaced('Endpoint request timed out'),
      };
  }
}
