import { describe, expect, it } from 'vitest';
import type { MethodDesign } from '../../core/design/types';
import {
  integrationRequestNameSuggestions,
  methodRequestNames,
  nextStatusCode,
  pathParameterNames,
} from './suggestions';

const method: MethodDesign = {
  path: '/pets/{petId}/photos/{proxy+}',
  httpMethod: 'GET',
  function: 'Handler',
  options: {
    requestParameters: { 'method.request.querystring.q': false, 'method.request.path.petId': true },
  },
};

describe('form suggestions', () => {
  it('finds path parameters, greedy ones included', () => {
    expect(pathParameterNames(method.path)).toEqual(['petId', 'proxy']);
    expect(pathParameterNames('/')).toEqual([]);
  });

  it('lists declared method.request names first, then undeclared path parameters', () => {
    expect(methodRequestNames(method)).toEqual([
      'method.request.querystring.q',
      'method.request.path.petId',
      'method.request.path.proxy',
    ]);
    expect(methodRequestNames(undefined)).toEqual([]);
  });

  it('mirrors them as integration.request names', () => {
    expect(integrationRequestNameSuggestions(method)).toEqual([
      'integration.request.querystring.q',
      'integration.request.path.petId',
      'integration.request.path.proxy',
    ]);
  });

  it('picks an unused status code', () => {
    expect(nextStatusCode([])).toBe('200');
    expect(nextStatusCode(['200'])).toBe('400');
    expect(nextStatusCode(['200', '400'])).toBe('500');
  });
});
