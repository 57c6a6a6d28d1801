import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDesign } from '../importDesign';

const template = readFileSync(join(import.meta.dirname, '..', 'testing', 'handWritten.yaml'), 'utf8');

describe('importDesign on a hand-written template with short-form tags', () => {
  const result = importDesign(template);

  it('rebuilds the design from !Ref, !GetAtt, !Sub and !Join', () => {
    expect(result.design).toEqual({
      version: 1,
      stack: { id: 'ImportedStack' },
      api: { id: 'PetsApi', restApiName: 'pets-api', stageName: 'v1', endpointTypes: ['REGIONAL'] },
      functions: [
        {
          id: 'PetsFunction',
          runtime: 'python3.13',
          handler: 'index.handler',
          code: { inline: 'def handler(event, context):\n    return {"id": event["id"]}\n' },
          timeout: { seconds: 5 },
        },
      ],
      methods: [
        {
          path: '/pets/{petId}',
          httpMethod: 'GET',
          function: 'PetsFunction',
          integration: {
            proxy: false,
            integrationResponses: [
              { statusCode: '200' },
              {
                statusCode: '404',
                selectionPattern: '.*not found.*',
                responseTemplates: { 'application/json': `{ "message": "$input.path('$.errorMessage')" }` },
              },
            ],
            passthroughBehavior: 'WHEN_NO_TEMPLATES',
            requestTemplates: { 'application/json': `{ "id": "$input.params('petId')" }` },
            // One API-wide permission (SourceArn …/*/*/*) is what scopePermissionToMethod: false makes.
            scopePermissionToMethod: false,
          },
          options: {
            requestParameters: { 'method.request.path.petId': true },
            methodResponses: [
              { statusCode: '200' },
              { statusCode: '404', responseModels: { 'application/json': 'Error' } },
            ],
          },
        },
        {
          path: '/pets',
          httpMethod: 'ANY',
          function: 'PetsFunction',
          integration: { scopePermissionToMethod: false },
          options: { authorizationType: 'AWS_IAM' },
        },
      ],
    });
  });

  it('lists, in words, everything it could not carry', () => {
    expect(result.unmapped).toEqual([
      'Method OPTIONS /pets (PetsCors): a MOCK integration, not a Lambda integration (CORS preflight).',
      'Stage v1: property Variables ({"environment":{"Ref":"Environment"}}).',
      'Output TableName: {"Ref":"PetsTable"}.',
      'Parameter Environment: the design has no template parameters.',
      'Resource PetsTable (AWS::DynamoDB::Table): not part of an API Gateway → Lambda design.',
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // The info diagnostic for what was not imported points at its line.
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        message: 'Not imported: PetsTable (AWS::DynamoDB::Table).',
        line: 124,
        column: 5,
      }),
    );
  });
});
