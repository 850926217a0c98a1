import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/cli';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
}

describe('runCli', () => {
  it.each([[[]], [['--help']], [['help']]])('prints the usage for %j', (args) => {
    const result = run(args);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Användning: rapportverkstad/);
  });

  it('exits 2 on an unknown command and names it', () => {
    const result = run(['trolla']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Okänt kommando: trolla');
  });
});
