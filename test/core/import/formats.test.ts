import { dayOf } from '../../../src/core/dates';
import { importExport } from '../../../src/core/import';
import { run, settingsWith, TEAM_EN } from './helpers';

const AMO_STAGES = [
  { stage: 'Первичный контакт', step: '' },
  { stage: 'Встреча назначена', step: 'meetings' },
  { stage: 'Переговоры', step: '' },
  { stage: 'Успешно реализовано', step: 'won' },
  { stage: 'Закрыто и не реализовано', step: 'lost' },
];

describe('amoCRM', () => {
  it('windows-1251 with ";": leads, won deals, revenue, meetings by stage order; swapped names; skips', () => {
    const { imported, totals, skipped } = run(
      'amocrm-1251-semicolon.csv',
      settingsWith({ stages: AMO_STAGES, pipelines: ['основная'] }),
    );
    expect(imported.encoding).toBe('windows-1251');
    const d102 = imported.deals.find((d) => d.id === '102')!;
    expect([d102.amount, d102.closed, d102.status, d102.created]).toEqual([
      48500.5,
      undefined,
      'open',
      dayOf(2026, 11, 5),
    ]);
    expect(totals).toEqual({
      'm1 2026-11-03 leads': 1,
      'm1 2026-11-05 leads': 1,
      'm1 2026-11-06 meetings': 1, // 102 is at Переговоры, past Встреча назначена; counted on its edit date
      'm1 2026-11-20 deals': 1,
      'm1 2026-11-20 meetings': 1, // 101 won: past every step
      'm1 2026-11-20 revenue': 150000,
      'm2 2026-11-07 leads': 1, // 103 lost: a lead, no step
      'm2 2026-11-10 leads': 1, // 104 "Петров Иван"
      'm2 2026-11-12 meetings': 1,
    });
    expect(skipped).toEqual({
      openDeal: [3, []],
      unknownPerson: [1, ['Пётр Сидоров×1']],
      otherPipeline: [1, ['Партнёры×1']],
      outsideYear: [1, []],
      unknownStage: [1, ['Странный этап×1']],
    });
  });

  it('UTF-8 with BOM and ",": "Бюджет, ₽", a quoted newline, ISO date, "не закрыта", no stage mapping', () => {
    const { totals, skipped } = run('amocrm-utf8-bom-comma.csv', settingsWith({}));
    expect(totals).toEqual({
      'm1 2026-11-01 leads': 1,
      'm1 2026-11-02 deals': 1,
      'm1 2026-11-02 revenue': 10000,
      'm2 2026-11-03 leads': 1,
    });
    expect(skipped).toEqual({ openDeal: [1, []], unknownStage: [1, ['Первичный контакт×1']] });
  });

  it('Kommo in English with tabs', () => {
    const { imported, totals } = run('kommo-utf8-tab.tsv', settingsWith({ team: TEAM_EN }));
    expect(imported.format).toBe('\t');
    expect(totals).toEqual({
      'e1 2026-11-04 leads': 1,
      'e1 2026-11-09 deals': 1,
      'e1 2026-11-09 revenue': 1500,
      'e2 2026-11-05 leads': 1,
    });
  });

  it("a team's own won stage counts as won through the stage mapping", () => {
    const text =
      'ID;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки\n' +
      '1;1 000;Анна Смирнова;02.11.2026;09.11.2026 12:00;Оплачено\n';
    const won = importExport(text, settingsWith({ stages: [{ stage: 'оплачено', step: 'won' }] }));
    expect(won.facts.records[0].contributions.map((c) => c.metric)).toEqual(['leads', 'deals', 'revenue']);
    const open = importExport(text, settingsWith({}));
    expect(open.facts.records[0].contributions.map((c) => c.metric)).toEqual(['leads']);
  });
});

