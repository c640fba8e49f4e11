// Every common problem has a path in the "Which topic?" tree (PRODUCT.md §2, issue 12), walked as
// a reader would in Chromium, in both languages, with JavaScript on (steps swap in place) and off
// (plain links): a reader who cannot sign in, a rude agent, a refund that has not arrived, a
// broken device, a manager outside the item branch, and "before you contact". Each walk ends by
// opening the article section the result points at. Also: back and forward show the step of the
// URL after a reload and after a deep link, whatever state the history entry carries.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import { openPage } from '../helpers/browser.ts';

const session = chromiumOnSite();

const tree = (page: Page) => page.locator('[data-decision-tree]');
const answer = (page: Page, label: string) => tree(page).getByRole('link', { name: label, exact: true });
const heading = (page: Page) => tree(page).locator('h2.tree-heading');
const channels = (page: Page) =>
  tree(page)
    .locator('.contact-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-channel')));

async function atStep(page: Page, url: string, title: string) {
  await page.waitForURL(url);
  await tree(page).getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

interface ReaderPath {
  name: string;
  /** Answers from the first question, with the step each leads to. */
  answers: [label: string, step: string][];
  result: string;
  channels: string[];
  /** The article section the result opens: page and heading id. */
  section: string;
}

const paths: Record<'en' | 'id', ReaderPath[]> = {
  en: [
    {
      name: 'cannot sign in',
      answers: [
        ['My payment, Prime or account', 'account/'],
        ['No, I am locked out or cannot use my e-mail', 'account/locked-out/'],
      ],
      result: 'Our source does not cover a locked account',
      channels: ['phone-us'],
      section: 'contact-channels/#if-you-cannot-sign-in',
    },
    {
      name: 'a rude agent',
      answers: [
        ['An agent was rude or did not help', 'agent/'],
        ['The agent was rude or did not listen', 'agent/rude-agent/'],
      ],
      result: 'Stay calm, then try someone else',
      channels: ['chat', 'phone-us'],
      section: 'resolve-a-dispute/#if-the-agent-is-rude-or-does-not-help',
    },
    {
      name: 'a refund that has not arrived',
      answers: [
        ['An item I ordered', 'item/'],
        ['I sent it back, but the refund has not arrived', 'item/refund-missing/'],
      ],
      result: 'You sent it back, but the refund has not arrived',
      channels: ['chat', 'phone-us'],
      section: 'resolve-a-dispute/#if-your-refund-has-not-arrived',
    },
    {
      name: 'a broken device',
      answers: [['A Kindle, Fire or Alexa device', 'device/']],
      result: 'Choose “Kindle, Fire, or Alexa device” in the chat',
      channels: ['chat', 'phone-us'],
      section: 'chat-topics/#kindle-fire-or-alexa-device',
    },
    {
      name: 'a manager outside the item branch',
      answers: [
        ['An agent was rude or did not help', 'agent/'],
        ['The agent could not solve my problem', 'agent/manager/'],
      ],
      result: 'Sentences to ask for a manager',
      channels: ['chat', 'phone-us'],
      section: 'phrasebook/#ask-for-a-manager',
    },
    {
      name: 'what to prepare',
      answers: [
        ['An item I ordered', 'item/'],
        ['What should I have ready before I contact them?', 'item/prepare/'],
      ],
      result: 'Put your order details in one note',
      channels: ['chat', 'phone-us'],
      section: 'before-you-contact/#gather-your-purchase-details',
    },
  ],
  id: [
    {
      name: 'cannot sign in',
      answers: [
        ['Pembayaran, Prime, atau akun saya', 'account/'],
        ['Tidak, akun saya terkunci atau saya tidak bisa memakai e-mail saya', 'account/locked-out/'],
      ],
      result: 'Sumber kami tidak membahas akun yang terkunci',
      channels: ['phone-us'],
      section: 'contact-channels/#jika-anda-tidak-bisa-masuk-ke-akun',
    },
    {
      name: 'a rude agent',
      answers: [
        ['Agen bersikap kasar atau tidak membantu', 'agent/'],
        ['Agen bersikap kasar atau tidak mendengarkan', 'agent/rude-agent/'],
      ],
      result: 'Tetap tenang, lalu coba dengan orang lain',
      channels: ['chat', 'phone-us'],
      section: 'resolve-a-dispute/#jika-agen-kasar-atau-tidak-membantu',
    },
    {
      name: 'a refund that has not arrived',
      answers: [
        ['Barang yang saya pesan', 'item/'],
        ['Saya sudah mengembalikan barang, tetapi uangnya belum kembali', 'item/refund-missing/'],
      ],
      result: 'Barang sudah dikirim balik, tetapi uang belum kembali',
      channels: ['chat', 'phone-us'],
      section: 'resolve-a-dispute/#jika-uang-belum-kembali-setelah-retur',
    },
    {
      name: 'a broken device',
      answers: [['Perangkat Kindle, Fire, atau Alexa', 'device/']],
      result: 'Pilih topik “Kindle, Fire, or Alexa device” di chat',
      channels: ['chat', 'phone-us'],
      section: 'chat-topics/#kindle-fire-or-alexa-device',
    },
    {
      name: 'a manager outside the item branch',
      answers: [
        ['Agen bersikap kasar atau tidak membantu', 'agent/'],
        ['Agen tidak bisa menyelesaikan masalah saya', 'agent/manager/'],
      ],
      result: 'Kalimat untuk meminta manajer',
      channels: ['chat', 'phone-us'],
      section: 'phrasebook/#meminta-bicara-dengan-manajer',
    },
    {
      name: 'what to prepare',
      answers: [
        ['Barang yang saya pesan', 'item/'],
        ['Apa yang perlu disiapkan sebelum menghubungi toko?', 'item/prepare/'],
      ],
      result: 'Siapkan data pesanan Anda dalam satu catatan',
      channels: ['chat', 'phone-us'],
      section: 'before-you-contact/#kumpulkan-data-pembelian',
    },
  ],
};

describe('every reader reaches an answer', () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const locale of ['en', 'id'] as const) {
      for (const path of paths[locale]) {
        it(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${path.name}`, async () => {
          const start = `${session.server.url}${locale}/which-topic/`;
          const { page, errors, close } = await openPage(session.browser, start, { javaScriptEnabled });
          for (const [label, step] of path.answers) {
            await answer(page, label).click();
            await page.waitForURL(`${start}${step}`);
          }
          await atStep(page, `${start}${path.answers.at(-1)![1]}`, path.result);
          expect(await channels(page)).toEqual(path.channels);
          // The US phone is offered with its caveat, and with the article that explains it.
          if (path.channels.includes('phone-us')) {
            const card = tree(page).locator('[data-channel="phone-us"]');
            expect(await card.locator('a[href="tel:+18882804331"]').count()).toBe(1);
            expect(
              await card
                .locator(
                  `a[href="/${locale}/contact-channels/#${locale === 'en' ? 'phone-united-states' : 'telepon-amerika-serikat'}"]`,
                )
                .count(),
            ).toBe(1);
          }
          await tree(page).locator('a.tree-article').click();
          await page.waitForURL(`${session.server.url}${locale}/${path.section}`);
          const id = path.section.split('#')[1]!;
          expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
          expect(errors).toEqual([]);
          await close();
        });
      }
    }
  }
});

describe('back and forward show the step of the URL', () => {
  for (const locale of ['en', 'id'] as const) {
    const [first, second] = paths[locale][2]!.answers; // the refund path: two answers
    const result = paths[locale][2]!.result;
    const question = locale === 'en' ? 'What do you need help with?' : 'Anda perlu bantuan tentang apa?';
    const itemQuestion = locale === 'en' ? 'What is the problem?' : 'Apa masalahnya?';

    it(`${locale}: answer, reload, back, forward`, async () => {
      const start = `${session.server.url}${locale}/which-topic/`;
      const { page, errors, close } = await openPage(session.browser, start);
      await answer(page, first![0]).click();
      await atStep(page, `${start}${first![1]}`, itemQuestion);
      await answer(page, second![0]).click();
      await atStep(page, `${start}${second![1]}`, result);
      await page.reload();
      await atStep(page, `${start}${second![1]}`, result);
      // The entries before the reload come back with whatever state they kept (often none).
      await page.goBack();
      await atStep(page, `${start}${first![1]}`, itemQuestion);
      expect(await heading(page).count()).toBe(1);
      await page.goBack();
      await atStep(page, start, question);
      await page.goForward();
      await atStep(page, `${start}${first![1]}`, itemQuestion);
      await page.goForward();
      await atStep(page, `${start}${second![1]}`, result);
      expect(errors).toEqual([]);
      await close();
    });

    it(`${locale}: a deep link, an answer, then back`, async () => {
      const start = `${session.server.url}${locale}/which-topic/`;
      const { page, errors, close } = await openPage(session.browser, `${start}${first![1]}`);
      await answer(page, second![0]).click();
      await atStep(page, `${start}${second![1]}`, result);
      await page.goBack();
      await atStep(page, `${start}${first![1]}`, itemQuestion);
      await page.goForward();
      await atStep(page, `${start}${second![1]}`, result);
      expect(errors).toEqual([]);
      await close();
    });

    it(`${locale}: from the home page, answer, reload, back to the home page`, async () => {
      const home = `${session.server.url}${locale}/`;
      const { page, errors, close } = await openPage(session.browser, home);
      await answer(page, first![0]).click();
      await atStep(page, `${session.server.url}${locale}/which-topic/${first![1]}`, itemQuestion);
      await page.reload();
      await page.goBack();
      await atStep(page, home, question);
      // The home page itself, not its first step inside the tree page.
      expect(await page.locator('h2#topics').count()).toBe(1);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
