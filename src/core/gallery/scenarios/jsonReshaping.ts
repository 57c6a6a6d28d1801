import type { Scenario } from '../types';

const requestTemplate = `#set($order = $input.path('$'))
{
  "customerId": $input.json('$.customer.id'),
  "items": [
#foreach($line in $order.lines)
    { "sku": "$line.sku", "quantity": $line.qty }#if($foreach.hasNext),#end
#end
  ],
  "requestId": "$context.requestId"
}`;

const responseTemplate = `#set($saved = $input.path('$'))
{
  "orderId": "$saved.id",
  "status": "$saved.state",
  "links": { "self": "/orders/$saved.id" }
}`;

const code = `exports.handler = async (event) => ({
  id: 'ord-1001',
  state: 'RECEIVED',
  itemCount: event.items.length,
});`;

export const jsonReshaping: Scenario = {
  id: 'non-proxy-json-reshaping',
  title: 'Non-proxy JSON reshaping',
  summary: 'A request template renames and flattens the client JSON; a response template shapes the answer.',
  explanation:
    'A custom (non-proxy) integration puts mapping templates on both sides of the function. The request ' +
    'template reads the client body with $input.path, loops over its lines with #foreach and writes the ' +
    'JSON the function wants (customerId, items with sku and quantity). The function returns its own ' +
    'record, and the integration response template turns it into the public shape with a link. Neither ' +
    'side has to know the other: change a template and the client contract or the function contract ' +
    'moves on its own. The status code 201 comes from the integration response, not from the function.',
  design: {
    version: 1,
    stack: { id: 'OrdersStack' },
    api: { id: 'OrdersApi', restApiName: 'orders' },
    functions: [
      { id: 'CreateOrder', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } },
    ],
    methods: [
      {
        path: '/orders',
        httpMethod: 'POST',
        function: 'CreateOrder',
        integration: {
          proxy: false,
          requestTemplates: { 'application/json': requestTemplate },
          integrationResponses: [
            { statusCode: '201', responseTemplates: { 'application/json': responseTemplate } },
          ],
        },
        options: { methodResponses: [{ statusCode: '201' }] },
      },
    ],
    samples: [
      {
        name: 'two lines',
        method: 'POST /orders',
        request: {
          method: 'POST',
          path: '/orders',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            customer: { id: 'c-42', name: 'Ada' },
            lines: [
              { sku: 'TEA-1', qty: 2 },
              { sku: 'CUP-9', qty: 1 },
            ],
          }),
        },
        lambda: { result: { id: 'ord-1001', state: 'RECEIVED', itemCount: 2 } },
        expect: {
          status: 201,
          bodyJson: { orderId: 'ord-1001', status: 'RECEIVED', links: { self: '/orders/ord-1001' } },
        },
      },
    ],
  },
  outcomes: {
    'two lines':
      '201 with { orderId, status, links }: the response template reshapes the function result; the Lambda event tab shows the reshaped request.',
  },
};
