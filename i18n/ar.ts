import { listing, quoted } from '../core/lists.js';
import type { LayoutName } from '../core/layouts.js';
import type { RoleType } from '../core/roles.js';
import { conventions } from '../core/known-locales.js';
import type { BadCell, ErrorStrings, KitTranslation, Place } from './strings.js';

// Numbers in error messages keep Latin digits, as the data file and the page's code write them.
const place = (where: Place) =>
  where === 'inline' ? 'البيانات المكتوبة داخل الرسم البياني' : where === 'table' ? 'الجدول (<table>) داخل الرسم البياني' : `الملف "${where.file}"`;
const list = (items: readonly string[], max = 12) => listing(items, max, (count) => ` و${count} غيرها`, '، ');
const columnsAre = (columns: readonly string[]) => `أعمدة بياناتك هي: ${list(quoted(columns))}.`;
const cell = ([row, text]: BadCell) => `الصف ${row} فيه "${text}"`;
const number = (value: number) => value.toLocaleString('ar-u-nu-latn');
const aggregateFirst = 'اجمع البيانات أولًا (مثلًا صف واحد لكل منطقة أو لكل سنة)،';
const TYPES: Record<RoleType, string> = { nominal: 'أسماء أو تسميات', quantitative: 'أرقام', temporal: 'تواريخ أو سنوات', geo: 'أسماء البلدان أو رموزها' };
const LAYOUTS: Record<LayoutName, string> = {
  'un-sdg': 'أعمدة ملف مُصدَّر من قاعدة البيانات العالمية لأهداف التنمية المستدامة التابعة للأمم المتحدة (SeriesCode، GeoAreaName، TimePeriod، Value)',
  'world-bank': 'ملفًا منزَّلًا من البنك الدولي (Country Name، Country Code، Indicator Name، وعمودًا لكل سنة)',
  'open-sdg': 'ملف Open SDG (يبدأ بعمود Year وينتهي بعمود Value، مع بعض الصفوف التي تكون فيها كل التصنيفات الفرعية فارغة)',
  sdmx: 'ملف SDMX-CSV (REF_AREA أو geo، TIME_PERIOD، OBS_VALUE)',
  owid: 'ملف Our World in Data (Entity، Code، Year، ثم القيم)',
  eurostat: 'ملف تنزيل مجمّع من Eurostat (عمود أول مثل unit,geo\\time، ثم عمود لكل سنة)',
  wide: 'أعمدة تحمل أسماء سنوات (2015، 2016، …)',
  tidy: 'أي جدول',
};

const SEP = { ',': 'الفاصلة', ';': 'الفاصلة المنقوطة', '\t': 'علامة الجدولة' } as const;

const SHAPES_ADVICE = 'تنشر geoBoundaries وHDX ومكاتب الإحصاء الوطنية الحدود في ملفات ‎.geojson أو ‎.topojson.';
const SHAPES_SIMPLIFY = 'بسّطه أولًا، مثلًا على mapshaper.org (Simplify ثم Export بصيغة TopoJSON)، أو استخدم الملف «simplified» من geoBoundaries.';

