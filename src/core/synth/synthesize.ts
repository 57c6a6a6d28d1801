/**
 * The CloudFormation template aws-cdk-lib 2.276.0 synthesizes for the design's generated app, run
 * as a `cdk init` project runs it (its feature flags), reproduced without CDK: the same construct
 * tree, logical IDs, property values, DependsOn lists and the Deployment's hashed logical ID.
 * Each reproduced behaviour names the aws-cdk-lib file it comes from.
 */
import { convertDuration, durationAmount } from '../design/defaults';
import type {
  CreatedFunctionDesign,
  CreatedRoleDesign,
  Design,
  Duration,
  FunctionDesign,
  IntegrationDesign,
  MethodDesign,
  RoleDesign,
} from '../design/types';
import { isImportedFunction, isImportedRole } from '../design/types';
import { concat, getAtt, ref, type Json, type JsonObject, type Template } from './cfn';
import { arnAccount, formatArn, stackEnvironment, type StackEnvironment } from './environment';
import { md5OfConcatenation } from './md5';
import { comparePaths } from './order';
import {
  ConstructNode,
  elementsInOrder,
  SynthesisError,
  type CfnElement,
  type ResourceElement,
} from './tree';
import { makeUniqueId, uniqueResourceName } from './uniqueId';

export { SynthesisError } from './tree';

export interface SynthesizeOptions {
  /** `aws:cdk:path` metadata on every resource (`cdk synth`'s default); false is `--no-path-metadata`. */
  pathMetadata: boolean;
}

/** Template JSON pointer → the design JSON pointer whose value produced it. */
export type SourceMap = Record<string, string>;

export interface SynthesisResult {
  template: Template;
  sourceMap: SourceMap;
}

const ASSUME_ROLE_VERSION = '2012-10-17';
const DEFAULT_DEPLOYMENT_DESCRIPTION = 'Automatically created by the RestApi construct';
const APIGATEWAY_PRINCIPAL = 'apigateway.amazonaws.com';
// aws-cdk-lib/aws-logs/lib/log-group.js: RetentionDays.TWO_YEARS is the LogGroup default.
const LOG_GROUP_DEFAULT_RETENTION_DAYS = 731;
// aws-cdk-lib/aws-iam/lib/util.js: MAX_POLICY_NAME_LEN
const MAX_POLICY_NAME_LEN = 128;

/** The template `cdk synth` writes for the design (contract: "What matches cdk synth means"). */
export function synthesize(design: Design, options: SynthesizeOptions): Template {
  return new Synthesizer(design, options, false).run().template;
}

/** The template, plus which design value produced which template value. */
export function synthesizeWithSourceMap(design: Design, options: SynthesizeOptions): SynthesisResult {
  return new Synthesizer(design, options, true).run();
}

interface FunctionRef {
  node: ConstructNode;
  /** The function's ARN as a CloudFormation value (a fresh object each call). */
  arn(): Json;
  /** `FunctionBase.canCreatePermissions`: false for an imported function of another (or unknown) account. */
  canCreatePermissions: boolean;
  /** What LambdaIntegration.bind hashes into the Deployment (`deploymentToken`). */
  deploymentToken: string | undefined;
  designPointer: string;
}

interface RoleRef {
  arn(): Json;
}

interface ApiResourceRef {
  node: ConstructNode;
  /** `resourceId`: the root's `RootResourceId` or the resource's Ref. */
  resourceId(): Json;
  path: string;
  children: Map<string, ApiResourceRef>;
}

class Synthesizer {
  private readonly env: StackEnvironment;
  private readonly stack: ConstructNode;
  private readonly functions = new Map<string, FunctionRef>();
  private readonly roles = new Map<string, RoleRef>();
  private readonly vpcLinks = new Map<string, string>();
  private readonly sourceMap: SourceMap = {};
  /** Pointers recorded against nodes; turned into template pointers once logical IDs are known. */
  private readonly pendingSources: Array<{ node: ConstructNode; suffix: string; designPointer: string }> = [];
  private readonly hashComponents: string[] = [];

  constructor(
    private readonly design: Design,
    private readonly options: SynthesizeOptions,
    private readonly recordSources: boolean,
  ) {
    this.env = stackEnvironment(design.stack.env);
    this.stack = new ConstructNode(design.stack.id, undefined);
  }

  run(): SynthesisResult {
    // Rule 1 of the contract: functions, roles and VPC links first, in array order, then the API.
    this.design.functions.forEach((fn, index) => this.addFunction(fn, index));
    (this.design.roles ?? []).forEach((role, index) => this.addRole(role, index));
    for (const link of this.design.vpcLinks ?? []) {
      this.stack.add(link.id); // VpcLink.fromVpcLinkId: a construct without CloudFormation.
      this.vpcLinks.set(link.id, link.importId);
    }
    this.addRestApi();
    this.addBootstrapVersion();
    const template = this.render();
    for (const { node, suffix, designPointer } of this.pendingSources) {
      this.sourceMap[`/Resources/${escapePointer(node.logicalId)}${suffix}`] = designPointer;
    }
    return { template, sourceMap: this.sourceMap };
  }

