import { useId, useState, type ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import {
  HTTP_METHODS,
  type AuthorizationType,
  type ConnectionType,
  type ContentHandling,
  type Design,
  type HttpMethod,
  type IntegrationResponseDesign,
  type MethodDesign,
  type MethodResponseDesign,
  type PassthroughBehavior,
  type ResponseModelName,
  type ResponseTransferMode,
  type RequestValidatorOptionsDesign,
} from '../../core/design/types';
import { diagnosticsAt, diagnosticsWithin, unclaimedDiagnostics } from './diagnostics';
import { FieldMessages, Help } from './Field';
import { FIELD_DOCS, fieldLabel, fieldNaming, type FieldDocKey } from './docs';
import { useLatest } from './memo';
import { DurationField, EnumField, TextField, ThreeStateField } from './inputs';
import { ListField } from './ListField';
import { OrderedMapField, type ValueEditorProps } from './OrderedMapField';
import { updateMethodKey } from '../../state/designEdits';
import { setAt } from '../../state/pointer';
import { joinPointer, methodFormPaths } from './paths';
import {
  COMMON_CONTENT_TYPES,
  INTEGRATION_RESPONSE_VALUE_SUGGESTIONS,
  RESPONSE_HEADER_SUGGESTIONS,
  integrationRequestNameSuggestions,
  integrationRequestValueSuggestions,
  methodRequestNames,
  methodRequestParameterSuggestions,
  nextStatusCode,
} from './suggestions';
import './forms.css';

export interface MethodFormProps {
  design: Design;
  methodIndex: number;
  /** Diagnostics for the whole design (or this method's subtree); each field shows those at its path. */
  diagnostics: readonly Diagnostic[];
  /**
   * Called on every edit with the whole next design and what was edited: usually
   * `next = setAt(design, edit.path, edit.value)`; a changed path or verb also moves the method's
   * samples along (updateMethodKey), so apply `next`. `edit.path` suits undo coalescing.
   */
  onChange(next: Design, edit: { path: string; value: unknown }): void;
  /**
   * Opens a mapping template in the VTL editor, given the template's JSON pointer, e.g.
   * "/methods/0/integration/requestTemplates/application~1json". The button is hidden without it.
   */
  onOpenTemplate?(pointer: string): void;
}

const CONTENT_HANDLING: readonly ContentHandling[] = ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'];
const CONNECTION_TYPES: readonly ConnectionType[] = ['INTERNET', 'VPC_LINK'];
const PASSTHROUGH: readonly PassthroughBehavior[] = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const TRANSFER_MODES: readonly ResponseTransferMode[] = ['BUFFERED', 'STREAM'];
// Version 1 of the contract allows NONE and AWS_IAM; the others stay selectable only when a design has them.
const AUTHORIZATION_TYPES: readonly AuthorizationType[] = ['NONE', 'AWS_IAM'];
const RESPONSE_MODELS: readonly ResponseModelName[] = ['Empty', 'Error'];

/**
 * Every option of one method: its path, verb and function, the LambdaIntegration options and the
 * method options. Props-driven: it renders `design.methods[methodIndex]` and reports each edit as a
 * whole new design.
 */
export function MethodForm(props: MethodFormProps) {
  // A new method gets fresh local state (open sections, drafts in key–value editors).
  return <MethodFormBody key={props.methodIndex} {...props} />;
}

function MethodFormBody({ design, methodIndex, diagnostics, onChange, onOpenTemplate }: MethodFormProps) {
  const method: MethodDesign | undefined = design.methods[methodIndex];
  const base = `/methods/${methodIndex}`;
  const advancedBase = `${base}/integration`;
  const integration = method?.integration ?? {};
  const advancedKeys = [
    'cacheKeyParameters',
    'cacheNamespace',
    'connectionType',
    'contentHandling',
    'credentialsPassthrough',
    'credentialsRole',
    'responseTransferMode',
    'vpcLink',
  ] as const;
  const advancedInUse =
    advancedKeys.some((k) => integration[k] !== undefined) ||
    advancedKeys.some((k) => diagnosticsWithin(diagnostics, `${advancedBase}/${k}`).length > 0);
  const [advancedOpen, setAdvancedOpen] = useState(advancedInUse);
  const latest = useLatest({ design, onChange, onOpenTemplate });
  if (!method) return <p className="form-empty">No method selected.</p>;

  // Fields are memoized (./memo.ts): their callbacks read the latest design and onChange.
  const set = (relative: string, value: unknown) =>
    latest.current.onChange(setAt(latest.current.design, base + relative, value), {
      path: base + relative,
      value,
    });
  const d = (relative: string) => diagnosticsAt(diagnostics, base + relative);
  const p = (relative: string) => base + relative;
  // What each field takes from its place in the method: title, doc, path and property, the
  // diagnostics it shows and its update. A scalar shows those at its path (`parent/property`,
  // documented as FIELD_DOCS[property]); a list or map field is given them all to place per item.
  const scalar = (parent: string, property: FieldDocKey) => ({
    ...fieldNaming(FIELD_DOCS[property], p(`${parent}/${property}`)),
    diagnostics: d(`${parent}/${property}`),
    onChange: (v: unknown) => set(`${parent}/${property}`, v),
  });
  const collection = (relative: string, docKey: FieldDocKey) => ({
    ...fieldNaming(FIELD_DOCS[docKey], p(relative)),
    diagnostics,
    onChange: (v: unknown) => set(relative, v),
  });
  const statusCodes = (method.options?.methodResponses ?? []).map((r) => r.statusCode);
  const roleIds = (design.roles ?? []).map((r) => r.id);
  const vpcLinkIds = (design.vpcLinks ?? []).map((l) => l.id);
  const functionIds = design.functions.map((f) => f.id);
  const unclaimed = unclaimedDiagnostics(diagnostics, base, methodFormPaths(method, base));
  const declaredNames = methodRequestNames(method);
  const proxyOn = integration.proxy !== false;
  const templateExtra = (templatePath: string) =>
    onOpenTemplate ? (
      <button
        type="button"
        className="link-button"
        aria-label={`Edit in editor: template ${decodeLast(templatePath)} (${
          templatePath.includes('/responseTemplates/') ? 'responseTemplates' : 'requestTemplates'
        })`}
        onClick={() => latest.current.onOpenTemplate?.(templatePath)}
      >
        Edit in editor
      </button>
    ) : null;
  // The request and the response templates: maps of content type to a template, each openable in the editor.
  const templateMap = {
    keyTitle: 'Content type',
    valueTitle: 'Template',
    placeholderKey: 'application/json',
    keySuggestions: COMMON_CONTENT_TYPES,
    newValue: () => '',
    renderValue: TemplateTextArea,
    multiline: true,
    rowExtra: (_key: string, rowPath: string) => templateExtra(rowPath),
  };
  const statusListId = `status-codes-${methodIndex}`;

  return (
    <form
      className="method-form"
      aria-label={`${method.httpMethod} ${method.path} options`}
      onSubmit={(e) => e.preventDefault()}
      data-path={base}
      tabIndex={-1}
    >
      <FieldMessages diagnostics={unclaimed} />
      <datalist id={statusListId}>
        {statusCodes.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>

      <Section title="Method">
        <div className="field-grid">
          <TextField
            {...scalar('', 'path')}
            value={method.path}
            empty="required"
            onChange={(v) =>
              latest.current.onChange(
                updateMethodKey(latest.current.design, methodIndex, { path: v ?? '' }),
                {
                  path: p('/path'),
                  value: v ?? '',
                },
              )
            }
          />
          <EnumField<HttpMethod>
            {...scalar('', 'httpMethod')}
            value={method.httpMethod}
            choices={HTTP_METHODS}
            required
            onChange={(v) =>
              v &&
              latest.current.onChange(
                updateMethodKey(latest.current.design, methodIndex, { httpMethod: v }),
                {
                  path: p('/httpMethod'),
                  value: v,
                },
              )
            }
          />
          <EnumField<string>
            {...scalar('', 'function')}
            value={method.function || undefined}
            choices={functionIds}
            required
            onChange={(v) => v && set('/function', v)}
          />
        </div>
      </Section>

      <Section title="Integration request">
        <div className="field-grid">
          <ThreeStateField {...scalar('/integration', 'proxy')} value={integration.proxy} />
          <ThreeStateField
            {...scalar('/integration', 'allowTestInvoke')}
            value={integration.allowTestInvoke}
          />
          <ThreeStateField
            {...scalar('/integration', 'scopePermissionToMethod')}
            value={integration.scopePermissionToMethod}
          />
          <DurationField
            {...scalar('/integration', 'timeout')}
            diagnostics={diagnosticsWithin(diagnostics, p('/integration/timeout'))}
            value={integration.timeout}
          />
          <EnumField<PassthroughBehavior>
            {...scalar('/integration', 'passthroughBehavior')}
            value={integration.passthroughBehavior}
            choices={PASSTHROUGH}
          />
        </div>
        {proxyOn ? (
          <p className="form-note">
            Proxy integration: the function receives the whole request and returns the whole response. Set
            proxy to false to use request templates and integration responses.
          </p>
        ) : null}
        <OrderedMapField<string>
          {...collection('/integration/requestParameters', 'integrationRequestParameters')}
          value={integration.requestParameters}
          itemNoun="integration request parameter"
          keyTitle="Name"
          valueTitle="Source"
          placeholderKey="integration.request.header.name"
          keySuggestions={integrationRequestNameSuggestions(method)}
          valueSuggestions={integrationRequestValueSuggestions(method)}
          newValue={() => declaredNames[0] ?? ''}
        />
        <OrderedMapField<string>
          {...collection('/integration/requestTemplates', 'requestTemplates')}
          value={integration.requestTemplates}
          itemNoun="request template"
          {...templateMap}
        />
      </Section>

      <Section title="Integration responses">
        <ListField<IntegrationResponseDesign>
          {...collection('/integration/integrationResponses', 'integrationResponses')}
          value={integration.integrationResponses}
          itemNoun="integration response"
          itemSummary={(r) =>
            [r.statusCode, r.selectionPattern ? `/${r.selectionPattern}/` : ''].filter(Boolean).join(' ')
          }
          newItem={(current) => ({
            statusCode: nextStatusCode(current.map((r) => r.statusCode)),
          })}
          renderItem={({ item, index, path, update }) => {
            const title = `Integration response ${index + 1}`;
            return (
              <>
                <div className="field-grid">
                  <TextField
                    {...fieldNaming(FIELD_DOCS.statusCode, `${path}/statusCode`, title)}
                    diagnostics={diagnosticsAt(diagnostics, `${path}/statusCode`)}
                    value={item.statusCode}
                    empty="required"
                    list={statusListId}
                    onChange={(v) => update((current) => ({ ...current, statusCode: v ?? '' }))}
                  />
                  <TextField
                    {...fieldNaming(FIELD_DOCS.selectionPattern, `${path}/selectionPattern`, title)}
                    diagnostics={diagnosticsAt(diagnostics, `${path}/selectionPattern`)}
                    value={item.selectionPattern}
                    empty="empty-string"
                    placeholder="not set (default response)"
                    onChange={(v) => update((current) => withKey(current, 'selectionPattern', v))}
                  />
                  <EnumField<ContentHandling>
                    {...fieldNaming(
                      FIELD_DOCS.integrationResponseContentHandling,
                      `${path}/contentHandling`,
                      title,
                    )}
                    diagnostics={diagnosticsAt(diagnostics, `${path}/contentHandling`)}
                    value={item.contentHandling}
                    choices={CONTENT_HANDLING}
                    onChange={(v) => update((current) => withKey(current, 'contentHandling', v))}
                  />
                </div>
                <OrderedMapField<string>
                  {...fieldNaming(
                    FIELD_DOCS.integrationResponseParameters,
                    `${path}/responseParameters`,
                    title,
                  )}
                  diagnostics={diagnostics}
                  value={item.responseParameters}
                  onChange={(v) => update((current) => withKey(current, 'responseParameters', v))}
                  itemNoun="response parameter"
                  keyTitle="Name"
                  valueTitle="Source"
                  placeholderKey="method.response.header.Name"
                  keySuggestions={RESPONSE_HEADER_SUGGESTIONS}
                  valueSuggestions={INTEGRATION_RESPONSE_VALUE_SUGGESTIONS}
                  newValue={() => ''}
                />
                <OrderedMapField<string>
                  {...fieldNaming(FIELD_DOCS.responseTemplates, `${path}/responseTemplates`, title)}
                  diagnostics={diagnostics}
                  value={item.responseTemplates}
                  onChange={(v) => update((current) => withKey(current, 'responseTemplates', v))}
                  itemNoun="response template"
                  {...templateMap}
                />
              </>
            );
          }}
        />
      </Section>

      <Section title="Method request and responses">
        <div className="field-grid">
          <EnumField<AuthorizationType>
            {...scalar('/options', 'authorizationType')}
            value={method.options?.authorizationType}
            choices={AUTHORIZATION_TYPES}
          />
          <ThreeStateField {...scalar('/options', 'apiKeyRequired')} value={method.options?.apiKeyRequired} />
          <TextField
            {...scalar('/options', 'operationName')}
            value={method.options?.operationName}
            empty="unset"
          />
        </div>
        <OrderedMapField<boolean>
          {...collection('/options/requestParameters', 'methodRequestParameters')}
          value={method.options?.requestParameters}
          itemNoun="method request parameter"
          keyTitle="Name"
          valueTitle="Required"
          placeholderKey="method.request.querystring.name"
          keySuggestions={methodRequestParameterSuggestions(method)}
          newValue={() => true}
          renderValue={RequiredSelect}
          shortValue
        />
        <RequestValidatorField
          path={p('/options/requestValidatorOptions')}
          value={method.options?.requestValidatorOptions}
          diagnostics={diagnostics}
          onChange={(v) => set('/options/requestValidatorOptions', v)}
        />
        <ListField<MethodResponseDesign>
          {...collection('/options/methodResponses', 'methodResponses')}
          value={method.options?.methodResponses}
          itemNoun="method response"
          itemSummary={(r) => r.statusCode}
          newItem={(current) => ({ statusCode: nextStatusCode(current.map((r) => r.statusCode)) })}
          renderItem={({ item, index, path, update }) => {
            const title = `Method response ${index + 1}`;
            return (
              <>
                <div className="field-grid">
                  <TextField
                    {...fieldNaming(FIELD_DOCS.statusCode, `${path}/statusCode`, title)}
                    diagnostics={diagnosticsAt(diagnostics, `${path}/statusCode`)}
                    value={item.statusCode}
                    empty="required"
                    onChange={(v) => update((current) => ({ ...current, statusCode: v ?? '' }))}
                  />
                </div>
                <OrderedMapField<boolean>
                  {...fieldNaming(FIELD_DOCS.methodResponseParameters, `${path}/responseParameters`, title)}
                  diagnostics={diagnostics}
                  value={item.responseParameters}
                  onChange={(v) => update((current) => withKey(current, 'responseParameters', v))}
                  itemNoun="response parameter"
                  keyTitle="Name"
                  valueTitle="Required"
                  placeholderKey="method.response.header.Name"
                  keySuggestions={RESPONSE_HEADER_SUGGESTIONS}
                  newValue={() => true}
                  renderValue={RequiredSelect}
                  shortValue
                />
                <OrderedMapField<ResponseModelName>
                  {...fieldNaming(FIELD_DOCS.responseModels, `${path}/responseModels`, title)}
                  diagnostics={diagnostics}
                  value={item.responseModels}
                  onChange={(v) => update((current) => withKey(current, 'responseModels', v))}
                  itemNoun="response model"
                  keyTitle="Content type"
                  valueTitle="Model"
                  placeholderKey="application/json"
                  keySuggestions={COMMON_CONTENT_TYPES}
                  newValue={() => 'Empty'}
                  renderValue={ModelSelect}
                  shortValue
                />
              </>
            );
          }}
        />
      </Section>

      <details
        className="form-section advanced"
        open={advancedOpen}
        onToggle={(e) => setAdvancedOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <h3 className="section-title">More integration options</h3>
          {advancedInUse ? <span className="badge">in use</span> : null}
        </summary>
        <div className="field-grid">
          <TextField
            {...scalar('/integration', 'cacheNamespace')}
            value={integration.cacheNamespace}
            empty="unset"
          />
          <EnumField<ConnectionType>
            {...scalar('/integration', 'connectionType')}
            value={integration.connectionType}
            choices={CONNECTION_TYPES}
          />
          <EnumField<string>
            {...scalar('/integration', 'vpcLink')}
            value={integration.vpcLink}
            choices={vpcLinkIds}
          />
          <EnumField<ContentHandling>
            {...scalar('/integration', 'contentHandling')}
            value={integration.contentHandling}
            choices={CONTENT_HANDLING}
          />
          <ThreeStateField
            {...scalar('/integration', 'credentialsPassthrough')}
            value={integration.credentialsPassthrough}
          />
          <EnumField<string>
            {...scalar('/integration', 'credentialsRole')}
            value={integration.credentialsRole}
            choices={roleIds}
          />
          <EnumField<ResponseTransferMode>
            {...scalar('/integration', 'responseTransferMode')}
            value={integration.responseTransferMode}
            choices={TRANSFER_MODES}
          />
        </div>
        <ListField<string>
          {...collection('/integration/cacheKeyParameters', 'cacheKeyParameters')}
          value={integration.cacheKeyParameters}
          itemNoun="cache key parameter"
          compact
          deps={declaredNames}
          newItem={(current) => declaredNames.find((n) => !current.includes(n)) ?? ''}
          renderItem={({ item, index, path, update, docId }) => (
            <CacheKeyInput
              index={index}
              path={path}
              docId={docId}
              value={item}
              onChange={(next) => update(() => next)}
              suggestions={declaredNames}
              diagnostics={diagnosticsAt(diagnostics, path)}
            />
          )}
        />
      </details>
    </form>
  );
}

/**
 * `options.requestValidatorOptions`: present or not (Add / Remove), and when present its three
 * fields, each left out unless set (CDK emits only what is set).
 */
function RequestValidatorField({
  path,
  value,
  diagnostics,
  onChange,
}: {
  path: string;
  value: RequestValidatorOptionsDesign | undefined;
  diagnostics: readonly Diagnostic[];
  onChange(next: RequestValidatorOptionsDesign | undefined): void;
}) {
  const id = useId();
  const latest = useLatest({ value, onChange });
  const doc = FIELD_DOCS.requestValidatorOptions;
  const label = fieldLabel(doc.title, 'requestValidatorOptions');
  const setField = <K extends keyof RequestValidatorOptionsDesign>(
    key: K,
    next: RequestValidatorOptionsDesign[K] | undefined,
  ) => latest.current.onChange(withKey(latest.current.value ?? {}, key, next));
  const validatorField = (key: keyof RequestValidatorOptionsDesign & FieldDocKey) => ({
    ...fieldNaming(FIELD_DOCS[key], `${path}/${key}`),
    diagnostics: diagnosticsAt(diagnostics, `${path}/${key}`),
  });
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-doc`}
      className="list-field field"
      data-path={path}
      tabIndex={-1}
    >
      <div className="field-label-row">
        <span id={`${id}-label`} className="group-label">
          {label}
        </span>
        <Help docId={`${id}-doc`} doc={doc} property="requestValidatorOptions" />
        {value === undefined ? <span className="badge badge-unset">not set</span> : null}
      </div>
      <FieldMessages diagnostics={diagnosticsAt(diagnostics, path)} />
      {value === undefined ? (
        <button type="button" className="link-button" onClick={() => onChange({})}>
          Add request validator (requestValidatorOptions)
        </button>
      ) : (
        <>
          <div className="field-grid">
            <TextField
              {...validatorField('requestValidatorName')}
              value={value.requestValidatorName}
              empty="unset"
              onChange={(v) => setField('requestValidatorName', v)}
            />
            <ThreeStateField
              {...validatorField('validateRequestParameters')}
              value={value.validateRequestParameters}
              onChange={(v) => setField('validateRequestParameters', v)}
            />
            <ThreeStateField
              {...validatorField('validateRequestBody')}
              value={value.validateRequestBody}
              onChange={(v) => setField('validateRequestBody', v)}
            />
          </div>
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            Remove request validator (requestValidatorOptions)
          </button>
        </>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-label={title}>
      <h3 className="section-title">{title}</h3>
      {children}
    </section>
  );
}

/** A copy of `item` with `key` set, or removed when `value` is undefined. Key order is kept. */
function withKey<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  return setAt(item, joinPointer('', String(key)), value);
}

function decodeLast(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1);
  return last.replace(/~1/g, '/').replace(/~0/g, '~');
}

function TemplateTextArea({ id, label, value, onChange, dataPath, describedBy }: ValueEditorProps<string>) {
  const lines = Math.min(8, Math.max(2, value.split('\n').length));
  return (
    <textarea
      id={id}
      className="template-textarea"
      aria-label={label}
      aria-describedby={describedBy}
      data-path={dataPath}
      value={value}
      rows={lines}
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function RequiredSelect({ id, label, value, onChange, dataPath, describedBy }: ValueEditorProps<boolean>) {
  return (
    <select
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
      data-path={dataPath}
      value={String(value)}
      onChange={(e) => onChange(e.target.value === 'true')}
    >
      <option value="true">true (required)</option>
      <option value="false">false (optional)</option>
    </select>
  );
}

function ModelSelect({
  id,
  label,
  value,
  onChange,
  dataPath,
  describedBy,
}: ValueEditorProps<ResponseModelName>) {
  return (
    <select
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
      data-path={dataPath}
      value={value}
      onChange={(e) => onChange(e.target.value as ResponseModelName)}
    >
      {RESPONSE_MODELS.map((m) => (
        <option key={m} value={m}>
          {m}
        </option>
      ))}
    </select>
  );
}

function CacheKeyInput({
  index,
  path,
  docId,
  value,
  onChange,
  suggestions,
  diagnostics,
}: {
  index: number;
  path: string;
  docId: string;
  value: string;
  onChange(next: string): void;
  suggestions: readonly string[];
  diagnostics: readonly Diagnostic[];
}) {
  const listId = `cache-keys-${path.replace(/[^A-Za-z0-9]/g, '-')}`;
  const messagesId = `${listId}-messages`;
  return (
    <span className="cache-key">
      <input
        type="text"
        aria-label={`Cache key parameter ${index + 1} (cacheKeyParameters)`}
        aria-describedby={diagnostics.length > 0 ? `${messagesId} ${docId}` : docId}
        data-path={path}
        value={value}
        list={listId}
        placeholder="method.request.path.name"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={diagnostics.some((x) => x.severity === 'error') || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <FieldMessages id={messagesId} diagnostics={diagnostics} />
    </span>
  );
}
