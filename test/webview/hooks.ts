import { closeBrowser } from './harness';

/** One Chromium for the whole run, closed at the end. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await closeBrowser();
  },
};