  private source(node: ConstructNode, suffix: string, designPointer: string): void {
    if (this.recordSources) this.pendingSources.push({ node, suffix, designPointer });
  }

  // ---- Lambda ------------------------------------------------------------------------------

  private addFunction(fn: FunctionDesign, index: number): void {
    const designPointer = `/functions/${index}`;
    const node = this.stack.add(fn.id);
    if (isImportedFunction(fn)) {
      const arn = fn.importArn;
      // aws-cdk-lib/aws-lambda/lib/function.js: fromFunctionAttributes, canCreatePermissions =
      // _isStackAccount() (function-base.js): only when the stack's account is a literal equal to the ARN's.
      const stackAccount = this.env.account;
      this.functions.set(fn.id, {
        node,
        arn: () => arn,
        canCreatePermissions: stackAccount !== undefined && arnAccount(arn) === stackAccount,
        // function.js: extractNameFromArn = Fn.select(6, Fn.split(':', arn)), literal for a literal ARN.
        deploymentToken: JSON.stringify({ functionName: arn.split(':')[6] }),
        designPointer,
      });
      return;
    }
    this.addCreatedFunction(fn, node, designPointer);
  }

  /** aws-cdk-lib/aws-lambda/lib/function.js: Function constructor (role, CfnFunction, LogGroup). */
  private addCreatedFunction(fn: CreatedFunctionDesign, node: ConstructNode, designPointer: string): void {
    const serviceRole = node.add('ServiceRole');
    const roleResource = serviceRole.add('Resource');
    roleResource.element = roleElement('lambda.amazonaws.com', [
      managedPolicyArn('service-role/AWSLambdaBasicExecutionRole'),
    ]);
    const fnResource = node.add('Resource');
    fnResource.element = {
      kind: 'resource',
      type: 'AWS::Lambda::Function',
      properties: () =>
        defined({
          Code: { ZipFile: fn.code.inline },
          FunctionName: fn.functionName,
          Handler: fn.handler,
          MemorySize: fn.memorySize,
          Role: getAtt(roleResource.logicalId, 'Arn'),
          Runtime: fn.runtime,
          Timeout: fn.timeout === undefined ? undefined : toUnit(fn.timeout, 'seconds'),
        }),
      // function.js: this.resource.node.addDependency(this.role)
      dependsOn: [roleResource],
    };
    this.source(fnResource, '', designPointer);
    this.source(fnResource, '/Properties/Code/ZipFile', `${designPointer}/code/inline`);
    this.source(fnResource, '/Properties/Handler', `${designPointer}/handler`);
    this.source(fnResource, '/Properties/Runtime', `${designPointer}/runtime`);
    if (fn.functionName !== undefined)
      this.source(fnResource, '/Properties/FunctionName', `${designPointer}/functionName`);
    if (fn.memorySize !== undefined)
      this.source(fnResource, '/Properties/MemorySize', `${designPointer}/memorySize`);
    if (fn.timeout !== undefined) this.source(fnResource, '/Properties/Timeout', `${designPointer}/timeout`);

    // Feature flag @aws-cdk/aws-lambda:useCdkManagedLogGroup: a LogGroup named after the function.
    const logGroup = node.add('LogGroup').add('Resource');
    logGroup.element = {
      kind: 'resource',
      type: 'AWS::Logs::LogGroup',
      properties: () => ({
        LogGroupName: concat('/aws/lambda/', ref(fnResource.logicalId)),
        RetentionInDays: LOG_GROUP_DEFAULT_RETENTION_DAYS,
      }),
      removalPolicy: 'Retain',
    };
    this.functions.set(fn.id, {
      node,
      arn: () => getAtt(fnResource.logicalId, 'Arn'),
      canCreatePermissions: true,
      // integrations/lambda.js: JSON.stringify({ functionName }) of the CfnFunction's functionName,
      // which without a name is an unresolved token (core/lib/resource.js physicalName): no token then.
      deploymentToken:
        fn.functionName === undefined ? undefined : JSON.stringify({ functionName: fn.functionName }),
      designPointer,
    });
  }

  // ---- IAM ---------------------------------------------------------------------------------

  private addRole(role: RoleDesign, index: number): void {
    const node = this.stack.add(role.id);
    if (isImportedRole(role)) {
      const arn = role.importArn;
      this.roles.set(role.id, { arn: () => arn }); // Role.fromRoleArn: no CloudFormation.
      return;
    }
    this.addCreatedRole(role, node, `/roles/${index}`);
  }