const errors: ErrorStrings = {
  notText: (where) => `المحتوى في ${place(where)} ليس نصًا. استخدم ملف CSV أو TSV أو JSON.`,
  webPage: (where) =>
    `المحتوى في ${place(where)} صفحة ويب وليس ملف بيانات. اجعل src يشير إلى ملف ‎.csv أو ‎.tsv أو ‎.json نفسه ` +
    `(لجداول بيانات Google: ملف ← مشاركة ← النشر على الويب ← CSV).`,
  emptyFile: (where) => `لا يوجد شيء في ${place(where)}. أضف صف عناوين وصفًا واحدًا على الأقل من البيانات.`,
  headerOnly: (where) => `في ${place(where)} صف عناوين، لكن لا توجد صفوف بيانات. أضف صفًا واحدًا على الأقل تحت صف العناوين.`,
  badJson: (where, detail) => `المحتوى في ${place(where)} ليس JSON صالحًا (${detail}). تحقق من عدم نقص فاصلة أو علامة اقتباس أو قوس.`,
  notJsonRows: (where) => `يجب أن يكون المحتوى في ${place(where)} قائمة JSON من الصفوف، مثل [{"category": "North", "value": 70}].`,
  unclosedQuote: (where, line) =>
    `في ${place(where)} علامة تنصيص (") في السطر ${number(line)} لا تُغلق أبدًا، فيُقرأ كل ما بعدها كخلية واحدة. ` +
    `أضف علامة التنصيص الختامية، أو احذف هذه العلامة.`,
  textAfterQuote: (where, line, cell, after, separator) =>
    `في ${place(where)}، السطر ${number(line)}: الخلية المقتبسة ${cell} يليها "${after}" قبل ${SEP[separator]} التالية. ` +
    `ضع الخلية كلها داخل علامات التنصيص، أو احذف علامات التنصيص.`,
  tooManyCells: (where, line, cells, columns, value) =>
    `في ${place(where)}: السطر ${number(line)} فيه ${number(cells)} خلايا لكن سطر العناوين فيه ${number(columns)}. ` +
    (value
      ? `الأرجح أنه رقم مكتوب بفاصلة (${value}): ضعه بين علامات تنصيص ("${value}") أو احذف الفاصلة (${value.replace(/,/g, '')}).`
      : `ضع الخلية التي تحتوي على الفاصل بين علامات تنصيص، أو أضف اسم العمود الناقص إلى سطر العناوين.`),

  tooSlow: (src, seconds) =>
    `استغرق تحميل ملف البيانات "${src}" وقتًا طويلًا جدًا (أكثر من ${number(seconds)} ثانية). تحقق من العنوان، أو حاول مرة أخرى لاحقًا.`,
  cors: (host, src) =>
    `الموقع ${host} لا يسمح للمواقع الأخرى بقراءة "${src}". استضف الملف على موقعك، ` +
    `أو الصق البيانات داخل الرسم البياني باستخدام <table> أو <script type="text/csv">.`,
  hostUnreachable: (host, src) =>
    `تعذّر تحميل ملف البيانات "${src}": لم يُجب أي شيء على ${host}. تحقق من العنوان (كتابته ورقم المنفذ) ومن أن الموقع متاح على الإنترنت.`,
  corsRedirect: (src) =>
    `العنوان "${src}" يحوّل المتصفح إلى موقع آخر (إعادة توجيه)، وذلك الموقع لا يسمح للمواقع الأخرى بقراءة الملف. ` +
    `استضف الملف على موقعك، أو الصق البيانات داخل المخطط باستخدام <table> أو <script type="text/csv">.`,
  redirectUnreachable: (src) =>
    `العنوان "${src}" يحوّل المتصفح إلى عنوان آخر (إعادة توجيه)، ولم يُجب أي شيء هناك. ضع في src العنوان النهائي للملف، وتحقق من أنه متاح.`,
  insecureAddress: (src) =>
    `ملف البيانات "${src}" يبدأ بـ http:// بينما تُقدَّم هذه الصفحة عبر https://، لذلك يحظره المتصفح. استخدم عنوان https:// للملف.`,
  fileTooLarge: (src, megabytes, max) =>
    `حجم ملف البيانات "${src}" هو ${number(megabytes)} ميغابايت، والمخطط يقرأ ملفات لا يتجاوز حجمها ${number(max)} ميغابايت. ` +
    `${aggregateFirst} أو احتفظ فقط بالصفوف والأعمدة التي يحتاجها المخطط، واحفظها في ملف أصغر.`,
  fileOverLimit: (src, max) =>
    `ملف البيانات "${src}" أكبر من ${number(max)} ميغابايت، وهو أقصى ما يقرؤه المخطط، لذلك توقفت قراءته. ` +
    `${aggregateFirst} أو احتفظ فقط بالصفوف والأعمدة التي يحتاجها المخطط، واحفظها في ملف أصغر.`,
  connectionFailed: (src) => `تعذّر تحميل ملف البيانات "${src}": فشل الاتصال. تحقق من العنوان ومن اتصالك بالإنترنت.`,
  serverAnswered: (src, status) =>
    `تعذّر تحميل ملف البيانات "${src}" (ردّ الخادم بالرمز ${status}). ` +
    (status === 404
      ? 'لم يُعثر على أي ملف في هذا العنوان: تحقق من كتابة src ومن أن الملف قد رُفع.'
      : status === 401 || status === 403
        ? 'الخادم لا يسمح بقراءته: اجعل الملف متاحًا للعموم.'
        : 'تحقق من العنوان، أو حاول مرة أخرى لاحقًا.'),

  noSuchColumn: (asked, role, columns) =>
    `لا يوجد عمود باسم "${asked}" (المطلوب في ${role}-column="${asked}"). ${columnsAre(columns)} غيّر ${role}-column إلى أحدها.`,
  needsColumn: (role, type, _meaning, columns, suggestion) =>
    `يحتاج هذا الرسم البياني إلى عمود فيه ${TYPES[type]} (${role}). ${columnsAre(columns)} ` +
    `سمِّ هذا العمود "${role}"، أو أضف ${role}-column="${suggestion ?? 'اسم عمودك'}" إلى الرسم البياني.`,
  oneBound: (given, column, missing) =>
    `في الرسم حدود ${given === 'lower' ? 'دنيا' : 'عليا'} (العمود "${column}") لكن لا حدود ${missing === 'lower' ? 'دنيا' : 'عليا'}: ` +
    `أضف ${missing}-column="…" باسم عمودها، أو احذف ${given}-column. يحتاج المجال إلى طرفيه.`,
  duplicateColumn: (column) =>
    `في بياناتك أكثر من عمود باسم "${column}"، لذا لا يعرف الرسم البياني أيها يستخدم. أعد تسمية النسخ حتى يكون لكل عمود اسم مختلف.`,
  notNumbers: (column, cells, more) =>
    `يجب أن يحتوي العمود "${column}" على أرقام، لكن ${cells.map(cell).join('؛ ')}${more > 0 ? ` (و${more} غيرها)` : ''}. ` +
    `اكتب الأرقام مثل 70 أو 69.5 (لا بأس بعلامة %)، واترك الخانة فارغة عندما تكون القيمة مفقودة.`,
  mixedDecimals: (column) =>
    `يخلط العمود "${column}" بين النقطة العشرية والفاصلة العشرية (مثل "1.5" و"1,5"). ` +
    `اكتب كل أرقامه بالطريقة نفسها، أو أضف decimal="." أو decimal="," إلى الرسم البياني.`,
  ambiguousDecimal: (column, example) =>
    `في العمود "${column}" أرقام مثل "${example}" قد تكون الفاصلة فيها فاصلة آلاف أو فاصلة عشرية. ` +
    `أضف decimal="." إذا كانت الفاصلة تفصل الآلاف، أو decimal="," إذا كانت الفاصلة عشرية.`,
  notDates: (column, bad) =>
    `يجب أن يحتوي العمود "${column}" على سنوات أو تواريخ، لكن ${cell(bad)}. اكتب السنوات مثل 2015 أو التواريخ مثل 2015-06-30.`,

  outOfRange: (attribute, value, min, max, integer) =>
    `${attribute}="${value}" خارج النطاق: اكتب ${integer ? 'عددًا صحيحًا' : 'رقمًا'} من ${min} إلى ${max}.`,
  notANumber: (attribute, value) => `${attribute}="${value}" ليس رقمًا. اكتبه مثل ${attribute}="42.5".`,
  unknownValue: (attribute, value, known) => `${attribute}="${value}" ليست قيمة يعرفها هذا الرسم البياني. استخدم إحدى هذه القيم: ${known.join('، ')}.`,

  unknownTemplate: (name, known) => `لا يوجد قالب رسم بياني باسم "${name}". استخدم أحد هذه القوالب: ${known.join('، ')}.`,
  tooManyColumns: (count, max) =>
    `عدد الأعمدة في البيانات ${number(count)}، والحد الأقصى الذي يمكن للرسم البياني قراءته ${number(max)}. ` +
    'أبقِ فقط الأعمدة التي يحتاجها الرسم البياني (مثلًا عمود للأسماء وعمود للأرقام)، أو ضع السنوات أو الفئات في صفوف بدلًا من أعمدة.',
  tooManyRows: (count, max) =>
    `عدد الصفوف في البيانات ${number(count)}، والحد الأقصى الذي يمكن للرسم البياني عرضه ${number(max)}. ` +
    `${aggregateFirst} أو اعرض صفوفًا أقل باستخدام series-code أو countries أو years أو where.`,
  templateTooManyRows: (_name, id, max, count) =>
    `الحد الأقصى لعدد الصفوف في هذا الرسم البياني (template="${id}") هو ${number(max)}، وعدد الصفوف في هذه البيانات ${number(count)}. ` +
    `${aggregateFirst} أو احتفظ فقط بالصفوف التي تتناولها رسالتك.`,
  dataNotList: (example) => `يجب أن تكون الخاصية data قائمة من الصفوف، مثل ${example}.`,
  dataEmptyList: () => 'الخاصية data قائمة فارغة. أضف إليها صفًا واحدًا على الأقل.',
  dataListUnreadable: (example) =>
    `تعذّرت قراءة الخاصية data (حدث خطأ أثناء قراءتها). أعطها قائمة بسيطة من الصفوف، مثل ${example}.`,
  dataHole: (row) =>
    `الصف ${row} من الخاصية data مفقود: في القائمة فجوة هناك. أعطِ كل صف على شكل كائن، مثل {"category": "الشمال", "value": 70}، أو أزل الفجوة.`,
  dataBigInt: (row, column) =>
    `في الصف ${row} من الخاصية data قيمة BigInt في العمود "${column}"، ولا يمكن للمخطط رسمها. ضع هناك رقمًا عاديًا بدلًا منها (مثلًا Number(value)).`,
  dataCycle: (row, column) =>
    `في الصف ${row} من الخاصية data، في العمود "${column}"، كائن يحتوي نفسه، ولا يمكن للمخطط قراءته. ضع هناك نصًا أو رقمًا.`,
  dataUnreadable: (row) =>
    `تعذّرت قراءة الصف ${row} من الخاصية data (حدث خطأ أثناء قراءته). أعطِ صفوفًا بسيطة: كائنات من نصوص وأرقام، بلا دوال قراءة أو وكلاء (proxies) تفشل.`,
  noData: () =>
    'لا توجد بيانات في هذا الرسم البياني بعد. أضف src="your-file.csv"، أو ضع داخل الرسم البياني <table> أو <script type="text/csv"> يحتوي على بياناتك.',
  noValues: (column) =>
    `لا توجد في العمود "${column}" أرقام للرسم: كل الخانات فارغة أو معلَّمة كقيم مفقودة. ` +
    `تحقق من أنه الملف الصحيح، أو اختر عمودًا آخر باستخدام value-column="…".`,
  cardNoNumber: () =>
    'لا يوجد رقم في هذه البطاقة بعد. أضف value="30" (و label="الحوارات الوطنية")، أو أعطها بيانات باستخدام src="your-file.csv".',
  cardRepeatedYear: (year, values) =>
    `في البيانات ${values.length} صفوف لـ ${year} بأرقام مختلفة (${values.join('، ')})، وخط البطاقة يعرض رقمًا واحدًا لكل سنة. ` +
    'أبقِ صفًا واحدًا لكل سنة: مثلًا، صفوف بلد واحد أو مجموعة واحدة فقط.',
  cardNoNumbers: (column) => `لا توجد أرقام في العمود "${column}" من البيانات. أضف رقمًا واحدًا على الأقل.`,
  shapesNotJson: (src) => `ملف الحدود "${src}" (من shapes) ليس بصيغة JSON، فهو ليس ملف GeoJSON أو TopoJSON. ${SHAPES_ADVICE}`,
  shapesNotGeo: (src, found) =>
    `ملف الحدود "${src}" (من shapes) بصيغة JSON، لكنه ليس GeoJSON أو TopoJSON${found ? ` (نوعه "${found}")` : ''}: ` +
    `تحتاج الخريطة إلى FeatureCollection أو Topology من المناطق. ${SHAPES_ADVICE}`,
  shapesNotGiven: (src) => `تعذرت قراءة ملف الحدود "${src}" (من shapes). تحقق من مساره.`,
  shapesEmpty: (src) => `ملف الحدود "${src}" (من shapes) لا يحتوي على مناطق (مضلعات) لرسمها. تحقق من أنه الملف المقصود.`,
  shapesTooLarge: (src, megabytes, limit) =>
    `حجم ملف الحدود "${src}" هو ${number(megabytes)} ميغابايت: مفصل أكثر من اللازم لصفحة ويب (الحد ${number(limit)} ميغابايت). ${SHAPES_SIMPLIFY}`,
  shapesTooDetailed: (src, points, limit) =>
    `ملف الحدود "${src}" يحتوي على ${number(points)} نقطة: مفصل أكثر من اللازم لصفحة ويب (الحد ${number(limit)}). ${SHAPES_SIMPLIFY}`,
  shapeKeyMissing: (key, src, properties) => `shape-key="${key}" لا يسمي أي خاصية لمناطق "${src}". خصائصها هي: ${list(quoted(properties))}.`,
  noAreaMatches: (key, src, areas, rows) =>
    `لا يسمي أي صف من البيانات منطقة من "${src}" (بالمقارنة مع خاصيتها "${key}"). مناطق الملف هي: ${list(areas, 8)}؛ ` +
    `وفي البيانات: ${list(rows, 8)}. اكتب أسماء المناطق كما في الملف، أو اختر خاصية أخرى عبر shape-key.`,
  sameArea: (area, rows) =>
    `تظهر ${area} ${rows.length} مرات بقيم مختلفة: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. أبقِ صفًا واحدًا لكل منطقة.`,
  tooManyPanels: (column, max) =>
    `سيرسم facet-column="${column}" أكثر من ${max} رسمًا بيانيًا صغيرًا، وهي أصغر من أن تُقرأ. ` +
    `أبقِ ما تتناوله قصتك باستخدام countries="…" أو where="${column}=…" أو years="…"، أو ارسم رسمًا واحدًا دون facet-column.`,
  facetTemplate: (template, supported) =>
    `لا يعمل facet-column مع template="${template}". استخدمه مع ${supported.join('، ')}، أو احذف facet-column.`,
  internal: (detail) => `حدث خطأ داخل الرسم البياني (${detail}). هذا خلل في lnob-charts: يرجى الإبلاغ عنه وإرفاق ملف بياناتك.`,

  unknownLayout: (asked, known) => `layout="${asked}" ليس تنسيقًا يعرفه هذا الرسم البياني. استخدم أحد هذه التنسيقات: ${known.join('، ')}.`,
  layoutMismatch: (layout, columns) =>
    `يتوقع layout="${layout}" ${LAYOUTS[layout]}، لكن أعمدة الملف هي: ${columns.join('، ')}. ` +
    `احذف السمة layout ليتعرّف الرسم البياني على التنسيق بنفسه، أو تأكد من أن هذا هو الملف المقصود.`,
  noSeriesColumn: (seriesCode, columns) =>
    `يحتاج series-code="${seriesCode}" إلى عمود لرموز السلاسل (SeriesCode أو Indicator Code أو Series)، ولا يوجد مثله في هذا الملف. ` +
    `أعمدته هي: ${list(columns)}. احذف series-code، أو استخدم where="Column=value".`,
  badWhere: (where) =>
    `لم يُفهم where="${where}". اكتب كل شرط على شكل Column=value، وافصل بين الشروط بـ ";"، مثل where="Sex=Female; Location=Rural".`,
  noWhereColumn: (asked, where, columns) => `لا يوجد عمود باسم "${asked}" (المطلوب في where="${where}"). أعمدة الملف هي: ${list(columns, 40)}.`,
  countriesNeedColumn: (countries) =>
    `يحتاج countries="${countries}" إلى عمود فيه أسماء البلدان أو رموزها. أضف geo-column="اسم عمودك" إلى الرسم البياني.`,
  noCountryRows: (missing, countries, column, values) =>
    `لا توجد صفوف لـ ${missing.join('; ')} (المطلوبة في countries="${countries}")؛ في الملف ${column} = ${list(values)}. ` +
    `اكتب الأسماء كما يكتبها الملف، أو استخدم رموز ISO مثل KEN.`,
  yearsNeedColumn: (years) => `يحتاج years="${years}" إلى عمود للسنوات. أضف time-column="اسم عمودك" إلى الرسم البياني.`,
  noYearRows: (years, span) =>
    `لا توجد صفوف لـ years=${years}؛ ${span ? `سنوات الملف من ${span[0]} إلى ${span[1]}` : 'لا توجد سنوات في الملف'}. غيّر years إلى فترة تقع ضمن سنوات الملف.`,
  badYears: (years) => `لم يُفهم years="${years}". اكتب السنوات مثل years="2000-2022" أو years="2015; 2020" أو years="2015-".`,
  badAggregates: (aggregates) =>
    `لم يُفهم aggregates="${aggregates}". اكتب aggregates="exclude" لحذف المناطق ومجموعات الدخل، ` +
    `أو aggregates="only" للإبقاء عليها وحدها، أو aggregates="include" للإبقاء على كل الصفوف.`,
  aggregatesNeedColumn: () => 'يحتاج aggregates إلى عمود لأسماء البلدان أو رموزها. أضف geo-column="اسم عمودك" إلى الرسم البياني.',
  onlyAggregates: (values) => `كل الصفوف مناطق أو مجموعات (${list(values)})، لذا لا يبقى شيء للعرض مع aggregates="exclude". احذفه.`,
  noAggregates: (values) =>
    `لا يوجد صف يمثل منطقة أو مجموعة دخل (في الملف ${list(values)})، لذا لا يبقى شيء للعرض مع aggregates="only". احذفه.`,
  noRows: (asked, column, values) => `لا توجد صفوف لـ ${asked}؛ في الملف ${column} = ${list(values)}. غيّره إلى إحدى هذه القيم.`,
  ambiguousRows: (mark, count, differing) =>
    `يوجد ${count} صفوف لـ ${mark}، ولا يختار الرسم أحدها ولا يجمعها. تختلف في ` +
    `${differing.map((d) => `${d.column} (${list(d.values)})`).join('، ')}. ` +
    `اختر واحدًا باستخدام where="${differing.map((d) => `${d.column}=${d.values[0]}`).join('; ')}".`,
  repeatedRows: (mark, values) =>
    `يوجد ${values.length} صفوف لـ ${mark} بقيم مختلفة (${list(values)})، ولا شيء في الملف يميّز بينها، ` +
    `فلا يمكن للرسم أن يعرف أيها الصحيح. أبقِ صفًا واحدًا لـ ${mark} في الملف.`,
  sameCountry: (country, rows) =>
    `يظهر ${country} ${rows.length === 2 ? 'مرتين' : `${rows.length} مرات`}: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. ` +
    `أبقِ صفًا واحدًا لكل بلد.`,
  severalValues: (column, values, attribute) =>
    `في الملف عدة قيم لـ ${column} (${list(values)})، والرسم الواحد يعرض قيمة واحدة فقط. ` +
    `اختر باستخدام ${attribute === 'series-code' ? `series-code="${values[0]}"` : `where="${column}=${values[0]}"`}.`,
  noFilledRows: (column, values) => `لا توجد صفوف لـ ${column} (كل الخانات فارغة)؛ في الملف ${column} = ${list(values)}. غيّره إلى إحدى هذه القيم.`,

  surveyRange: () =>
    'إجابات الاستطلاع نسب مئوية من المشاركين، بين 0 و100، لكن عمود القيم فيه أرقام خارج هذا النطاق. ' +
    'أعطِ النسبة المئوية لكل إجابة (مثل 34)، أو استخدم ranked-bar للأرقام الأخرى.',
  stackedNegative: () => 'لا يمكن لمخطط أجزاء الكل أن يعرض قيمًا سالبة: كل جزء حصة من شريطه. تحقق من عمود القيم، أو استخدم ranked-bar.',
  pyramidGroups: (groups) =>
    `يقارن الهرم السكاني بين مجموعتين متقابلتين (مثل الإناث والذكور)، وفي البيانات ${groups.length} مجموعات: ${list(quoted(groups))}. ` +
    `أبقِ صفوف مجموعتين فقط، أو استخدم disaggregation للمقارنة بين عدد أكبر.`,
  pyramidNegative: (category) =>
    `يعرض الهرم السكاني أعدادًا أو نسبًا لا يمكن أن تكون سالبة، وفي الصف "${category}" قيمة سالبة. تحقق من عمود القيم.`,
  slopeOneTime: (time) =>
    `يقارن مخطط الميل بين سنتين، وفي البيانات قيم لسنة واحدة فقط (${time}). ` +
    'أضف صفوف سنة ثانية، أو اختر سنتين بـ `years="2015; 2022"` إن كان في الملف أكثر؛ واستخدم ranked-bar لعرض سنة واحدة.',
  waffleTooMany: (max, count) =>
    `الحد الأقصى في مخطط المربعات ${max} حصة، وفي هذه البيانات ${count}. استخدم ranked-bar لمقارنة أماكن كثيرة، أو احتفظ فقط بالصفوف التي تتناولها رسالتك.`,
  waffleRange: () =>
    'يعرض مخطط المربعات حصة بين 0% و100%، لكن عمود القيم فيه أرقام خارج هذا النطاق. أعطِ نسبًا مئوية (مثل 50) أو كسورًا (مثل 0.5).',
  unknownIndicator: (code, known) =>
    `لا يوجد إعداد مسبق لمؤشر أهداف التنمية المستدامة "${code}". استخدم أحد هذه المؤشرات: ${known.join('، ')}، ` +
    `أو احذف indicator="${code}" واكتب العنوان والملاحظات والهدف بنفسك.`,
};

