import type { ActorKind } from '../../src/corpus/schema';
import { figureTemplates } from './figure-templates';
import type { Phrase } from './phrase-banks';

/** Names for the synthetic registries: real-sounding, plainly not a record of real claims. */
type Row = readonly [string, string];
const phrases = (rows: readonly Row[]): Phrase[] =>
  rows.map(([ar, en]) => ({ ar: ar.normalize('NFC'), en }));

export const sides = phrases([
  ['الحكومة السورية وحلفاؤها', 'Syrian government and its allies'],
  ['المعارضة المسلحة', 'Armed opposition'],
  ['الفصائل الجهادية', 'Jihadist groups'],
  ['القوات الكردية', 'Kurdish-led forces'],
  ['تركيا', 'Turkey'],
  ['منظمات الرصد والتوثيق', 'Monitoring groups'],
  ['هيئات دولية', 'International bodies'],
  ['مستقل أو غير معروف الانتماء', 'Independent or alignment unknown'],
]);

export const topics = phrases([
  ['وقف إطلاق النار والهدن', 'Ceasefires and truces'],
  ['الغارات الجوية والقصف', 'Air strikes and shelling'],
  ['المعارك البرية', 'Ground fighting'],
  ['الخسائر العسكرية', 'Military losses'],
  ['الضحايا المدنيون', 'Civilian casualties'],
  ['النزوح', 'Displacement'],
  ['الطائرات الحربية', 'Military aircraft'],
  ['الدعم العسكري الخارجي', 'Foreign military support'],
  ['المسار الدبلوماسي', 'Diplomacy'],
  ['القانون الإنساني الدولي', 'International humanitarian law'],
  ['المساعدات الإنسانية', 'Humanitarian aid'],
  ['المعنويات', 'Morale'],
]);

const people: Row = ['أشخاص', 'people'];

/** Each metric's label and unit: `[label, unit]`, each as `[ar, en]`. */
const metricNames: Record<string, readonly [Row, Row]> = {
  'civilians-killed': [['القتلى المدنيون', 'Civilians killed'], people],
  'civilians-wounded': [['الجرحى المدنيون', 'Civilians wounded'], people],
  'government-soldiers-killed': [['قتلى القوات الحكومية', 'Government soldiers killed'], people],
  'attackers-killed': [['قتلى المسلحين المهاجمين', 'Attacking fighters killed'], people],
  'air-strikes': [
    ['الغارات الجوية', 'Air strikes'],
    ['غارات جوية', 'air strikes'],
  ],
  'civilians-displaced': [['النازحون', 'Civilians displaced'], people],
  'rockets-fired': [
    ['الصواريخ المطلقة', 'Rockets fired'],
    ['صواريخ', 'rockets'],
  ],
  'ceasefire-violations': [
    ['خروقات وقف إطلاق النار', 'Ceasefire violations'],
    ['خروقات', 'violations'],
  ],
  'children-killed': [['الأطفال القتلى', 'Children killed'], people],
  'failed-assault-attempts': [
    ['محاولات الاقتحام الفاشلة', 'Failed assault attempts'],
    ['محاولات اقتحام', 'assault attempts'],
  ],
  'aircraft-downed': [
    ['الطائرات المسقطة', 'Aircraft brought down'],
    ['طائرات', 'aircraft'],
  ],
  'government-soldiers-wounded': [['جرحى القوات الحكومية', 'Government soldiers wounded'], people],
};

export const metrics = figureTemplates.map(({ metric }) => {
  const [[ar, en], [unitAr, unitEn]] = metricNames[metric] ?? [[metric, metric], people];
  return { id: metric, label: { ar, en }, unit: { ar: unitAr, en: unitEn } };
});

/** What happened, for event titles: `[ar, en, id part]`. */
export const eventKinds: readonly (readonly [string, string, string])[] = [
  ['قصف', 'Shelling', 'shelling'],
  ['هجوم', 'Attack', 'attack'],
  ['اشتباكات', 'Clashes', 'clashes'],
  ['غارات جوية', 'Air strikes', 'air-strikes'],
  ['خرق الهدنة', 'Truce broken', 'truce-broken'],
  ['نزوح', 'Displacement', 'displacement'],
  ['إسقاط طائرة', 'Aircraft downed', 'aircraft-downed'],
  ['انسحاب', 'Withdrawal', 'withdrawal'],
];

export const questionBank = phrases([
  ['هل وقع الهجوم كما رُوي؟', 'Did the attack happen as told?'],
  ['كم عدد القتلى المدنيين؟', 'How many civilians were killed?'],
  ['من أطلق النار أولا؟', 'Who fired first?'],
  ['هل استُهدفت منشآت مدنية؟', 'Were civilian facilities targeted?'],
  ['هل خسرت القوات مواقع، ولماذا؟', 'Did the forces lose positions, and why?'],
  ['كم عدد الغارات الجوية؟', 'How many air strikes were there?'],
  ['من شارك في القصف؟', 'Who took part in the shelling?'],
  ['هل صمدت الهدنة؟', 'Did the truce hold?'],
  ['كم عدد النازحين؟', 'How many people were displaced?'],
  ['ما الغاية من العملية العسكرية؟', 'What was the military operation for?'],
  ['هل الصور المتداولة صحيحة؟', 'Are the circulating pictures genuine?'],
  ['كم عدد قتلى المهاجمين؟', 'How many attackers were killed?'],
  ['هل أسقطت الطائرة بنيران أرضية؟', 'Was the aircraft brought down by ground fire?'],
  ['هل وصلت المساعدات إلى المحاصرين؟', 'Did aid reach those under siege?'],
  ['ما دور الأطراف الخارجية؟', 'What part did outside powers play?'],
]);

