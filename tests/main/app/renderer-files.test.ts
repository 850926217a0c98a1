import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType, resolveRendererFile } from '../../../main/app/renderer-files';

const root = '/opt/rapportverkstad/out/renderer';

describe('resolveRendererFile', () => {
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['/../main/main.cjs', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/assets/..%2f..%2f..%2fsecret', null],
    ['/a%5c..%5c..%5csecret', null],
    ['/%00index.html', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (pathname, expected) => {
    expect(resolveRendererFile(root, pathname)).toBe(expected);
  });
});

describe('mimeType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['data.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeType(file)).toBe(type);
  });
});