  /** aws-cdk-lib/aws-iam/lib/role.js: Role, and its DefaultPolicy from `fn.grantInvoke(role)`. */
  private addCreatedRole(role: CreatedRoleDesign, node: ConstructNode, designPointer: string): void {
    const resource = node.add('Resource');
    resource.element = roleElement(role.assumedBy, []);
    this.source(resource, '', designPointer);
    this.roles.set(role.id, { arn: () => getAtt(resource.logicalId, 'Arn') });

    // function-base.js grantInvoke: one grant per grantee (repeats reuse it). The role's account is
    // the stack's; Grant.addToPrincipalOrResource adds only to the role's policy when the function's
    // account is the same (validation rejects the other cases, where CDK throws).
    const granted: FunctionRef[] = [];
    for (const functionId of role.grantInvoke ?? []) {
      const fn = this.functions.get(functionId);
      if (fn && !granted.includes(fn)) granted.push(fn);
    }
    if (granted.length === 0) return;
    const policy = node.add('DefaultPolicy').add('Resource');
    policy.element = {
      kind: 'resource',
      type: 'AWS::IAM::Policy',
      properties: () => ({
        PolicyDocument: {
          Statement: [
            {
              Action: 'lambda:InvokeFunction',
              Effect: 'Allow',
              Resource: invokeResources(granted),
            },
          ],
          Version: ASSUME_ROLE_VERSION,
        },
        // aws-iam/lib/util.js: generatePolicyName, the last 128 characters of the logical ID.
        PolicyName: policy.logicalId.slice(-MAX_POLICY_NAME_LEN),
        Roles: [ref(resource.logicalId)],
      }),
    };
    this.source(policy, '', `${designPointer}/grantInvoke`);
  }

  // ---- API Gateway -------------------------------------------------------------------------

  /** aws-cdk-lib/aws-apigateway/lib/restapi.js: RestApi constructor. */
  private addRestApi(): void {
    const api = this.design.api;
    const apiNode = this.stack.add(api.id);
    const apiResource = apiNode.add('Resource');
    apiResource.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::RestApi',
      properties: () =>
        defined({
          BinaryMediaTypes: api.binaryMediaTypes === undefined ? undefined : [...api.binaryMediaTypes],
          Description: api.description,
          EndpointConfiguration:
            api.endpointTypes === undefined ? undefined : { Types: [...api.endpointTypes] },
          Name: api.restApiName ?? api.id, // restapi.js: restApiName ?? id
        }),
    };
    this.source(apiResource, '', '/api');
    if (api.restApiName !== undefined) this.source(apiResource, '/Properties/Name', '/api/restApiName');
    if (api.description !== undefined)
      this.source(apiResource, '/Properties/Description', '/api/description');
    if (api.binaryMediaTypes !== undefined)
      this.source(apiResource, '/Properties/BinaryMediaTypes', '/api/binaryMediaTypes');
    if (api.endpointTypes !== undefined)
      this.source(apiResource, '/Properties/EndpointConfiguration', '/api/endpointTypes');

    // restapi.js _configureCloudWatchRole: off by default under @aws-cdk/aws-apigateway:disableCloudWatchRole.
    let account: ConstructNode | undefined;
    if (api.cloudWatchRole === true) {
      const cloudWatchRole = apiNode.add('CloudWatchRole').add('Resource');
      cloudWatchRole.element = {
        ...roleElement(APIGATEWAY_PRINCIPAL, [
          managedPolicyArn('service-role/AmazonAPIGatewayPushToCloudWatchLogs'),
        ]),
        removalPolicy: 'Retain',
      };
      account = apiNode.add('Account');
      account.element = {
        kind: 'resource',
        type: 'AWS::ApiGateway::Account',
        properties: () => ({ CloudWatchRoleArn: getAtt(cloudWatchRole.logicalId, 'Arn') }),
        dependsOn: [apiResource],
        removalPolicy: 'Retain',
      };
      this.source(account, '', '/api/cloudWatchRole');
    }

