// Exporting through the dialog as a user does: size, dpi, format, export, the file.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, headerAction } from './fixtures.ts';

export async function exportFile(page: Page, o: { size: string; format: string; dpi?: string }): Promise<Buffer> {
  const dialog = page.getByRole('dialog', { name: '导出地图' });
  if (!(await dialog.isVisible())) await headerAction(page, /^导出$/);
  await dialog.getByLabel('尺寸').selectOption({ label: o.size });
  if (o.dpi) await dialog.getByLabel(`${o.dpi} dpi`).check();
  await dialog.getByLabel(o.format).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: '导出文件' }).click()]);
  await expect(dialog.getByRole('alert')).toContainText('已导出');
  return readFileSync((await download.path())!);
}