/** Numbers and dates as Intl writes them in this language and its regions (core/known-locales.ts). */
const AR_DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
// The date's separators carry right-to-left marks (U+200F); a negative number in a sentence starts with a
// left-to-right one (U+200E).
const ar = conventions('.', ',', { days: AR_DAYS, shortDays: AR_DAYS, months: AR_MONTHS, shortMonths: AR_MONTHS }, '%d\u200f/%m\u200f/%Y', ['\u0635', '\u0645'], '\u200e-');

/** العربية (right to left). */
export const strings: KitTranslation = {
  formats: { ar },
  lang: 'ar',
  dir: 'rtl',
  cannotShow: 'لا يمكن عرض هذا الرسم البياني.',
  cannotShowCard: 'لا يمكن عرض هذه البطاقة.',
  source: 'المصدر:',
  credit: 'الرسم البياني:',
  stat: {
    since: (when) => `منذ ${when}`,
    up: (change) => `ارتفاع بمقدار ${change}`,
    down: (change) => `انخفاض بمقدار ${change}`,
    noChange: (change) => `بلا تغيير: ${change}`,
    trend: (from, to) => `الاتجاه: من ${from} إلى ${to}.`,
    inYear: (value, when) => `${value} في ${when}`,
  },
  period: (years, latest) => (latest ? `أحدث البيانات، ${years}.` : `بيانات ${years}.`),
  choices: {
    bothSexes: 'كلا الجنسين',
    allAges: 'جميع الأعمار',
    allAreas: 'جميع المناطق (الحضرية والريفية)',
    allWealth: 'جميع فئات الثروة',
    allOf: (column) => `مجموع ${column}`,
    separator: '، ',
    headline: (columns) => `مجاميع، دون تفصيل حسب ${columns}.`,
    globalFigures: 'أرقام مُعدّة للرصد العالمي (Reporting Type G).',
    latestYear: (year) => `آخر سنة متاحة: ${year}.`,
    latestYears: (years) => `كل قيمة هي قيمة آخر سنة متاحة (${years}؛ تختلف السنة من صف إلى آخر).`,
    differentYears: (years) => `القيم من سنوات مختلفة (${years}).`,
  },
  table: {
    show: 'عرض البيانات في جدول',
    hide: 'إخفاء الجدول',
    more: (shown, total) => `عرض أول ${shown} من ${total} صفًا.`,
    download: 'تنزيل كل الصفوف (CSV)',
  },
  summary: {
    highest: (name, value) => `الأعلى: ${name}، ${value}.`,
    lowest: (name, value) => `الأدنى: ${name}، ${value}.`,
    noValues: 'لا توجد قيم لعرضها.',
    percentagePoints: (amount) => `${amount} نقطة مئوية`,
    points: (amount) => `${amount} نقطة`,
    lineChart: (title, lines, from, to) =>
      `مخطط خطي${title ? `: ${title}` : ''}${lines !== undefined ? `، عدد الخطوط: ${lines}` : ''}${from !== undefined ? `، ${from}–${to}` : ''}.`,
  },
  menu: {
    button: 'مشاركة',
    label: 'مشاركة هذا الرسم البياني أو تنزيله',
    png: 'تنزيل صورة (PNG)',
    svg: 'تنزيل صورة متجهة (SVG)',
    csv: 'تنزيل البيانات (CSV)',
    square: 'صورة لوسائل التواصل الاجتماعي: مربعة',
    portrait: 'صورة لوسائل التواصل الاجتماعي: عمودية',
    landscape: 'صورة لوسائل التواصل الاجتماعي: أفقية',
    embed: 'نسخ رمز التضمين',
    copied: 'تم النسخ',
    copyYourself: 'انسخ هذا الرمز لوضع الرسم البياني في صفحتك',
    imageBlocked: 'تمنع سياسة الأمان في هذا الموقع تنزيل الصور؛ إليك ملف SVG بدلاً منها.',
    close: 'إغلاق',
    fileName: 'رسم-بياني',
  },
  years: {
    year: 'السنة',
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    next: 'السنة التالية',
    shown: (year) => `السنة المعروضة: ${year}.`,
    caption: (title, year) => `${title}، ${year}`,
  },
  a11y: {
    chart: 'رسم بياني تفاعلي',
    keys: 'استخدم مفاتيح الأسهم للتنقل بين البيانات، وHome وEnd للأول والأخير، وEscape للخروج، وL للاستماع.',
    keysMap: 'استخدم مفاتيح الأسهم للتنقل بين البلدان من الأعلى قيمة، أو اكتب حرفًا للعثور على بلد باسمه؛ وEscape للخروج.',
    marks: { rect: 'عمود', symbol: 'نقطة', line: 'خط', shape: 'بلد', text: 'قيمة' },
    position: (index, count) => `${index} من ${count}`,
    highest: 'الأعلى',
    lowest: 'الأدنى',
    at: (value, when) => `${value} في ${when}`,
    line: (name, from, to, change, lowest, highest) => `${name}: من ${from} إلى ${to}، ${change}؛ الأدنى ${lowest}، الأعلى ${highest}.`,
    up: (amount) => `ارتفاع بمقدار ${amount}`,
    down: (amount) => `انخفاض بمقدار ${amount}`,
    unchanged: 'دون تغيير',
    gap: (amount) => `الفجوة: ${amount}`,
    projected: (when, value) => `المتوقع في ${when}: ${value}`,
    target: (value) => `الهدف: ${value}`,
    listen: 'الاستماع إلى الرسم البياني',
    listening: 'تشغيل الرسم البياني صوتيًا. المسافة للإيقاف المؤقت، وEscape للإيقاف.',
    paused: 'متوقف مؤقتًا.',
    stopped: 'متوقف.',
    toneOn: 'الصوت مفعّل: كل نقطة تنتقل إليها تُصدر نغمتها.',
    toneOff: 'الصوت متوقف.',
    speed: (times) => `السرعة: ×${times}`,
  },
  errors,
};
export default strings;
