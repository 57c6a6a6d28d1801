/**
 * VTL rendering throughput (issue 3): renderTemplate / renderParsed beside velocityjs, the JavaScript
 * Velocity that emulators such as serverless-offline use, on the same API Gateway mapping templates in
 * one process. "parse included" renders template text each time (the editor on a keystroke); "parse
 * excluded" re-renders a parsed template (the sample or the simulator changing). velocityjs gets a
 * plain-JS $input/$util/$context built from the sample on each render (the body JSON.parse'd on first
 * use), as the emulators give it, with a cheap dot-path resolver standing in for JSONPath (in its favour).
 * Our engine keeps a parsed payload between renders of the same sample until a template changes it;
 * "new payload each render" defeats that cache (every render gets a different body string), for both.
 * The ratio is velocityjs time / our time.
 */
import { Compile, parse, render } from 'velocityjs';
import type { SampleRequest } from '../src/core/design/types';
import { parseTemplate, renderParsed, renderTemplate } from '../src/core/vtl';
import { measure, printTable } from './stats';
import type { Sample } from './stats';

const items = Array.from({ length: 50 }, (_, i) => ({
  sku: `sku-${i}`,
  name: `Item "${i}" it's`,
  qty: i % 7,
  price: 1.25 * i,
  tags: ['a', 'b', `t${i}`],
}));
const body = JSON.stringify({
  id: 7,
  name: 'Rex',
  tags: ['good', 'dog'],
  owner: { first: 'Ann', last: 'Lee' },
  items,
});

const request: SampleRequest = {
  method: 'POST',
  path: '/pets/{petId}',
  pathParameters: { petId: '7' },
  queryStringParameters: { q: 'cat', limit: '10' },
  headers: { 'Content-Type': 'application/json', 'User-Agent': 'curl/8.0', Accept: '*/*', 'X-Trace': 'abc' },
  body,
  stageVariables: { env: 'dev', table: 'pets-dev' },
};

const TEMPLATES: Record<string, string> = {
  'passthrough (AWS console "Method Request passthrough")': `#set($allParams = $input.params())
{
"body-json" : $input.json('$'),
"params" : {
#foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
"$type" : {
    #foreach($paramName in $params.keySet())
    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
        #if($foreach.hasNext),#end
    #end
}
    #if($foreach.hasNext),#end
#end
},
"stage-variables" : {
#foreach($key in $stageVariables.keySet())
"$key" : "$util.escapeJavaScript($stageVariables.get($key))"
    #if($foreach.hasNext),#end
#end
},
"context" : {
    "account-id" : "$context.identity.accountId",
    "api-id" : "$context.apiId",
    "http-method" : "$context.httpMethod",
    "stage" : "$context.stage",
    "source-ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "request-id" : "$context.requestId",
    "resource-path" : "$context.resourcePath"
    }
}`,
  'response transform (#foreach over 50 items)': `#set($inputRoot = $input.path('$'))
{
  "id": $inputRoot.id,
  "items": [
#foreach($item in $inputRoot.items)
    {
      "sku": "$item.sku",
      "name": "$util.escapeJavaScript($item.name).replaceAll("\\\\'","'")",
      "total": #set($t = $item.qty * $item.price)$t,
      "tags": "#foreach($t in $item.tags)$t#if($foreach.hasNext),#end#end"
    }#if($foreach.hasNext),#end

#end
  ]
}`,
  'DynamoDB PutItem request': `#set($b = $input.path('$'))
{
  "TableName": "$stageVariables.table",
  "Item": {
    "id": {"S": "$input.params('petId')"},
    "name": {"S": "$util.escapeJavaScript($b.name)"},
    "owner": {"S": "$b.owner.first $b.owner.last"},
    "requestId": {"S": "$context.requestId"}
  }
}`,
  'small (params and an #if)': `{"id": "$input.params('petId')", "q": "$input.params('q')"#if($input.params('limit') != ""), "limit": $input.params('limit')#end}`,
};