export const governorates = phrases([
  ['إدلب', 'Idlib'],
  ['حماة', 'Hama'],
  ['حلب', 'Aleppo'],
  ['اللاذقية', 'Latakia'],
  ['دير الزور', 'Deir ez-Zor'],
  ['الرقة', 'Raqqa'],
  ['درعا', 'Daraa'],
  ['حمص', 'Homs'],
  ['ريف دمشق', 'Rural Damascus'],
  ['الحسكة', 'Hasakah'],
]);

export const towns = phrases([
  ['معرة النعمان', 'Maarat al-Numan'],
  ['خان شيخون', 'Khan Shaykhun'],
  ['سراقب', 'Saraqib'],
  ['كفرنبل', 'Kafranbel'],
  ['اللطامنة', 'Al-Lataminah'],
  ['كفرزيتا', 'Kafr Zita'],
  ['تل ملح', 'Tal Malah'],
  ['الجبين', 'Al-Jibeen'],
  ['جسر الشغور', 'Jisr al-Shughur'],
  ['أريحا', 'Ariha'],
  ['منبج', 'Manbij'],
  ['الباب', 'Al-Bab'],
  ['عفرين', 'Afrin'],
  ['تل رفعت', 'Tal Rifaat'],
  ['دوما', 'Douma'],
  ['حرستا', 'Harasta'],
  ['بصرى الشام', 'Busra al-Sham'],
  ['نوى', 'Nawa'],
  ['تدمر', 'Palmyra'],
  ['القصير', 'Al-Qusayr'],
  ['الميادين', 'Al-Mayadin'],
  ['البوكمال', 'Abu Kamal'],
  ['الطبقة', 'Tabqa'],
  ['القامشلي', 'Qamishli'],
  ['رأس العين', 'Ras al-Ain'],
  ['تل أبيض', 'Tal Abyad'],
  ['كسب', 'Kessab'],
  ['صلنفة', 'Slinfah'],
  ['محردة', 'Mhardeh'],
  ['السقيلبية', 'Suqaylabiyah'],
  ['مورك', 'Morek'],
  ['كفرنبودة', 'Kafr Nabudah'],
  ['الهبيط', 'Al-Habit'],
  ['الدانا', 'Al-Dana'],
  ['سرمدا', 'Sarmada'],
  ['بنش', 'Binnish'],
  ['تفتناز', 'Taftanaz'],
  ['الأتارب', 'Al-Atarib'],
  ['دارة عزة', 'Darat Izza'],
  ['عندان', 'Anadan'],
]);

export const firstNames = phrases([
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmad'],
  ['سامر', 'Samer'],
  ['ناجي', 'Naji'],
  ['عمر', 'Omar'],
  ['خالد', 'Khaled'],
  ['يوسف', 'Youssef'],
  ['فراس', 'Firas'],
  ['رامي', 'Rami'],
  ['هادي', 'Hadi'],
  ['إيغور', 'Igor'],
  ['ليلى', 'Layla'],
]);

export const familyNames = phrases([
  ['المصطفى', 'al-Mustafa'],
  ['الصالح', 'al-Saleh'],
  ['العبد الله', 'al-Abdullah'],
  ['الحموي', 'al-Hamawi'],
  ['الخطيب', 'al-Khatib'],
  ['النجار', 'al-Najjar'],
  ['الشامي', 'al-Shami'],
  ['الحلبي', 'al-Halabi'],
  ['العمر', 'al-Omar'],
  ['كوناشينكوف', 'Konashenkov'],
]);

/** Words that make an organisation's name, and the kinds of body they fit. */
export const bodyPatterns: readonly { ar: string; en: string; kind: ActorKind }[] = [
  { ar: 'لواء {x}', en: 'Liwa {x}', kind: 'armed-group' },
  { ar: 'جيش {x}', en: 'Jaish {x}', kind: 'armed-group' },
  { ar: 'فرقة {x}', en: '{x} Division', kind: 'armed-forces' },
  { ar: 'قيادة عمليات {x}', en: '{x} Operations Command', kind: 'armed-forces' },
  { ar: 'مجلس {x} المحلي', en: '{x} Local Council', kind: 'state-body' },
  { ar: 'مرصد {x} لحقوق الإنسان', en: '{x} Human Rights Observatory', kind: 'monitor' },
  { ar: 'شبكة {x} الإخبارية', en: '{x} News Network', kind: 'media-outlet' },
  { ar: 'وكالة {x} للأنباء', en: '{x} News Agency', kind: 'media-outlet' },
  { ar: 'بعثة {x} الأممية', en: 'UN {x} Mission', kind: 'intergovernmental-body' },
];

export const bodyNames = phrases([
  ['الفرات', 'al-Furat'],
  ['الشام', 'al-Sham'],
  ['الوسيلة', 'al-Wasila'],
  ['مدى', 'Mada'],
  ['البيان', 'al-Bayan'],
  ['الحدث', 'al-Hadath'],
  ['النبأ', 'al-Naba'],
  ['الغد', 'al-Ghad'],
  ['الميدان', 'al-Midan'],
  ['الراصد', 'al-Rasid'],
  ['السبيل', 'al-Sabil'],
  ['الحقيقة', 'al-Haqiqa'],
  ['العزة', 'al-Izza'],
  ['الفتح', 'al-Fath'],
  ['النصر', 'al-Nasr'],
  ['الساحل', 'al-Sahel'],
  ['الجزيرة', 'al-Jazira'],
  ['البادية', 'al-Badia'],
  ['الغاب', 'al-Ghab'],
  ['القلمون', 'al-Qalamoun'],
]);
