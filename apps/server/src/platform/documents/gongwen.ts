/** GB/T 9704-2012 党政机关公文格式, in Word's units (twips = 1/20 pt; half-points for font sizes). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const gongwen = {
  page: { width: mm(210), height: mm(297) },
  // Text block 156 × 225 mm: top 37, left 28 → right 26, bottom 35.
  margin: { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35), footer: mm(22), header: mm(15) },
  // 22 lines × 28 characters: a line grid of 225/22 mm, and runs of 16 pt characters condensed to a 156/28 mm pitch.
  // (Condensing the runs rather than a negative docGrid charSpace: LibreOffice misreads the latter.)
  linePitch: Math.floor(((225 / 22) * 1440) / 25.4),
  characterSpacing: Math.floor(((156 / 28) * (72 / 25.4) - 16) * 20),
  size: { title: 44, body: 32, pageNumber: 28 }, // 2号 22pt, 3号 16pt, 4号 14pt (half-points)
  font: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    pageNumber: '宋体',
    latin: 'Times New Roman',
  },
  indent: 640, // two characters of 16 pt
  pitch: Math.round(((156 / 28) * 1440) / 25.4), // one full-width character of the body, in twips
};
