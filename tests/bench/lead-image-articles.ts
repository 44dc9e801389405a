// The articles `npm run lighthouse` adds to the German, Arabic (right to left) and Japanese
// fixtures, each with the Markdown fixture's harbour photo as its lead image, so each
// language's reader is measured where its largest paint is likely a photo (issue 17).

/** One article with a lead image, added to a copy of a language fixture. */
export interface LeadImageArticle {
  /** The language's name, in the bench's table. */
  name: string;
  /** The folder under tests/fixtures/ the article joins. */
  fixture: string;
  /** The site's language (SITE_LANGUAGE). */
  language: string;
  id: string;
  /** Front matter besides id, date and image. */
  front: string;
  body: string;
}

export const LEAD_IMAGE_ARTICLES: readonly LeadImageArticle[] = [
  {
    name: 'German',
    fixture: 'german-seeds',
    language: 'de',
    id: 'f000000000000001',
    front: `title: Hafenbecken wird ab Oktober ausgebaggert
tags: [Verkehr]
imageAlt: Das innere Hafenbecken bei Niedrigwasser, die Sonne über dem Außenkai
imageCaption: Das innere Hafenbecken, in dem die Bagger im Oktober beginnen`,
    body: `Die Ausbaggerung des inneren Hafenbeckens beginnt im Oktober, teilte die Hafenbehörde am Sonntag mit, nachdem ein Frachter im Frühjahr zweimal auf Grund gelaufen war.

Die Arbeiten dauern vierzehn Wochen und kosten rund 2,3 Millionen Euro. Die Fischerboote behalten ihre Liegeplätze; die Fähre weicht für sechs Wochen an den Außenkai aus.

Die Schifffahrtsverwaltung rechnet damit, dass die Fahrrinne danach wieder für Schiffe mit bis zu sieben Metern Tiefgang befahrbar ist. Anwohner sollen über Lärmschutzmaßnahmen informiert werden.`,
  },
  {
    name: 'Arabic',
    fixture: 'arabic-seeds',
    language: 'ar',
    id: 'f000000000000002',
    front: `title: بدء أعمال تعميق الميناء الداخلي في أكتوبر
tags: [اقتصاد]
imageAlt: الميناء الداخلي عند انحسار المد والشمس فوق الرصيف الخارجي
imageCaption: الميناء الداخلي حيث تبدأ الجرافات عملها في أكتوبر`,
    body: `قالت سلطة الميناء يوم الأحد إن أعمال تعميق الميناء الداخلي ستبدأ في أكتوبر، بعد أن جنحت سفينة شحن مرتين في الربيع.

وتستغرق الأعمال أربعة عشر أسبوعا وتبلغ كلفتها نحو مليونين وثلاثمئة ألف. وتحتفظ قوارب الصيد بأماكنها، بينما تنتقل العبارة إلى الرصيف الخارجي لستة أسابيع.

وتتوقع إدارة الملاحة أن يصبح الممر صالحا بعد ذلك للسفن التي يصل غاطسها إلى سبعة أمتار، على أن يبلغ السكان بإجراءات الحد من الضجيج.`,
  },
  {
    name: 'Japanese',
    fixture: 'japanese-seeds',
    language: 'ja',
    id: 'f000000000000003',
    front: `title: 内港のしゅんせつ、十月に着工へ
tags: [港湾]
imageAlt: 干潮時の内港と外側の岸壁の上の太陽
imageCaption: 十月にしゅんせつが始まる内港`,
    body: `港湾当局は日曜日、内港のしゅんせつ工事を十月に始めると発表した。春に貨物船が二度座礁したことを受けた措置だ。

工事は十四週間続き、費用は約二億三千万円を見込む。漁船は係留場所をそのまま使え、フェリーは六週間、外側の岸壁に移る。

航路は工事の後、喫水七メートルまでの船が通れるようになる見通しで、住民には騒音対策について説明会が開かれる。`,
  },
];
