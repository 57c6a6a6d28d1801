import { isLiteralOrPseudo, markerPart, skeleton, type Part } from './intrinsics';

export interface LambdaUri {
  /** The function ARN expression inside the URI. */
  functionParts: Part[];
  /** The literal region, when the URI names one (not `${AWS::Region}`). */
  region?: string;
  /** The response-streaming invocation path (`responseTransferMode: STREAM`). */
  stream: boolean;
}

/**
 * Reads `arn:{partition}:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}/invocations`
 * (or the `2021-11-15/…/response-streaming-invocations` form), whatever mix of literals, `Ref`s
 * and `Fn::Sub` variables it is written with.
 */
export function parseLambdaUri(parts: Part[]): LambdaUri | undefined {
  const text = skeleton(parts);
  const match =
    /^arn:([^:]+):apigateway:([^:]+):lambda:path\/(2015-03-31|2021-11-15)\/functions\/(.+)\/(invocations|response-streaming-invocations)$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, partition, region, version, fnText, suffix] = match;
  if (!/^aws[a-z-]*$/.test(partition) && !isLiteralOrPseudo(parts, partition, 'AWS::Partition'))
    return undefined;
  const regionIsPseudo = isLiteralOrPseudo(parts, region, 'AWS::Region');
  if (!regionIsPseudo && region.includes('\uE000')) return undefined;
  const stream = version === '2021-11-15';
  if (stream !== (suffix === 'response-streaming-invocations')) return undefined;
  return { functionParts: partsOf(parts, fnText), stream, ...(regionIsPseudo ? {} : { region }) };
}

/** Rebuilds parts from a piece of a skeleton. */
function partsOf(parts: Part[], text: string): Part[] {
  const out: Part[] = [];
  for (const piece of text.split(/(\uE000\d+\uE000)/)) {
    if (piece === '') continue;
    out.push(markerPart(parts, piece) ?? piece);
  }
  return out;
}

/** A literal Lambda function ARN (`arn:aws:lambda:eu-west-1:123456789012:function:name[:qualifier]`). */
export const LAMBDA_FUNCTION_ARN = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:.+$/;
/** A literal IAM role ARN. */
export const IAM_ROLE_ARN = /^arn:[^:]+:iam::[^:]*:role\/.+$/;
/** `credentialsPassthrough`: `arn:{partition}:iam::*:user/*`. */
export const CALLER_CREDENTIALS_PATTERN = /^arn:([^:]+):iam::\*:user\/\*$/;