/** What emulators hand velocityjs: plain JS objects and functions. */
function velocityjsContext(req: SampleRequest): Record<string, unknown> {
  // the body is parsed on first use, as our engine does
  let doc: unknown;
  const root = (): unknown => (doc ??= JSON.parse(req.body ?? '{}'));
  const resolve = (path: string): unknown =>
    path
      .replace(/^\$\.?/, '')
      .split('.')
      .filter(Boolean)
      .reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
        root(),
      );
  const params = {
    path: req.pathParameters ?? {},
    querystring: req.queryStringParameters ?? {},
    header: req.headers ?? {},
  };
  const escapeJavaScript = (s: unknown) =>
    String(s ?? '').replace(
      /["'\\/\n\r\t]/g,
      (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? '\\' + c,
    );
  return {
    input: {
      body: req.body,
      json: (p: string) => JSON.stringify(resolve(p)),
      path: (p: string) => resolve(p),
      params: (name?: string) =>
        name === undefined
          ? {
              ...params,
              keySet: () => Object.keys(params),
              get: (k: string) => withMapMethods(params[k as keyof typeof params]),
            }
          : ((params.path as Record<string, string>)[name] ??
            (params.querystring as Record<string, string>)[name] ??
            (params.header as Record<string, string>)[name] ??
            ''),
    },
    util: { escapeJavaScript, urlEncode: encodeURIComponent, parseJson: JSON.parse },
    context: {
      apiId: 'a1b2c3d4e5',
      httpMethod: req.method,
      stage: 'prod',
      requestId: 'c0ffee00-0000-4000-8000-000000000001',
      resourcePath: req.path,
      identity: { sourceIp: '203.0.113.1', userAgent: 'curl/8.0' },
    },
    stageVariables: withMapMethods(req.stageVariables ?? {}),
  };
}

function withMapMethods(m: Record<string, string>): Record<string, unknown> {
  return { ...m, keySet: () => Object.keys(m), get: (k: string) => m[k] };
}

/** Times batches of renders long enough (about 0.5 ms) for the timer; reports ms per render. */
function perRender(name: string, fn: () => unknown): Sample {
  for (let i = 0; i < 50; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) fn();
  const batch = Math.max(1, Math.ceil(0.5 / ((performance.now() - t0) / 50 || 0.001)));
  const s = measure(
    name,
    () => {
      for (let i = 0; i < batch; i++) fn();
    },
    { runs: 150, warmup: 20 },
  );
  return { ...s, medianMs: s.medianMs / batch, p95Ms: s.p95Ms / batch, meanMs: s.meanMs / batch };
}

const samples: Sample[] = [];
const ratios: Array<Record<string, string>> = [];
let sumOurs = 0;
let sumPeer = 0;
let sumOursParsed = 0;
let sumPeerParsed = 0;
let sumOursFresh = 0;
let sumPeerFresh = 0;

/** 64 distinct body strings (trailing blanks differ), cycled so no cache can hold them. */
const freshRequests: SampleRequest[] = Array.from({ length: 64 }, (_, i) => ({
  ...request,
  body: body + ' '.repeat(i),
}));
let turn = 0;
const nextRequest = (): SampleRequest => freshRequests[turn++ % freshRequests.length];

for (const [name, tpl] of Object.entries(TEMPLATES)) {
  const input = { request };
  // both must produce output for the comparison to mean anything
  const ours = renderTemplate(tpl, input);
  if (ours.failure || ours.output.length === 0) throw new Error(`${name}: ${ours.failure?.message}`);
  if (render(tpl, velocityjsContext(request)).length === 0)
    throw new Error(`${name}: velocityjs rendered nothing`);

  const parsed = parseTemplate(tpl);
  const compiled = new Compile(parse(tpl));
  // each sample times a batch of renders (timer resolution); the table shows ms per render
  const a = perRender(`ours, parse included: ${name}`, () => renderTemplate(tpl, input));
  // each side starts from the raw sample request, as an emulator does per request
  const b = perRender(`velocityjs, parse included: ${name}`, () => render(tpl, velocityjsContext(request)));
  const c = perRender(`ours, parse excluded: ${name}`, () => renderParsed(parsed, input));
  const d = perRender(`velocityjs, parse excluded: ${name}`, () =>
    compiled.render(velocityjsContext(request)),
  );
  const e = perRender(`ours, parse excluded, new payload each render: ${name}`, () =>
    renderParsed(parsed, { request: nextRequest() }),
  );
  const f = perRender(`velocityjs, parse excluded, new payload each render: ${name}`, () =>
    compiled.render(velocityjsContext(nextRequest())),
  );
  samples.push(a, b, c, d, e, f);
  sumOurs += a.medianMs;
  sumPeer += b.medianMs;
  sumOursParsed += c.medianMs;
  sumPeerParsed += d.medianMs;
  sumOursFresh += e.medianMs;
  sumPeerFresh += f.medianMs;
  ratios.push({
    template: name,
    'parse included': `${(b.medianMs / a.medianMs).toFixed(2)}×`,
    'parse excluded': `${(d.medianMs / c.medianMs).toFixed(2)}×`,
    'parse excluded, new payload each render': `${(f.medianMs / e.medianMs).toFixed(2)}×`,
  });
}

printTable(samples);
console.log('\nThroughput ratio, velocityjs median / ours (target ≥ 3×):');
console.table(ratios);
console.log(
  `All templates: parse included ${(sumPeer / sumOurs).toFixed(2)}×, parse excluded ${(sumPeerParsed / sumOursParsed).toFixed(2)}×, ` +
    `parse excluded with a new payload each render ${(sumPeerFresh / sumOursFresh).toFixed(2)}×`,
);