    // restapi.js _configureDeployment; deployment.js: LatestDeploymentResource.
    const deployment = apiNode.add('Deployment').add('Resource');
    const deploymentDependsOn: ConstructNode[] = [];
    const originalDeploymentId = deployment.logicalId;
    let deploymentLogicalId: string | undefined;
    deployment.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::Deployment',
      properties: () => ({
        Description: api.description ?? DEFAULT_DEPLOYMENT_DESCRIPTION,
        RestApiId: ref(apiResource.logicalId),
      }),
      dependsOn: deploymentDependsOn,
      extraMetadata: { 'aws:cdk:do-not-refactor': true },
      logicalIdOverride: () => {
        deploymentLogicalId ??= this.deploymentLogicalId(originalDeploymentId, apiResource);
        return deploymentLogicalId;
      },
    };

    // stage.js: `props.stageName || 'prod'`, the construct id `DeploymentStage.${stageName}`.
    const stageName = api.stageName || 'prod';
    const stage = apiNode.add(`DeploymentStage.${stageName}`).add('Resource');
    stage.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::Stage',
      properties: () => ({
        DeploymentId: ref(deployment.logicalId),
        RestApiId: ref(apiResource.logicalId),
        StageName: stageName,
      }),
      // restapi.js _attachStage: the stage waits for the CloudWatch Account.
      dependsOn: account ? [account] : undefined,
    };
    this.source(stage, '', '/api/stageName');

    // restapi.js: CfnOutput 'Endpoint' = urlForPath('/') (stage.js urlForPath).
    const endpoint = apiNode.add('Endpoint');
    endpoint.element = {
      kind: 'output',
      value: () =>
        concat(
          'https://',
          ref(apiResource.logicalId),
          '.execute-api.',
          this.env.regionValue(),
          '.',
          this.env.urlSuffix(),
          '/',
          ref(stage.logicalId),
          '/',
        ),
    };

    const rootNode = apiNode.add('Default'); // RootResource
    const root: ApiResourceRef = {
      node: rootNode,
      resourceId: () => getAtt(apiResource.logicalId, 'RootResourceId'),
      path: '/',
      children: new Map(),
    };
    const context: ApiContext = { apiNode, apiResource, stage, root, deploymentDependsOn };
    this.design.methods.forEach((method, index) => this.addMethod(context, method, index));
  }

  /** resource.js: ResourceBase.resourceForPath, creating each missing Resource on the way. */
  private resourceForPath(context: ApiContext, path: string): ApiResourceRef {
    let current = context.root;
    for (const pathPart of path.split('/').filter((part) => part !== '')) {
      const existing = current.children.get(pathPart);
      current = existing ?? this.addResource(context, current, pathPart);
    }
    return current;
  }

  /** resource.js: Resource constructor; its props are hashed into the Deployment. */
  private addResource(context: ApiContext, parent: ApiResourceRef, pathPart: string): ApiResourceRef {
    const node = parent.node.add(pathPart);
    const cfnNode = node.add('Resource');
    const restApiId = (): Json => ref(context.apiResource.logicalId);
    cfnNode.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::Resource',
      properties: () => ({ ParentId: parent.resourceId(), PathPart: pathPart, RestApiId: restApiId() }),
    };
    const resource: ApiResourceRef = {
      node,
      resourceId: () => ref(cfnNode.logicalId),
      path: parent.path.endsWith('/') ? `${parent.path}${pathPart}` : `${parent.path}/${pathPart}`,
      children: new Map(),
    };
    parent.children.set(pathPart, resource);
    context.deploymentDependsOn.push(cfnNode);
    this.hashComponents.push(
      JSON.stringify({ resource: { restApiId: restApiId(), parentId: parent.resourceId(), pathPart } }),
    );
    return resource;
  }

  /** method.js: Method constructor, with integrations/lambda.js LambdaIntegration.bind. */
  private addMethod(context: ApiContext, method: MethodDesign, index: number): void {
    const designPointer = `/methods/${index}`;
    const resource = this.resourceForPath(context, method.path);
    const httpMethod = method.httpMethod.toUpperCase();
    const methodNode = resource.node.add(method.httpMethod);
    const fn = this.functions.get(method.function);
    const integration = method.integration ?? {};
    if (fn) this.addInvokePermissions(context, methodNode, resource.path, httpMethod, fn, integration);

    // method.js builds its props after the integration's bind; `requestValidatorId` adds the
    // validator (and its Deployment hash component) before the CfnMethod exists.
    const validator = this.addRequestValidator(context, methodNode, method, designPointer);
    const cfnNode = methodNode.add('Resource');
    // Every value here is known now (logical IDs come from paths): built once, hashed, rendered once.
    const props = this.methodProps(context, resource, httpMethod, fn, method, validator);
    cfnNode.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::Method',
      properties: () => methodProperties(props),
    };
    if (this.recordSources) this.sourceMethod(cfnNode, method, designPointer);
    // method.js: the latest deployment depends on the method and hashes its props.
    context.deploymentDependsOn.push(cfnNode);
    this.hashComponents.push(JSON.stringify({ method: { ...props, integrationToken: fn?.deploymentToken } }));
  }

  /** The `methodProps` object method.js builds (camelCase, in its key order), resolved. */
  private methodProps(
    context: ApiContext,
    resource: ApiResourceRef,
    httpMethod: string,
    fn: FunctionRef | undefined,
    method: MethodDesign,
    validator: ConstructNode | undefined,
  ): MethodProps {
    const options = method.options ?? {};
    const integration = method.integration ?? {};
    const methodResponses = options.methodResponses ?? [];
    return {
      resourceId: resource.resourceId(),
      restApiId: ref(context.apiResource.logicalId),
      httpMethod,
      operationName: options.operationName || undefined,
      apiKeyRequired: options.apiKeyRequired,
      authorizationType: options.authorizationType || 'NONE',
      requestParameters: options.requestParameters ? { ...options.requestParameters } : undefined,
      integration: this.integrationProps(fn, integration),
      // method.js: a Box that renders nothing when no method response was added.
      methodResponses:
        methodResponses.length === 0
          ? undefined
          : methodResponses.map((response) =>
              defined({
                statusCode: response.statusCode,
                responseParameters: response.responseParameters
                  ? { ...response.responseParameters }
                  : undefined,
                responseModels: response.responseModels ? { ...response.responseModels } : undefined,
              }),
            ),
      requestValidatorId: validator ? ref(validator.logicalId) : undefined,
    };
  }

  /**
   * method.js requestValidatorId with requestValidatorOptions under the cdk init flag
   * @aws-cdk/aws-apigateway:requestValidatorUniqueId: a `Validator` construct in the method names a
   * RequestValidator that restapi.js addRequestValidator adds to the API (requestvalidator.js:
   * CfnRequestValidator, the Deployment depends on it and hashes its props).
   */
  private addRequestValidator(
    context: ApiContext,
    methodNode: ConstructNode,
    method: MethodDesign,
    designPointer: string,
  ): ConstructNode | undefined {
    const options = method.options?.requestValidatorOptions;
    if (options === undefined) return undefined;
    const nameScope = methodNode.add('Validator');
    const id = uniqueResourceName([this.design.stack.id, ...nameScope.pathBelowStack]);
    const node = context.apiNode.add(id).add('Resource');
    const restApiId = ref(context.apiResource.logicalId);
    const validatorProps = {
      name: options.requestValidatorName,
      restApiId,
      validateRequestBody: options.validateRequestBody,
      validateRequestParameters: options.validateRequestParameters,
    };
    node.element = {
      kind: 'resource',
      type: 'AWS::ApiGateway::RequestValidator',
      properties: () =>
        defined({
          Name: validatorProps.name,
          RestApiId: ref(context.apiResource.logicalId),
          ValidateRequestBody: validatorProps.validateRequestBody,
          ValidateRequestParameters: validatorProps.validateRequestParameters,
        }),
    };
    context.deploymentDependsOn.push(node);
    this.hashComponents.push(JSON.stringify({ validator: validatorProps }));
    if (this.recordSources) {
      const pointer = `${designPointer}/options/requestValidatorOptions`;
      this.source(node, '', pointer);
      if (options.requestValidatorName !== undefined)
        this.source(node, '/Properties/Name', `${pointer}/requestValidatorName`);
      if (options.validateRequestBody !== undefined)
        this.source(node, '/Properties/ValidateRequestBody', `${pointer}/validateRequestBody`);
      if (options.validateRequestParameters !== undefined)
        this.source(node, '/Properties/ValidateRequestParameters', `${pointer}/validateRequestParameters`);
    }
    return node;
  }

  /** method.js renderIntegration over integration.js bind and integrations/aws.js. */
  private integrationProps(fn: FunctionRef | undefined, integration: IntegrationDesign): JsonObject {
    const proxy = integration.proxy ?? true;
    const functionArn = fn ? fn.arn() : '';
    const path =
      integration.responseTransferMode === 'STREAM'
        ? ['2021-11-15/functions/', functionArn, '/response-streaming-invocations']
        : ['2015-03-31/functions/', functionArn, '/invocations'];
    const vpcLinkId = integration.vpcLink === undefined ? undefined : this.vpcLinks.get(integration.vpcLink);
    let credentials: Json | undefined;
    if (integration.credentialsRole !== undefined)
      credentials = this.roles.get(integration.credentialsRole)?.arn();
    else if (integration.credentialsPassthrough) {
      credentials = formatArn(this.env, {
        service: 'iam',
        region: '',
        account: '*',
        resource: 'user',
        resourceName: ['*'],
      });
    }
    return defined({
      type: proxy ? 'AWS_PROXY' : 'AWS',
      uri: formatArn(this.env, {
        service: 'apigateway',
        account: 'lambda',
        resource: 'path',
        resourceName: path,
      }),
      cacheKeyParameters: integration.cacheKeyParameters ? [...integration.cacheKeyParameters] : undefined,
      cacheNamespace: integration.cacheNamespace,
      contentHandling: integration.contentHandling,
      integrationHttpMethod: 'POST',
      requestParameters: integration.requestParameters ? { ...integration.requestParameters } : undefined,
      requestTemplates: integration.requestTemplates ? { ...integration.requestTemplates } : undefined,
      passthroughBehavior: integration.passthroughBehavior,
      // The user's objects as the generated code writes them: jsii struct order (contract rule 2).
      integrationResponses: integration.integrationResponses?.map((response) =>
        defined({
          statusCode: response.statusCode,
          contentHandling: response.contentHandling,
          responseParameters: response.responseParameters ? { ...response.responseParameters } : undefined,
          responseTemplates: response.responseTemplates ? { ...response.responseTemplates } : undefined,
          selectionPattern: response.selectionPattern,
        }),
      ),
      // integration.js bind: a vpcLink forces VPC_LINK.
      connectionType: integration.vpcLink !== undefined ? 'VPC_LINK' : integration.connectionType,
      connectionId: vpcLinkId,
      credentials,
      timeoutInMillis: integration.timeout === undefined ? undefined : toUnit(integration.timeout, 'millis'),
      responseTransferMode: integration.responseTransferMode,
    });
  }

  /**
   * integrations/lambda.js bind: a permission per method (and one for the console's test-invoke
   * stage), or with scopePermissionToMethod false one per function and API for any method/stage.
   */
  private addInvokePermissions(
    context: ApiContext,
    methodNode: ConstructNode,
    resourcePath: string,
    httpMethod: string,
    fn: FunctionRef,
    integration: IntegrationDesign,
  ): void {
    // function-base.js addPermission: nothing (a warning) when permissions cannot be created.
    if (!fn.canCreatePermissions) return;
    const apiUniqueId = nodeUniqueId(context.apiNode);
    if (integration.scopePermissionToMethod ?? true) {
      const description = `${apiUniqueId}.${httpMethod}.${resourcePath.replace(/\//g, '.')}`;
      const stageArn = (stage: Json): Json => this.executeApiArn(context, httpMethod, resourcePath, stage);
      this.addPermission(methodNode.add(`ApiPermission.${description}`), fn, () =>
        stageArn(ref(context.stage.logicalId)),
      );
      if (integration.allowTestInvoke ?? true) {
        this.addPermission(methodNode.add(`ApiPermission.Test.${description}`), fn, () =>
          stageArn('test-invoke-stage'),
        );
      }
      return;
    }
    const id = `ApiPermission.ApiScoped.${nodeUniqueId(fn.node)}.${apiUniqueId}`;
    if (context.apiNode.child(id)) return;
    this.addPermission(context.apiNode.add(id), fn, () => this.executeApiArn(context, '*', '/*', '*'));
  }

  private addPermission(node: ConstructNode, fn: FunctionRef, sourceArn: () => Json): void {
    node.element = {
      kind: 'resource',
      type: 'AWS::Lambda::Permission',
      properties: () => ({
        Action: 'lambda:InvokeFunction',
        FunctionName: fn.arn(),
        Principal: APIGATEWAY_PRINCIPAL,
        SourceArn: sourceArn(),
      }),
    };
    this.source(node, '', fn.designPointer);
  }

  /**
   * restapi.js arnForExecuteApi with method.js pathForArn: ANY is "*", `{param}` path parts are "*".
   */
  private executeApiArn(context: ApiContext, httpMethod: string, path: string, stage: Json): Json {
    const method = httpMethod.toUpperCase() === 'ANY' ? '*' : httpMethod;
    const arnPath = path.replace(/\{[^}]*\}/g, '*');
    return formatArn(this.env, {
      service: 'execute-api',
      resource: ref(context.apiResource.logicalId),
      resourceName: [stage, `/${method}${arnPath}`],
    });
  }

  /**
   * deployment.js LatestDeploymentResource.calculateLogicalId: the original logical ID plus the
   * MD5 of every hash component (resources and methods in creation order, then the RestApi's own
   * resolved CloudFormation, path metadata included) as JSON.
   */
  private deploymentLogicalId(originalLogicalId: string, apiResource: ConstructNode): string {
    const restApiCfn = { Resources: { [apiResource.logicalId]: this.renderResource(apiResource) } };
    const components = [...this.hashComponents, JSON.stringify(restApiCfn)];
    return originalLogicalId + md5OfConcatenation(components);
  }

  private sourceMethod(node: ConstructNode, method: MethodDesign, designPointer: string): void {
    this.source(node, '', designPointer);
    this.source(node, '/Properties/HttpMethod', `${designPointer}/httpMethod`);
    this.source(node, '/Properties/Integration/Uri', `${designPointer}/function`);
    const integration = method.integration ?? {};
    const integrationFields: Array<[keyof IntegrationDesign, string]> = [
      ['proxy', 'Type'],
      ['cacheKeyParameters', 'CacheKeyParameters'],
      ['cacheNamespace', 'CacheNamespace'],
      ['connectionType', 'ConnectionType'],
      ['contentHandling', 'ContentHandling'],
      ['credentialsPassthrough', 'Credentials'],
      ['credentialsRole', 'Credentials'],
      ['integrationResponses', 'IntegrationResponses'],
      ['passthroughBehavior', 'PassthroughBehavior'],
      ['requestParameters', 'RequestParameters'],
      ['requestTemplates', 'RequestTemplates'],
      ['responseTransferMode', 'ResponseTransferMode'],
      ['timeout', 'TimeoutInMillis'],
      ['vpcLink', 'ConnectionId'],
    ];
    for (const [field, cfnName] of integrationFields) {
      if (integration[field] !== undefined) {
        this.source(node, `/Properties/Integration/${cfnName}`, `${designPointer}/integration/${field}`);
      }
    }
    const options = method.options ?? {};
    const optionFields: Array<[keyof typeof options, string]> = [
      ['authorizationType', 'AuthorizationType'],
      ['apiKeyRequired', 'ApiKeyRequired'],
      ['operationName', 'OperationName'],
      ['requestParameters', 'RequestParameters'],
      ['methodResponses', 'MethodResponses'],
      ['requestValidatorOptions', 'RequestValidatorId'],
    ];
    for (const [field, cfnName] of optionFields) {
      if (options[field] !== undefined)
        this.source(node, `/Properties/${cfnName}`, `${designPointer}/options/${field}`);
    }
  }

  // ---- Stack-level elements and rendering ---------------------------------------------------

  /** core/lib/stack-synthesizers/stack-synthesizer.js addBootstrapVersionRule (DefaultStackSynthesizer). */
  private addBootstrapVersion(): void {
    // A construct of the app's own already named BootstrapVersion: CDK adds neither.
    if (this.stack.child('BootstrapVersion')) return;
    this.stack.add('BootstrapVersion').element = {
      kind: 'parameter',
      body: () => ({
        Type: 'AWS::SSM::Parameter::Value<String>',
        Default: '/cdk-bootstrap/hnb659fds/version',
        Description:
          'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]',
      }),
    };
    this.stack.add('CheckBootstrapVersion').element = {
      kind: 'rule',
      body: () => ({
        Assertions: [
          {
            Assert: {
              'Fn::Not': [{ 'Fn::Contains': [['1', '2', '3', '4', '5'], { Ref: 'BootstrapVersion' }] }],
            },
            AssertDescription:
              "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.",
          },
        ],
      }),
    };
  }

  /** stack.js _toCloudFormation: every element's fragment merged in tree order. */
  private render(): Template {
    const template: Template = {};
    for (const node of elementsInOrder(this.stack)) {
      const element = node.element as CfnElement;
      const section = SECTION[element.kind];
      let entries = template[section] as JsonObject | undefined;
      if (!entries) {
        entries = {};
        template[section] = entries;
      }
      const logicalId = node.logicalId;
      if (logicalId in entries) {
        // core/lib/stack.js mergeObjectsWithoutDuplicates
        throw new SynthesisError(`section '${section}' already contains '${logicalId}'`);
      }
      entries[logicalId] = this.renderElement(node, element);
    }
    return template;
  }

  private renderElement(node: ConstructNode, element: CfnElement): Json {
    switch (element.kind) {
      case 'resource':
        return this.renderResource(node);
      case 'output':
        return { Value: element.value() };
      case 'parameter':
      case 'rule':
        return element.body();
    }
  }

  /** cfn-resource.js _toCloudFormation: Type, Properties, DependsOn, policies, Metadata. */
  private renderResource(node: ConstructNode): JsonObject {
    const element = node.element as ResourceElement;
    const out: JsonObject = { Type: element.type, Properties: element.properties() };
    if (element.dependsOn && element.dependsOn.length > 0) {
      // cfn-resource.js renderDependsOn: unique targets sorted by construct path (localeCompare).
      const targets = [...new Set(element.dependsOn)].sort((a, b) => comparePaths(a.path, b.path));
      out.DependsOn = targets.map((target) => target.logicalId);
    }
    if (element.removalPolicy) {
      out.UpdateReplacePolicy = element.removalPolicy;
      out.DeletionPolicy = element.removalPolicy;
    }
    const metadata: JsonObject = {};
    // cfn-resource.js: `aws:cdk:path` when the app's context enables path metadata.
    if (this.options.pathMetadata) metadata['aws:cdk:path'] = node.path;
    Object.assign(metadata, element.extraMetadata);
    if (Object.keys(metadata).length > 0) out.Metadata = metadata;
    return out;
  }
}

