import { studyIndicators } from '../../apps/server/src/modules/study/indicators.js';
import type { HttpRequest, Scenario, ScenarioModule } from './index.js';

const candidates = 300;

export const studyScenarios: ScenarioModule = {
  module: 'study',
  async scenarios({ sql, prepared }) {
    const year = prepared.years.at(-1)!;
    const sittings = (await sql.query(`select id, question_ids from study_sittings where state = 'open' order by attempt limit ${candidates}`)).map((r) => ({
      id: String(r.id),
      questions: (typeof r.question_ids === 'string' ? JSON.parse(r.question_ids) : r.question_ids) as string[],
    }));
    let k = 0;
    // Candidate k%300 answers its next question: every sitting in turn, so answers spread like 300 people's.
    const answer = (): HttpRequest => {
      const s = sittings[k % sittings.length]!;
      const q = s.questions[Math.floor(k / sittings.length) % s.questions.length]!;
      k += 1;
      return { method: 'PUT', path: `/api/study/my/sittings/${s.id}/answers/${q}`, body: JSON.stringify({ answer: k % 2 ? 'B' : 'A' }) };
    };
    let v = 0;
    const candidatesAnswering: Scenario = {
      name: 'study.candidates.answer',
      description: `${candidates} candidates each saving an answer every 10 s (${candidates} connections, ${candidates / 10} req/s in all)`,
      kind: 'write',
      mode: 'load',
      connections: candidates,
      overallRate: candidates / 10,
      request: answer,
      targets: [{ metric: 'p99', maxMs: 200 }],
    };
    const answerFlat: Scenario = {
      name: 'study.answer.max',
      description: 'answer auto-save as fast as the run’s connections allow (the ceiling behind the 300-candidate figure)',
      kind: 'write',
      mode: 'load',
      request: answer,
    };
    const reload: Scenario = {
      name: 'study.sitting.reload',
      description: `a candidate reloading the paper (20 questions with saved answers, rotating over ${sittings.length} sittings)`,
      kind: 'read',
      mode: 'load',
      request: () => ({ method: 'GET', path: `/api/study/my/sittings/${sittings[v++ % sittings.length]!.id}` }),
    };
    const indicators: Scenario = {
      name: 'study.indicators.year',
      description: `all ${studyIndicators.length} study indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: { method: 'GET', path: `/api/indicators/values?ids=${studyIndicators.map((i) => i.id).join(',')}&from=${year}-01-01&to=${year}-12-31` },
    };
    return sittings.length ? [reload, indicators, candidatesAnswering, answerFlat] : [indicators];
  },
};
