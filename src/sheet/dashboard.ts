// The Dashboard tab: formulas over the Audit and Feedback tabs, recomputed by Sheets, and three
// charts. Audit cells are text, so days come from LEFT(timestamp, 10) and numbers from the
// `detail` facts (minutes=, arrivalMinutes=, priority=, draftUsed=) with REGEXEXTRACT.
import { AUDIT_COLUMNS, type AuditColumn } from '../core/audit';
import { AUDIT_SHEET } from '../gas/audit-sink';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from './feedback';

export const DASHBOARD_SHEET = 'Dashboard';
const TABLE_ROW = 22;
const SAMPLE_ROW = TABLE_ROW + 14;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const columnNumber = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const a = (c: AuditColumn) => {
  const l = columnLetter(AUDIT_COLUMNS.indexOf(c));
  return `${AUDIT_SHEET}!${l}2:${l}`;
};
const f = (c: (typeof FEEDBACK_COLUMNS)[number]) => columnLetter(FEEDBACK_COLUMNS.indexOf(c));

const ACTION = a('action');
const MESSAGE = a('messageId');
const THREAD = a('threadLink');
const DETAIL = a('detail');
const ROLE = a('actorRole');
const DAY = `LEFT(${a('timestamp')},10)`;
const minutes = `IFERROR(VALUE(REGEXEXTRACT(${DETAIL},"(?:^|;)minutes=([0-9.]+)")))`;
// A thread is escalated when any row of it is an `escalate` row (the scanner's and the card's).
const escalatedThread = `ISNUMBER(MATCH(${THREAD},FILTER(${THREAD},${ACTION}="escalate"),0))`;
const responseMinutes = (escalated: boolean) =>
  `FILTER(${minutes},${ACTION}="first-response",${escalated ? '' : 'NOT('}${escalatedThread}${escalated ? '' : ')'})`;
const uniqueMessages = (action: string) =>
  `IFERROR(COUNTUNIQUE(FILTER(${MESSAGE},${ACTION}="${action}",${MESSAGE}<>"")),0)`;
const tableCol = (col: string) => `${col}${TABLE_ROW + 1}:${col}`;
// ISO 8601 text with its offset, as a date-time serial in UTC (days).
const offset = `IFERROR(REGEXEXTRACT(${a('timestamp')},"([+-]\\d\\d):?(\\d\\d)$"))`;
const serial = `IFERROR(DATEVALUE(LEFT(${a('timestamp')},10))+TIMEVALUE(MID(${a('timestamp')},12,8))-IFERROR((VALUE(INDEX(${offset},0,1))+SIGN(VALUE(INDEX(${offset},0,1))+0.1)*VALUE(INDEX(${offset},0,2))/60)/24,0))`;

/** [label, formula, number format] for column A/B. */
export function kpis(): Array<[string, string, string]> {
  const autoDrafts = `COUNTIFS(${ACTION},"draft",${ROLE},"system",${a('outcome')},"success")`;
  return [
    ['Messages triaged', `=${uniqueMessages('classify')}`, '0'],
    ['Escalation rate', `=IFERROR(${uniqueMessages('escalate')}/${uniqueMessages('classify')},0)`, '0.0%'],
    [
      'First response, routine: median (min)',
      `=ARRAYFORMULA(IFERROR(MEDIAN(${responseMinutes(false)}),""))`,
      '0',
    ],
    [
      'First response, routine: 90th percentile (min)',
      `=ARRAYFORMULA(IFERROR(PERCENTILE(${responseMinutes(false)},0.9),""))`,
      '0',
    ],
    [
      'First response, escalated: median (min)',
      `=ARRAYFORMULA(IFERROR(MEDIAN(${responseMinutes(true)}),""))`,
      '0',
    ],
    [
      'First response, escalated: 90th percentile (min)',
      `=ARRAYFORMULA(IFERROR(PERCENTILE(${responseMinutes(true)},0.9),""))`,
      '0',
    ],
    [
      'Urgent mail, arrival to first human action: median (min)',
      `=IFERROR(MEDIAN(${tableCol('Y')}),"")`,
      '0',
    ],
    [
      'Urgent mail, arrival to first human action: 90th percentile (min)',
      `=IFERROR(PERCENTILE(${tableCol('Y')},0.9),"")`,
      '0',
    ],
    [
      'Drafts prepared automatically (share of all drafts)',
      `=IFERROR(${autoDrafts}/COUNTIFS(${ACTION},"draft",${a('outcome')},"success"),0)`,
      '0.0%',
    ],
    [
      'Automatic drafts used (share)',
      `=IFERROR(COUNTIFS(${ACTION},"first-response",${DETAIL},"*draftUsed=1*")/${autoDrafts},0)`,
      '0.0%',
    ],
    ['Corrections (all intents)', `=MAX(0,COUNTA(${FEEDBACK_SHEET}!A2:A))`, '0'],
  ];
}

/** Arrival = the thread's first `classify` row; first human action = its first successful row by a person (any role but system). */
function urgentTable(): string {
  return `=ARRAYFORMULA(IFERROR(LET(stamp,${serial},urgent,UNIQUE(FILTER(${THREAD},${ACTION}="escalate",REGEXMATCH(${DETAIL},"priority=urgent"))),arrived,QUERY({${THREAD},stamp,${ACTION}},"select Col1, min(Col2) where Col3 = 'classify' and Col2 is not null group by Col1",0),acted,QUERY({${THREAD},stamp,${ROLE},${a('outcome')}},"select Col1, min(Col2) where Col3 <> 'system' and Col3 <> 'none' and Col3 <> '' and Col4 = 'success' and Col2 is not null group by Col1",0),arrivedAt,VLOOKUP(urgent,arrived,2,FALSE),actedAt,IFERROR(VLOOKUP(urgent,acted,2,FALSE),""),{"Urgent thread","Minutes";urgent,IF(actedAt="","",ROUND((actedAt-arrivedAt)*1440))}),"No urgent mail yet"))`;
}

