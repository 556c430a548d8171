// The side panel in a real browser: needs attention, an issue, a next step, a public-dispute decision over capacity.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { LocalWorkspace } from '../../local';
import { type Served, startServer } from '../../local/serve';
import { browserAvailable, launchBrowser, type PageTrouble, watch } from './chromium';
import { HOSTILE_NAME, issueOf, seededWorkspace } from './seed';

const SHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');
const WIDTHS = [300, 1280] as const;

if (!browserAvailable) console.warn('Browser tests skipped: /usr/bin/chromium is missing (CI installs it).');
const describeInBrowser = browserAvailable ? describe : describe.skip;

/** Screenshots of the page at both widths, e.g. sidebar-attention-300.png. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 300, height: 900 });
}

describeInBrowser('side panel in chromium', () => {
  jest.setTimeout(120000);
  let local: LocalWorkspace;
  let served: Served;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  let trouble: PageTrouble;
  let hostileIssue: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    local = await seededWorkspace();
    hostileIssue = issueOf(local, HOSTILE_NAME);
    served = await startServer(local, 0);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 300, height: 900 });
    trouble = watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  afterEach(() => {
    // Taken out, so one test's trouble is reported once.
    expect(trouble.errors.splice(0)).toEqual([]);
    expect(trouble.dialogs.splice(0)).toEqual([]);
  });

  it('opens on the needs-attention list, most pressing first, names shown as text', async () => {
    await page.goto(`${served.url}/sidebar`);
    await page.locator('#attention-list li').first().waitFor();
    const line = page.locator(`#attention-list button[data-issue="${hostileIssue}"]`).first();
    await line.waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Needs attention' }).isVisible()).toBe(true);
    await shoot(page, 'sidebar-attention');
  });

  it('filters by branch', async () => {
    await page.getByLabel('Branch').selectOption('Tower Hamlets');
    await page.getByText('Nothing needs attention').waitFor();
    await page.getByLabel('Branch').selectOption('');
    await page.locator(`#attention-list button[data-issue="${hostileIssue}"]`).first().waitFor();
  });

  it('opens an issue: the hostile name is plain text, contact details only on demand', async () => {
    await page.locator(`#attention-list button[data-issue="${hostileIssue}"]`).first().click();
    await page.locator('#issue-title').waitFor();
    const card = page.locator('#issue-card');
    expect((await card.textContent()) ?? '').toContain(HOSTILE_NAME);
    expect((await card.textContent()) ?? '').not.toContain('07700 900456');
    await page.getByRole('button', { name: /Show contact details/ }).click();
    await page.locator('#contact dd', { hasText: 'hostile@example.org' }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    await shoot(page, 'sidebar-issue');
  });

  it('adds a next step, and the Next steps sheet has it', async () => {
    await page.locator('summary', { hasText: 'Add a next step' }).click();
    await page.getByLabel('What will be done').fill('Call the letting agent about the hot water');
    await page.getByLabel('Who').fill('Sam');
    await page.getByLabel('By when').fill('2026-11-27');
    await page.getByRole('button', { name: 'Add next step' }).click();
    await page.locator('.steps li', { hasText: 'Call the letting agent' }).waitFor();
    const step = local.records('Next steps').find((s) => s['Issue ID'] === hostileIssue);
    expect(step).toMatchObject({
      What: 'Call the letting agent about the hot water',
      Who: 'Sam',
      Status: 'Open',
    });
  });

  it('records a public dispute over capacity: warned, refused, then taken on with a reason', async () => {
    await page.getByRole('button', { name: 'Record the team’s decision' }).click();
    await page.locator('#capacity.warn').waitFor();
    expect((await page.locator('#capacity').textContent()) ?? '').toMatch(
      /Hackney has 4 of 4 public disputes/,
    );
    await page.getByLabel('Route').selectOption('Public dispute');
    await page.getByLabel('Decided by').fill('Member solidarity team');
    await page.getByLabel('Reason').fill('Whole block affected; the agent ignores every letter.');
    for (let i = 0; i < 4; i += 1) await page.locator(`#crit-${i}-Yes`).check();
    await shoot(page, 'sidebar-decision');
    await page.locator('#override textarea').fill('');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Over capacity:/ })
      .waitFor();
    expect(local.records('Decisions')).toHaveLength(0);
    await page
      .getByLabel('Why take on this dispute over the limit')
      .fill('Twelve households, a winnable demand.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded.').waitFor();
    const [decision] = local.records('Decisions');
    expect(decision).toMatchObject({ 'Issue ID': hostileIssue, Route: 'Public dispute' });
    expect(String(decision!['Override reason'])).toContain('Twelve households');
    const issue = local.records('Issues').find((i) => i['Issue ID'] === hostileIssue);
    expect(issue?.Route).toBe('Public dispute');
  });

  it('bridge follows Apps Script: a Date argument is refused before it reaches the server', async () => {
    const message = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const run = (
            globalThis as unknown as {
              google: { script: { run: Record<string, (...a: unknown[]) => unknown> } };
            }
          ).google.script.run;
          const failing = run.withFailureHandler!((e: unknown) => resolve((e as Error).message)) as Record<
            string,
            (...a: unknown[]) => unknown
          >;
          failing.needsAttention!(new Date());
        }),
    );
    expect(message).toMatch(/is a Date/);
  });
});
