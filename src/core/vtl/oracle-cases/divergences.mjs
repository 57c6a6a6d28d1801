// Where API Gateway is known to differ from the stock Java stack the oracle runs, API Gateway wins: these
// cases carry the AWS result next to the oracle's, with the source of the fact.
import { baseRequest } from './cases.mjs';

export const awsDivergences = [
  {
    template: '$context.authorizer.claims|$context.authorizer.claims.sub',
    request: { ...baseRequest, context: { authorizer: { claims: { sub: 'abc' } } } },
    aws: { output: '|abc' },
    note: 'API Gateway Developer Guide, "Variables for data transformations": calling $context.authorizer.claims returns null (its keys still read). The oracle glue holds the claims in a plain map, which prints.',
  },
  {
    template: '#if($context.authorizer.claims)has#else null#end',
    request: { ...baseRequest, context: { authorizer: { claims: { sub: 'abc' } } } },
    aws: { output: ' null' },
    note: 'Same documented fact: $context.authorizer.claims is null on its own, so #if sees null.',
  },
];
