import type { Scenario } from '../types';

const code = `exports.handler = async (event) => ({ saved: true, text: event.text });`;

export const why415: Scenario = {
  id: 'why-415',
  title: 'Why do I get 415? (passthroughBehavior)',
  summary: 'Break it / fix it: a plain-text body meets passthroughBehavior NEVER and is refused.',
  explanation:
    'A custom integration picks its request template by the request’s Content-Type. When none matches, ' +
    'passthroughBehavior decides: WHEN_NO_MATCH passes the body on untouched, WHEN_NO_TEMPLATES passes ' +
    'it only when the method has no templates at all, and NEVER refuses it with 415 Unsupported Media ' +
    'Type before the function is called. This method has only an application/json template and NEVER, ' +
    'so the JSON sample works and the text/plain one gets 415. Passing the text through would not help ' +
    'either: Lambda only accepts JSON, so the client would get 400 instead. The fix is a template for ' +
    'text/plain that wraps the text in JSON.',
  design: {
    version: 1,
    stack: { id: 'NotesStack' },
    api: { id: 'NotesApi', restApiName: 'notes' },
    functions: [{ id: 'SaveNote', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/notes',
        httpMethod: 'POST',
        function: 'SaveNote',
        integration: {
          proxy: false,
          passthroughBehavior: 'NEVER',
          requestTemplates: { 'application/json': '{ "text": $input.json(\'$.text\') }' },
          integrationResponses: [{ statusCode: '200' }],
        },
        options: { methodResponses: [{ statusCode: '200' }] },
      },
    ],
    samples: [
      {
        name: 'JSON note',
        method: 'POST /notes',
        request: {
          method: 'POST',
          path: '/notes',
          headers: { 'Content-Type': 'application/json' },
          body: '{"text": "buy milk"}',
        },
        lambda: { result: { saved: true, text: 'buy milk' } },
        expect: { status: 200, bodyJson: { saved: true, text: 'buy milk' } },
      },
      {
        name: 'plain-text note',
        method: 'POST /notes',
        request: {
          method: 'POST',
          path: '/notes',
          headers: { 'Content-Type': 'text/plain' },
          body: 'buy milk',
        },
        lambda: { result: { saved: true, text: 'buy milk' } },
        expect: { status: 415, bodyJson: { message: 'Unsupported Media Type' } },
      },
    ],
  },
  outcomes: {
    'JSON note': '200: the application/json template matches the Content-Type.',
    'plain-text note':
      '415 Unsupported Media Type: no template for text/plain, and NEVER refuses to pass the body through. The function is never called.',
  },
  fix: {
    label: 'Add a text/plain template',
    explanation:
      'A second request template, keyed text/plain, escapes the raw body into a JSON string. The ' +
      'text sample now reaches the function and gets 200; NEVER still guards against any other type.',
    edits: [
      {
        path: '/methods/0/integration/requestTemplates/text~1plain',
        value: '{ "text": "$util.escapeJavaScript($input.body).replaceAll("\\\\\'", "\'")" }',
      },
      {
        path: '/samples/1/expect',
        value: { status: 200, bodyJson: { saved: true, text: 'buy milk' } },
      },
    ],
  },
};
