import type { Scenario } from '../types';

const requestTemplate = `{
#foreach($pair in $input.body.split('&'))
#set($kv = $pair.split('='))
  "$util.escapeJavaScript($util.urlDecode($kv[0]))": "$util.escapeJavaScript($util.urlDecode($kv[1]))"#if($foreach.hasNext),#end
#end
}`;

const code = `exports.handler = async (event) => ({ subscribed: event.email, name: event.name });`;

export const formUrlEncoded: Scenario = {
  id: 'form-urlencoded-to-json',
  title: 'HTML form body → JSON',
  summary: 'An HTML form posts name=value pairs; a template turns them into the JSON the function reads.',
  explanation:
    'A browser form sends its fields as application/x-www-form-urlencoded text (email=ada%40example.com&name=Ada+Lovelace), ' +
    'which a Lambda custom integration cannot pass on: Lambda only accepts JSON. A request template ' +
    'keyed by that content type splits the body on "&" and "=", decodes each part with $util.urlDecode ' +
    '(which also turns "+" into a space) and escapes it into a JSON object. API Gateway picks the ' +
    'template by the request Content-Type, so a JSON client could be served by a second template ' +
    'beside it.',
  design: {
    version: 1,
    stack: { id: 'FormsStack' },
    api: { id: 'FormsApi', restApiName: 'forms' },
    functions: [{ id: 'Subscribe', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/subscribe',
        httpMethod: 'POST',
        function: 'Subscribe',
        integration: {
          proxy: false,
          passthroughBehavior: 'NEVER',
          requestTemplates: { 'application/x-www-form-urlencoded': requestTemplate },
          integrationResponses: [{ statusCode: '200' }],
        },
        options: { methodResponses: [{ statusCode: '200' }] },
      },
    ],
    samples: [
      {
        name: 'form post',
        method: 'POST /subscribe',
        request: {
          method: 'POST',
          path: '/subscribe',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'email=ada%40example.com&name=Ada+Lovelace',
        },
        lambda: { result: { subscribed: 'ada@example.com', name: 'Ada Lovelace' } },
        expect: { status: 200, bodyJson: { subscribed: 'ada@example.com', name: 'Ada Lovelace' } },
      },
    ],
  },
  outcomes: {
    'form post':
      '200: the function receives {"email": "ada@example.com", "name": "Ada Lovelace"} (see the Lambda event tab) and its result passes through.',
  },
};