describe('Bitrix24', () => {
  it('CSV product rows make one deal with the sum of its rows; currency names; "Сделка закрыта: Нет"', () => {
    const { imported, totals, skipped } = run('bitrix-products.csv', settingsWith({}));
    expect(imported.deals.map((d) => [d.id, d.amount, d.currency, d.status])).toEqual([
      ['201', 34501.5, 'RUB', 'won'], // 30 000 + 4 501,50
      ['202', 10000, 'RUB', 'lost'],
      ['203', 2000, 'USD', 'won'],
      ['204', 5000, 'RUB', 'open'],
    ]);
    expect(totals).toEqual({
      'm1 2026-11-02 leads': 1,
      'm1 2026-11-18 deals': 1,
      'm1 2026-11-18 revenue': 34501.5,
      'm2 2026-11-04 leads': 1,
      'm4 2026-11-06 leads': 1,
    });
    expect(skipped).toEqual({
      otherCurrency: [1, ['USD×1']],
      openDeal: [1, []],
      unknownStage: [1, ['Подготовка документов×1']],
    });
  });

  it('the HTML-table .xls: entities, &nbsp; in numbers and names, unclosed cells', () => {
    const { imported, totals } = run('bitrix-deals.xls', settingsWith({}));
    expect(imported.format).toBe('html');
    expect(totals).toEqual({
      'm1 2026-11-01 leads': 1,
      'm1 2026-11-09 deals': 1,
      'm1 2026-11-09 revenue': 120000,
      'm2 2026-11-04 leads': 1,
      'm3 2026-11-03 leads': 1, // "Кузнецова   Мария": swapped, spaces collapsed; lost
    });
  });
});

describe('Pipedrive and HubSpot', () => {
  it('Pipedrive: the status column, won time, "1,250.50" in English, another currency skipped', () => {
    const stages = [
      { stage: 'Qualified', step: '' },
      { stage: 'Contact made', step: 'meetings' },
      { stage: 'Proposal made', step: 'proposals' },
      { stage: 'Negotiation', step: '' },
    ];
    const { totals, skipped } = run(
      'pipedrive.csv',
      settingsWith({ team: TEAM_EN, currency: 'USD', stages }),
    );
    expect(totals).toEqual({
      'e1 2026-11-02 leads': 1,
      'e1 2026-11-02 meetings': 1, // won: every step, on the creation date (no edit date in the export)
      'e1 2026-11-02 proposals': 1,
      'e1 2026-11-04 leads': 1, // "Smith Anna", open at Qualified: before every step
      'e1 2026-11-16 deals': 1,
      'e1 2026-11-16 revenue': 1250.5,
      'e2 2026-11-03 leads': 1, // lost at "Proposal made": no steps for lost deals
    });
    expect(skipped).toEqual({ openDeal: [1, []], otherCurrency: [1, ['EUR×1']] });
  });

  it('HubSpot: Closed Won / closedlost, Close Date as the close day', () => {
    const { totals, skipped } = run('hubspot.csv', settingsWith({ team: TEAM_EN }));
    expect(totals).toEqual({
      'e1 2026-11-01 leads': 1,
      'e1 2026-11-12 deals': 1,
      'e1 2026-11-12 revenue': 2000,
      'e2 2026-11-02 leads': 1,
      'e2 2026-11-03 leads': 1,
    });
    expect(skipped).toEqual({ openDeal: [1, []], unknownStage: [1, ['Appointment Scheduled×1']] });
  });
});

describe('call logs', () => {
  const people = [{ crm: '102', member: 'm2' }];

  it('counts answered calls of at least 30 s; an extension maps through the people mapping', () => {
    const { imported, totals, skipped } = run('calls-mango.csv', settingsWith({ people }));
    expect(imported.calls[0]).toMatchObject({
      time: { day: dayOf(2026, 11, 2), seconds: 9 * 3600 + 15 * 60 + 2 },
      manager: 'Анна Смирнова',
      direction: 'out',
      seconds: 125,
      answered: true,
    });
    expect(totals).toEqual({ 'm1 2026-11-02 calls': 1, 'm2 2026-11-02 calls': 1, 'm2 2026-11-03 calls': 1 });
    expect(skipped).toEqual({ shortCall: [1, []], unanswered: [1, []], unknownPerson: [1, ['199×1']] });
  });

  it('a lower threshold and one direction', () => {
    expect(
      run('calls-mango.csv', settingsWith({ people, callSeconds: 20 })).totals['m1 2026-11-02 calls'],
    ).toBe(2);
    const out = run('calls-mango.csv', settingsWith({ people, callDirections: 'out' }));
    expect(out.totals).toEqual({ 'm1 2026-11-02 calls': 1, 'm2 2026-11-03 calls': 1 });
    expect(out.skipped.otherDirection).toEqual([1, []]);
  });
});
