/** Small designs the design tests mutate (test-only; not used by the product). */
import type { CreatedFunctionDesign, Design, MethodDesign } from '../core/design/types';

export const HANDLER_CODE = "exports.handler = async () => ({ statusCode: 200, body: 'ok' });";

/** The smallest valid design: one created function, one GET method. */
export function baseDesign(): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack' },
    api: { id: 'Api' },
    functions: [
      { id: 'Handler', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: HANDLER_CODE } },
    ],
    methods: [{ path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' }],
  };
}

/** The base design's function, typed as created. */
export function createdFunction(design: Design, index = 0): CreatedFunctionDesign {
  return design.functions[index] as CreatedFunctionDesign;
}

/** The base design's first method. */
export function firstMethod(design: Design): MethodDesign {
  return design.methods[0];
}

/** A design changed by `change` (which may mutate its argument). */
export function designWith(change: (design: Design) => void): Design {
  const design = baseDesign();
  change(design);
  return design;
}

/** A non-proxy method with a declared path parameter and a 200 response pair: room for mappings. */
export function nonProxyDesign(): Design {
  return designWith((design) => {
    design.methods[0] = {
      path: '/pets/{petId}',
      httpMethod: 'GET',
      function: 'Handler',
      integration: {
        proxy: false,
        requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
        requestTemplates: { 'application/json': '{"id": "$input.params(\'petId\')"}' },
        integrationResponses: [{ statusCode: '200' }],
      },
      options: {
        requestParameters: { 'method.request.path.petId': true },
        methodResponses: [{ statusCode: '200' }],
      },
    };
  });
}
