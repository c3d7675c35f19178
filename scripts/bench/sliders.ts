// Slider input to painted numbers on the deck's interactive slides.
import type { Page } from 'playwright-core';
import { FRAME_TIMER, frameTimes } from './browser';

/** Opens `url` (a step found by the walk), presses keys on its first slider on screen and times each press until the numbers are painted. */
export async function sliderTimes(page: Page, url: string, presses: number): Promise<number[] | null> {
  await page.goto(url);
  const slider = page.locator('input[type=range]:visible').first();
  try {
    await slider.waitFor({ timeout: 5000 });
  } catch {
    return null;
  }
  await page.evaluate(FRAME_TIMER);
  await slider.focus();
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
  return frameTimes(page);
}
