import { arnComponentsMessage } from './messages';

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/**
 * core/lib/arn.js `parseArnShape` for a literal ARN: the components CDK reads, or the error it
 * throws (`Arn.split`, used by `Function.fromFunctionArn` and `Role.fromRoleArn`).
 */
export function parseArn(arn: string): { parts?: ArnParts; error?: string } {
  if (!arn.startsWith('arn:')) return { error: arnComponentsMessage(arn) };
  const components = arn.split(':');
  if (!components[1])
    return { error: `The \`partition\` component (2nd component) of an ARN is required: ${arn}` };
  if (!components[2])
    return { error: `The \`service\` component (3rd component) of an ARN is required: ${arn}` };
  if (!components[5])
    return { error: `The \`resource\` component (6th component) of an ARN is required: ${arn}` };
  return {
    parts: {
      partition: components[1],
      service: components[2],
      region: components[3] ?? '',
      account: components[4] ?? '',
      resource: components.slice(5).join(':'),
    },
  };
}
