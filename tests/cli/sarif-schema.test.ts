// SARIF 2.1.0 shape: every object we emit uses only properties the schema allows and has those it requires.
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers.ts';

// Property names per definition in the SARIF 2.1.0 JSON schema (each has additionalProperties: false).
const ALLOWED: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  tool: ['driver', 'extensions', 'properties'],
  toolComponent: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
  reportingDescriptor: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  multiformatMessageString: ['text', 'markdown', 'properties'],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
  artifactContent: ['text', 'binary', 'rendered', 'properties'],
  artifact: ['description', 'location', 'parentIndex', 'offset', 'length', 'roles', 'mimeType', 'contents', 'encoding', 'sourceLanguage', 'hashes', 'lastModifiedTimeUtc', 'properties'],
  fix: ['description', 'artifactChanges', 'properties'],
  artifactChange: ['artifactLocation', 'replacements', 'properties'],
  replacement: ['deletedRegion', 'insertedContent', 'properties'],
};

const REQUIRED: Record<string, string[]> = {
  log: ['version', 'runs'],
  run: ['tool'],
  tool: ['driver'],
  toolComponent: ['name'],
  reportingDescriptor: ['id'],
  multiformatMessageString: ['text'],
  result: ['message'],
  fix: ['artifactChanges'],
  artifactChange: ['artifactLocation', 'replacements'],
  replacement: ['deletedRegion'],
};

type Obj = Record<string, unknown>;
const problems: string[] = [];
function check(kind: string, value: unknown, where: string) {
  const o = value as Obj;
  for (const key of Object.keys(o)) if (!ALLOWED[kind].includes(key)) problems.push(`${where}: "${key}" is not a ${kind} property`);
  for (const key of REQUIRED[kind] ?? []) if (!(key in o)) problems.push(`${where}: ${kind} needs "${key}"`);
}

function region(r: Obj, where: string) {
  check('region', r, where);
  for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) expect(Number.isInteger(r[k]) && (r[k] as number) >= 1, `${where}.${k}`).toBe(true);
  expect(r.charLength as number).toBeGreaterThanOrEqual(0);
  if (r.snippet) check('artifactContent', r.snippet, `${where}.snippet`);
}

describe('SARIF output against the 2.1.0 schema', () => {
  it('uses only allowed properties, with the required ones present', async () => {
    const r = await cli(['check', '--format', 'sarif', '--config', `${FIXTURES}/config-custom.json`, `${FIXTURES}/folder`, `${FIXTURES}/blame.md`, `${FIXTURES}/silo.md`]);
    const log = JSON.parse(r.stdout) as Obj;
    check('log', log, 'log');
    const run = (log.runs as Obj[])[0];
    check('run', run, 'run');
    expect(run.columnKind).toBe('utf16CodeUnits');
    check('tool', run.tool, 'tool');
    const driver = (run.tool as Obj).driver as Obj;
    check('toolComponent', driver, 'driver');
    for (const [i, rule] of (driver.rules as Obj[]).entries()) {
      check('reportingDescriptor', rule, `rules[${i}]`);
      for (const k of ['shortDescription', 'fullDescription', 'help']) check('multiformatMessageString', rule[k], `rules[${i}].${k}`);
      check('reportingConfiguration', rule.defaultConfiguration, `rules[${i}].defaultConfiguration`);
    }
    for (const [k, v] of Object.entries(run.originalUriBaseIds as Obj)) check('artifactLocation', v, `originalUriBaseIds.${k}`);
    for (const [i, a] of (run.artifacts as Obj[]).entries()) {
      check('artifact', a, `artifacts[${i}]`);
      check('artifactLocation', a.location, `artifacts[${i}].location`);
    }
    const results = run.results as Obj[];
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((x) => Array.isArray(x.fixes) && x.fixes.length > 0)).toBe(true);
    for (const [i, res] of results.entries()) {
      check('result', res, `results[${i}]`);
      expect(['none', 'note', 'warning', 'error']).toContain(res.level);
      check('message', res.message, `results[${i}].message`);
      for (const loc of res.locations as Obj[]) {
        check('location', loc, `results[${i}].location`);
        const phys = loc.physicalLocation as Obj;
        check('physicalLocation', phys, `results[${i}].physicalLocation`);
        check('artifactLocation', phys.artifactLocation, `results[${i}].artifactLocation`);
        region(phys.region as Obj, `results[${i}].region`);
      }
      for (const fix of (res.fixes as Obj[] | undefined) ?? []) {
        check('fix', fix, `results[${i}].fix`);
        check('message', fix.description, `results[${i}].fix.description`);
        for (const change of fix.artifactChanges as Obj[]) {
          check('artifactChange', change, `results[${i}].artifactChange`);
          for (const rep of change.replacements as Obj[]) {
            check('replacement', rep, `results[${i}].replacement`);
            region(rep.deletedRegion as Obj, `results[${i}].deletedRegion`);
            check('artifactContent', rep.insertedContent, `results[${i}].insertedContent`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