/** [anchor column, title, formula] of each table; the tables spill down from row TABLE_ROW. */
export function tables(): Array<[string, string, string]> {
  const fb = (c: (typeof FEEDBACK_COLUMNS)[number]) => `${FEEDBACK_SHEET}!${f(c)}2:${f(c)}`;
  const lastWeek = `TEXT(TODAY()-WEEKDAY(TODAY(),3)-7,"yyyy-mm-dd")`;
  const thisWeek = `TEXT(TODAY()-WEEKDAY(TODAY(),3),"yyyy-mm-dd")`;
  return [
    [
      'D',
      'Messages per day by intent',
      `=IFERROR(QUERY(UNIQUE(ARRAYFORMULA(FILTER({${DAY},${a('intent')},${MESSAGE}},${ACTION}="classify"))),"select Col1, count(Col3) group by Col1 pivot Col2 order by Col1 label Col1 'Day'",0),"No mail yet")`,
    ],
    [
      'Q',
      'Escalations by reason',
      `=IFERROR(QUERY(FLATTEN(ARRAYFORMULA(IFERROR(SPLIT(FILTER(${a('reasons')},${ACTION}="escalate",${a('reasons')}<>""),",")))),"select Col1, count(Col1) where Col1 <> '' group by Col1 order by count(Col1) desc label Col1 'Reason', count(Col1) 'Escalations'",0),"No escalations yet")`,
    ],
    [
      'T',
      'Corrections per intent (error-rate proxy)',
      `=IFERROR(QUERY({${fb('oldIntent')},${fb('newIntent')}},"select Col1, count(Col2) where Col1 <> '' group by Col1 order by count(Col2) desc label Col1 'Intent before correction', count(Col2) 'Corrections'",0),"No corrections yet")`,
    ],
    ['X', 'Urgent mail: minutes from arrival to first human action', urgentTable()],
    [
      'A',
      'Supervision sample: 10 random threads from last week',
      `=ARRAYFORMULA(IFERROR(LET(picked,FILTER({${THREAD},${a('rowHash')}},${ACTION}="classify",${THREAD}<>"",${DAY}>=${lastWeek},${DAY}<${thisWeek}),ARRAY_CONSTRAIN(UNIQUE(INDEX(SORT(picked,2,TRUE),0,1)),10,1)),"No mail last week"))`,
    ],
  ];
}

function clearDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
}

/** Rebuilds the tab from scratch (set-up is idempotent); the caller protects it. */
export function buildDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  clearDashboard(sheet);
  sheet
    .getRange(1, 1)
    .setValue('Pharmacy inbox: dashboard (computed from the Audit and Feedback tabs; do not edit)');
  const kpi = kpis();
  const kpiTop = TABLE_ROW - kpi.length - 2;
  // One call per block rather than per cell: set-up also runs from a card action (about 30 s).
  sheet.getRange(kpiTop, 1, kpi.length, 1).setValues(kpi.map(([label]) => [label]));
  sheet
    .getRange(kpiTop, 2, kpi.length, 1)
    .setFormulas(kpi.map(([, formula]) => [formula]))
    .setNumberFormat('0');
  kpi.forEach(([, , format], i) => {
    if (format !== '0') sheet.getRange(kpiTop + i, 2).setNumberFormat(format);
  });
  const all = tables();
  const top = all.filter(([col]) => col !== 'A');
  const first = top[0]![0];
  const width = columnNumber(top.at(-1)![0]) - columnNumber(first) + 1;
  const rowOf = (cells: Array<[string, string]>) =>
    Array.from(
      { length: width },
      (_, i) => cells.find(([col]) => columnNumber(col) === columnNumber(first) + i)?.[1] ?? '',
    );
  sheet
    .getRange(TABLE_ROW - 1, columnNumber(first), 1, width)
    .setValues([rowOf(top.map(([col, title]) => [col, title]))])
    .setFontWeight('bold');
  sheet
    .getRange(TABLE_ROW, columnNumber(first), 1, width)
    .setFormulas([rowOf(top.map(([col, , formula]) => [col, formula]))]);
  // The supervision sample sits under the key figures, further down column A.
  for (const [, title, formula] of all.filter(([col]) => col === 'A')) {
    sheet
      .getRange(SAMPLE_ROW - 1, 1)
      .setValue(title)
      .setFontWeight('bold');
    sheet.getRange(SAMPLE_ROW, 1).setFormula(formula);
  }
  const chart = (
    type: GoogleAppsScript.Charts.ChartType,
    range: string,
    title: string,
    col: number,
    stacked = false,
  ) => {
    let builder = sheet
      .newChart()
      .setChartType(type)
      .addRange(sheet.getRange(range))
      .setPosition(2, col, 0, 0)
      .setOption('title', title);
    if (stacked) builder = builder.setOption('isStacked', true);
    sheet.insertChart(builder.build());
  };
  chart(Charts.ChartType.COLUMN, `D${TABLE_ROW}:O${TABLE_ROW + 400}`, 'Messages per day by intent', 4, true);
  chart(Charts.ChartType.PIE, `Q${TABLE_ROW}:R${TABLE_ROW + 20}`, 'Escalations by reason', 11);
  chart(Charts.ChartType.BAR, `T${TABLE_ROW}:U${TABLE_ROW + 20}`, 'Corrections per intent', 18);
}
