/**
 * Which export a header row comes from, as data: per source, the headers that identify it (`signature`:
 * one of them must be present) and the headers each field goes by, in every interface language seen. To
 * teach the import a new header, add it here; headers are compared normalized (see `normalizeHeader`), so
 * case, `ё`, spaces and currency marks (`Бюджет, ₽`) do not matter.
 */

export type DealField =
  | 'id'
  | 'title'
  | 'manager'
  | 'pipeline'
  | 'stage'
  | 'stageGroup'
  | 'status'
  | 'amount'
  | 'currency'
  | 'created'
  | 'closed'
  | 'wonTime'
  | 'lostTime'
  | 'modified'
  | 'closedFlag'
  | 'product'
  | 'price'
  | 'quantity'
  | 'paid'
  | 'paidDate';

export type CallField =
  | 'callId'
  | 'time'
  | 'date'
  | 'clock'
  | 'manager'
  | 'extension'
  | 'direction'
  | 'seconds'
  | 'answered'
  | 'phone';

export type ImportField = DealField | CallField;
export type SourceId = 'amocrm' | 'bitrix24' | 'pipedrive' | 'hubspot' | 'calls' | 'manual';
export type ImportKind = 'deals' | 'calls';

export interface SourceSpec {
  id: SourceId;
  kind: ImportKind;
  signature: readonly string[];
  fields: Partial<Record<ImportField, readonly string[]>>;
}

/**
 * Money received and its date: a custom field in amoCRM, Bitrix24, Pipedrive (`Deal - ` before the field's
 * name) and HubSpot, so every deal source reads the same names. Bitrix24's «Статус оплаты сделки» is a status
 * (paid or not), no amount: it is not among them. «Оплата, руб» reads as «Оплата» (units are dropped).
 */
const PAID = ['Оплачено', 'Сумма оплаты', 'Оплата, руб', 'Поступило', 'Сумма поступления'].concat([
  'Paid',
  'Amount paid',
  'Paid amount',
  'Payment amount',
  'Received',
  'Amount received',
]);
const PAID_DATE = ['Дата оплаты', 'Дата поступления', 'Оплачено (дата)', 'Дата поступления оплаты'].concat([
  'Payment date',
  'Paid date',
  'Date paid',
  'Paid on',
  'Date received',
]);
const paidFields = (prefix = '') => ({
  paid: PAID.map((h) => prefix + h),
  paidDate: PAID_DATE.map((h) => prefix + h),
});