interface ApiContext {
  apiNode: ConstructNode;
  apiResource: ConstructNode;
  stage: ConstructNode;
  root: ApiResourceRef;
  deploymentDependsOn: ConstructNode[];
}

type MethodProps = Record<string, Json | undefined>;

const SECTION: Record<CfnElement['kind'], string> = {
  resource: 'Resources',
  output: 'Outputs',
  parameter: 'Parameters',
  rule: 'Rules',
};

/** core/lib/names.js Names.nodeUniqueId: makeUniqueId over the full path (stack id included). */
function nodeUniqueId(node: ConstructNode): string {
  const components: string[] = [];
  for (let current: ConstructNode | undefined = node; current; current = current.parent)
    components.unshift(current.id);
  return makeUniqueId(components);
}

/** The CfnMethod properties (apigateway.generated.js: alphabetical CloudFormation names). */
function methodProperties(props: MethodProps): JsonObject {
  const integration = props.integration as JsonObject;
  const responses = integration.integrationResponses as JsonObject[] | undefined;
  const methodResponses = props.methodResponses as JsonObject[] | undefined;
  return defined({
    ApiKeyRequired: props.apiKeyRequired,
    AuthorizationType: props.authorizationType,
    HttpMethod: props.httpMethod,
    Integration: defined({
      CacheKeyParameters: integration.cacheKeyParameters,
      CacheNamespace: integration.cacheNamespace,
      ConnectionId: integration.connectionId,
      ConnectionType: integration.connectionType,
      ContentHandling: integration.contentHandling,
      Credentials: integration.credentials,
      IntegrationHttpMethod: integration.integrationHttpMethod,
      IntegrationResponses: responses?.map((response) =>
        defined({
          ContentHandling: response.contentHandling,
          ResponseParameters: response.responseParameters,
          ResponseTemplates: response.responseTemplates,
          SelectionPattern: response.selectionPattern,
          StatusCode: response.statusCode,
        }),
      ),
      PassthroughBehavior: integration.passthroughBehavior,
      RequestParameters: integration.requestParameters,
      RequestTemplates: integration.requestTemplates,
      ResponseTransferMode: integration.responseTransferMode,
      TimeoutInMillis: integration.timeoutInMillis,
      Type: integration.type,
      Uri: integration.uri,
    }),
    MethodResponses: methodResponses?.map((response) =>
      defined({
        ResponseModels: response.responseModels,
        ResponseParameters: response.responseParameters,
        StatusCode: response.statusCode,
      }),
    ),
    OperationName: props.operationName,
    RequestParameters: props.requestParameters,
    RequestValidatorId: props.requestValidatorId,
    ResourceId: props.resourceId,
    RestApiId: props.restApiId,
  });
}

