// Fidelity of MailApp in the emulation: messages recorded with their recipients, a daily quota counted per
// recipient, the quota error's text, and no mail from a simple trigger.
import { probe, probeEnvironment } from '../support/probe';

describe('MailApp emulation', () => {
  it('records each message with its recipients and counts every recipient against the daily quota', () => {
    const env = probeEnvironment();
    const remaining = probe(
      env,
      `MailApp.sendEmail('a@city.example.jp, b@city.example.jp', '未報告のお知らせ', '本文です');
      MailApp.sendEmail({ to: 'c@city.example.jp', cc: 'd@city.example.jp', subject: '件名', body: '二通目', name: '行革担当' });
      return MailApp.getRemainingDailyQuota();`,
    );
    expect(remaining).toBe(100 - 4);
    const sent = env.services.mail?.sent ?? [];
    expect(sent.map((m) => [m.to, m.cc, m.subject, m.body, m.name])).toEqual([
      [['a@city.example.jp', 'b@city.example.jp'], [], '未報告のお知らせ', '本文です', null],
      [['c@city.example.jp'], ['d@city.example.jp'], '件名', '二通目', '行革担当'],
    ]);
  });

  it('refuses a message past the quota with Apps Script text, sending nothing, and frees it a day later', () => {
    const env = probeEnvironment();
    if (env.services.mail) env.services.mail.dailyRecipients = 2;
    const message = probe(
      env,
      `MailApp.sendEmail('a@city.example.jp', 's', 'b');
      try { MailApp.sendEmail('b@city.example.jp, c@city.example.jp', 's', 'b'); return 'sent'; }
      catch (e) { return e.name + ': ' + e.message; }`,
    );
    expect(message).toBe('Exception: Service invoked too many times for one day: email.');
    expect(env.services.mail?.sent).toHaveLength(1);
    env.syncClock(env.now + 24 * 60 * 60 * 1000);
    expect(probe(env, 'return MailApp.getRemainingDailyQuota();')).toBe(2);
  });

  it('refuses a message without a recipient, and any mail in AuthMode.LIMITED (a simple trigger)', () => {
    const env = probeEnvironment();
    expect(probe(env, "try { MailApp.sendEmail('', 's', 'b'); } catch (e) { return e.message; }")).toBe(
      'Failed to send email: no recipient',
    );
    expect(() =>
      probe(env, "MailApp.sendEmail('a@city.example.jp', 's', 'b');", { authMode: 'LIMITED' }),
    ).toThrow(/permission to call MailApp.sendEmail/);
    expect(env.services.mail?.sent).toEqual([]);
  });
});
