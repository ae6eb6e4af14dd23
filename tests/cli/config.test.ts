// --config reads the options page's export as it is, and an unknown rule id is a notice, never a stop.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, ROOT } from './helpers.ts';
import { parseImport } from '../../lib/settings-io/bundle.ts';

const BLAME = `${FIXTURES}/blame.md`;

describe('--config', () => {
  it('takes a settings export from the options page as it is', async () => {
    const plain = await cli(['check', BLAME]);
    expect(plain.code).toBe(1);
    const r = await cli(['check', '--config', `${FIXTURES}/options-export.json`, BLAME]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No problems in 1 file/);
  });

  it('checks on with an unknown rule id, naming it on stderr', async () => {
    const plain = await cli(['check', '--format', 'json', BLAME]);
    const r = await cli(['check', '--format', 'json', '--config', `${FIXTURES}/config-unknown-rule.json`, BLAME]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe('Config tests/fixtures/cli/config-unknown-rule.json: No rule has the id “no-such-rule”: its setting was ignored.\n');
  });

  it('still rejects an export whose settings are malformed, with exit 2', async () => {
    const r = await cli(['check', '--config', 'tests/settings-io/fixtures/malformed.json', BLAME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/malformed\.json: Invalid settings file at "settings\.rules\.no-person-as-cause"/);
  });
});

describe('the options page imports a CLI config', () => {
  it('reads every CLI config fixture that the CLI accepts as engine settings', () => {
    for (const name of ['config-blame-off.json', 'config-custom.json', 'config-unknown-rule.json']) {
      const r = parseImport(readFileSync(path.join(ROOT, FIXTURES, name), 'utf8'));
      expect(r.from).toBe('settings');
    }
    const unknown = parseImport(readFileSync(path.join(ROOT, FIXTURES, 'config-unknown-rule.json'), 'utf8'));
    expect(unknown.settings).toEqual({});
    expect(unknown.notices).toEqual(['No rule has the id “no-such-rule”: its setting was ignored.']);
  });
});
