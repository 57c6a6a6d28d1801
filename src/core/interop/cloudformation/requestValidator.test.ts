import { describe, expect, it } from 'vitest';
import { importDesign } from '../importDesign';

/** A hand-written template: one validator shared by two methods, one method naming a non-validator. */
const template = `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "exports.handler = async () => ({ statusCode: 200 });" }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Search:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: search }
  Params:
    Type: AWS::ApiGateway::RequestValidator
    Properties:
      RestApiId: !Ref Api
      Name: params-only
      ValidateRequestBody: false
      ValidateRequestParameters: true
  GetSearch:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Search
      HttpMethod: GET
      AuthorizationType: NONE
      RequestParameters: { method.request.querystring.q: true }
      RequestValidatorId: !Ref Params
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
  PostSearch:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Search
      HttpMethod: POST
      AuthorizationType: NONE
      RequestValidatorId: !Ref Params
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
  PutSearch:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Search
      HttpMethod: PUT
      AuthorizationType: NONE
      RequestValidatorId: !Ref Search
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
  Deployment:
    Type: AWS::ApiGateway::Deployment
    DependsOn: [GetSearch, PostSearch, PutSearch]
    Properties: { RestApiId: !Ref Api }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, DeploymentId: !Ref Deployment, StageName: prod }
`;

describe('importDesign: AWS::ApiGateway::RequestValidator', () => {
  const result = importDesign(template);
  const methods = result.design?.methods ?? [];
  const options = (verb: string) => methods.find((m) => m.httpMethod === verb)?.options;

  it("gives each method that names a validator the validator's options, explicit false kept", () => {
    const expected = {
      requestValidatorName: 'params-only',
      validateRequestBody: false,
      validateRequestParameters: true,
    };
    expect(options('GET')).toEqual({
      requestParameters: { 'method.request.querystring.q': true },
      requestValidatorOptions: expected,
    });
    expect(options('POST')).toEqual({ requestValidatorOptions: expected });
  });

  it('says that a shared validator becomes one per method, and what is not a validator', () => {
    expect(result.unmapped).toContain(
      'Request validator Params: shared by Method GET /search (GetSearch) and Method POST /search (PostSearch); ' +
        'the design gives each method its own validator (CDK creates one per method from requestValidatorOptions).',
    );
    expect(result.unmapped).toContain(
      'Method PUT /search (PutSearch): request validator {"Ref":"Search"} is not an AWS::ApiGateway::RequestValidator of this API.',
    );
    expect(options('PUT')).toBeUndefined();
    // The validator itself is accounted for, so it is not listed as a resource left out.
    expect(result.unmapped.join('\n')).not.toContain('(AWS::ApiGateway::RequestValidator)');
  });

  it('lists validator properties it cannot read', () => {
    const odd = importDesign(
      template
        .replace('Name: params-only', 'Name: !Sub "${AWS::StackName}-params"')
        .replace('ValidateRequestBody: false', 'ValidateRequestBody: false\n      Extra: 1'),
    );
    expect(odd.unmapped).toContain(
      'Request validator Params: property Name ({"Fn::Sub":"${AWS::StackName}-params"}).',
    );
    expect(odd.unmapped).toContain('Request validator Params: property Extra (1).');
    expect(odd.design?.methods.find((m) => m.httpMethod === 'GET')?.options?.requestValidatorOptions).toEqual(
      {
        validateRequestBody: false,
        validateRequestParameters: true,
      },
    );
  });
});
