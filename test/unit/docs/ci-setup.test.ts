import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/** The YAML blocks of the README's section on a programme's own repository, in order. */
function ciBlocks(): unknown[] {
  const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
  const section = /\n## In a programme's repository\n([\s\S]*?)\n## /.exec(readme)?.[1];
  assert.ok(section, "the README has a section 'In a programme's repository'");
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!));
}

const sarifCheck = /^npx curriculum check --format sarif > (\S+\.sarif)\b/;

describe("README: CI in a programme's repository", () => {
  it('the GitHub Actions workflow checks with SARIF output and uploads that file to code scanning, even after errors', () => {
    const workflow = ciBlocks()[0] as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[] }>;
    };
    assert.deepEqual(workflow.permissions, { contents: 'read', 'security-events': 'write' });
    const steps = Object.values(workflow.jobs)[0]!.steps;
    assert.deepEqual(
      steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run?.split(' ').slice(0, 2).join(' ')),
      ['actions/checkout', 'actions/setup-node', 'npm ci', 'npx curriculum', 'github/codeql-action/upload-sarif'],
    );
    const written = sarifCheck.exec(steps[3]!.run!)?.[1];
    assert.equal(written, 'curriculum.sarif');
    assert.deepEqual([steps[4]!.if, steps[4]!.with?.sarif_file], ['always()', written]);
  });

  it('the GitLab CI job keeps the SARIF log as an artefact and fails on an error', () => {
    const job = Object.values(ciBlocks()[1] as Record<string, { script: string[]; artifacts: { when: string; paths: string[] } }>)[0]!;
    const written = job.script.map((line) => sarifCheck.exec(line)?.[1]).find(Boolean);
    assert.equal(written, 'curriculum.sarif');
    assert.deepEqual(job.artifacts, { when: 'always', paths: [written] });
    assert.equal(job.script.at(-1), 'npx curriculum check');
  });
});
