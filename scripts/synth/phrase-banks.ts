/**
 * Clauses for quotes and narration, each an Arabic phrase with a faithful
 * English counterpart, so a quote assembled from them carries a real
 * translation. Written in the register of data/sources/*.txt (wire-style
 * reporting of the Syrian war); no clause holds a digit, so the only numbers
 * in a quote are the figures put there on purpose.
 */
export interface Phrase {
  ar: string;
  en: string;
}

const pairs = (rows: readonly (readonly [string, string])[]): Phrase[] =>
  rows.map(([ar, en]) => ({ ar: ar.normalize('NFC'), en }));

export const clauses: readonly Phrase[] = pairs([
  [
    'القوات تصدت لمحاولة تقدم على محور القرية',
    'the forces repelled an attempt to advance on the village front',
  ],
  [
    'الغارات الجوية لم تتوقف منذ ساعات الصباح الأولى',
    'the air strikes have not stopped since the early morning hours',
  ],
  [
    'لا صحة للأنباء التي تتحدث عن انسحاب القوات من مواقعها',
    'there is no truth to the reports of the forces withdrawing from their positions',
  ],
  [
    'الهجوم استهدف مواقع عسكرية فقط ولم يطل أي منشأة مدنية',
    'the attack targeted military positions only and hit no civilian facility',
  ],
  ['المسلحين استخدموا سيارات مفخخة في الهجوم', 'the gunmen used car bombs in the attack'],
  [
    'الطرف الآخر خرق اتفاق وقف إطلاق النار مرات عدة',
    'the other side broke the ceasefire agreement several times',
  ],
  [
    'المدنيين اضطروا إلى النزوح باتجاه الحدود التركية',
    'civilians were forced to flee towards the Turkish border',
  ],
  ['القصف طال المستشفى الوحيد في المنطقة', 'the shelling hit the only hospital in the area'],
  [
    'الرواية التي تنشرها وسائل الإعلام الرسمية كاذبة ولا أساس لها',
    'the account the official media publish is false and baseless',
  ],
  [
    'الفرق الميدانية وثقت الأضرار في الأحياء الشرقية',
    'field teams documented the damage in the eastern neighbourhoods',
  ],
  [
    'الطيران الروسي شارك في الغارات على البلدات الجنوبية',
    'Russian aircraft took part in the strikes on the southern towns',
  ],
  [
    'المعارك ما زالت مستمرة على أطراف البلدة',
    'the fighting is still going on at the edges of the town',
  ],
  [
    'قوات المعارضة استعادت السيطرة على التلة بعد معارك عنيفة',
    'opposition forces regained control of the hill after fierce battles',
  ],
  [
    'الجيش أعاد الانتشار في المنطقة لأسباب تكتيكية',
    'the army redeployed in the area for tactical reasons',
  ],
  [
    'لم تقع أي اشتباكات في المنطقة خلال الأيام الماضية',
    'no clashes took place in the area in the past days',
  ],
  ['الهدنة انهارت بسبب استمرار القصف', 'the truce collapsed because the shelling went on'],
  [
    'المنظمات الإنسانية عاجزة عن الوصول إلى المحاصرين',
    'humanitarian organisations cannot reach those under siege',
  ],
  [
    'المجتمع الدولي مطالب بالتحرك الفوري لحماية المدنيين',
    'the international community must act at once to protect civilians',
  ],
  [
    'العملية العسكرية تهدف إلى القضاء على الجماعات الإرهابية',
    'the military operation aims to eliminate the terrorist groups',
  ],
  [
    'الطائرة أسقطت بصاروخ أرض جو أثناء تحليقها فوق المنطقة',
    'the aircraft was brought down by a surface-to-air missile while flying over the area',
  ],
  ['المرصد لم يسجل أي هجوم في تلك الليلة', 'the Observatory recorded no attack that night'],
  [
    'الأهالي أكدوا سماع انفجارات قوية في محيط المطار',
    'residents confirmed hearing strong explosions around the airport',
  ],
  [
    'الحملة العسكرية مستمرة دون أي تقدم يذكر على الأرض',
    'the military campaign goes on without any notable advance on the ground',
  ],
  [
    'الاتفاق يشمل فتح الطرق الدولية أمام حركة التجارة',
    'the agreement includes opening the international roads to trade',
  ],
  [
    'المفاوضات ستستأنف في العاصمة خلال الأسبوع المقبل',
    'the negotiations will resume in the capital next week',
  ],
  [
    'ما يجري هو تصعيد خطير يهدد حياة المدنيين',
    'what is happening is a dangerous escalation that threatens civilian lives',
  ],
  [
    'الجماعات المسلحة تتخذ من المدنيين دروعا بشرية',
    'the armed groups use civilians as human shields',
  ],
  [
    'الصور المتداولة مفبركة وتعود إلى معارك سابقة',
    'the pictures circulating are fabricated and date from earlier battles',
  ],
  [
    'القوات الحكومية قصفت الطريق الذي يسلكه النازحون',
    'government forces shelled the road the displaced were taking',
  ],
  [
    'فرق الدفاع المدني انتشلت الضحايا من تحت الأنقاض',
    'civil defence teams pulled the victims from under the rubble',
  ],
  [
    'ميليشيات النظام فرت من مواقعها تحت ضربات الثوار',
    "the regime's militias fled their positions under the rebels' blows",
  ],
  [
    'روسيا قدمت للنظام كل شيء حتى يتقدم',
    'Russia gave the regime everything so that it could advance',
  ],
  ['العقيدة والإيمان تنتصر في نهاية المطاف', 'faith and belief win in the end'],
  [
    'الوضع الإنساني في المخيمات بلغ حدا كارثيا',
    'the humanitarian situation in the camps has reached a catastrophic level',
  ],
]);

/** How the speaker's words are introduced, in the source's own narration. */
export const attributions: readonly Phrase[] = pairs([
  ['وقال {who} إن', '{who} said that'],
  ['وأكد {who} أن', '{who} stressed that'],
  ['وأضاف {who} أن', '{who} added that'],
  ['ونفى {who} ذلك، مؤكدا أن', '{who} denied this, saying that'],
  ['وذكر {who} في بيان أن', '{who} said in a statement that'],
  ['وأوضح {who} في تغريدة أن', '{who} explained in a tweet that'],
  ['ونقلت وسائل إعلام عن {who} قوله إن', 'Media quoted {who} as saying that'],
]);

export const weekdays: readonly Phrase[] = pairs([
  ['الأحد', 'Sunday'],
  ['الاثنين', 'Monday'],
  ['الثلاثاء', 'Tuesday'],
  ['الأربعاء', 'Wednesday'],
  ['الخميس', 'Thursday'],
  ['الجمعة', 'Friday'],
  ['السبت', 'Saturday'],
]);

export const months: readonly Phrase[] = pairs([
  ['كانون الثاني', 'January'],
  ['شباط', 'February'],
  ['آذار', 'March'],
  ['نيسان', 'April'],
  ['أيار', 'May'],
  ['حزيران', 'June'],
  ['تموز', 'July'],
  ['آب', 'August'],
  ['أيلول', 'September'],
  ['تشرين الأول', 'October'],
  ['تشرين الثاني', 'November'],
  ['كانون الأول', 'December'],
]);