export const SOURCES: readonly SourceSpec[] = [
  {
    id: 'amocrm',
    kind: 'deals',
    signature: ['Бюджет', 'Этап сделки', 'Кем создана сделка', 'Дата создания сделки', 'Budget', 'Lead name'],
    fields: {
      id: ['ID'],
      title: ['Название сделки', 'Lead name', 'Lead title', 'Deal name'],
      amount: ['Бюджет', 'Budget', 'Sale'],
      manager: ['Ответственный', 'Responsible user', 'Responsible'],
      created: [
        'Дата создания сделки',
        'Дата создания',
        'Date created',
        'Created date',
        'Created at',
        'Created',
      ],
      closed: ['Дата закрытия', 'Closed at', 'Date closed', 'Close date'],
      modified: ['Дата редактирования', 'Date modified', 'Modified at', 'Updated at'],
      stage: ['Этап сделки', 'Этап', 'Stage', 'Lead status', 'Status'],
      pipeline: ['Воронка', 'Pipeline'],
      ...paidFields(),
    },
  },
  {
    id: 'bitrix24',
    kind: 'deals',
    signature: [
      'Стадия сделки',
      'Группа стадий',
      'Сумма',
      'Предполагаемая дата закрытия',
      'Сделка закрыта',
    ].concat(['Income', 'Assumed close date', 'Stage group', 'Deal closed']),
    fields: {
      id: ['ID'],
      title: ['Название сделки', 'Название', 'Deal Name'],
      amount: ['Сумма', 'Income', 'Amount'],
      currency: ['Валюта', 'Currency'],
      stage: ['Стадия сделки', 'Стадия', 'Stage'],
      stageGroup: ['Группа стадий', 'Stage group'],
      pipeline: ['Воронка', 'Направление сделки', 'Направление', 'Pipeline', 'Deal pipeline'],
      manager: ['Ответственный', 'Responsible'],
      created: ['Дата создания', 'Created'],
      closed: ['Предполагаемая дата закрытия', 'Дата закрытия', 'Assumed close date', 'Close date'],
      modified: ['Дата изменения', 'Modified'],
      closedFlag: ['Сделка закрыта', 'Deal closed', 'Closed'],
      product: ['Товар', 'Product'],
      price: ['Цена', 'Price'],
      quantity: ['Количество', 'Quantity'],
      ...paidFields(),
    },
  },
  {
    id: 'pipedrive',
    kind: 'deals',
    signature: ['Deal - Title', 'Deal - Value', 'Deal - Owner', 'Deal - Status', 'Deal - Add time'],
    fields: {
      id: ['Deal - ID'],
      title: ['Deal - Title'],
      amount: ['Deal - Value'],
      currency: ['Deal - Currency'],
      manager: ['Deal - Owner'],
      stage: ['Deal - Stage'],
      status: ['Deal - Status'],
      pipeline: ['Deal - Pipeline'],
      created: ['Deal - Add time', 'Deal - Deal created'],
      wonTime: ['Deal - Won time'],
      lostTime: ['Deal - Lost time'],
      closed: ['Deal - Close time', 'Deal - Deal closed on'],
      modified: ['Deal - Update time'],
      ...paidFields('Deal - '),
    },
  },
  {
    id: 'hubspot',
    kind: 'deals',
    signature: ['Record ID', 'Deal Stage', 'Deal owner', 'HubSpot owner'],
    fields: {
      id: ['Record ID', 'Deal ID'],
      title: ['Deal Name'],
      amount: ['Amount', 'Amount in company currency'],
      currency: ['Currency', 'Deal currency code'],
      stage: ['Deal Stage'],
      manager: ['Deal owner', 'HubSpot owner'],
      pipeline: ['Pipeline'],
      created: ['Create Date'],
      closed: ['Close Date'],
      modified: ['Last Modified Date'],
      ...paidFields(),
    },
  },
  {
    id: 'calls',
    kind: 'calls',
    signature: [
      'Длительность',
      'Длительность разговора',
      'Продолжительность',
      'Тип звонка',
      'Добавочный',
    ].concat(['Duration', 'Talk time', 'Call type', 'Extension', 'Direction']),
    fields: {
      callId: ['ID звонка', 'Идентификатор звонка', 'Call ID', 'UID', 'ID'],
      time: [
        'Дата и время',
        'Дата/время',
        'Время звонка',
        'Начало звонка',
        'Date/time',
        'Call time',
        'Start time',
      ],
      date: ['Дата', 'Дата звонка', 'Date'],
      clock: ['Время', 'Time'],
      manager: ['Сотрудник', 'Менеджер', 'Ответственный', 'Оператор', 'Employee', 'Manager', 'Agent', 'User'],
      extension: ['Добавочный', 'Добавочный номер', 'Внутренний номер', 'Extension', 'Ext'],
      direction: ['Направление', 'Тип звонка', 'Тип', 'Direction', 'Call type', 'Type'],
      seconds: ['Длительность разговора', 'Длительность звонка', 'Длительность', 'Продолжительность'].concat([
        'Talk time',
        'Duration',
      ]),
      phone: [
        'Номер клиента',
        'Номер телефона',
        'Телефон клиента',
        'Телефон',
        'Номер',
        'Phone number',
        'Phone',
      ],
      answered: ['Статус', 'Статус звонка', 'Результат', 'Status', 'Result', 'Answered', 'Disposition'],
    },
  },
];

/** Fields only a call log has: a manual mapping that names one of them maps a call log. */
export const CALL_ONLY_FIELDS: readonly ImportField[] = [
  'callId',
  'time',
  'date',
  'clock',
  'extension',
  'direction',
  'seconds',
  'answered',
  'phone',
];