/** An IAM role assumed by a service (role.js createAssumeRolePolicy; principals.js ServicePrincipal). */
function roleElement(service: string, managedPolicyArns: Array<() => Json>): ResourceElement {
  return {
    kind: 'resource',
    type: 'AWS::IAM::Role',
    properties: () =>
      defined({
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Action: 'sts:AssumeRole',
              Effect: 'Allow',
              Principal: { Service: servicePrincipalName(service) },
            },
          ],
          Version: ASSUME_ROLE_VERSION,
        },
        ManagedPolicyArns: managedPolicyArns.length === 0 ? undefined : managedPolicyArns.map((arn) => arn()),
      }),
  };
}

/**
 * principals.js ServicePrincipalToken: "name", "name.amazonaws.com(.cn)", "name.c2s.ic.gov" and
 * "name.sc2s.sgov.gov" all become "name.amazonaws.com"; anything else is kept.
 */
export function servicePrincipalName(service: string): string {
  const match = /^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$/.exec(
    service,
  );
  return match ? `${match[1]}.amazonaws.com` : service;
}

/** managed-policy.js fromAwsManagedPolicyName: always the AWS::Partition pseudo parameter. */
function managedPolicyArn(name: string): () => Json {
  return () => concat('arn:', ref('AWS::Partition'), `:iam::aws:policy/${name}`);
}

/**
 * The Resource list of the merged grantInvoke statement: each function's ARN and `ARN:*`
 * (function-base.js resourceArnsForGrantInvoke), merged into one statement under
 * @aws-cdk/aws-iam:minimizePolicies (private/merge-statements.js), deduplicated and sorted by
 * their JSON (private/postprocess-policy-document.js sortByJson); a single one is unwrapped.
 */
function invokeResources(functions: FunctionRef[]): Json {
  const byJson = new Map<string, Json>();
  for (const fn of functions) {
    for (const arn of [fn.arn(), concat(fn.arn(), ':*')]) byJson.set(JSON.stringify(arn), arn);
  }
  const sorted = [...byJson.keys()].sort().map((key) => byJson.get(key) as Json);
  return sorted.length === 1 ? sorted[0] : sorted;
}

/** core/lib/duration.js toSeconds / toMilliseconds (validation guarantees whole values). */
function toUnit(duration: Duration, unit: 'seconds' | 'millis'): number {
  const amount = durationAmount(duration);
  if (!amount) return NaN;
  return convertDuration(amount.amount, amount.unit, unit).value;
}

/** Drops undefined values, keeping key order (core/lib/private/resolve.js drops undefined). */
function defined(object: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
